import type { Doc, Span } from '../core/types.js';
import { normalizeChars } from './normalize.js';

/**
 * Maps spans of the cleaned text back to the original text of a text-format
 * document. Cleaning only ever drops characters (line breaks, hyphens at a
 * line end, page markers, soft hyphens, spaces inside a broken word),
 * collapses whitespace, or rewrites one character as a few (ligatures,
 * composed diacritics); so each cleaned character is found at or shortly
 * after the position of the one before it.
 */

/** How far ahead in the source a character may be before it counts as inserted by cleaning. */
const LOOKAHEAD = 64;

interface SourceChar {
  char: string;
  at: number;
}

/** The source from `from` as cleaned characters, each with the source offset it came from. */
function foldedSource(source: string, from: number, length: number): SourceChar[] {
  const out: SourceChar[] = [];
  const end = Math.min(source.length, from + length);
  for (let k = from; k < end; k++) {
    let raw = source[k];
    // Plain ASCII before a plain character is its own cleaned form: most of a text goes by without the repairs.
    if (raw.charCodeAt(0) < 0x80 && (k + 1 >= end || source.charCodeAt(k + 1) < 0x80)) {
      out.push({ char: raw, at: k });
      continue;
    }
    // A base letter and its combining marks are one character once composed.
    let next = k + 1;
    while (next < end && /\p{M}/u.test(source[next])) raw += source[next++];
    for (const char of normalizeChars(raw)) out.push({ char, at: k });
    k = next - 1;
  }
  return out;
}

function same(a: string, b: string): boolean {
  return a === b || (/\s/.test(a) && /\s/.test(b));
}

/**
 * For each character of `clean` (and one past its end), the offset in
 * `source` it came from, searching from `from`.
 */
export function alignToSource(clean: string, source: string, from: number): number[] {
  const folded = foldedSource(source, from, clean.length * 2 + 4 * LOOKAHEAD);
  const map: number[] = [];
  let j = 0;
  let lastEnd = from;
  for (let i = 0; i < clean.length; i++) {
    let k = j;
    const limit = Math.min(folded.length, j + LOOKAHEAD);
    while (k < limit && !same(clean[i], folded[k].char)) k++;
    if (k < limit) {
      map.push(folded[k].at);
      lastEnd = folded[k].at + 1;
      j = k + 1;
    } else {
      // Inserted by cleaning (a space between joined pieces): it sits where the source stands.
      map.push(lastEnd);
    }
  }
  map.push(lastEnd);
  return map;
}

/**
 * The span of the original text that a span of `doc.text` came from, for
 * documents that keep their source (text formats); null otherwise.
 */
export function sourceSpan(doc: Doc, span: Span): Span | null {
  if (doc.source === undefined) return null;
  const block = blockAt(doc, span.start, false);
  if (!block || block.source === undefined) return null;
  const last = blockAt(doc, span.end, true) ?? block;
  const startMap = alignmentOf(doc, block);
  const start = startMap[span.start - block.start];
  if (span.end <= span.start) return { start, end: start };
  // The end is one past the source position of the span's last character.
  let end: number;
  if (last === block) {
    end = startMap[span.end - 1 - block.start] + 1;
  } else if (last.source !== undefined) {
    end = alignmentOf(doc, last)[span.end - 1 - last.start] + 1;
  } else {
    return null;
  }
  return end >= start ? { start, end } : null;
}

/** Each block's alignment, made once per document however many rows point into the block. */
const alignments = new WeakMap<Doc, Map<number, number[]>>();

function alignmentOf(doc: Doc, block: Doc['blocks'][number]): number[] {
  let byBlock = alignments.get(doc);
  if (!byBlock) alignments.set(doc, (byBlock = new Map()));
  let map = byBlock.get(block.start);
  if (!map) byBlock.set(block.start, (map = alignToSource(doc.text.slice(block.start, block.end), doc.source!, block.source!)));
  return map;
}

/** The block holding an offset (as a start, or as an end one past the last character), by binary search: blocks are in text order. */
function blockAt(doc: Doc, offset: number, asEnd: boolean): Doc['blocks'][number] | undefined {
  const blocks = doc.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid];
    const inside = asEnd ? b.start < offset && offset <= b.end : b.start <= offset && offset < b.end;
    if (inside) return b;
    if ((asEnd ? b.end < offset : b.end <= offset)) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
