import type { FieldRole } from '../../lang/fields.js';
import { fieldLine, type Field } from '../outline/fields.js';
import { isSetAboveText } from '../outline/heading.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { defineConstruction } from './define.js';
import { ACTION_NUMBER } from '../../lang/sections.js';
import { groupFields } from './group-field.js';

/** A line that opens with a word or two and a colon ('Startdatum:', 'Aktivitet:'). */
const LABELLED = /^\p{L}[\p{L}-]*(?: \p{L}+)?\s*:\s/u;

/** The fields that make a line above them an activity's title: who, when, how far. */
const RECORD_ROLES: FieldRole[] = ['owner', 'time', 'year', 'status', 'progress'];

export const titledRecord = defineConstruction({
  id: 'activity/titled-record',
  description:
    "A line with no marker of its own, followed by two or more lines of an activity's fields ('Ansvarig: …', 'Klart: …', 'Status: …'), is that activity's title, when the document repeats the shape: a web page printed without its bullets, a planning system's report.",
  positive: [
    {
      doc: '# Trygga offentliga miljöer\nSätta upp belysning längs gång- och cykelvägar\nAnsvarig: Tekniska förvaltningen\nKlart: 2026\nInventera otrygga platser tillsammans med polisen\nAnsvarig: Kommunledningsförvaltningen\nStatus: Pågår\n# Förebygga brott bland unga\nUtöka fältarbetet under sommarlovet\nAnsvarig: Socialförvaltningen\nKlart: Löpande',
      focusAreas: ['Trygga offentliga miljöer', 'Förebygga brott bland unga'],
      activities: ['Sätta upp belysning längs gång- och cykelvägar', 'Inventera otrygga platser tillsammans med polisen', 'Utöka fältarbetet under sommarlovet'],
    },
    {
      doc: '# Läsfrämjande\n### Starta bokcirklar för nyanlända på biblioteken\nAnsvarig: Kulturförvaltningen\nTidplan: HT 2025\n### Ge alla förskolor en bokpåse per termin\nAnsvarig: Förskoleförvaltningen\nTidplan: 2026\n# Mötesplatser\n### Öppna meröppet bibliotek i Skogsby\nAnsvarig: Kulturförvaltningen\nStatus: Ej påbörjad',
      focusAreas: ['Läsfrämjande', 'Mötesplatser'],
      activities: ['Starta bokcirklar för nyanlända på biblioteken', 'Ge alla förskolor en bokpåse per termin', 'Öppna meröppet bibliotek i Skogsby'],
    },
    {
      // A title set as a heading with its labelled number: the number is the label's, the words the activity's.
      doc: '# Rent vatten\n### Insats 1.1: Inventera enskilda avlopp runt sjön\nAnsvarig: Miljöenheten\nTidplan: 2026\n### Insats 1.2: Anlägga en våtmark vid åns utlopp\nAnsvarig: Tekniska förvaltningen\nTidplan: 2027\n# Levande skog\n### Insats 2.1: Lämna död ved vid avverkning i kommunskogen\nAnsvarig: Skogsförvaltare\nTidplan: Löpande',
      focusAreas: ['Rent vatten', 'Levande skog'],
      activities: ['Inventera enskilda avlopp runt sjön', 'Anlägga en våtmark vid åns utlopp', 'Lämna död ved vid avverkning i kommunskogen'],
    },
    // A planning system's export sets the labels without a colon, the fields side by side on one line.
    {
      doc: '# Mindre avfall\nÖppna en återbruksbutik vid återvinningscentralen\nAnsvarig Avfallsenheten Tidsperiod 2025–2026 Status Pågående\nMinska matsvinnet i skolornas kök\nAnsvarig Måltidsservice Tidsperiod 2025 Status Pågår enligt plan\n# Ökad återvinning\nPlacera sorteringskärl i alla skolor\nAnsvarig Fastighetsförvaltningen Status Genomförd',
      focusAreas: ['Mindre avfall', 'Ökad återvinning'],
      activities: ['Öppna en återbruksbutik vid återvinningscentralen', 'Minska matsvinnet i skolornas kök', 'Placera sorteringskärl i alla skolor'],
    },
    // A layout's records with a meta line of two fields, one of them lacking its time: a record of the shape still.
    {
      doc: '# Delmål 1: Rent vatten\nVA-enheten byter de äldsta ledningarna i Ryd under två år.\nAnsvar: VA-enheten | När: 2027\nMiljöenheten provtar de enskilda brunnarna i Norrby.\nAnsvar: Miljöenheten\n# Delmål 2: Levande skog\nSkogsförvaltaren lämnar död ved vid all avverkning.\nAnsvar: Skogsförvaltare | När: Löpande',
      focusAreas: ['Rent vatten', 'Levande skog'],
      activities: ['VA-enheten byter de äldsta ledningarna i Ryd under två år.', 'Miljöenheten provtar de enskilda brunnarna i Norrby.', 'Skogsförvaltaren lämnar död ved vid all avverkning.'],
    },
    // A layout's records, two of which share one line of fields stated for both (one without a field line of its own).
    {
      doc: '# Delmål 1: Fler läsare\nDela ut en bokpåse till alla ettåringar.\nStarta sagostunder på familjecentralen.\nAnsvar för båda insatserna: Biblioteket · Tid: 2027\nBemanna skolbiblioteket på Norrskolan.\nAnsvar: Skolförvaltningen · Tid: 2028\n# Delmål 2: Mötesplatser\nÖppna meröppet bibliotek i Skogsby.\nAnsvar: Biblioteket | När: 2026',
      focusAreas: ['Fler läsare', 'Mötesplatser'],
      activities: ['Dela ut en bokpåse till alla ettåringar.', 'Starta sagostunder på familjecentralen.', 'Bemanna skolbiblioteket på Norrskolan.', 'Öppna meröppet bibliotek i Skogsby.'],
    },
  ],
  negative: [
    // A line of fields for 'both' under two lines of prose, in a document with no titled records, makes no records.
    { doc: '# Bakgrund\nBiblioteket har öppet sex dagar i veckan.\nSkolbiblioteken är bemannade två dagar.\nAnsvar för båda verksamheterna: Kulturnämnden', activities: [] },
    // A paragraph over one field, where no record of the document has two, is prose that names its owner.
    { doc: '# Bakgrund\nPlanen togs fram under 2025 tillsammans med föreningarna.\nAnsvar: Kulturnämnden\nDen följs upp varje år i bokslutet.\nAnsvar: Kommunstyrelsen', activities: [] },
    // Prose that names a responsible body and a status once, with capitals where a sentence or a name puts them, holds no fields.
    { doc: '# Uppföljning\nNämnden följer upp planen varje år.\nAnsvarig nämnd rapporterar Status och resultat till kommunstyrelsen.\nKommunstyrelsen beslutar om en revidering.\nAnsvarig Chef för enheten tar fram rapporten under våren.', activities: [] },
    // One title with fields is a section that names who answers for it; the record shape must repeat.
    { doc: '# Folkhälsa\nAnsvarig: Socialnämnden\nTidplan: 2025–2028\nPlanen beskriver hur kommunen arbetar med folkhälsa.', activities: [] },
    // A heading whose fields stand over a list of its own heads that list.
    {
      doc: '# Klimatsmarta resor\nAnsvarig: Miljöförvaltningen\nTidplan: 2025\n- Införa cykelpool för medarbetare\n- Byta tjänstebilar till elbilar\n# Energi i lokaler\nAnsvarig: Fastighetsavdelningen\nTidplan: 2026\n- Installera solceller på skolor\n- Byta belysning till LED i sporthallar',
      focusAreas: ['Klimatsmarta resor', 'Energi i lokaler'],
      activities: ['Införa cykelpool för medarbetare', 'Byta tjänstebilar till elbilar', 'Installera solceller på skolor', 'Byta belysning till LED i sporthallar'],
    },
  ],
  propose(view) {
    const titles = recordTitles(view);
    // A record is a shape the document repeats; one title with fields is rather a section's masthead.
    if (titles.length < 2) return [];
    return titles.map((i): Proposal => ({
      block: i,
      construction: 'activity/titled-record',
      // A heading's reading must outrank a section's; a paragraph's stays below the readings of its own marks ('Åtgärd 3:', '1.2').
      rule: view.blocks[i].kind === 'heading' ? 'activity/titled-heading' : 'activity/titled-record',
      role: 'activity',
      evidence: [{ id: 'followed-by-fields', weight: 0.8 }],
      acts: [{ op: 'entry', kind: 'item', ...titleOf(view, i), rules: [view.blocks[i].kind === 'heading' ? 'activity/titled-heading' : 'activity/titled-record'] }],
    }));
  },
});

