import { SECTION_LABELS, WHERE_CLAUSE, type SectionLabel } from '../../lang/sections.js';
import { sv } from '../../lang/pattern.js';
import { defineConstruction } from './define.js';

export const sectionLabel = defineConstruction({
  id: 'section/labelled',
  description: "A heading, band row or line that opens with a section label ('Fokusområde 2:', 'Målområde 1', 'Tema 3 –', 'Delmål 1.2'), in any of the genre's Swedish forms.",
  positive: [
    { doc: '## Målområde 1: Service\n- Införa en företagslots\n## Målområde 2: Mark\n- Köpa in mark för industri', focusAreas: ['Service', 'Mark'], activities: ['Införa en företagslots', 'Köpa in mark för industri'] },
    { doc: 'Tema 1 Dialog\n- Genomföra dialogmöten\nTema 2 Kompetens\n- Starta en yrkesutbildning', focusAreas: ['Dialog', 'Kompetens'] },
    { doc: '# Strategiskt område 1 – Attraktiv plats\n## Delmål 1.1 Stadskärnan\n- Utveckla stadskärnan\n## Delmål 1.2 Besöksnäring\n- Rusta upp gästhamnen\n# Strategiskt område 2 – Kompetens\n- Starta ett lärlingsprogram', focusAreas: ['Attraktiv plats', 'Kompetens'], subAreas: ['Stadskärnan', 'Besöksnäring'] },
  ],
  negative: [
    // A goal written after a label is a sentence, not a section title.
    { doc: 'Inriktning: Kommunen ska vara en attraktiv plats för företag att etablera sig i, med goda förutsättningar för tillväxt.', focusAreas: [], activities: [] },
  ],
});

const labelPattern = (l: SectionLabel) => sv(`^(${l.pattern})\\b(?:\\s+(\\d{1,2}(?:\\.\\d{1,2})*|[A-ZÅÄÖ](?=[\\s:.–-])))?\\s*(?:[:.–—-]\\s*)?`, 'i');
const compiled = SECTION_LABELS.map((l) => ({ label: l, pattern: labelPattern(l) }));

export interface LabelMatch {
  label: SectionLabel;
  number: string | null;
  /** Where the title begins in the text. */
  offset: number;
  /** A separator (':', '–', a number) followed the label: 'Tema 1 X', 'Målområde: X'. */
  marked: boolean;
}

/**
 * The section label at the start of a text. Without a number or separator
 * ('Tema och inriktning') a label counts only in a heading or band, where
 * `loose` is set.
 */
export function matchSectionLabel(text: string, loose: boolean): LabelMatch | null {
  const trimmed = text.trimStart();
  const lead = text.length - trimmed.length;
  for (const { label, pattern } of compiled) {
    const m = pattern.exec(trimmed);
    if (!m) continue;
    const marked = m[2] !== undefined || /[:.–—-]\s*$/.test(m[0]);
    if (!marked && !loose) continue;
    const rest = trimmed.slice(m[0].length);
    // 'Målen är …', 'Temat för …': the label word was the start of a sentence.
    if (!/^[\p{Lu}\d"”“]/u.test(rest) && !(loose && marked)) continue;
    if (!rest.trim()) continue;
    return { label, number: m[2] ?? null, offset: lead + m[0].length, marked };
  }
  return null;
}

/** A section title: its where-clause, trailing colon and spaces cut. */
export function cleanTitle(text: string): string {
  return text.replace(WHERE_CLAUSE, '').replace(/[\s,;:–-]+$/, '').trim();
}
