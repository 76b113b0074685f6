import { STATUS_GLYPH } from '../lang/status.js';
import { normalizeChars } from '../clean/normalize.js';
import { GraphicsState, type StateOps } from './pdf-graphics.js';
import type { PageLine, Run } from './pdf-lines.js';
import { lineText } from './pdf-lines.js';
import type { PagePicture } from './picture-anchor.js';
import { readFilledShape } from './picture.js';

/**
 * Status symbols a PDF page sets in a colour of their own ('Status: ●' with the dot green, a
 * legend '● Klar ● Pågår' in green and yellow): the text layer keeps the symbol but not its
 * colour, which only the drawing's fill colour at the moment it was shown says.
 */

export interface GlyphOps extends StateOps {
  showText: number;
  showSpacedText: number;
  nextLineShowText?: number;
  nextLineSetSpacingShowText?: number;
}

const KEY = new RegExp(STATUS_GLYPH.source, 'u');

/** Whether a line holds a status symbol after other text ('Status: ●', '● Klar ● Pågår'): one a colour may mean something, not a list's bullet. */
export function hasInlineGlyph(lines: PageLine[]): boolean {
  return lines.some((l) => {
    const text = lineText(l).trim();
    return KEY.test(text.slice(1));
  });
}

/** The fill colour each status symbol was shown in, in the order the page shows its text ('#00A651'). */
export function glyphColours(fnArray: ArrayLike<number>, argsArray: unknown[], ops: GlyphOps): string[] {
  const state = new GraphicsState(ops);
  const shows = new Set([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText].filter((o): o is number => o !== undefined));
  const out: string[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (state.follow(fn, args)) continue;
    if (!shows.has(fn) || !args) continue;
    const glyphs = args.find((a) => Array.isArray(a)) as Array<{ unicode?: string } | number> | undefined;
    for (const g of glyphs ?? []) {
      if (typeof g !== 'object' || !g?.unicode) continue;
      for (const _ of normalizeChars(g.unicode).matchAll(STATUS_GLYPH)) out.push(state.fill);
    }
  }
  return out;
}

/**
 * The pictures of the status symbols of a page's runs (the text layer in the order the page
 * shows it), each given the colour it was shown in: one per symbol, in order, or none when the
 * counts differ (the drawing and the text layer disagree, and no pairing can be trusted). A
 * symbol in the text's own colour is kept as a place, without a reading, so the ones after it
 * keep theirs.
 */
export function glyphPictures(page: number, runs: Run[], colours: string[]): PagePicture[] {
  const out: PagePicture[] = [];
  // The pictures are paired with the text's symbols line by line, left to right: a symbol set larger than the words
  // beside it ('● Klar ● Pågår', the dots 14 pt) stands on their baseline, and takes its line's.
  const baselines: number[] = [];
  const baseline = (r: Run) => baselines.find((y) => Math.abs(y - r.y) <= r.size * 0.35) ?? (baselines.push(r.y), r.y);
  for (const r of runs) {
    for (const m of r.text.matchAll(STATUS_GLYPH)) {
      const x = r.x + ((r.xEnd - r.x) * m.index!) / Math.max(1, r.text.length);
      const reading = out.length < colours.length ? readFilledShape(colours[out.length]) : null;
      out.push({ page, y: baseline(r), x, token: m[0], reading: reading && { ...reading, token: m[0] }, source: 'glyph' });
    }
  }
  return out.length === colours.length && out.some((p) => p.reading) ? out : [];
}
