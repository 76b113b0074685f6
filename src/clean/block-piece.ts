import type { RawBlock } from '../core/types.js';

/**
 * A stretch of a block's text cut out as a block of its own, its source offset
 * moved to where its first word stands; null for a stretch of only space.
 * `keep` keeps the block's own kind, marker and level (the piece before the
 * first cut); otherwise the piece is a plain block of `kind` on the same page.
 */
export function blockPiece(b: RawBlock, from: number, to: number, kind: RawBlock['kind'], keep: boolean): RawBlock | null {
  const raw = b.text.slice(from, to);
  const text = raw.trim();
  if (!text) return null;
  const block: RawBlock = keep ? { ...b, text } : { kind, text, page: b.page };
  if (b.source !== undefined) block.source = b.source + from + (raw.length - raw.trimStart().length);
  return block;
}
