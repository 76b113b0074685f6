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
