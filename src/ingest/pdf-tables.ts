import type { Box, HRule, PageGraphics, VRule } from './pdf-graphics.js';
import { joinCellLines, lineText, linesOfRuns, type PageLine, type Run } from './pdf-lines.js';

/**
 * Tables drawn with borders: the rules of a page are grouped into connected
 * grids, each grid's cells are found from which borders are really drawn (a
 * missing border joins two cells: a merged cell), and text runs are placed in
 * the cell under them. A vertically merged cell's text applies to every row it
 * spans; a horizontally merged one (a band across the table) stands in its
 * first column.
 */

/** Coordinates closer than this are one line. */
const SNAP = 2;
/**
 * Vertical borders closer than this are one column boundary: rows of one
 * table are often drawn a few points out of line, and no real column is this narrow.
 */
const COLUMN_SNAP = 8;
/** Vertical borders this close to the next follow on from it into one column boundary, however far the chain reaches. */
const COLUMN_STEP = 3;
/** A "cell" holding more lines than this is a layout frame, not a table cell. */
const MAX_CELL_LINES = 40;

interface Region {
  rows: [number, number];
  cols: [number, number];
  runs: Run[];
}

export interface GridRow {
  /** Top of the row (PDF units, larger is higher on the page). */
  y: number;
  cells: string[];
  /** Fill colour under each cell, when shaded. */
  shades: Array<string | null>;
  /** Index of the table on its page. */
  table: number;
  /**
   * Cells of an empty merged region at the top of the grid: a cell merged down
   * rows that a page break split, whose text stands on the page before.
   */
  carried?: boolean[];
}

/**
 * Groups values no more than `span` from the first of their group, or no more
 * than `step` from the value before them; returns the group centres ascending
 * and each value's group. A browser draws each cell as a box of its own a
 * point or two from its neighbour's, and moves a boundary a point or two from
 * row to row, so the borders at one column boundary can spread over more than
 * `span` in small steps; stacked tables whose columns differ by more than a
 * step keep boundaries of their own.
 */
function cluster(values: number[], span: number, step = 0): { centres: number[]; groupOf: (v: number) => number } {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const last = groups[groups.length - 1];
    if (last && (v - last[0] <= span || v - last[last.length - 1] <= step)) last.push(v);
    else groups.push([v]);
  }
  const centres = groups.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
  const groupOf = (v: number) => groups.findIndex((g) => v >= g[0] && v <= g[g.length - 1]);
  return { centres, groupOf };
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

function union(parent: number[], a: number, b: number): void {
  parent[find(parent, a)] = find(parent, b);
}

/** Connected groups of rules: a horizontal and a vertical that touch belong together. */
function components(h: HRule[], v: VRule[]): Array<{ h: HRule[]; v: VRule[] }> {
  const parent = [...h, ...v].map((_, i) => i);
  h.forEach((a, i) =>
    v.forEach((b, j) => {
      if (b.x >= a.x1 - SNAP && b.x <= a.x2 + SNAP && a.y >= b.y1 - SNAP && a.y <= b.y2 + SNAP) union(parent, i, h.length + j);
    }),
  );
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  h.forEach((a, i) => {
    const g = groups.get(find(parent, i)) ?? { h: [], v: [] };
    g.h.push(a);
    groups.set(find(parent, i), g);
  });
  v.forEach((b, j) => {
    const g = groups.get(find(parent, h.length + j)) ?? { h: [], v: [] };
    g.v.push(b);
    groups.set(find(parent, h.length + j), g);
  });
  return [...groups.values()];
}

interface Grid {
  xs: number[];
  ys: number[];
  /** Whether a vertical border is drawn at column boundary k across height y. */
  hasV: (k: number, y: number) => boolean;
  /** Whether a horizontal border is drawn at row boundary k across x. */
  hasH: (k: number, x: number) => boolean;
  /** Where the border at column boundary k is drawn across height y: rows drawn a few points out of line share a boundary, not a place. */
  xAt: (k: number, y: number) => number;
}

