import { joinLines, normalizeChars } from '../clean/normalize.js';

/** One text item of pdfjs's text content, in PDF user-space units (baseline y). */
export interface Run {
  x: number;
  xEnd: number;
  y: number;
  size: number;
  text: string;
}

/** A run of text on one baseline. */
export interface Segment {
  x: number;
  xEnd: number;
  text: string;
}

export interface PageLine {
  y: number;
  size: number;
  segments: Segment[];
  /** Set when the line is a row of a ruled table: its cells in column order. */
  cells?: string[];
}

export interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

export function runsOfItems(items: TextItem[]): Run[] {
  return items
    .filter((i) => typeof i.str === 'string' && i.transform && i.str !== '')
    .map((i) => {
      const [a, b, , d, x, y] = i.transform!;
      const size = Math.hypot(a, b) || Math.abs(d) || i.height || 10;
      return { x, y, size, xEnd: x + (i.width ?? 0), text: normalizeChars(i.str!) };
    });
}

/** Runs on one baseline (within a third of the font size) form a line, read left to right. */
export function linesOfRuns(input: Run[]): PageLine[] {
  const runs = [...input].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: PageLine[] = [];
  for (const r of runs) {
    const line = lines.find((l) => Math.abs(l.y - r.y) <= Math.max(1.5, 0.35 * Math.min(l.size, r.size)));
    if (line) {
      line.segments.push({ x: r.x, xEnd: r.xEnd, text: r.text });
      line.size = Math.max(line.size, r.text.trim() ? r.size : 0);
    } else {
      lines.push({ y: r.y, size: r.text.trim() ? r.size : 0, segments: [{ x: r.x, xEnd: r.xEnd, text: r.text }] });
    }
  }
  for (const l of lines) l.segments = mergeSegments(l.segments.sort((p, q) => p.x - q.x), l.size || 10);
  return lines.filter((l) => l.segments.some((s) => s.text.trim())).sort((p, q) => q.y - p.y);
}

/** Runs closer than about two spaces belong to one segment; wider gaps separate table cells. */
function mergeSegments(runs: Segment[], size: number): Segment[] {
  const out: Segment[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (!last) {
      out.push({ ...r });
      continue;
    }
    const gap = r.x - last.xEnd;
    if (gap < 1.2 * size) {
      const space = gap > 0.15 * size && !/\s$/.test(last.text) && !/^\s/.test(r.text) ? ' ' : '';
      last.text += space + r.text;
      last.xEnd = Math.max(last.xEnd, r.xEnd);
    } else {
      out.push({ ...r });
    }
  }
  return out.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') }));
}

export function lineText(l: PageLine): string {
  return l.segments.map((s) => s.text.trim()).join(' ').trim();
}

/** Lines inside one cell are joined the way wrapped prose is. */
export function joinCellLines(cell: string): string {
  return cell.split('\n').reduce((acc, part) => joinLines(acc, part), '');
}
