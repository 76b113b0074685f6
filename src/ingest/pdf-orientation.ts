import { normalizeChars } from '../clean/normalize.js';
import type { PageGraphics } from './pdf-graphics.js';
import { lineText, linesOfRuns, type Run, type TextItem } from './pdf-lines.js';
import { appendTo } from '../core/group.js';

/** Text directions a page is set in, in degrees counter-clockwise from left-to-right. */
export type Direction = 0 | 90 | 180 | 270;

/**
 * Turns a point so text in `direction` runs left to right: a landscape table
 * set on a portrait page (text drawn at 90°) reads like any other page.
 */
export function turn(x: number, y: number, direction: Direction): [number, number] {
  switch (direction) {
    case 90:
      return [y, -x];
    case 180:
      return [-x, -y];
    case 270:
      return [-y, x];
    default:
      return [x, y];
  }
}

interface DirectedRun extends Run {
  direction: Direction | null;
}

function directionOf(a: number, b: number): Direction | null {
  const degrees = ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
  for (const d of [0, 90, 180, 270, 360] as const) if (Math.abs(degrees - d) < 3) return (d % 360) as Direction;
  return null;
}

/**
 * The page's text items as runs in the reading frame of its main direction,
 * and the text set in other directions (a reference number up the margin, a
 * rotated stamp) as lines of their own.
 */
export function orientRuns(items: TextItem[]): { direction: Direction; runs: Run[]; aside: string[] } {
  const all: DirectedRun[] = items
    .filter((i) => typeof i.str === 'string' && i.transform && i.str !== '')
    .map((i) => {
      const [a, b, c, d, x, y] = i.transform!;
      const size = Math.hypot(a, b) || Math.hypot(c, d) || i.height || 10;
      return { x, y, size, xEnd: x + (i.width ?? 0), text: normalizeChars(i.str!), direction: directionOf(a, b) };
    });
  const weight = new Map<Direction | null, number>();
  for (const r of all) if (r.text.trim()) weight.set(r.direction, (weight.get(r.direction) ?? 0) + r.text.length);
  let main: Direction = 0;
  for (const [d, w] of weight) if (d !== null && w > (weight.get(main) ?? 0)) main = d;
  const runs: Run[] = [];
  const others = new Map<Direction | null, Run[]>();
  for (const r of all) {
    const direction = r.direction ?? main;
    // pdfjs measures an item's width along its own direction; turned upright it runs from x to x + width.
    const [x, y] = turn(r.x, r.y, direction);
    const run: Run = { x, y, size: r.size, xEnd: x + (r.xEnd - r.x), text: r.text };
    if (r.direction === main) runs.push(run);
    else appendTo(others, r.direction, run);
  }
  const aside = [...others.values()].map((group) => linesOfRuns(group).map(lineText).join(' '));
  return { direction: main, runs, aside: aside.filter(Boolean) };
}

/** The page's rules and fills turned with its text. */
export function turnGraphics(g: PageGraphics, direction: Direction): PageGraphics {
  if (direction === 0) return g;
  const box = (x1: number, y1: number, x2: number, y2: number) => {
    const [p, q] = [turn(x1, y1, direction), turn(x2, y2, direction)];
    return { x1: Math.min(p[0], q[0]), x2: Math.max(p[0], q[0]), y1: Math.min(p[1], q[1]), y2: Math.max(p[1], q[1]) };
  };
  const horizontals: PageGraphics['horizontals'] = [];
  const verticals: PageGraphics['verticals'] = [];
  const place = (b: { x1: number; x2: number; y1: number; y2: number }) => {
    if (b.y2 - b.y1 < b.x2 - b.x1) horizontals.push({ y: (b.y1 + b.y2) / 2, x1: b.x1, x2: b.x2 });
    else verticals.push({ x: (b.x1 + b.x2) / 2, y1: b.y1, y2: b.y2 });
  };
  for (const h of g.horizontals) place(box(h.x1, h.y, h.x2, h.y));
  for (const v of g.verticals) place(box(v.x, v.y1, v.x, v.y2));
  return { horizontals, verticals, fills: g.fills.map((f) => ({ ...box(f.x1, f.y1, f.x2, f.y2), color: f.color })) };
}