function gridOf(h: HRule[], v: VRule[]): Grid {
  const columns = cluster(
    v.map((r) => r.x),
    COLUMN_SNAP,
    COLUMN_STEP,
  );
  const rows = cluster(
    h.map((r) => -r.y),
    SNAP,
  );
  const vAt = v.map((r) => columns.groupOf(r.x));
  const hAt = h.map((r) => rows.groupOf(-r.y));
  return {
    xs: columns.centres,
    ys: rows.centres.map((y) => -y),
    hasV: (k, y) => v.some((r, i) => vAt[i] === k && r.y1 - SNAP <= y && r.y2 + SNAP >= y),
    xAt: (k, y) => v.find((r, i) => vAt[i] === k && r.y1 - SNAP <= y && r.y2 + SNAP >= y)?.x ?? columns.centres[k],
    hasH: (k, x) => h.some((r, i) => hAt[i] === k && r.x1 - COLUMN_SNAP <= x && r.x2 + COLUMN_SNAP >= x),
  };
}

function regionsOf({ xs, ys, hasV, hasH }: Grid): { cellRegion: number[]; regions: Region[] } {
  const bands = ys.length - 1;
  const cols = xs.length - 1;
  const parent = Array.from({ length: bands * cols }, (_, i) => i);
  for (let i = 0; i < bands; i++) {
    const mid = (ys[i] + ys[i + 1]) / 2;
    for (let j = 0; j + 1 < cols; j++) if (!hasV(j + 1, mid)) union(parent, i * cols + j, i * cols + j + 1);
  }
  for (let j = 0; j < cols; j++) {
    const mid = (xs[j] + xs[j + 1]) / 2;
    for (let i = 0; i + 1 < bands; i++) if (!hasH(i + 1, mid)) union(parent, i * cols + j, (i + 1) * cols + j);
  }
  const byRoot = new Map<number, number>();
  const cellRegion: number[] = [];
  const regions: Region[] = [];
  for (let i = 0; i < bands; i++) {
    for (let j = 0; j < cols; j++) {
      const root = find(parent, i * cols + j);
      if (!byRoot.has(root)) {
        byRoot.set(root, regions.length);
        regions.push({ rows: [i, i], cols: [j, j], runs: [] });
      }
      const r = regions[byRoot.get(root)!];
      r.rows = [Math.min(r.rows[0], i), Math.max(r.rows[1], i)];
      r.cols = [Math.min(r.cols[0], j), Math.max(r.cols[1], j)];
      cellRegion.push(byRoot.get(root)!);
    }
  }
  return { cellRegion, regions };
}

function indexIn(edges: number[], value: number): number {
  for (let k = 0; k + 1 < edges.length; k++) if (value >= edges[k] && value < edges[k + 1]) return k;
  return -1;
}

/**
 * Tables stacked on each other share their borders, so one group of rules can
 * hold several tables: a new table starts at the band whose inner column
 * boundaries neither contain nor are contained in those of the table so far
 * (a band across the whole table has a subset of them and stays).
 */
function sections(grid: Grid): Array<[number, number]> {
  const { xs, ys, hasV } = grid;
  const out: Array<[number, number]> = [];
  let reference: Set<number> | null = null;
  let start = 0;
  for (let i = 0; i + 1 < ys.length; i++) {
    const mid = (ys[i] + ys[i + 1]) / 2;
    const inner = new Set<number>();
    for (let k = 1; k + 1 < xs.length; k++) if (hasV(k, mid)) inner.add(k);
    const within = (a: Set<number>, b: Set<number>) => [...a].every((k) => b.has(k));
    if (reference && !within(inner, reference) && !within(reference, inner)) {
      out.push([start, i - 1]);
      start = i;
      reference = inner;
    } else if (!reference || inner.size > reference.size) {
      reference = inner;
    }
  }
  out.push([start, ys.length - 2]);
  return out;
}

