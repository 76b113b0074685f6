import { LIST_CLOSING_ABBREVIATIONS, SENTENCE_OPENERS, RUN_ON_WORDS } from '../lang/language.js';
import { isFiniteVerb, isInfinitive } from '../lang/morphology.js';

/**
 * A column of markers that a transcript set apart from the lines it marks:
 * poppler reads a list's bullet glyphs (or a table's symbols) as a column of
 * their own, so the page's line gives them one after another and then the
 * lines they stood beside, run together ('… dem. • • • Sortera matavfall
 * Informera hushållen om återvinning Utöka insamlingen …'). There are as many
 * lines as markers: the lines are found again by count, from where a line
 * ended before the next began.
 *
 * Where a line ended, strongest first:
 * - a capital after a lower-case word no clause stops on, after a closing
 *   parenthesis, or after an abbreviation that closes a list ('m.m.');
 * - a capital after a capitalised word: a name's words follow each other too,
 *   so a run of capitalised words holds one line end at most, before an
 *   infinitive where one stands in it ('… utvecklar Campus Telge Skapa …'),
 *   and a name that goes on in a list is followed by its comma;
 * - for the last line only, a lower-case finite verb after a word:
 *   the clause of a 'där kommunen:' list ('… utbildningsaktörer verkar för
 *   att …'), which ends in a sentence end where the marked lines have none.
 * A word the text shows as a name elsewhere ('… i Visby …') opens no line.
 * The earliest of a kind are taken first: the marked lines follow the column
 * at once, and prose comes after them. When the lines are sentences, each
 * sentence end closes one.
 */

const dangling = new Set(RUN_ON_WORDS);
const closing = new Set(LIST_CLOSING_ABBREVIATIONS);
const openers = new Set(SENTENCE_OPENERS);
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const CAPITAL_WORD = /^\p{Lu}[\p{L}-]*$/u;
const CAPITAL_START = /^\p{Lu}/u;

type Tier = 'line' | 'name' | 'clause';
interface LineStart {
  at: number;
  tier: Tier;
}

/**
 * The names a text shows: capitalised words standing right after a preposition
 * or a conjunction ('… utanför Södertälje …', '… med Region Gotland …'), where
 * no line begins. A name never opens one of the column's lines: its capital
 * says nothing of a line end.
 */
export function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=^|\s)(\p{Ll}+)\s+(\p{Lu}[\p{L}-]*)(?=[\s,.]|$)/gu)) if (dangling.has(m[1])) names.add(m[2]);
  return names;
}

/** Where a line may have begun at word `w` after word `p`: after a line's end, inside a run of capitals, or at a clause; null where not. */
function boundary(p: string, w: string, names: Set<string>): 'start' | 'inner' | 'clause' | null {
  if (CAPITAL_START.test(w)) {
    if (names.has(w.replace(/[,.;:]$/, ''))) return null;
    if ((LOWER_WORD.test(p) && !dangling.has(p)) || /\)$/.test(p) || closing.has(p.toLowerCase())) return 'start';
    if (CAPITAL_WORD.test(p) && p.length > 1 && !/,$/.test(w)) return 'inner';
    return null;
  }
  // A subject opening a sentence ('Det finns …', 'Vi ska …') is no line before the clause.
  if (LOWER_WORD.test(w) && /^\p{L}[\p{L}-]*$/u.test(p) && !dangling.has(p.toLowerCase()) && !openers.has(p) && isFiniteVerb(w)) return 'clause';
  return null;
}

/** The places a line may have begun, one per run of capitalised words. */
function lineStarts(words: RegExpMatchArray[], names: Set<string>): LineStart[] {
  const out: LineStart[] = [];
  let run: Array<{ i: number; start: boolean }> = [];
  const close = () => {
    if (run.length === 0) return;
    // Each infinitive opens a line ('… hamnen Utveckla Visby hamn Skapa …'); without one, the run holds one line end.
    const verbs = run.filter((r) => isInfinitive(words[r.i][0]));
    if (verbs.length) for (const r of verbs) out.push({ at: words[r.i].index!, tier: 'line' });
    else out.push({ at: words[run[0].i].index!, tier: run[0].start ? 'line' : 'name' });
    run = [];
  };
  for (let i = 1; i < words.length; i++) {
    const kind = boundary(words[i - 1][0], words[i][0], names);
    if (kind === 'inner' && run.length > 0 && run[run.length - 1].i === i - 1) run.push({ i, start: false });
    else {
      close();
      if (kind === 'start' || kind === 'inner') run.push({ i, start: kind === 'start' });
      else if (kind === 'clause' && i >= 2) out.push({ at: words[i].index!, tier: 'clause' });
    }
  }
  close();
  return out;
}

/**
 * Where the lines after the first begin in `text` (offsets into it, ascending),
 * for a column of `count` markers before the text; `itemEnd` says where an
 * item run into a line ends (its first sentence end, or an opener). Fewer than
 * count − 1 offsets where the text does not show as many line ends.
 */
export function markerColumnCuts(text: string, count: number, itemEnd: (seg: string) => number, names: Set<string> = new Set()): number[] {
  if (count < 2) return [];
  const end = itemEnd(text);
  const words = [...text.slice(0, end).matchAll(/\S+/g)];
  const found = lineStarts(words, names);
  const need = count - 1;
  // The clause that ends the column's lines, when there is one: the other lines come before it.
  const clause = found.find((f) => f.tier === 'clause');
  const before = found.filter((f) => f.tier !== 'clause' && (!clause || f.at < clause.at));
  const cuts = [...before.filter((f) => f.tier === 'line'), ...before.filter((f) => f.tier === 'name')].slice(0, clause ? need - 1 : need).map((f) => f.at);
  cuts.sort((x, y) => x - y);
  if (clause && cuts.length < need) cuts.push(clause.at);
  // Lines that are sentences: the sentence end closes one, and the next begins after it.
  const next = end + (text.slice(end).length - text.slice(end).trimStart().length);
  if (cuts.length < need && next < text.length) {
    cuts.push(next);
    cuts.push(...markerColumnCuts(text.slice(next), need - cuts.length + 1, itemEnd, names).map((c) => c + next));
  }
  return cuts;
}
