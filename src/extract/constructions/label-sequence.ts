import { appendTo } from '../../core/group.js';
import type { SectionLabel } from '../../lang/sections.js';
import { escapeRegExp } from '../../lang/pattern.js';
import { CAPTION_LABEL } from '../../lang/structure.js';
import { makeHeading } from '../outline/heading.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { defineConstruction } from './define.js';
import { matchSectionLabel } from './section-label.js';

/** A capitalised noun, a number and a short title on a line of its own: 'Prioritering 2 Trygga parker', 'Spår 1: Energi'. */
const LABEL_LINE = /^(\p{Lu}\p{Ll}{3,})\s+(\d{1,2})\s*[:.–—-]?\s+(\p{Lu}[^.!?:;]{2,80})$/u;
const MAX_TITLE_WORDS = 10;

export const labelSequence = defineConstruction({
  id: 'section/label-sequence',
  description:
    "A document may name its areas with a label word of its own ('Prioritering 1 X', 'Byggsten 2 – Y'): whatever the word, a line of a capitalised noun, a number and a short title, the same noun repeated with the next number (1, 2, 3 …) and each line followed by the area's content, is a sequence of section labels. The shape, not a list of label words, makes it one.",
  positive: [
    {
      doc: 'Nämnden har tagit fram en plan för biblioteken.\nSatsning 1 Läsande barn\n- Dela ut en bok till varje nyfödd (Biblioteket, 2026)\nSatsning 2 Öppna bibliotek\n- Införa meröppet i Åby (Kulturenheten, 2027)',
      focusAreas: ['Läsande barn', 'Öppna bibliotek'],
      activities: ['Dela ut en bok till varje nyfödd', 'Införa meröppet i Åby'],
    },
    {
      doc: '# Åtgärder\nByggsten 1 – Rena sjöar\n- Åtgärda enskilda avlopp vid Ryssjön (Miljöenheten, 2027)\n- Provta badplatserna varje sommar (Miljöenheten, 2026)\nByggsten 2 – Levande skog\n- Ta fram en plan för kommunens skogar (Parkenheten, 2028)',
      focusAreas: ['Rena sjöar', 'Levande skog'],
    },
  ],
  negative: [
    // A list of numbered lines with nothing between them is an enumeration, not sections.
    { doc: 'Steg 1 Inventering av lokalerna\nSteg 2 Förslag till nämnden\nSteg 3 Beslut i fullmäktige\n- Dela ut en bok till varje nyfödd (Biblioteket, 2026)', focusAreas: [] },
    // Appendices number the document's parts, whatever they hold: no area of the plan.
    { doc: 'Bilaga 1 Åtgärder 2026–2028\n- Dela ut en bok till varje nyfödd (Biblioteket, 2026)\nBilaga 2 Uppföljning 2029\n- Mäta utlåningen (Biblioteket, 2029)', focusAreas: [] },
    // A noun whose numbers do not run 1, 2, … is no sequence: a year, a count or a street number.
    { doc: 'Kvarter 12 Eken\n- Bygga om gården (Fastighetsenheten, 2027)\nKvarter 7 Björken\n- Byta taket (Fastighetsenheten, 2028)', focusAreas: [] },
    // One such line alone is no sequence.
    { doc: 'Etapp 1 Planering\n- Ta fram en tidplan (Planenheten, 2026)', focusAreas: [] },
  ],
  propose: (view) => sequenceLabels(view),
});

interface LabelLine {
  block: number;
  word: string;
  number: number;
  titleAt: number;
  title: string;
}

function labelLine(view: DocView, i: number): LabelLine | null {
  const b = view.blocks[i];
  if (b.kind !== 'paragraph' && b.kind !== 'heading') return null;
  const text = view.text(i);
  const lead = text.length - text.trimStart().length;
  const m = LABEL_LINE.exec(text.trim());
  if (!m || m[3].trim().split(/\s+/).length > MAX_TITLE_WORDS) return null;
  // Appendices, tables and figures are numbered parts of the document, not its areas, whatever they hold.
  if (CAPTION_LABEL.test(m[1])) return null;
  // A label the label table knows is read by its own construction.
  if (matchSectionLabel(text, b.kind === 'heading')) return null;
  return { block: i, word: m[1].toLowerCase(), number: Number(m[2]), titleAt: lead + m[0].length - m[3].length, title: m[3].trim() };
}

/** The lines of each noun whose numbers run 1, 2, 3 … in document order, each with content after it before the next. */
function sequenceLabels(view: DocView): Proposal[] {
  const byWord = new Map<string, LabelLine[]>();
  view.blocks.forEach((_, i) => {
    const l = labelLine(view, i);
    if (l) appendTo(byWord, l.word, l);
  });
  const out: Proposal[] = [];
  for (const [word, lines] of byWord) {
    if (lines.length < 2 || lines.some((l, k) => l.number !== k + 1)) continue;
    const contentAfter = lines.every((l, k) => (k + 1 < lines.length ? lines[k + 1].block : view.blocks.length) > l.block + 1);
    if (!contentAfter) continue;
    const label: SectionLabel = { id: 'label/sequence', rank: 1, pattern: escapeRegExp(word) };
    for (const l of lines) {
      const b = view.blocks[l.block];
      const heading = makeHeading(b, b.start + l.titleAt, l.title, 'heading', 'section/label-sequence', { label, number: String(l.number) });
      out.push({ block: l.block, construction: 'section/label-sequence', rule: 'section/label-sequence', role: 'area', evidence: [{ id: 'label-sequence', weight: 0.8 }], acts: [{ op: 'open', heading }] });
    }
  }
  return out;
}
