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
  const block = doc.blocks.find((b) => b.start <= span.start && span.start < b.end);
  if (!block || block.source === undefined) return null;
  const last = doc.blocks.find((b) => b.start < span.end && span.end <= b.end) ?? block;
  const startMap = alignToSource(doc.text.slice(block.start, block.end), doc.source, block.source);
  const start = startMap[span.start - block.start];
  if (span.end <= span.start) return { start, end: start };
  // The end is one past the source position of the span's last character.
  let end: number;
  if (last === block) {
    end = startMap[span.end - 1 - block.start] + 1;
  } else if (last.source !== undefined) {
    end = alignToSource(doc.text.slice(last.start, last.end), doc.source, last.source)[span.end - 1 - last.start] + 1;
  } else {
    return null;
  }
  return end >= start ? { start, end } : null;
}
