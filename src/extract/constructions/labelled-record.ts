import { FIELD_LABELS } from '../../lang/fields.js';
import { sv } from '../../lang/pattern.js';
import { fieldLine } from '../outline/fields.js';
import { trailingBareFields } from '../../clean/bare-fields.js';
import type { Act, Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { defineConstruction } from './define.js';

export const labelledRecord = defineConstruction({
  id: 'activity/labelled-record',
  description:
    "A planning system's export: one block per activity, the activity named after its label ('Aktivitet: Ta fram …', 'Åtgärd: …') and the same field labels repeated under each ('Ansvarig:', 'Status:', 'Kommentar:'). The label that repeats, each time with field lines after it, defines the record; a labelled area line above ('Målområde: …') heads the records under it.",
  positive: [
    {
      doc: 'Uppföljning av klimatplanen\nFokusområde: Hållbara resor\nÅtgärd: Bygga laddplatser vid kommunens förskolor.\nAnsvarig: Fastighetskontoret\nStatus: Pågående\nKommentar: Sex av tio platser är klara.\nÅtgärd: Erbjuda cykelleasing till anställda.\nAnsvarig: HR-avdelningen\nStatus: Avslutad\nFokusområde: Energi i lokaler\nÅtgärd: Byta till LED-belysning i sporthallarna.\nAnsvarig: Fritidskontoret\nStatus:\nKommentar: Upphandling pågår.',
      focusAreas: ['Hållbara resor', 'Energi i lokaler'],
      activities: ['Bygga laddplatser vid kommunens förskolor.', 'Erbjuda cykelleasing till anställda.', 'Byta till LED-belysning i sporthallarna.'],
    },
    // The labels set in bold by the export, so the reading gave them as headings.
    {
      doc: '## Aktivitet: Digitalisera ansökan om bygglov.\n### Ansvarig: Stadsbyggnadskontoret\n### Status: Pågående\n## Aktivitet: Införa e-arkiv för nämndernas handlingar.\n### Ansvarig: Kommunledningskontoret',
      activities: ['Digitalisera ansökan om bygglov.', 'Införa e-arkiv för nämndernas handlingar.'],
    },
    // The export's labels without a colon, a field a line: the label's recurrence and the fields' shapes make the record.
    {
      doc: '# Stöd till anhöriga\nAktivitet Starta en anhöriggrupp för personer vars make har en demenssjukdom\nAnsvarig Vård- och omsorgsförvaltningen\nStatus Pågående\nAktivitet Erbjuda avlösning i hemmet två timmar i veckan Ansvarig Hemtjänsten\nStartdatum 2025-03-01\nStatus Ej påbörjad',
      activities: ['Starta en anhöriggrupp för personer vars make har en demenssjukdom', 'Erbjuda avlösning i hemmet två timmar i veckan'],
    },
  ],
  negative: [
    // The label word opening prose, with no line of fields after it, is no record.
    { doc: '# Bakgrund\nAktivitet Och Hälsa är namnet på kommunens satsning för äldre.\nSatsningen startade 2023.\nAktivitet Och Hälsa når i dag fler än tusen personer.\nDen följs upp varje år.', activities: [] },
    // One description with its fields is a project card, not a list of records.
    { doc: '# Projektet\nBeskrivning: Ett treårigt projekt om läsfrämjande.\nAnsvarig: Biblioteket\nStatus: Pågående', activities: [] },
    // The label repeated without fields under it: a glossary of terms.
    { doc: '# Ordlista\nÅtgärd: En insats som kommunen beslutat om.\nÅtgärd: Används även om enstaka uppdrag.\nIndikator: Ett mått på utvecklingen.', activities: [] },
  ],
  propose: proposeRecords,
});

const ACTIVITY_WORDS = FIELD_LABELS.filter((f) => f.role === 'activity').map((f) => f.words).join('|');
/** 'Aktivitet: Ta fram …': an activity label, a colon, the activity's text. */
const RECORD_HEAD = sv(`^(${ACTIVITY_WORDS})\\s*:\\s*(?=\\S)`, 'i');
/** 'Aktivitet Ta fram …': an export's label with no colon, both words capitalised (the record's fields after it decide). */
const BARE_RECORD_HEAD = sv(`^(${ACTIVITY_WORDS})\\s+(?=\\S)`, 'i');
const headOf = (t: string) => RECORD_HEAD.exec(t) ?? (/^\p{Lu}\S*\s+\p{Lu}/u.test(t) ? BARE_RECORD_HEAD.exec(t) : null);

/** Records: blocks opening with an activity label followed by at least one field line; a label used so at least twice. */
function proposeRecords(view: DocView): Proposal[] {
  const heads: Array<{ block: number; label: string; offset: number }> = [];
  view.blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph' && b.kind !== 'heading') return;
    const m = headOf(view.trimmed(i));
    const next = view.blocks[i + 1];
    if (!m || !next || (next.kind !== 'paragraph' && next.kind !== 'heading')) return;
    const fields = fieldLine(view.text(i + 1));
    if (fields?.some((f) => f.role !== 'activity' && f.role !== 'focus-area')) heads.push({ block: i, label: m[1].toLowerCase(), offset: m[0].length });
  });
  const uses = new Map<string, number>();
  for (const h of heads) uses.set(h.label, (uses.get(h.label) ?? 0) + 1);
  return heads
    .filter((h) => (uses.get(h.label) ?? 0) >= 2)
    .map((h): Proposal => {
      const t = view.trimmed(h.block);
      const lead = view.text(h.block).length - view.text(h.block).trimStart().length + h.offset;
      // The title line may take in the record's first field ('… i alla ärenden Ansvarig Socialförvaltningen').
      const tail = trailingBareFields(t.slice(h.offset));
      const title = t.slice(h.offset, tail ? h.offset + tail.bodyEnd : undefined).trimEnd();
      const fields: Act[] = tail ? [{ op: 'fields', fields: tail.fields.map((f) => ({ ...f, start: f.start + lead, end: f.end + lead })), rule: 'activity/labelled-record' }] : [];
      return {
        block: h.block,
        construction: 'activity/labelled-record',
        rule: 'activity/labelled-record',
        role: 'activity',
        evidence: [{ id: 'repeated-record-label', weight: 0.8 }, { id: 'field-lines-after', weight: 0.2 }],
        acts: [{ op: 'entry', kind: 'item', start: view.begin(h.block) + h.offset, text: title, rules: ['activity/labelled-record'] }, ...fields],
      };
    });
}
