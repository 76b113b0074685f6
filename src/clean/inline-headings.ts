/**
 * Numbered headings that a transcript ran into the page's line: '… ort 2
 * Service och bemötande Kommunens service …'. A bare number before a
 * capital says little on its own (a count, a table cell, a contents entry);
 * numbers that follow each other 1, 2, 3 across the document, each before a
 * short title of a heading's shape, are an outline.
 */
import { DANGLING_WORDS } from '../lang/language.js';
import { isFiniteVerb } from '../lang/morphology.js';
import { INLINE_BULLET_GLYPHS } from '../lang/structure.js';

export interface InlineHeading {
  /** Where the number starts, where the title ends (exclusive), in the text searched. */
  at: number;
  end: number;
  /** The number as written ('2', '3.'). */
  marker: string;
  value: number;
}

const dangling = new Set(DANGLING_WORDS);
/** A depth-one number (not part of '1.2' or a year) before a capitalised word. */
const CANDIDATE = /(?<=^|\s)(\d{1,2})\.?\s+(?=\p{Lu}\p{Ll})/gu;
const GLYPH = new RegExp(`^[${INLINE_BULLET_GLYPHS}–•-]$`, 'u');
/** A title is a few words; more and it is a sentence that opens with a number. */
const MAX_TITLE_WORDS = 9;
/** Headings of an outline have their sections between them; contents entries and lists of short lines do not. */
const MIN_SECTION = 60;
/** A title of MAX_TITLE_WORDS words fits in this many characters: the text after a number is read no further, so a page of numbers costs its length. */
const TITLE_WINDOW = 400;

/**
 * Where a heading's title ends in text that runs on after it, or -1 when the
 * text opens with no title: a title is short, has no finite verb and no
 * sentence end, and ends before the next capitalised word (a title's words
 * after the first are in lower case), a number, a bullet or a label's colon.
 * A capital after a word no title ends on ('för Region X') is a name in it.
 */
export function headingTitleEnd(text: string): number {
  const words = [...text.slice(0, TITLE_WINDOW).matchAll(/\S+/g)];
  if (!words.length || !/^\p{Lu}\p{Ll}/u.test(words[0][0])) return -1;
  let end = -1;
  for (let k = 0; k < words.length; k++) {
    const w = words[k][0];
    const prev = k > 0 ? words[k - 1][0].toLowerCase() : '';
    if (k > 0 && (GLYPH.test(w) || /^\d/.test(w) || (/^\p{Lu}/u.test(w) && !dangling.has(prev)))) break;
    if (k >= MAX_TITLE_WORDS || isFiniteVerb(w.replace(/[,;]$/, ''))) return -1;
    end = words[k].index! + w.length;
    // 'Målområde:' or 'Mål:' after the title is the next field; a sentence end means the words were a sentence.
    if (/[.!?]$/.test(w)) return -1;
    // A word in lower case with a colon ('Kunskap och beteende:', a title set over its table) is the title's last: a label opens in capitals.
    if (/^\p{Ll}.*:$/u.test(w) && k > 0) return words[k].index! + w.length;
    if (/:$/.test(w)) return k === 0 ? -1 : words[k].index!;
  }
  return end;
}

/** A title followed by a page number, or by leader dots, is an entry of a table of contents. */
function isContentsEntry(after: string): boolean {
  return /^\s*(?:\.{2,}|…)/.test(after) || /^\s+\d{1,3}(?=\s+[\p{Lu}\d]|\s*$)/u.test(after);
}

/**
 * The numbered headings in a run of texts (the blocks of a document, in
 * order): candidates with a heading's title that number 1, 2, 3 … in order,
 * at least `min` of them, with a section's worth of text between each and
 * the next. `taken` lists spans already read (a label's number, an item id),
 * where no heading starts.
 */
export function findInlineHeadings(texts: string[], taken: Array<Array<[number, number]>> = [], min = 3): InlineHeading[][] {
  const found = texts.map((text, t) =>
    [...text.matchAll(CANDIDATE)].flatMap((m): InlineHeading[] => {
      const at = m.index!;
      const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, at - 40), at))?.[1].toLowerCase() ?? '';
      if (dangling.has(before) || (taken[t] ?? []).some(([from, to]) => at >= from && at < to)) return [];
      const titleAt = at + m[0].length;
      const len = headingTitleEnd(text.slice(titleAt));
      if (len <= 0 || isContentsEntry(text.slice(titleAt + len, titleAt + len + TITLE_WINDOW))) return [];
      return [{ at, end: titleAt + len, marker: text.slice(at, titleAt).trim(), value: Number(m[1]) }];
    }),
  );
  // The longest run 1, 2, 3 … in document order; each heading at least a section away from the one before.
  type Link = { text: number; h: InlineHeading; end: number };
  const chains: Link[][] = [];
  // Chains by the number they wait for, latest last: each candidate looks only at the chains it can go on.
  const waiting = new Map<number, Link[][]>();
  let base = 0;
  found.forEach((list, t) => {
    for (const h of list) {
      const link = { text: t, h, end: base + h.end };
      const open = waiting.get(h.value) ?? [];
      const k = open.findLastIndex((c) => base + h.at - c[c.length - 1].end >= MIN_SECTION);
      let chain: Link[] | null = null;
      if (k >= 0) [chain] = open.splice(k, 1);
      else if (h.value === 1) chains.push((chain = []));
      if (!chain) continue;
      chain.push(link);
      waiting.set(h.value + 1, [...(waiting.get(h.value + 1) ?? []), chain]);
    }
    base += texts[t].length + 1;
  });
  const kept = texts.map((): InlineHeading[] => []);
  const best = chains.filter((c) => c.length >= min).sort((p, q) => q.length - p.length)[0];
  for (const { text, h } of best ?? []) kept[text].push(h);
  return kept;
}
