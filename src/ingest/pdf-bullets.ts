import { BULLET, NUMBERED } from '../lang/structure.js';
import { apply, GraphicsState, type Box, type OpCodes } from './pdf-graphics.js';
import type { PageLine, Run } from './pdf-lines.js';

/**
 * List bullets drawn as shapes, not set as glyphs: a browser printing a page
 * draws a list's discs and squares as small filled paths (a nested list's
 * circles as outlined ones), so the text layer
 * holds the items' words and no marker, and the items run together as one
 * paragraph. Each such shape is written before the text it stands left of,
 * as the bullet glyph a word processor's PDF would have there.
 */

/** A drawn bullet's size in points: smaller is a speck, larger a status dot or an icon. */
const DOT = { min: 1.5, max: 7 };
/** Colours a list's marker is drawn in: the text's own, black or grey (a coloured dot in a table is a status). */
const isAchromatic = (hex: string) => {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return Math.max(r, g, b) - Math.min(r, g, b) < 40 && Math.max(r, g, b) < 0xc0;
};

/** A drawn bullet: where it stands, and whether it is outlined only (a nested list's circle). */
export type DrawnDot = Box & { hollow?: boolean };

/** Small dark shapes about as wide as high, filled or outlined: the bullets a page's drawing holds. */
export function drawnDots(fnArray: ArrayLike<number>, argsArray: unknown[], ops: OpCodes): DrawnDot[] {
  const out: DrawnDot[] = [];
  const state = new GraphicsState(ops);
  const fills = new Set([ops.fill, ops.eoFill]);
  const strokes = new Set([ops.stroke, ops.closeStroke]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (state.follow(fn, args)) continue;
    if (fn !== ops.constructPath || !args) continue;
    const hollow = strokes.has(args[0] as number);
    if (!(hollow ? isAchromatic(state.stroke) : fills.has(args[0] as number) && isAchromatic(state.fill))) continue;
    const minMax = args[2] as ArrayLike<number> | undefined;
    if (!minMax || minMax.length < 4) continue;
    const a = apply(state.m, minMax[0], minMax[1]);
    const b = apply(state.m, minMax[2], minMax[3]);
    const box = { x1: Math.min(a[0], b[0]), y1: Math.min(a[1], b[1]), x2: Math.max(a[0], b[0]), y2: Math.max(a[1], b[1]) };
    const w = box.x2 - box.x1;
    const h = box.y2 - box.y1;
    if (w >= DOT.min && h >= DOT.min && w <= DOT.max && h <= DOT.max && w / h <= 1.3 && h / w <= 1.3) out.push(hollow ? { ...box, hollow } : box);
  }
  return out;
}

/** A segment that opens with a marker, or is one alone ('•', '1.1' set apart from its text). */
const isMarked = (text: string) => BULLET.test(text) || NUMBERED.test(text) || isMarker(text);
function isMarker(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 8 && !/\s/.test(t) && (BULLET.test(`${t} X`) || NUMBERED.test(`${t} X`));
}

/** How far a list's text stands in from the text it hangs from: room for a marker, not a column's width (in type sizes). */
const LIST_INDENT = { min: 8, maxSizes: 4 };

/**
 * Whether the page's text shows a list whose bullets may be drawn: two or
 * more runs of text in one type size that start at the same x, set in from
 * text further left by room for a marker and no more, with no marker of
 * their own. Reading the drawing costs as much as the text, so only then is
 * it read. Not evidence: the wrapped lines of an item that has its marker
 * (they hang under its text), the text after a marker or number set apart
 * ('1.1 | Title', '● | Item'), and text a column's width away (a table's or a
 * page's second column).
 */
export function hasUnmarkedList(lines: PageLine[]): boolean {
  const starts = lines.flatMap((l) => l.segments.map((s) => s.x));
  const groups = new Map<string, { x: number; size: number; n: number }>();
  let item: PageLine | null = null;
  let previous: PageLine | null = null;
  for (const l of lines) {
    const first = l.segments[0];
    const hangs = item !== null && previous !== null && !isMarked(first.text) && first.x > item.segments[0].x + 1 && Math.abs(l.size - item.size) < 0.5 && previous.y - l.y <= l.size * 1.6;
    if (isMarked(first.text)) item = l;
    else if (!hangs) item = null;
    previous = l;
    l.segments.forEach((s, j) => {
      if ((j === 0 && hangs) || isMarked(s.text) || (j > 0 && isMarker(l.segments[j - 1].text))) return;
      const key = `${Math.round(s.x)}/${Math.round(l.size * 2)}`;
      const group = groups.get(key) ?? { x: s.x, size: l.size, n: 0 };
      group.n++;
      groups.set(key, group);
    });
  }
  return [...groups.values()].some((g) => g.n >= 2 && starts.some((x) => g.x - x > LIST_INDENT.min && g.x - x <= g.size * LIST_INDENT.maxSizes));
}

/**
 * Writes a bullet glyph before the run each dot stands left of, on its line
 * (the dot's middle between the run's baseline and most of its height, at
 * most two of its type sizes before it); a run that opens with a marker of
 * its own keeps it.
 */
export function withDrawnBullets(runs: Run[], dots: DrawnDot[]): Run[] {
  if (dots.length === 0) return runs;
  const out = [...runs];
  for (const d of dots) {
    const cy = (d.y1 + d.y2) / 2;
    let best = -1;
    out.forEach((r, i) => {
      const gap = r.x - d.x2;
      if (!r.text.trim() || gap < 0 || gap > r.size * 2 || cy < r.y - r.size * 0.1 || cy > r.y + r.size * 0.8) return;
      if (best < 0 || r.x < out[best].x) best = i;
    });
    if (best < 0 || BULLET.test(out[best].text)) continue;
    // Nothing of the line stands between the dot and its text, nor left of the dot (a dot inside a line is no bullet).
    const line = out.filter((r, i) => i !== best && r.text.trim() && Math.abs(r.y - out[best].y) < out[best].size * 0.5);
    if (line.some((r) => r.x < out[best].x && r.xEnd > d.x1 - out[best].size * 0.5)) continue;
    // The run keeps its place: the page's margins and indents are measured as they were without the glyph.
    out[best] = { ...out[best], text: `${d.hollow ? '◦' : '•'} ${out[best].text}` };
  }
  return out;
}
