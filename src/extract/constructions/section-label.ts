import { SECTION_LABELS, SHALL_WORD, WHERE_CLAUSE, type SectionLabel } from '../../lang/sections.js';
import { sv } from '../../lang/pattern.js';
import { makeHeading } from '../outline/heading.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { classifyLeadIn } from './lead-in.js';
import { titleLength } from './title.js';
import { defineConstruction } from './define.js';

/** A section label and its number with nothing after them ('Mål 3', 'Tema 2:'). */
export const BARE_LABEL = /^\p{L}+(?:\s+\p{L}+)?\s+\d{1,2}(?:\.\d{1,2})*\s*[:.]?$/u;

export const sectionLabel = defineConstruction({
  id: 'section/labelled',
  description: "A heading, band row or line that opens with a section label ('Fokusområde 2:', 'Målområde 1', 'Tema 3 –', 'Delmål 1.2'), in any of the genre's Swedish forms.",
  positive: [
    { doc: '## Målområde 1: Service\n- Införa en företagslots\n## Målområde 2: Mark\n- Köpa in mark för industri', focusAreas: ['Service', 'Mark'], activities: ['Införa en företagslots', 'Köpa in mark för industri'] },
    { doc: 'Tema 1 Dialog\n- Genomföra dialogmöten\nTema 2 Kompetens\n- Starta en yrkesutbildning', focusAreas: ['Dialog', 'Kompetens'] },
    // A year after a label is no section number: 'Mål 2030 –' states the area's goal, it opens no section '20'.
    { doc: '## Fokusområde 1 – Energi\nMål 2030 – Energianvändningen i kommunens lokaler ska minska med 20 procent.\n- Byta belysningen i skolorna till LED\n## Fokusområde 2 – Transporter\nMål 2030 – Kommunens fordon ska vara fossilfria.\n- Bygga laddplatser vid kommunhuset', focusAreas: ['Energi', 'Transporter'], activities: ['Byta belysningen i skolorna till LED', 'Bygga laddplatser vid kommunhuset'] },
    { doc: '# Strategiskt område 1 – Attraktiv plats\n## Delmål 1.1 Stadskärnan\n- Utveckla stadskärnan\n## Delmål 1.2 Besöksnäring\n- Rusta upp gästhamnen\n# Strategiskt område 2 – Kompetens\n- Starta ett lärlingsprogram', focusAreas: ['Attraktiv plats', 'Kompetens'], subAreas: ['Stadskärnan', 'Besöksnäring'] },
  ],
  negative: [
    // A goal written after a label is a sentence, not a section title.
    { doc: 'Inriktning: Kommunen ska vara en attraktiv plats för företag att etablera sig i, med goda förutsättningar för tillväxt.', focusAreas: [], activities: [] },
  ],
  propose: (view) => view.blocks.flatMap((b, i) => (b.kind === 'row' ? [] : proposeLabel(view, i))),
});

const ruleOf = (l: SectionLabel) => l.id.replace('label/', 'section/label-');

/** 'Mål 3' alone with its title on the next line, or a label before a title on one line. */
function proposeLabel(view: DocView, i: number): Proposal[] {
  const b = view.blocks[i];
  const text = view.text(i);
  const trimmed = view.trimmed(i);
  const base = { block: i, construction: 'section/labelled', role: 'area' as const };
  const bare = BARE_LABEL.test(trimmed) ? matchSectionLabel(`${trimmed} X`, true) : null;
  if (bare) {
    const next = view.blocks[i + 1];
    const nextText = next && next.kind !== 'row' ? view.trimmed(i + 1) : '';
    const useNext = nextText.length > 0 && nextText.length <= 250 && !BARE_LABEL.test(nextText) && matchSectionLabel(nextText, false) === null;
    const extra = { label: bare.label, number: bare.number, level: b.kind === 'heading' ? (b.level ?? null) : null, size: b.size ?? null };
    const heading = useNext ? makeHeading(next, view.begin(i + 1), nextText.replace(/[.:]$/, ''), 'heading', ruleOf(bare.label), extra) : makeHeading(b, view.begin(i), trimmed, 'heading', ruleOf(bare.label), extra);
    return [{ ...base, rule: 'section/bare-label', evidence: [{ id: 'label-and-number', weight: 0.9 }], acts: [{ op: 'open', heading, ...(useNext ? { consumes: i + 1 } : {}) }] }];
  }
  const label = trimmed.length < 400 ? matchSectionLabel(text, b.kind === 'heading') : null;
  if (!label || !isTitleLine(text.slice(label.offset), b.kind === 'heading', label.number !== null || b.kind === 'item')) return [];
  const rest = text.slice(label.offset);
  const where = WHERE_CLAUSE.test(rest);
  const len = b.kind === 'heading' || where ? rest.length : titleLength(rest);
  const heading = makeHeading(b, b.start + label.offset, cleanTitle(rest.slice(0, len)), 'heading', ruleOf(label.label), { label: label.label, number: label.number, where, leadIn: classifyLeadIn(rest) });
  return [{ ...base, rule: 'section/labelled', evidence: [{ id: label.marked ? 'label-marked' : 'label-in-heading', weight: label.marked ? 0.9 : 0.7 }], acts: [{ op: 'open', heading }] }];
}

/** A section title: short, no sentence of its own (a labelled line that is a sentence is a goal, not a heading). */
function isTitleLine(rest: string, isHeading: boolean, numbered: boolean): boolean {
  const t = rest.trim();
  if (!t) return false;
  if (isHeading) return t.length < 200;
  const len = titleLength(t);
  const title = t.slice(0, len);
  if (title.split(/\s+/).length > 14 || SHALL_WORD.test(title)) return false;
  // Without a number the label must stand before a title alone: 'Mål: Företagen kan …' is a goal.
  return numbered || (len === t.length && !/[.!?]$/.test(t) && t.split(/\s+/).length <= 12);
}

const labelPattern = (l: SectionLabel) => sv(`^(${l.pattern})\\b(?:\\s+(\\d{1,2}(?:\\.\\d{1,2})*(?!\\d)|[A-ZÅÄÖ](?=[\\s:.–-])))?\\s*(?:[:.–—-]\\s*)?`, 'i');
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