/** The rows of one ruled table, with the runs that lie in it taken from `runs`. */
function rowsOfGrid(grid: Grid, fills: PageGraphics['fills'], runs: Run[], table: number): { rows: GridRow[]; rest: Run[] } | null {
  const { xs, ys } = grid;
  const top = ys[0];
  const bottom = ys[ys.length - 1];
  // Grid positions with the top band first: edges ascending for x, descending for y.
  const bandOf = (y: number) => indexIn(ys.map((v) => -v), -y);
  const centre = (r: Run) => ({ cx: (r.x + Math.max(r.xEnd, r.x + 1)) / 2, cy: r.y + r.size * 0.3 });
  const inside: Run[] = [];
  const rest: Run[] = [];
  for (const r of runs) {
    const { cx, cy } = centre(r);
    if (cy <= top && cy >= bottom && cx >= xs[0] && cx <= xs[xs.length - 1]) inside.push(r);
    else rest.push(r);
  }
  if (inside.length === 0) return null;
  const { cellRegion, regions } = regionsOf(grid);
  const cols = xs.length - 1;
  for (const r of inside) {
    const { cx, cy } = centre(r);
    const i = bandOf(cy);
    const j = indexIn(xs, cx);
    if (i >= 0 && j >= 0) regions[cellRegion[i * cols + j]].runs.push(r);
  }
  const texts = regions.map((g) => linesOfRuns(g.runs));
  if (texts.some((lines) => lines.length > MAX_CELL_LINES)) return null;
  const cellText = texts.map((lines: PageLine[]) => joinCellLines(lines.map(lineText).join('\n')));
  const unmerged = regions.map((g) => unseenBorders(g, xs));
  const shadeOf = (g: Region) => {
    const cx = (xs[g.cols[0]] + xs[g.cols[1] + 1]) / 2;
    const cy = (ys[g.rows[0]] + ys[g.rows[1] + 1]) / 2;
    return fills.find((f) => f.x1 <= cx && f.x2 >= cx && f.y1 <= cy && f.y2 >= cy)?.color ?? null;
  };
  const rows: GridRow[] = [];
  for (let i = 0; i + 1 < ys.length; i++) {
    const cells: string[] = [];
    const shades: Array<string | null> = [];
    const carried: boolean[] = [];
    for (let j = 0; j < cols; j++) {
      const g = regions[cellRegion[i * cols + j]];
      const split = unmerged[cellRegion[i * cols + j]];
      const lead = g.cols[0] === j || split !== null;
      const text = split ? (split.get(j) ?? '') : lead ? cellText[cellRegion[i * cols + j]] : '';
      cells.push(text);
      shades.push(lead ? shadeOf(g) : null);
      carried.push(lead && text === '' && g.rows[1] > g.rows[0] && g.rows[0] <= 1);
    }
    // A band all of whose text stands in cells merged down from the row above is no row of its own: the sliver
    // between a merged cell's box and the next row's rule, where a browser draws that box a few points short.
    const own = cells.some((c, j) => c !== '' && regions[cellRegion[i * cols + j]].rows[0] === i);
    if (own) rows.push({ y: ys[i], cells, shades, table, ...(carried.some(Boolean) ? { carried } : {}) });
  }
  return { rows: withoutEmptyColumns(rows, filledColumns(xs, top, bottom, fills)), rest };
}

/**
 * Columns where some cell is painted on its own: a rectangle inside the
 * column that covers most of its width (a swatch in a colour legend, a status
 * given only by a cell's colour). Such a column is kept though no cell of it
 * holds text; a fill drawn across a whole row (a shaded header) is no column's own.
 */
function filledColumns(xs: number[], top: number, bottom: number, fills: PageGraphics['fills']): boolean[] {
  return xs.slice(0, -1).map((x1, j) => {
    const x2 = xs[j + 1];
    return fills.some((f) => f.x1 >= x1 - SNAP && f.x2 <= x2 + SNAP && f.x2 - f.x1 >= (x2 - x1) / 2 && f.y2 <= top + SNAP && f.y1 >= bottom - SNAP);
  });
}

