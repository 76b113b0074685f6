import type { Box } from './pdf-graphics.js';
import type { Run } from './pdf-lines.js';

/**
 * A web page's side column printed beside its content: a menu, 'Related'
 * links, a contact card. A browser prints it where the page shows it, so its
 * lines stand level with the content's and a reading that goes line by line
 * across the page runs the two together (a list's title, then the menu, then
 * the list's items). A reader of the page ignores it, as the HTML reader keeps
 * only the page's main content.
 *
 * It is known by its geometry and its links: a narrow column at the left or
 * right of the page, apart from the text beside it by a gutter no line
 * crosses, its lines set at baselines of their own (a table's narrow column
 * shares its rows' baselines), most of its text covered by links. The column
 * goes on at the top of the next page at the same place, where it may hold no
 * link (a contact card under the menu). A page of a word processor has no
 * column of links beside its text; a page without links is never touched.
 */

/** Which edge of the page the column stands at. */
export type Side = 'left' | 'right';

/** A side column found on a page: its side, the x of the cut between it and the text beside it, and its runs. */
export interface SideColumn {
  side: Side;
  edge: number;
  runs: Run[];
}

/** The widest a side column is, as a share of the page's width. */
const MAX_WIDTH = 0.4;
/** The narrowest gutter between the column and the text beside it, in type sizes. */
const MIN_GUTTER = 1.5;
/** Lines a column holds at least, and lines of text beside it at least. */
const MIN_LINES = 2;
const MIN_BESIDE = 3;
/** Text further apart than this (in type sizes) is another element of the page: a banner's menu above the side column. */
const ELEMENT_GAP = 4;
/** Share of the column's lines that may share a baseline with the text beside it (a table's column shares them all). */
const MAX_LEVEL = 0.5;
/** Share of the column's text that lies under links. */
const MIN_LINKED = 0.5;
/** Positions this close (PDF units) are one. */
const PLACE = 2;

/** Baselines closer than a third of the type size are one line. */
function lineYs(runs: Run[]): number[] {
  const ys: number[] = [];
  for (const r of [...runs].sort((p, q) => q.y - p.y)) if (!ys.some((y) => Math.abs(y - r.y) <= Math.max(1.5, 0.35 * r.size))) ys.push(r.y);
  return ys;
}

/** Runs cut where the vertical gap between consecutive lines is wider than `gap`. */
function clustersOf(runs: Run[], gap: number): Run[][] {
  const out: Run[][] = [];
  let lastY = Infinity;
  for (const r of [...runs].sort((p, q) => q.y - p.y)) {
    if (out.length === 0 || lastY - r.y > gap) out.push([]);
    out[out.length - 1].push(r);
    lastY = r.y;
  }
  return out;
}

/**
 * A cut of the page at `edge`: which runs stand in the side column and which
 * in the text beside it, apart by a gutter; any other run crosses the cut.
 * At the right the edge is where the column's lines start; at the left,
 * where the text beside it starts (the column's own lines end ragged).
 */
interface Cut {
  side: Side;
  edge: number;
  inColumn: (r: Run) => boolean;
  beside: (r: Run) => boolean;
}

function cutAt(side: Side, edge: number, gutter: number): Cut {
  return side === 'right'
    ? { side, edge, inColumn: (r) => r.x >= edge - PLACE, beside: (r) => r.xEnd <= edge - gutter }
    : { side, edge, inColumn: (r) => r.xEnd <= edge - gutter, beside: (r) => r.x >= edge - PLACE };
}

/**
 * The elements of the column a cut makes that stand apart from the text
 * beside them: cut into elements by height, each narrow, beside lines of
 * text, crossed by no run, and with baselines of its own.
 */
function elementsOf(text: Run[], cut: Cut, width: number, size: number, taken: Set<Run>): Run[][] {
  const out: Run[][] = [];
  for (const element of clustersOf(text.filter((r) => cut.inColumn(r) && !taken.has(r)), size * ELEMENT_GAP)) {
    const top = Math.max(...element.map((r) => r.y)) + size * 0.5;
    const bottom = Math.min(...element.map((r) => r.y)) - size * 0.5;
    const level = text.filter((r) => r.y <= top && r.y >= bottom && !cut.inColumn(r));
    if (level.some((r) => !cut.beside(r))) continue;
    const ys = lineYs(element);
    const beside = lineYs(level);
    if (ys.length < MIN_LINES || beside.length < MIN_BESIDE) continue;
    if (Math.max(...element.map((r) => r.xEnd)) - Math.min(...element.map((r) => r.x)) > width * MAX_WIDTH) continue;
    const shared = ys.filter((y) => beside.some((b) => Math.abs(b - y) <= 1)).length;
    if (shared > ys.length * MAX_LEVEL) continue;
    out.push(element);
  }
  return out;
}

/**
 * The side columns of a page by geometry alone: narrow columns at either
 * edge, apart from the text beside them. Each x where a run starts is tried
 * as a cut, the widest column first. Whether a column is a page's menu is
 * told by its links (`isNavigation`); most pages have no column, and their
 * links are then never read.
 */
export function sideColumns(runs: Run[], width: number, size: number): SideColumn[] {
  const text = runs.filter((r) => r.text.trim());
  const starts = [...new Set(text.map((r) => Math.round(r.x)))];
  const cuts = [
    ...starts.filter((x) => x >= width * (1 - MAX_WIDTH)).sort((a, b) => a - b).map((x) => cutAt('right', x, size * MIN_GUTTER)),
    ...starts.filter((x) => x <= width * MAX_WIDTH + size * MIN_GUTTER).sort((a, b) => b - a).map((x) => cutAt('left', x, size * MIN_GUTTER)),
  ];
  const out: SideColumn[] = [];
  const taken = new Set<Run>();
  for (const cut of cuts) {
    for (const element of elementsOf(text, cut, width, size, taken)) {
      element.forEach((r) => taken.add(r));
      out.push({ side: cut.side, edge: cut.edge, runs: element });
    }
  }
  return out;
}

/** Whether a link's box covers most of a run: its middle height, and half its width at least. */
function isLinked(r: Run, links: Box[]): boolean {
  const mid = r.y + r.size * 0.3;
  return links.some((l) => l.y1 <= mid && mid <= l.y2 && Math.min(l.x2, r.xEnd) - Math.max(l.x1, r.x) >= (r.xEnd - r.x) / 2);
}

/**
 * Whether a side column is the page's menu or aside: most of its text lies
 * under links, or it goes on from such a column on the page before (same
 * side, same edge) from the top of this page's text.
 */
export function isNavigation(column: SideColumn, links: Box[], before: SideColumn[], pageTop: number): boolean {
  const chars = (rs: Run[]) => rs.reduce((n, r) => n + r.text.trim().length, 0);
  if (chars(column.runs.filter((r) => isLinked(r, links))) >= chars(column.runs) * MIN_LINKED) return true;
  const top = Math.max(...column.runs.map((r) => r.y + r.size));
  return before.some((b) => b.side === column.side && Math.abs(b.edge - column.edge) <= PLACE) && top >= pageTop - PLACE;
}

/** A link annotation's box, from pdfjs's annotation data; null for any other annotation. */
export function linkBox(annotation: { subtype?: string; rect?: number[] }): Box | null {
  const r = annotation.rect;
  if (annotation.subtype !== 'Link' || !r || r.length < 4) return null;
  return { x1: Math.min(r[0], r[2]), y1: Math.min(r[1], r[3]), x2: Math.max(r[0], r[2]), y2: Math.max(r[1], r[3]) };
}
