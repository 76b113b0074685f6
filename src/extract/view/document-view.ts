import { appendTo } from '../../core/group.js';
import type { Block, Doc } from '../../core/types.js';

/**
 * What every construction reads: the document's blocks without page
 * furniture, their type sizes made relative to their page's body text, and
 * each block's text. Built once per document; constructions never change it.
 */
export interface DocView {
  doc: Doc;
  blocks: Block[];
  /** A block's text as stored (leading white space kept: offsets count from the block's start). */
  text(i: number): string;
  /** A block's text without surrounding white space. */
  trimmed(i: number): string;
  /** Where a block's text begins after its leading white space, as an offset into the document. */
  begin(i: number): number;
  /** The text of any span of the document. */
  slice(span: { start: number; end: number }): string;
  /** The index of a block in `blocks`. */
  indexOf(b: Block): number;
  /** The cells of a table row as text. */
  cells(i: number): string[];
}

export function buildView(doc: Doc): DocView {
  const blocks = relativeSizes(doc.blocks.filter((b) => b.kind !== 'furniture'));
  const texts = blocks.map((b) => doc.text.slice(b.start, b.end));
  const index = new Map(blocks.map((b, i) => [b, i]));
  return {
    doc,
    blocks,
    text: (i) => texts[i],
    trimmed: (i) => texts[i].trim(),
    begin: (i) => blocks[i].start + (texts[i].length - texts[i].trimStart().length),
    slice: (s) => doc.text.slice(s.start, s.end),
    indexOf: (b) => index.get(b) ?? -1,
    cells: (i) => (blocks[i].cells ?? []).map((c) => doc.text.slice(c.start, c.end)),
  };
}

/** Characters of text a page sets in a larger size than the document's body, at least, for that size to be its body text: a few short lines are titles. */
const MIN_BODY_CHARS = 300;

/** The size half the characters are set in or below, of sized pieces of text. */
function medianSize(sizes: Array<{ size: number; chars: number }>): number {
  const sorted = [...sizes].sort((x, y) => x.size - y.size);
  const total = sorted.reduce((n, x) => n + x.chars, 0);
  let seen = 0;
  return sorted.find((x) => (seen += x.chars) * 2 >= total)!.size;
}

/**
 * Type sizes relative to the body text of their own page: a scanned page read
 * by OCR, or a page set smaller, has body text of another size than the rest,
 * and its headings and items are to be compared with its own body. The body
 * is the size most of the page's characters are set in. A page whose text is
 * a few short lines larger than the document's body (area titles and a note
 * above tables, a list printed in larger type) shows no body of its own and
 * keeps its sizes.
 */
function relativeSizes(blocks: Block[]): Block[] {
  const byPage = new Map<number | null, Array<{ size: number; chars: number }>>();
  for (const b of blocks) if ((b.kind === 'paragraph' || b.kind === 'item') && b.size !== undefined) appendTo(byPage, b.page, { size: b.size, chars: b.end - b.start });
  const all = [...byPage.values()].flat();
  const documentBody = all.length > 0 ? medianSize(all) : 1;
  const body = new Map<number | null, number>();
  for (const [page, sizes] of byPage) {
    if (sizes.length < 3) continue;
    const median = medianSize(sizes);
    const atMedian = sizes.filter((x) => Math.abs(x.size - median) < 0.02).reduce((n, x) => n + x.chars, 0);
    if (median > documentBody + 0.02 && atMedian < MIN_BODY_CHARS) continue;
    body.set(page, median);
  }
  return blocks.map((b) => {
    const base = body.get(b.page);
    return b.size === undefined || base === undefined || Math.abs(base - 1) < 0.02 ? b : { ...b, size: b.size / base };
  });
}