/**
 * A table drawn without side borders (rules between rows and columns only, a
 * common Word and report style) ends where its row rules end: each side
 * where the rules that reach it (two or more) have no vertical gets one, from
 * the lowest to the highest of them.
 */
function withSides(group: { h: HRule[]; v: VRule[] }): { h: HRule[]; v: VRule[] } {
  if (group.v.length === 0 || group.h.length < 2) return group;
  const sides: VRule[] = [];
  for (const [x, reaches] of [
    [Math.min(...group.h.map((r) => r.x1)), (r: HRule, at: number) => r.x1 <= at + SNAP],
    [Math.max(...group.h.map((r) => r.x2)), (r: HRule, at: number) => r.x2 >= at - SNAP],
  ] as Array<[number, (r: HRule, at: number) => boolean]>) {
    const ys = group.h.filter((r) => reaches(r, x)).map((r) => r.y);
    if (ys.length < 2 || group.v.some((v) => Math.abs(v.x - x) <= COLUMN_SNAP)) continue;
    sides.push({ x, y1: Math.min(...ys), y2: Math.max(...ys) });
  }
  return sides.length ? { h: group.h, v: [...group.v, ...sides] } : group;
}

/** Column borders that end together past the table's last rule, at least: the sides of the cells of a row the page cut. */
const MIN_CUT_SIDES = 3;

/**
 * A row a page break cut has no rule on its cut edge: a browser draws each
 * cell's sides down to the page's edge (and on from the next page's top) and
 * no border there. Where three or more column borders run on past the last
 * row rule, each from a rule, and end together, that end is the row's edge,
 * or the cut row's text would stand outside the table.
 */
function withCutEdges(group: { h: HRule[]; v: VRule[] }, page: VRule[]): { h: HRule[]; v: VRule[] } {
  if (group.h.length < 2 || group.v.length < MIN_CUT_SIDES) return group;
  const ys = group.h.map((r) => r.y);
  const [x1, x2] = [Math.min(...group.h.map((r) => r.x1)), Math.max(...group.h.map((r) => r.x2))];
  const edges: HRule[] = [];
  // Each side is drawn from a row rule to the cut: a border broken where no rule is drawn is a table without row rules, not a cut row.
  const fromRule = (y: number) => ys.some((r) => Math.abs(r - y) <= SNAP);
  const below = group.v.filter((r) => r.y1 < Math.min(...ys) - 2 * SNAP && fromRule(r.y2)).map((r) => r.y1);
  const above = group.v.filter((r) => r.y2 > Math.max(...ys) + 2 * SNAP && fromRule(r.y1)).map((r) => r.y2);
  // The cut is where the table's drawing ends: no border of the page goes on past it (a border drawn in pieces does).
  const [lowest, highest] = [Math.min(...group.v.map((r) => r.y1)), Math.max(...group.v.map((r) => r.y2))];
  const goesOn = (y: number, down: boolean) => page.some((r) => (down ? Math.abs(r.y2 - y) <= SNAP && r.y1 < y - SNAP : Math.abs(r.y1 - y) <= SNAP && r.y2 > y + SNAP) && group.v.some((g) => Math.abs(g.x - r.x) <= SNAP));
  for (const [ends, outer, down] of [
    [below, lowest, true],
    [above, highest, false],
  ] as Array<[number[], number, boolean]>) {
    const at = ends.filter((e) => Math.abs(e - outer) <= SNAP);
    if (at.length >= MIN_CUT_SIDES && !goesOn(outer, down)) edges.push({ y: outer, x1, x2 });
  }
  return edges.length ? { h: [...group.h, ...edges], v: group.v } : group;
}

