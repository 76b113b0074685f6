import { trailingOwner, type Field } from '../outline/fields.js';
import { defineConstruction } from './define.js';
import { proposeSentenceActions, type SentenceAction } from './sentence-actions.js';

export const ownedSentence = defineConstruction({
  id: 'activity/owned-sentence',
  description:
    "In a plan written as prose, a sentence that ends by naming a unit in parentheses ('… under 2026 (Tekniska förvaltningen).') assigns that work to the unit: it is an activity, and the unit its owner. The sentences around it, which name no one, are the plan's reasoning. The shape must recur in the document.",
  positive: [
    {
      doc: '# Klimatsmarta resor\nBilresorna i tjänsten ska minska. Under 2025 byts tjänstebilarna ut mot elbilar (Fastighetsavdelningen). Kommunen inför en cykelpool för medarbetare under 2026 (Miljöförvaltningen).\n# Energi i lokaler\nEnergianvändningen är hög i de äldre skolorna. Solceller installeras på tre skolor 2025–2026 (Fastighetsavdelningen).',
      focusAreas: ['Klimatsmarta resor', 'Energi i lokaler'],
      activities: ['Under 2025 byts tjänstebilarna ut mot elbilar', 'Kommunen inför en cykelpool för medarbetare under 2026', 'Solceller installeras på tre skolor 2025–2026'],
    },
    {
      // Prose may write the unit in lower case, name a role, or name two units.
      doc: '# Trygg hemtjänst\nAndelen äldre som känner sig trygga ska öka. Under 2026 får all personal utbildning i bemötande (hemtjänstenheten). Vi inför fasta kontaktpersoner för varje brukare (äldreomsorgschefen).\n# Mat och måltider\nMåltiderna ska vara en höjdpunkt. Måltidsmiljön på boendena ses över 2026–2027 (kostenheten, fastighetsenheten).',
      focusAreas: ['Trygg hemtjänst', 'Mat och måltider'],
      activities: ['Under 2026 får all personal utbildning i bemötande', 'Vi inför fasta kontaktpersoner för varje brukare', 'Måltidsmiljön på boendena ses över 2026–2027'],
    },
  ],
  negative: [
    // A parenthesis that explains a word or gives a source names no one to do anything.
    { doc: '# Bakgrund\nAndelen som röker har minskat (Folkhälsomyndigheten 2023). Kommunen deltar i nätverket för tobaksfri duo (TFD).', activities: [] },
    // A parenthesis of lower-case words that are no unit or role explains rather than assigns.
    { doc: '# Läsning\nFler barn läser på fritiden (enligt enkäten). Biblioteken lånar ut fler böcker (framför allt ljudböcker).\n# Scen\nPubliken har ökat (särskilt bland unga).', activities: [] },
    // One owned sentence in a whole document is a remark, not the document's way of writing its plan.
    { doc: '# Kultur\nBiblioteket har utökat sina öppettider. Evenemangen samordnas av kulturchefen (Kulturförvaltningen).\n# Idrott\nFler föreningar söker bidrag.', activities: [] },
  ],
  propose(view) {
    return proposeSentenceActions(view, ['paragraph', 'item'], ownedSentences, 'activity/owned-sentence', { id: 'unit-in-parentheses', weight: 0.7 });

  },
});

type OwnedSentence = SentenceAction;

const YEAR = /\b(?:19|20)\d\d\b/g;

/** The sentences of a paragraph that end by naming a unit in parentheses (see `trailingOwner`). */
function ownedSentences(text: string): OwnedSentence[] {
  const out: OwnedSentence[] = [];
  for (const s of sentences(text)) {
    const owned = trailingOwner(s.text, true);
    if (!owned) continue;
    const body = s.text.slice(0, owned.bodyEnd).trimEnd();
    if (body.split(/\s+/).length < 4) continue;
    const fields = owned.fields.map((f) => ({ ...f, start: s.start + f.start, end: s.start + f.end }));
    // Without a time in the parenthesis, the sentence's own years say when: from the first year it names to the last.
    // Its own rule, not the general 'field/time-in-sentence': a unit named in parentheses makes the sentence an assignment, so any year in it dates the work, where a sentence without one needs a time word before its year.
    const years = [...body.matchAll(YEAR)];
    if (years.length && !fields.some((f) => f.role === 'time')) {
      const from = years[0].index!;
      const to = years[years.length - 1].index! + 4;
      fields.push({ role: 'time', label: '', value: body.slice(from, to), start: s.start + from, end: s.start + to, rule: 'field/years-of-owned-sentence' });
    }
    out.push({ start: s.start, text: body, fields });
  }
  return out;
}

/** A paragraph's sentences with their offsets: a stop, then space, then a capital or a digit. */
export function sentences(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let start = text.length - text.trimStart().length;
  for (const m of text.matchAll(/[.!?](?=\s+[\p{Lu}\d])/gu)) {
    out.push({ start, text: text.slice(start, m.index! + 1) });
    start = m.index! + 1;
    while (/\s/.test(text[start] ?? '')) start++;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}

