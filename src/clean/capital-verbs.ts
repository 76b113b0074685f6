/**
 * Actions set as a line opening with an infinitive in capitals ('KARTLÄGGA
 * otrygga platser …', 'FÖRBÄTTRA belysningen …'), each with a paragraph or a
 * bullet describing it, that a transcript ran into the page's line: '… med
 * fokus på att: KARTLÄGGA otrygga platser tillsammans med invånarna •
 * Trygghetsvandringar …'. One such word is emphasis; a series of them over
 * the document is its way of stating actions, and each then opens a line of
 * its own again, as it did on the page.
 */
import type { RawBlock } from '../core/types.js';
import { blockPiece } from './block-piece.js';
import { isCapitalInfinitive } from '../lang/morphology.js';
import { INLINE_BULLET_GLYPHS } from '../lang/structure.js';
import { sentenceEnds } from './split-inline.js';

/** As many as activity/emphasised-verb asks before it reads such lines as the document's actions. */
const SERIES = 3;
/**
 * A word in capitals after a sentence end, a colon or at the start, before a
 * word that is not in capitals too ('UTVECKLA kulturskolans utbud', not 'VI SKA
 * STÄRKA' nor a title set all in capitals).
 */
const CANDIDATE = /(?<=^|[.!?:]["”)]?\s+)(\p{Lu}{2,})(?=\s+(?:\p{Lu}?\p{Ll}|\d))/gu;
/** The describing text after the action's line begins at a bullet glyph. */
const GLYPH = new RegExp(`\\s[${INLINE_BULLET_GLYPHS}]\\s`, 'u');

interface Cut {
  /** Where the action's line starts and ends in the block's text. */
  at: number;
  end: number;
}

/** Where each block's capitalised actions stand, or none in any block when the document has fewer than a series. */
function findCuts(blocks: RawBlock[]): Map<RawBlock, Cut[]> {
  const found = new Map<RawBlock, Cut[]>();
  let count = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    const starts = [...b.text.matchAll(CANDIDATE)].filter((m) => isCapitalInfinitive(m[1])).map((m) => m.index!);
    count += starts.length;
    const cuts = starts.filter((at) => at > 0).map((at, k, all) => ({ at, end: lineEnd(b.text, at, all[k + 1] ?? b.text.length) }));
    if (cuts.length) found.set(b, cuts);
  }
  return count >= SERIES ? found : new Map();
}

/** The action's line ends at the bullet that opens its description, or at its first sentence end, and never past the next action. */
function lineEnd(text: string, at: number, next: number): number {
  const rest = text.slice(at, next);
  const glyph = GLYPH.exec(rest);
  const sentence = sentenceEnds(rest)[0] ?? rest.length;
  return at + Math.min(glyph ? glyph.index : rest.length, sentence);
}

/**
 * Cuts paragraphs and items before each capitalised action run into them: the
 * text before keeps the block's kind, the action's line becomes a paragraph
 * of its own, and what follows it a paragraph (whose bullets are cut later).
 */
export function splitCapitalVerbs(blocks: RawBlock[]): RawBlock[] {
  const cuts = findCuts(blocks);
  if (cuts.size === 0) return blocks;
  return blocks.flatMap((b) => {
    const mine = cuts.get(b);
    if (!mine) return [b];
    const out: RawBlock[] = [];
    const piece = (from: number, to: number, first: boolean) => {
      const block = blockPiece(b, from, to, 'paragraph', first);
      if (block) out.push(block);
    };
    let cursor = 0;
    mine.forEach((cut, k) => {
      piece(cursor, cut.at, k === 0);
      piece(cut.at, cut.end, false);
      cursor = cut.end;
    });
    piece(cursor, b.text.length, false);
    return out;
  });
}