/** The grid of each ruled table on a page: each connected group of rules, split where stacked tables meet. */
function* tableGrids(graphics: PageGraphics): Generator<Grid> {
  for (const group of components(graphics.horizontals, graphics.verticals).map((g) => withCutEdges(g, graphics.verticals)).map(withSides)) {
    const whole = gridOf(group.h, group.v);
    if (whole.xs.length < 3 || whole.ys.length < 2) continue;
    for (const [first, last] of sections(whole)) {
      const top = whole.ys[first] + SNAP;
      const bottom = whole.ys[last + 1] - SNAP;
      const h = group.h.filter((r) => r.y <= top && r.y >= bottom);
      // A border drawn down several stacked tables in one stroke (a scan's rule is one run of pixels) is each table's border.
      const v = group.v.map((r) => ({ x: r.x, y1: Math.max(r.y1, bottom), y2: Math.min(r.y2, top) })).filter((r) => r.y2 - r.y1 > 2 * SNAP);
      const grid = gridOf(h, v);
      if (grid.xs.length >= 3 && grid.ys.length >= 2) yield grid;
    }
  }
}

/**
 * A row's cell merged over several columns whose words each stand inside one
 * column, three columns or more of them, is a row whose inner borders did
 * not show (a dark header row scanned: its borders are white on the fill),
 * not a band across the table, whose title runs over the borders. Returns
 * each column's text, or null for a true merged cell.
 */
function unseenBorders(g: Region, xs: number[]): Map<number, string> | null {
  if (g.rows[0] !== g.rows[1] || g.cols[1] - g.cols[0] < 2 || g.runs.length < 3) return null;
  const inner = xs.slice(g.cols[0] + 1, g.cols[1] + 1);
  if (g.runs.some((r) => inner.some((x) => r.x < x - SNAP && r.xEnd > x + SNAP))) return null;
  const byColumn = new Map<number, Run[]>();
  for (const r of g.runs) {
    const j = indexIn(xs, (r.x + r.xEnd) / 2);
    byColumn.set(j, [...(byColumn.get(j) ?? []), r]);
  }
  if (byColumn.size < 3) return null;
  return new Map([...byColumn].map(([j, runs]) => [j, joinCellLines(linesOfRuns(runs).map(lineText).join('\n'))]));
}

/**
 * Reads the ruled tables of a page. Returns their rows, top to bottom, and
 * the runs that lie outside every table.
 */
export function readGridTables(graphics: PageGraphics, runs: Run[]): { rows: GridRow[]; rest: Run[] } {
  const rows: GridRow[] = [];
  let rest = runs;
  let table = 0;
  const read = (grid: Grid) => {
    const got = rowsOfGrid(grid, graphics.fills, rest, table);
    if (!got) return;
    rows.push(...got.rows);
    rest = got.rest;
    table++;
  };
  for (const grid of tableGrids(graphics)) read(grid);
  // Swatches last: their words are those no ruled table took.
  for (const grid of [...swatchColumns(graphics, rest)]) read(grid);
  rows.sort((a, b) => b.y - a.y);
  return { rows, rest };
}

/** The words beside a swatch start this close to its border (in type sizes): a cell's padding, not a column away. */
const SWATCH_GAP = 2;
/** Words of one cell follow each other this close (in type sizes). */
const WORD_GAP = 1.5;

/**
 * A column of two or more cells drawn with borders, each painted and holding no
 * words, with words standing beside each of them outside any border: a
 * legend whose swatches alone have borders (a spreadsheet printed, its plain
 * cells drawn without them). Each is read as a table of two columns, the
 * words' right end its right side, so every swatch keeps the words that say
 * what its colour means. A painted column without words beside every cell
 * (shading, a bar) is none.
 */
