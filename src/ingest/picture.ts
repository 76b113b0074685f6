import { hexColour, hexOfRgb, hslOfHex, hslOfRgb, hueWithin } from '../core/colour.js';
import { barToken, CROSS_TOKEN, PICTURE_COLOURS, PICTURE_TOKENS, type PictureColour } from '../lang/status.js';

/**
 * What a small picture in a document shows: a status icon (its colour, and
 * whether it is a dot, a check or a cross) or a progress bar (its filled
 * share). Pure: the PDF and Word readers decode the pixels, this reads them.
 */

export interface Pixels {
  width: number;
  height: number;
  /** Row-major, top row first, `channels` bytes a pixel: 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA. */
  data: ArrayLike<number>;
  channels: 1 | 2 | 3 | 4;
}

export type PictureShape = 'dot' | 'check' | 'cross';

export type PictureReading =
  | { kind: 'icon'; colour: PictureColour | 'grey'; hex: string; shape: PictureShape; token: string }
  | { kind: 'bar'; colour: PictureColour | 'grey' | null; hex: string | null; share: number; token: string };

/** Pictures larger than this (in pixels) are photos or drawings, not status marks. */
export const MAX_ICON_PIXELS = 400 * 120;
/** A picture this much wider than high, as it stands on the page, is a bar. */
const BAR_ASPECT = 2.5;

interface Px {
  x: number;
  y: number;
  r: number;
  g: number;
  b: number;
  s: number;
  l: number;
  h: number;
}

function pixelsOf(p: Pixels): Px[] {
  const out: Px[] = [];
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      const o = (y * p.width + x) * p.channels;
      const alpha = p.channels === 4 ? p.data[o + 3] : p.channels === 2 ? p.data[o + 1] : 255;
      if (alpha < 128) continue;
      const [r, g, b] = p.channels >= 3 ? [p.data[o], p.data[o + 1], p.data[o + 2]] : [p.data[o], p.data[o], p.data[o]];
      const { h, s, l } = hslOfRgb(r, g, b);
      out.push({ x, y, r, g, b, h, s, l });
    }
  }
  return out;
}

const coloured = (p: Px) => p.s >= 0.3 && p.l >= 0.15 && p.l <= 0.9;
const light = (p: Px) => p.l > 0.85 && p.s < 0.5;
const grey = (p: Px) => p.s < 0.2 && p.l >= 0.25 && p.l <= 0.85;

function colourOf(pixels: Px[]): { colour: PictureColour; hex: string } | null {
  if (pixels.length === 0) return null;
  // The median hue, so antialiased edges do not move it.
  const hues = pixels.map((p) => p.h).sort((a, b) => a - b);
  const h = hues[Math.floor(hues.length / 2)];
  const named = PICTURE_COLOURS.find((c) => hueWithin(h, c.hue));
  if (!named) return null;
  const mean = (k: 'r' | 'g' | 'b') => pixels.reduce((s, p) => s + p[k], 0) / pixels.length;
  return { colour: named.colour, hex: hexOfRgb(mean('r'), mean('g'), mean('b')) };
}

