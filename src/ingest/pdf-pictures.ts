import type { PictureReading, Pixels } from './picture.js';
import { MAX_ICON_PIXELS, readFilledShape, readPicture } from './picture.js';
import { barToken } from '../lang/status.js';
import { apply, GraphicsState, unitBox, type Box, type StateOps } from './pdf-graphics.js';
import type { Run } from './pdf-lines.js';
import { FIELD_LABELS } from '../lang/fields.js';

/**
 * The small pictures painted on a PDF page: raster images (paintImageXObject,
 * inline images) and small filled vector shapes (drawn dots), each with its
 * box in page space. Status icons and progress bars are such pictures; what
 * each shows is read by picture.ts.
 */

export interface PlacedPicture {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  reading: PictureReading;
  /** 'image' for a raster picture, 'shape' for a filled vector path. */
  source: 'image' | 'shape';
  /** A blue or purple drawn dot: a bullet or decoration far more often than a light, kept only where the text shows it stands for a status (pdf.ts). */
  cool?: boolean;
}

export interface PictureOps extends StateOps {
  paintImageXObject: number;
  paintInlineImageXObject: number;
  constructPath: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  stroke: number;
  closeStroke: number;
}

/** pdfjs's decoded image: kind 1 is 1-bit grey, 2 RGB, 3 RGBA. */
export interface ImageData {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

/** Pictures larger than this on the page (points) are photos, maps or logos, not status marks. */
const MAX_BOX = { width: 140, height: 28 };
/** Vector shapes of this size are dots or a legend's colour swatches (a square about a line and a half high); larger ones are cell shading, smaller ones specks. */
const SHAPE = { min: 3, max: 26 };
/** A drawn bar: a low rectangle, no wider than a table column. */
const BAR = { minHeight: 3, maxHeight: 16, minWidth: 20, maxWidth: 200 };
/** A bar's fill may be a sliver (a small share); its frame may not. */
const MIN_FILL_WIDTH = 0.5;
/** Edges closer than this (points) are the same edge. */
const EDGE = 1.5;

/**
 * Drawn progress bars: a coloured rectangle that starts at the left edge of a
 * wider frame of the same height (a stroked outline, or a lighter fill), the
 * share being their widths' ratio. A full bar's fill covers its frame.
 */
function drawnBars(rects: Array<Box & { fill: string | null; stroked: boolean }>): PlacedPicture[] {
  const out: PlacedPicture[] = [];
  for (const f of rects) {
    if (!f.fill) continue;
    const reading = readFilledShape(f.fill);
    if (!reading || reading.colour === 'grey') continue;
    const frame = rects.find(
      (r) =>
        r !== f &&
        r.x2 - r.x1 >= BAR.minWidth &&
        Math.abs(r.y1 - f.y1) <= EDGE &&
        Math.abs(r.y2 - f.y2) <= EDGE &&
        Math.abs(r.x1 - f.x1) <= EDGE &&
        r.x2 >= f.x2 - EDGE &&
        (r.stroked || (r.fill !== null && r.fill !== f.fill && readFilledShape(r.fill)?.colour !== reading.colour)),
    );
    if (!frame) continue;
    const share = Math.min(1, (f.x2 - f.x1) / (frame.x2 - frame.x1));
    const rounded = share >= 0.98 ? 1 : share;
    out.push({ ...frame, reading: { kind: 'bar', colour: reading.colour, hex: reading.hex, share: rounded, token: barToken(rounded) }, source: 'shape' });
  }
  return out;
}

/** The pixels of an image pdfjs decoded; null for 1-bit images and images without data. */
export function pixelsOf(img: ImageData): Pixels | null {
  if (!img.data || img.kind === 1) return null;
  return { width: img.width, height: img.height, data: img.data, channels: img.kind === 3 ? 4 : 3 };
}

/**
 * Walks the operator list keeping the transformation matrix and fill colour.
 * `image` fetches a decoded image by name; a picture painted many times is
 * read once (`cache`, shared across the pages of a document).
 */
export async function picturesOfOperators(
  fnArray: ArrayLike<number>,
  argsArray: unknown[],
  ops: PictureOps,
  image: (name: string) => Promise<ImageData | null>,
  cache: Map<string, PictureReading | null>,
): Promise<PlacedPicture[]> {
  const out: PlacedPicture[] = [];
  const state = new GraphicsState(ops);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke]);
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke]);
  const rects: Array<Box & { fill: string | null; stroked: boolean }> = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (state.follow(fn, args)) continue;
    const { m, fill } = state;
    if (fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject) {
      const box = unitBox(m);
      const w = box.x2 - box.x1;
      const h = box.y2 - box.y1;
      if (w > MAX_BOX.width || h > MAX_BOX.height || w < 2 || h < 2) continue;
      let reading: PictureReading | null;
      if (fn === ops.paintImageXObject) {
        const name = String(args?.[0]);
        // The same image may be drawn at another aspect (a bar stretched); the aspect is part of what is read.
        const key = `${name}@${(w / h).toFixed(1)}`;
        if (!cache.has(key)) {
          const img = await image(name);
          const pixels = img && img.width * img.height <= MAX_ICON_PIXELS ? pixelsOf(img) : null;
          cache.set(key, pixels ? readPicture(pixels, w / h) : null);
        }
        reading = cache.get(key) ?? null;
      } else {
        const pixels = pixelsOf(args?.[0] as ImageData);
        reading = pixels ? readPicture(pixels, w / h) : null;
      }
      if (reading) out.push({ ...box, reading, source: 'image' });
    } else if (fn === ops.constructPath && args && (fills.has(args[0] as number) || strokes.has(args[0] as number))) {
      const minMax = args[2] as ArrayLike<number> | undefined;
      if (!minMax || minMax.length < 4) continue;
      const a = apply(m, minMax[0], minMax[1]);
      const b = apply(m, minMax[2], minMax[3]);
      const box = { x1: Math.min(a[0], b[0]), y1: Math.min(a[1], b[1]), x2: Math.max(a[0], b[0]), y2: Math.max(a[1], b[1]) };
      const w = box.x2 - box.x1;
      const h = box.y2 - box.y1;
      const filled = fills.has(args[0] as number);
      if (h >= BAR.minHeight && h <= BAR.maxHeight && w >= MIN_FILL_WIDTH && w <= BAR.maxWidth) rects.push({ ...box, fill: filled ? fill : null, stroked: strokes.has(args[0] as number) });
      if (!filled) continue;
      // A dot is about as wide as high; bars and shading are not.
      if (w < SHAPE.min || h < SHAPE.min || w > SHAPE.max || h > SHAPE.max || w / h > 1.6 || h / w > 1.6) continue;
      const reading = readFilledShape(fill);
      // Blue and purple vector shapes are bullets and decoration far more often than lights: marked, for the page's text to decide.
      // A shape painted twice in the same place (a fill, then the same path again for its border) is one picture.
      const again = out.some((o) => o.source === 'shape' && Math.abs(o.x1 - box.x1) < EDGE && Math.abs(o.y1 - box.y1) < EDGE && Math.abs(o.x2 - box.x2) < EDGE && Math.abs(o.y2 - box.y2) < EDGE);
      const cool = reading?.colour === 'blue' || reading?.colour === 'purple';
      if (reading && !again) out.push({ ...box, reading, source: 'shape', ...(cool ? { cool } : {}) });
    }
  }
  return [...out, ...drawnBars(rects)];
}