function* swatchColumns(graphics: PageGraphics, runs: Run[]): Generator<Grid> {
  for (const group of components(graphics.horizontals, graphics.verticals)) {
    const { xs, ys } = gridOf(group.h, group.v);
    if (xs.length !== 2 || ys.length < 3) continue;
    const [left, right] = xs;
    const bands = ys.slice(0, -1).map((top, i) => ({ top, bottom: ys[i + 1] }));
    const within = (r: Run, b: { top: number; bottom: number }) => r.y + r.size * 0.3 <= b.top && r.y + r.size * 0.3 >= b.bottom;
    const painted = (b: { top: number; bottom: number }) =>
      graphics.fills.some((f) => f.x1 <= left + SNAP && f.x2 >= right - SNAP && f.y1 <= b.bottom + SNAP && f.y2 >= b.top - SNAP && f.x2 - f.x1 <= (right - left) + 2 * SNAP);
    if (!bands.every(painted) || runs.some((r) => r.xEnd > left && r.x < right && bands.some((b) => within(r, b)))) continue;
    const ends = bands.map((b) => wordsEnd(runs.filter((r) => r.x >= right - SNAP && within(r, b)).sort((p, q) => p.x - q.x), right));
    if (ends.some((e) => e === null)) continue;
    const end = Math.max(...(ends as number[])) + SNAP;
    const h = group.h.map((r) => (r.x2 >= right - SNAP ? { ...r, x2: end } : r));
    yield gridOf(h, [...group.v, { x: end, y1: ys[ys.length - 1], y2: ys[0] }]);
  }
}

/** Where the words that start right beside a border end: runs each following the one before, the first within a cell's padding; null for none. */
function wordsEnd(sorted: Run[], border: number): number | null {
  if (sorted.length === 0 || sorted[0].x - border > sorted[0].size * SWATCH_GAP) return null;
  let end = sorted[0].xEnd;
  for (const r of sorted.slice(1)) {
    if (r.x - end > r.size * WORD_GAP) break;
    end = Math.max(end, r.xEnd);
  }
  return end;
}

/**
 * The cells of the ruled tables of a page (a merged cell once, with its
 * table and first column) and each table's outline, as the table reader will
 * see them: what a reader of the picture needs to read each cell on its own.
 */
export function tableCells(graphics: PageGraphics): { cells: Array<Box & { table: number; column: number }>; tables: Box[] } {
  const cells: Array<Box & { table: number; column: number }> = [];
  const tables: Box[] = [];
  for (const grid of tableGrids(graphics)) {
    const { xs, ys } = grid;
    const table = tables.length;
    tables.push({ x1: xs[0], x2: xs[xs.length - 1], y1: ys[ys.length - 1], y2: ys[0] });
    for (const r of regionsOf(grid).regions) {
      const [y1, y2] = [ys[r.rows[1] + 1], ys[r.rows[0]]];
      const mid = (y1 + y2) / 2;
      cells.push({ x1: grid.xAt(r.cols[0], mid), x2: grid.xAt(r.cols[1] + 1, mid), y1, y2, table, column: r.cols[0] });
    }
  }
  return { cells, tables };
}

/**
 * Borders of neighbouring rows a few points apart make grid columns that hold
 * no text in any row; a column painted cell by cell (`filled`) is a real one
 * though it holds no text, on this page at least.
 */
function withoutEmptyColumns(rows: GridRow[], filled: boolean[]): GridRow[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const keep = Array.from({ length: width }, (_, j) => filled[j] || rows.some((r) => r.cells[j]));
  return rows.map((r) => ({
    ...r,
    cells: r.cells.filter((_, j) => keep[j]),
    shades: r.shades.filter((_, j) => keep[j]),
    ...(r.carried ? { carried: r.carried.filter((_, j) => keep[j]) } : {}),
  }));
}

/** A row's rule broken by at most this much (PDF units) at a column boundary: a browser's cell borders, drawn cell by cell. */
const CELL_BREAK = 2.5;
/** A piece of rule shorter than this is no cell's border (an underlined word is). */
const MIN_CELL_BORDER = 15;

/** One rule of pieces that meet at breaks: the pieces, and its edges [left, ...breaks, right]. */
interface BrokenRule {
  y: number;
  pieces: HRule[];
  edges: number[];
}