/** The activity's words: the title without a labelled number before it ('Åtgärd 2.1: Utöka …', set as a heading). */
function titleOf(view: DocView, i: number): { start: number; text: string } {
  const t = view.trimmed(i);
  const n = ACTION_NUMBER.exec(t)?.[0].length ?? 0;
  return { start: view.begin(i) + n, text: t.slice(n) };
}

/**
 * Blocks that a run of two or more activity-field lines follows, and that no list follows after the
 * fields; and, where the document repeats that shape, blocks that one such field follows under a
 * label the shape's own records use ('Ansvar: Elevhälsan' where the others read 'Ansvar: … | När: …'):
 * a record that lacks a field is one of them still.
 */
function recordTitles(view: DocView): number[] {
  const full: number[] = [];
  const short: Array<{ block: number; label: string }> = [];
  const labels = new Set<string>();
  view.blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph' && b.kind !== 'heading') return;
    const t = view.trimmed(i);
    // A title carries no label of its own: 'Startdatum: …' or 'Aktivitet: …' is a labelled line, read by the labels' constructions.
    if (!t || /:$/.test(t) || LABELLED.test(t) || fieldLine(view.text(i))) return;
    let j = i + 1;
    const fields: Field[] = [];
    for (; j < view.blocks.length; j++) {
      const k = view.blocks[j].kind;
      const f = k === 'paragraph' || k === 'heading' ? fieldLine(view.text(j)) : null;
      if (!f) break;
      fields.push(...f);
    }
    // A numbered title set larger than the text under it is the next section's heading, not a list under the fields.
    const listAfter = view.blocks[j]?.kind === 'item' && !isSetAboveText(view.blocks[j], view.blocks[j - 1], view.blocks[j + 1], j + 1 < view.blocks.length && fieldLine(view.text(j + 1)) !== null);
    if (j === i + 1 || !fields.some((f) => RECORD_ROLES.includes(f.role)) || listAfter) return;
    // Two fields or more, on a line each or side by side on one ('Ansvarig Kulturskolan Status Pågående').
    if (fields.length >= 2) {
      full.push(i);
      for (const f of fields) labels.add(f.label.toLowerCase());
    } else if (fields[0].label) short.push({ block: i, label: fields[0].label.toLowerCase() });
  });
  if (full.length < 2) return full;
  return [...full, ...short.filter((s) => labels.has(s.label)).map((s) => s.block), ...groupedTitles(view)].sort((a, b) => a - b);
}

/**
 * Lines right above a line that gives its fields to the items it counts ('Ansvar för båda åtgärderna:
 * Parkenheten · Tid: 2027' under two lines): in a document of titled records, those lines are
 * records whose fields are stated once for them (field/group gives them out). Each is a plain line,
 * no label and no field of its own.
 */
function groupedTitles(view: DocView): number[] {
  const out: number[] = [];
  view.blocks.forEach((b, g) => {
    const count = b.kind === 'paragraph' ? groupFields(view.text(g))?.count : null;
    if (!count || g - count < 0) return;
    const lines = Array.from({ length: count }, (_, k) => g - count + k);
    const plain = (i: number) => view.blocks[i].kind === 'paragraph' && !LABELLED.test(view.trimmed(i)) && !/:$/.test(view.trimmed(i)) && !fieldLine(view.text(i));
    if (lines.every(plain)) out.push(...lines);
  });
  return out;
}
