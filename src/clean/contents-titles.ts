import type { Message, RawBlock } from '../core/types.js';
import { escapeRegExp } from '../lang/pattern.js';
import { blockPiece } from './block-piece.js';

/**
 * A document's own table of contents names its headings. Where the line
 * breaks are gone (a transcript runs each page onto one line), a numbered
 * heading ('3 Ett linjenät som fungerar i vardagen') stands inside the page's
 * text with nothing else to tell it from the sentence after it. The contents
 * page still lists it, with leader dots and a page number: each title it
 * lists, found again with its number in the running text after the contents,
 * is cut out there as a heading of its own. Only numbered entries count (an
 * unnumbered title may be an ordinary phrase of the text), and only when the
 * contents list several.
 */

/** An entry: an outline number, a capitalised title, leader dots and a page number. */
const ENTRY = /(?<=^|\s)(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(\p{Lu}[^.…]{1,90}?)\s*(?:\.{4,}|…{2,})\s*\d{1,3}(?=\s|$)/gu;
/** A contents of fewer entries is no contents to go by. */
const MIN_ENTRIES = 3;

interface Entry {
  number: string;
  title: string;
}

/** The numbered entries of the first block that lists several, and that block's index. */
function contentsOf(blocks: RawBlock[]): { at: number; entries: Entry[] } | null {
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'paragraph' && blocks[i].kind !== 'item') continue;
    const entries = [...blocks[i].text.matchAll(ENTRY)].map((m) => ({ number: m[1], title: m[2].trim() }));
    if (entries.length >= MIN_ENTRIES) return { at: i, entries };
  }
  return null;
}

/** Where each listed heading stands in a text: its number, the title as listed, then a word boundary. */
function headingSpans(text: string, patterns: RegExp[]): Array<{ at: number; end: number }> {
  const spans: Array<{ at: number; end: number }> = [];
  for (const p of patterns) {
    p.lastIndex = 0;
    for (let m = p.exec(text); m; m = p.exec(text)) spans.push({ at: m.index + m[1].length, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.at - b.at).filter((s, k, all) => k === 0 || s.at >= all[k - 1].end);
}

/**
 * A listed heading that the reading took for a numbered item ('4.2' as the
 * marker, 'Trygga korsningar Åtgärder: …' as its text): the heading with its
 * number, and the item's text after the title; null when the item is none.
 * `source` is the decoded text the offsets point into, to give the heading
 * its number's place.
 */
function numberedItemHeading(b: RawBlock, entries: Entry[], source: string | undefined): RawBlock[] | null {
  const number = b.marker?.replace(/[.)]$/, '');
  const entry = number ? entries.find((e) => e.number === number && b.text.startsWith(e.title) && /^(?:\s|$)/.test(b.text.slice(e.title.length))) : undefined;
  if (!entry) return null;
  const at = b.source !== undefined && source ? source.lastIndexOf(b.marker!, b.source) : -1;
  const gap = at >= 0 ? source!.slice(at + b.marker!.length, b.source) : ' ';
  const heading: RawBlock = { kind: 'heading', text: `${b.marker}${/^\s+$/.test(gap) ? gap : ' '}${entry.title}`, page: b.page, level: Math.min(3, number!.split('.').length) };
  if (at >= 0 && /^\s+$/.test(gap)) heading.source = at;
  const rest = blockPiece(b, entry.title.length, b.text.length, 'paragraph', false);
  return rest ? [heading, rest] : [heading];
}

export function splitContentsTitles(blocks: RawBlock[], messages: Message[] = [], source?: string): RawBlock[] {
  const contents = contentsOf(blocks);
  if (!contents) return blocks;
  // The number, then the title with any run of space between its words, standing alone: not inside a longer number or word.
  const patterns = contents.entries.map((e) => new RegExp(`(^|\\s)${escapeRegExp(e.number)}\\.?\\s+${e.title.split(/\s+/).map(escapeRegExp).join('\\s+')}(?=\\s|$)`, 'gu'));
  let cuts = 0;
  const out = blocks.flatMap((b, i) => {
    if (i <= contents.at || (b.kind !== 'paragraph' && b.kind !== 'item')) return [b];
    const numbered = b.kind === 'item' ? numberedItemHeading(b, contents.entries, source) : null;
    if (numbered) {
      cuts++;
      return numbered;
    }
    const spans = headingSpans(b.text, patterns);
    // A block that is the heading alone is one already.
    if (spans.length === 0 || (spans.length === 1 && spans[0].at === 0 && spans[0].end === b.text.trimEnd().length)) return [b];
    const pieces: RawBlock[] = [];
    let from = 0;
    for (const s of spans) {
      const before = blockPiece(b, from, s.at, 'paragraph', from === 0);
      if (before) pieces.push(before);
      const heading = blockPiece(b, s.at, s.end, 'heading', false);
      if (heading) pieces.push({ ...heading, level: Math.min(3, heading.text.split(/\s/)[0].split('.').filter(Boolean).length) });
      from = s.end;
    }
    const rest = blockPiece(b, from, b.text.length, 'paragraph', false);
    if (rest) pieces.push(rest);
    cuts += spans.length;
    return pieces;
  });
  if (cuts === 0) return blocks;
  messages.push({ severity: 'info', reason: `Cut ${cuts} headings out of the running text where the document's table of contents lists them`, ruleId: 'clean/contents-titles' });
  return out;
}
