/**
 * The drawn lines and filled rectangles of a PDF page, read from pdfjs's
 * operator list. Word and LibreOffice draw table borders as stroked lines or
 * thin filled rectangles, and cell shading as filled rectangles; those are
 * what the table reader needs, so paths are kept only when axis-aligned.
 */

/** A horizontal rule: y, and its extent from x1 to x2 (x1 < x2). */
export interface HRule {
  y: number;
  x1: number;
  x2: number;
}

/** A vertical rule: x, and its extent from y1 to y2 (y1 < y2). */
export interface VRule {
  x: number;
  y1: number;
  y2: number;
}

/** A box on the page in PDF units, y up (x1 < x2, y1 < y2). */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A filled rectangle and its colour as '#rrggbb'. */
export interface Fill {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
}

export interface PageGraphics {
  horizontals: HRule[];
  verticals: VRule[];
  fills: Fill[];
}

/** The operator codes this reader needs, from pdfjs's OPS table. */
export interface OpCodes extends StateOps {
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** A PDF transformation matrix [a b c d e f]. */
export type Matrix = [number, number, number, number, number, number];
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** pdfjs's serialised path commands (DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_TO = 3;
const CLOSE = 4;

/** A rectangle thinner than this is a rule, not a shaded area. */
const RULE_THICKNESS = 2.5;
/** Coordinates closer than this are the same line (double borders, rounding). */
const SNAP = 1.5;

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** The operators that change the graphics state every reader of an operator list keeps. */
export interface StateOps {
  save: number;
  restore: number;
  transform: number;
  setFillRGBColor: number;
  /** Followed where given: the colour lines and outlines are drawn in. */
  setStrokeRGBColor?: number;
}

/**
 * The graphics state an operator list walks through: the current
 * transformation matrix and fill colour, saved and restored.
 */
export class GraphicsState {
  m: Matrix = IDENTITY;
  fill = '#000000';
  stroke = '#000000';
  private readonly stack: Array<{ m: Matrix; fill: string; stroke: string }> = [];

  constructor(private readonly ops: StateOps) {}

  /** Follows `fn` when it changes the state, and says whether it did; any other operator is the caller's to read. */
  follow(fn: number, args: unknown[] | null): boolean {
    const { ops } = this;
    if (fn === ops.save) this.stack.push({ m: this.m, fill: this.fill, stroke: this.stroke });
    else if (fn === ops.restore) ({ m: this.m, fill: this.fill, stroke: this.stroke } = this.stack.pop() ?? { m: IDENTITY, fill: '#000000', stroke: '#000000' });
    else if (fn === ops.transform && args) this.m = multiply(this.m, args as Matrix);
    else if (fn === ops.setFillRGBColor && args && typeof args[0] === 'string') this.fill = args[0];
    else if (fn === ops.setStrokeRGBColor && args && typeof args[0] === 'string') this.stroke = args[0];
    else return false;
    return true;
  }
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Where the unit square lands under a matrix: the box an image painted with it covers. */
export function unitBox(m: Matrix): Box {
  const xs = [m[4], m[4] + m[0], m[4] + m[2], m[4] + m[0] + m[2]];
  const ys = [m[5], m[5] + m[1], m[5] + m[3], m[5] + m[1] + m[3]];
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/** Points of each subpath; curves end a subpath's straight pieces (rounded corners are not rules). */
function subpaths(data: ArrayLike<number>, m: Matrix): Array<{ points: Array<[number, number]>; closed: boolean; curved: boolean }> {
  const out: Array<{ points: Array<[number, number]>; closed: boolean; curved: boolean }> = [];
  let current: { points: Array<[number, number]>; closed: boolean; curved: boolean } | null = null;
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === MOVE_TO) {
      current = { points: [apply(m, data[i++], data[i++])], closed: false, curved: false };
      out.push(current);
    } else if (op === LINE_TO) {
      current?.points.push(apply(m, data[i++], data[i++]));
    } else if (op === CURVE_TO) {
      i += 6;
      if (current) current.curved = true;
    } else if (op === QUADRATIC_TO) {
      i += 4;
      if (current) current.curved = true;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
    } else {
      break;
    }
  }
  return out;
}

function boundsOf(points: Array<[number, number]>): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

function isAxisRectangle(points: Array<[number, number]>): boolean {
  const distinct = points.filter((p, k) => k === 0 || p[0] !== points[k - 1][0] || p[1] !== points[k - 1][1]);
  if (distinct.length < 4 || distinct.length > 5) return false;
  const b = boundsOf(distinct);
  return distinct.every(([x, y]) => (Math.abs(x - b.x1) < 0.01 || Math.abs(x - b.x2) < 0.01) && (Math.abs(y - b.y1) < 0.01 || Math.abs(y - b.y2) < 0.01));
}

/** Page backgrounds and blank cells are painted white; they are not shading. */
function isWhite(color: string): boolean {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return m !== null && m.slice(1).every((h) => parseInt(h, 16) >= 0xf5);
}

/**
 * Walks the operator list keeping the transformation matrix and fill colour,
 * and collects straight stroked segments as rules, thin filled rectangles as
 * rules, and other filled rectangles as shading.
 */
export function graphicsOfOperators(fnArray: ArrayLike<number>, argsArray: unknown[], ops: OpCodes): PageGraphics {
  const horizontals: HRule[] = [];
  const verticals: VRule[] = [];
  const fills: Fill[] = [];
  const state = new GraphicsState(ops);
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fillsOps = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);

  const addSegment = (a: [number, number], b: [number, number]) => {
    if (Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[0] - b[0]) > SNAP) horizontals.push({ y: (a[1] + b[1]) / 2, x1: Math.min(a[0], b[0]), x2: Math.max(a[0], b[0]) });
    else if (Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) > SNAP) verticals.push({ x: (a[0] + b[0]) / 2, y1: Math.min(a[1], b[1]), y2: Math.max(a[1], b[1]) });
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (state.follow(fn, args)) continue;
    if (fn === ops.constructPath && args) {
      const { m, fill } = state;
      const paint = args[0] as number;
      const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | undefined;
      if (!data) continue;
      for (const sub of subpaths(data, m)) {
        if (sub.curved) continue;
        if (strokes.has(paint)) {
          const pts = sub.closed ? [...sub.points, sub.points[0]] : sub.points;
          for (let k = 1; k < pts.length; k++) addSegment(pts[k - 1], pts[k]);
        }
        if (fillsOps.has(paint) && isAxisRectangle(sub.points)) {
          const b = boundsOf(sub.points);
          const w = b.x2 - b.x1;
          const h = b.y2 - b.y1;
          if (h < RULE_THICKNESS && w > SNAP) horizontals.push({ y: (b.y1 + b.y2) / 2, x1: b.x1, x2: b.x2 });
          else if (w < RULE_THICKNESS && h > SNAP) verticals.push({ x: (b.x1 + b.x2) / 2, y1: b.y1, y2: b.y2 });
          else if (w >= RULE_THICKNESS && h >= RULE_THICKNESS && !isWhite(fill)) fills.push({ ...b, color: fill.toLowerCase() });
        }
      }
    }
  }
  return { horizontals, verticals, fills };
}