/** The Pearson correlation of the mark's x and y: a check rises to the right (negative, rows counting down), a cross has none. */
function correlation(points: Px[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** A mark (a check or a cross) drawn light on a coloured disc, or drawn in colour on nothing. */
function shapeOf(all: Px[], colourPixels: Px[]): PictureShape {
  const xs = colourPixels.map((p) => p.x);
  const ys = colourPixels.map((p) => p.y);
  const box = { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
  const area = (box.x2 - box.x1 + 1) * (box.y2 - box.y1 + 1);
  const inset = (p: Px) => p.x > box.x1 + (box.x2 - box.x1) * 0.15 && p.x < box.x2 - (box.x2 - box.x1) * 0.15 && p.y > box.y1 + (box.y2 - box.y1) * 0.15 && p.y < box.y2 - (box.y2 - box.y1) * 0.15;
  const onDisc = all.filter((p) => light(p) && inset(p));
  const glyph = colourPixels.length / area < 0.45;
  const mark = glyph ? colourPixels : onDisc;
  // A plain disc has no light pixels inside it; a mark on one a few rows of them.
  if (mark.length < Math.max(6, area * 0.015)) return 'dot';
  const r = correlation(mark);
  // A cross's two strokes cancel; a check's long stroke rises to the right.
  return Math.abs(r) < 0.25 ? 'cross' : r < 0 ? 'check' : 'dot';
}

function readBar(pixels: Px[], p: Pixels): PictureReading | null {
  // The frame: every column with anything not white. The fill: columns whose middle rows are mostly of the
  // fill's tone, which is the coloured one where the bar has colour (the rest may be grey, light or dark),
  // else the dark one on a light ground.
  const band = { from: Math.floor(p.height * 0.3), to: Math.ceil(p.height * 0.7) };
  const inBand = pixels.filter((px) => px.y >= band.from && px.y < band.to);
  const hasColour = inBand.some(coloured);
  const isFill = hasColour ? coloured : (px: Px) => px.l < 0.5;
  const columns = new Map<number, { any: boolean; filled: number; seen: number }>();
  for (const px of pixels) {
    const c = columns.get(px.x) ?? { any: false, filled: 0, seen: 0 };
    if (px.l <= 0.97) c.any = true;
    if (px.y >= band.from && px.y < band.to) {
      c.seen++;
      if (isFill(px)) c.filled++;
    }
    columns.set(px.x, c);
  }
  const framed = [...columns.entries()].filter(([, c]) => c.any).map(([x]) => x);
  if (framed.length === 0) return null;
  const x0 = Math.min(...framed);
  const x1 = Math.max(...framed);
  let filled = 0;
  let gap = 0;
  for (let x = x0; x <= x1; x++) {
    const c = columns.get(x);
    if (c && c.seen > 0 && c.filled / c.seen >= 0.5) {
      filled += gap + 1;
      gap = 0;
    } else if (filled > 0) {
      // A frame's antialiased edge or a rounded end is no end of the fill.
      gap++;
      if (gap > Math.max(2, (x1 - x0) * 0.03)) break;
    }
  }
  // A bar's frame and rounded ends take a pixel or two at either end: a share that close to an end is the end.
  const measured = Math.min(1, filled / (x1 - x0 + 1));
  const share = measured >= 0.98 ? 1 : measured <= 0.02 ? 0 : measured;
  const fill = colourOf(pixels.filter(coloured));
  return { kind: 'bar', colour: fill?.colour ?? null, hex: fill?.hex ?? null, share, token: barToken(share) };
}

/**
 * Reads a small picture. `aspect` is its width over its height as it stands
 * on the page (a picture may be drawn stretched). Null for what is no status
 * mark: too large, blank, or without colour.
 */
export function readPicture(p: Pixels, aspect = p.width / p.height): PictureReading | null {
  if (p.width * p.height > MAX_ICON_PIXELS || p.width < 3 || p.height < 3) return null;
  const pixels = pixelsOf(p);
  if (pixels.length < 9) return null;
  if (aspect >= BAR_ASPECT) return readBar(pixels, p);
  if (aspect < 1 / BAR_ASPECT) return null;
  const colourPixels = pixels.filter(coloured);
  const share = colourPixels.length / pixels.length;
  if (share < 0.08) {
    const greys = pixels.filter(grey);
    if (greys.length / pixels.length < 0.2) return null;
    const shape = shapeOf(pixels, greys);
    return { kind: 'icon', colour: 'grey', hex: hexOfRgb(...(['r', 'g', 'b'] as const).map((k) => greys.reduce((s, q) => s + q[k], 0) / greys.length) as [number, number, number]), shape, token: shape === 'cross' ? CROSS_TOKEN : PICTURE_TOKENS.grey };
  }
  const named = colourOf(colourPixels);
  if (!named) return null;
  const shape = shapeOf(pixels, colourPixels);
  // A coloured icon is written as its light whatever mark it bears (a red cross is a red light); the shape is kept beside it.
  return { kind: 'icon', colour: named.colour, hex: named.hex, shape, token: PICTURE_TOKENS[named.colour] };
}

/** A filled vector shape (a drawn dot) read as an icon by its fill colour. */
export function readFilledShape(hex: string): PictureReading | null {
  const px = hslOfHex(hex);
  if (!px) return null;
  const p = { x: 0, y: 0, r: 0, g: 0, b: 0, ...px };
  const upper = hexColour(hex);
  if (grey(p)) return { kind: 'icon', colour: 'grey', hex: upper, shape: 'dot', token: PICTURE_TOKENS.grey };
  if (!coloured(p)) return null;
  const named = PICTURE_COLOURS.find((c) => hueWithin(px.h, c.hue));
  return named ? { kind: 'icon', colour: named.colour, hex: upper, shape: 'dot', token: PICTURE_TOKENS[named.colour] } : null;
}

/**
 * Whether a picture looks like text on paper (a table or a page pasted as an
 * image): mostly near-white, with dark, colourless strokes; a photo or a map
 * is neither. Judged on a sample of about ten thousand pixels.
 */
export function looksLikeText(p: Pixels): boolean {
  const step = Math.max(1, Math.floor(Math.sqrt((p.width * p.height) / 10_000)));
  let n = 0;
  let white = 0;
  let dark = 0;
  let colour = 0;
  for (let y = 0; y < p.height; y += step) {
    for (let x = 0; x < p.width; x += step) {
      const o = (y * p.width + x) * p.channels;
      const [r, g, b] = p.channels >= 3 ? [p.data[o], p.data[o + 1], p.data[o + 2]] : [p.data[o], p.data[o], p.data[o]];
      const { s, l } = hslOfRgb(r, g, b);
      n++;
      if (l > 0.85) white++;
      else if (l < 0.45 && s < 0.35) dark++;
      if (s > 0.35 && l > 0.15 && l < 0.85) colour++;
    }
  }
  return n > 0 && white / n > 0.55 && dark / n > 0.01 && colour / n < 0.15;
}
