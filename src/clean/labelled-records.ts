import type { Message, RawBlock } from '../core/types.js';
import { FIELD_LABELS } from '../lang/fields.js';
import { sv } from '../lang/pattern.js';
import { SECTION_LABELS } from '../lang/sections.js';
import { headerRole } from './header-role.js';

/**
 * A planning system's export run onto one line a page, as a transcript gives
 * it: 'Målområde: Trygga miljöer Aktivitet: Ta fram … Ansvarig: X Status:
 * Pågående Kommentar: … Aktivitet: …'. The record is defined by the labels
 * themselves: an activity label used at least twice, with field labels
 * between its uses. Each labelled part is cut into a block of its own
 * (the activity, each field, an area line above the records), so the text
 * reads as the same export read from its PDF or DOCX. Nothing is dropped:
 * text before the records stays a paragraph, and text after the last label
 * stays with that label's value.
 */

const ACTIVITY = FIELD_LABELS.filter((f) => f.role === 'activity').map((f) => f.words);
const FIELD = FIELD_LABELS.filter((f) => f.role !== 'activity' && f.role !== 'focus-area' && f.role !== 'goal').map((f) => f.words);
const AREA = SECTION_LABELS.map((l) => l.pattern);
const label = (words: string[]) => sv(`(?<=^|\\s)(?:${words.join('|')})\\s*:(?=\\s|$)`, 'i');
const ACTIVITY_LABEL = label(ACTIVITY);
const FIELD_LABEL = label(FIELD);
const AREA_LABEL = label(AREA);
const ANY = new RegExp(`${ACTIVITY_LABEL.source}|${FIELD_LABEL.source}|${AREA_LABEL.source}`, 'giu');

type Kind = 'activity' | 'field' | 'area';

interface Cut {
  at: number;
  kind: Kind;
  word: string;
}

/** The labels of a text in order, each as it opens a part: written with a capital, as a label heads its value. */
function labelsOf(text: string): Cut[] {
  const out: Cut[] = [];
  // Every label ends on its colon: a paragraph without one is passed without trying the labels at each of its words.
  if (!text.includes(':')) return out;
  for (const m of text.matchAll(ANY)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const kind: Kind = ACTIVITY_LABEL.test(m[0]) ? 'activity' : FIELD_LABEL.test(m[0]) ? 'field' : 'area';
    out.push({ at: m.index!, kind, word: m[0].replace(/\s*:$/, '').toLowerCase() });
  }
  return out;
}

/** The activity label that opens records: used at least twice over the document, each use followed by a field label before the next. */
function recordLabel(cutsByBlock: Cut[][]): string | null {
  const uses = new Map<string, number>();
  cutsByBlock.forEach((cuts, i) => {
    // The record's next label may stand in the block after (a record already set a label a line).
    const next = (k: number) => cuts[k + 1] ?? (k === cuts.length - 1 ? cutsByBlock[i + 1]?.[0] : undefined);
    cuts.forEach((c, k) => {
      if (c.kind === 'activity' && next(k)?.kind === 'field') uses.set(c.word, (uses.get(c.word) ?? 0) + 1);
    });
  });
  const best = [...uses].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : null;
}

/**
 * Where the records of a block open: at the first area label of the labels
 * that stand before the first record, when no activity label comes between
 * ('Strategiskt område: X Mål: … Indikator: … Aktivitet: …'), as a planning
 * system prints an area and its goal and indicator above the area's
 * activities; else at the first record itself.
 */
function areaBefore(cuts: Cut[], first: number): number {
  let from = first;
  for (let k = first - 1; k >= 0 && cuts[k].kind !== 'activity'; k--) if (cuts[k].kind === 'area') from = k;
  return from;
}

/**
 * Where the block's own word stands before a label that repeats it ('… Mål
 * Mål: Andelen …', '… Aktivitet Aktivitet: Införa …'), or before the first
 * record a word that heads the list of records ('… Digitalt först
 * Aktiviteter Aktivitet: Automatisera …', '… Åtgärder Åtgärd: …'): a
 * planning system heads each block with its kind and then labels the field
 * with the same word. The word is a part of its own, not the end of the
 * value before it (an area's title, a comment); the label's own offset
 * where no such word stands.
 */
function blockWordAt(text: string, cut: Cut): number {
  const before = text.slice(0, cut.at).trimEnd();
  const start = before.length - cut.word.length;
  const word = before.slice(start);
  if (start > 0 && /\s/.test(before[start - 1]) && /^\p{Lu}/u.test(word) && word.toLowerCase() === cut.word) return start;
  const heading = cut.kind === 'activity' ? /(?<=\s)\p{Lu}\p{Ll}+$/u.exec(before) : null;
  return heading && headerRole(heading[0]).role === 'activity' ? heading.index : cut.at;
}

export function splitLabelledRecords(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  const cutsByBlock = blocks.map((b) => (b.kind === 'paragraph' ? labelsOf(b.text) : []));
  const record = recordLabel(cutsByBlock);
  if (!record) return blocks;
  // The field labels the records use: those seen inside a record.
  let split = 0;
  const out = blocks.flatMap((b, i) => {
    const cuts = cutsByBlock[i];
    const first = cuts.findIndex((c, k) => c.word === record && cuts[k + 1]?.kind === 'field');
    const continues = i > 0 && cutsByBlock.slice(0, i).some((cs) => cs.some((c) => c.word === record));
    if (first < 0 && !(continues && cuts.length > 0)) return [b];
    // An area line before the first record opens it, with the area's own labelled lines between them ('Strategiskt område: X Indikator: … Aktivitet: …'); on a page that goes on from records, every label cuts.
    const from = first < 0 ? 0 : areaBefore(cuts, first);
    const kept = cuts.slice(continues ? 0 : from);
    if (!kept.length) return [b];
    split++;
    const points = [0, ...kept.flatMap((c) => [blockWordAt(b.text, c), c.at]), b.text.length];
    const parts: RawBlock[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const raw = b.text.slice(points[k], points[k + 1]);
      const text = raw.trim();
      if (!text) continue;
      const lead = raw.length - raw.trimStart().length;
      parts.push({ kind: 'paragraph', text, page: b.page, ...(b.source === undefined ? {} : { source: b.source + points[k] + lead }) });
    }
    return parts;
  });
  if (split) messages.push({ severity: 'info', reason: `Read ${split} run-on ${split === 1 ? 'paragraph' : 'paragraphs'} as records of an export, one block per '${record}:' and each of its labels`, ruleId: 'clean/labelled-records' });
  return out;
}
