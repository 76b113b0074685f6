import type { Block } from '../../core/types.js';
import type { Heading, Tier } from './types.js';

/** A section heading read from block b, its title starting at `start`; what the block's format says of its level and size is kept. */
export function makeHeading(b: Block, start: number, title: string, tier: Tier, rule: string, extra: Partial<Heading> = {}): Heading {
  return {
    start,
    end: start + title.length,
    title,
    tier,
    label: null,
    number: null,
    level: b.kind === 'heading' ? (b.level ?? null) : null,
    size: b.size ?? null,
    listLevel: null,
    where: false,
    leadIn: null,
    rule,
    page: b.page,
    ...extra,
  };
}

/** Type size relative to the body from which a numbered line reads as a heading's. */
export const HEADING_SIZE = 1.1;

/** How much larger than the text under it a numbered title is set, at least, to be a heading: a browser prints a heading style a few points up. */
const ABOVE_TEXT = 1.05;

/**
 * A numbered item set in larger type than the body, over a block of text in a
 * smaller one: a heading's type, not a list's (a word processor's heading
 * style printed to PDF). The last of items set side by side in one large type
 * is its list's, whatever follows it, and an item over its own field lines
 * ('Ansvarig: …', `fieldsUnder`) is an activity set large.
 */
export function isSetAboveText(b: Block, previous: Block | undefined, next: Block | undefined, fieldsUnder: boolean): boolean {
  const size = b.size ?? 1;
  if (b.kind !== 'item' || fieldsUnder || size <= ABOVE_TEXT || next === undefined || (next.kind !== 'paragraph' && next.kind !== 'row') || size < (next.size ?? 1) * ABOVE_TEXT) return false;
  return !(previous?.kind === 'item' && Math.abs((previous.size ?? 1) - size) < 0.02);
}