/** The rules of a page broken at column boundaries, each chain of pieces that meet at breaks one rule. */
function brokenRules(horizontals: HRule[]): BrokenRule[] {
  const byY = cluster(
    horizontals.map((h) => -h.y),
    SNAP,
  );
  const rules = byY.centres.map(() => [] as HRule[]);
  for (const h of horizontals) rules[byY.groupOf(-h.y)].push(h);
  const out: BrokenRule[] = [];
  for (const pieces of rules) {
    let chain: HRule[] = [];
    const close = () => {
      if (chain.length >= 2) out.push({ y: chain[0].y, pieces: chain, edges: [chain[0].x1, ...chain.slice(1).map((p, i) => (chain[i].x2 + p.x1) / 2), chain[chain.length - 1].x2] });
      chain = [];
    };
    for (const p of pieces.filter((p) => p.x2 - p.x1 >= MIN_CELL_BORDER).sort((a, b) => a.x1 - b.x1)) {
      const last = chain[chain.length - 1];
      // A border drawn twice (a row's bottom and the next row's top) is one.
      if (last && Math.abs(p.x1 - last.x1) <= SNAP && Math.abs(p.x2 - last.x2) <= SNAP) continue;
      if (last && (p.x1 - last.x2 > CELL_BREAK || p.x1 - last.x2 < -SNAP)) close();
      chain.push(p);
    }
    close();
  }
  return out.sort((a, b) => b.y - a.y);
}

/**
 * A browser draws a table's borders cell by cell, so the rule under a row is
 * broken a point or two at every column boundary. A table ruled only between
 * its rows (a border under each cell, none down the columns: a web page's
 * common table style) shows its columns by those breaks alone: where
 * consecutive rules are broken at the same places, reaching from the same
 * left edge to the same right, and no text between them runs over a break,
 * each break and each end becomes a vertical border from the first of those
 * rules to the last. Text that runs over a break (a heading, a paragraph
 * between two tables) ends the table. Inside it, only its own rules divide
 * rows: a link's underline in a cell does not. Rules that a drawn vertical
 * already crosses are a grid of their own and are left as they are; a rule
 * drawn in one stroke has no breaks and gives nothing.
 */
export function withCellBreaks(graphics: PageGraphics, runs: Run[]): PageGraphics {
  const rules = brokenRules(graphics.horizontals);
  const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= SNAP);
  const crosses = (top: number, bottom: number, breaks: number[]) => runs.some((r) => r.text.trim() && r.y < top && r.y > bottom && breaks.some((x) => r.x < x - SNAP && r.xEnd > x + SNAP));
  const added: VRule[] = [];
  const inside: Array<{ box: Box; own: Set<HRule> }> = [];
  const addTable = (group: BrokenRule[]) => {
    if (group.length < 2) return;
    const [y2, y1] = [group[0].y, group[group.length - 1].y];
    const edges = group[0].edges;
    const [left, right] = [edges[0], edges[edges.length - 1]];
    if (graphics.verticals.some((v) => v.x >= left - SNAP && v.x <= right + SNAP && v.y1 < y2 - SNAP && v.y2 > y1 + SNAP)) return;
    for (const x of edges) added.push({ x, y1, y2 });
    inside.push({ box: { x1: left, x2: right, y1, y2 }, own: new Set(group.flatMap((g) => g.pieces)) });
  };
  let group: BrokenRule[] = [];
  for (const rule of rules) {
    const last = group[group.length - 1];
    if (last && !(same(last.edges, rule.edges) && !crosses(last.y, rule.y, rule.edges.slice(1, -1)))) {
      addTable(group);
      group = [];
    }
    group.push(rule);
  }
  addTable(group);
  if (added.length === 0) return graphics;
  const foreign = (h: HRule) => inside.some(({ box, own }) => !own.has(h) && h.y < box.y2 - SNAP && h.y > box.y1 + SNAP && h.x1 >= box.x1 - SNAP && h.x2 <= box.x2 + SNAP);
  return { ...graphics, horizontals: graphics.horizontals.filter((h) => !foreign(h)), verticals: [...graphics.verticals, ...added] };
}