/** The header cells or field labels under or after which a picture carries a value: status, assessment, progress. */
export const PICTURE_HEADER = new RegExp(`^\\s*(?:${FIELD_LABELS.filter((f) => f.role === 'status' || f.role === 'track' || f.role === 'progress').map((f) => f.words).join('|')})\\s*:?\\s*$`, 'iu');

/** Whether a run of text stands on the picture's line: a line's ink reaches from a little below its baseline to most of its size above. */
export const isBeside = (r: Run, p: PlacedPicture) => r.y + r.size * 0.8 > p.y1 && r.y - r.size * 0.25 < p.y2;

/**
 * Whether a blue or purple dot stands for a status rather than decorating the text: it follows a
 * status field's label on its line with nothing between ('Status: ●', as a planning system prints
 * the field), or it is one of a line of keys in other colours (a legend: '● Klar ● Pågår ● Försenad').
 */
export function standsForStatus(p: PlacedPicture, drawn: PlacedPicture[], runs: Run[]): boolean {
  const before = runs.filter((r) => isBeside(r, p) && r.xEnd <= p.x1 + 0.5 && r.text.trim()).sort((a, b) => b.xEnd - a.xEnd)[0];
  if (before && /:\s*$/.test(before.text) && PICTURE_HEADER.test(before.text)) return true;
  const keys = drawn.filter((q) => q !== p && q.source === 'shape' && q.y1 < p.y2 && q.y2 > p.y1 && q.reading.kind === 'icon');
  return new Set(keys.map((q) => q.reading.colour).filter((c) => c !== p.reading.colour)).size >= 2;
}
