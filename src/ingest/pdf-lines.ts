import { joinLetterSpaced, joinLines } from '../clean/normalize.js';
import { swedishLexicon } from '../lang/lexicon.js';
import { LIST_LABEL } from '../lang/structure.js';

/** One text item of pdfjs's text content, in PDF user-space units (baseline y). */
export interface Run {
  x: number;
  xEnd: number;
  y: number;
  size: number;
  text: string;
  /** A picture written as a symbol: it stands in a cell of its own, never joined to the text beside it. */
  apart?: boolean;
  /** Words read by OCR: tesseract's confidence, 0–100. */
  confidence?: number;
}

/** A run of text on one baseline. */
export interface Segment {
  x: number;
  xEnd: number;
  text: string;
  /** Where each merged run started: a run at a table's column anchor starts a new cell. `gap`: the space before it, from the run before. */
  starts?: Array<{ x: number; at: number; gap?: number }>;
  apart?: boolean;
}

export interface PageLine {
  y: number;
  size: number;
  segments: Segment[];
  /** Set when the line is a row of a ruled table: its cells in column order. */
  cells?: string[];
  /** Ruled-table rows: the fill colour under each cell ('#00B050'), null where none. */
  fills?: Array<string | null>;
  /** Ruled-table rows: cells of a merged region whose text stands in the row above, on the page before. */
  carried?: boolean[];
  /** On a page set in columns: the left and right edge of the line's column, its margins. */
  column?: { left: number; right: number };
}

export interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** Runs on one baseline (within a third of the font size) form a line, read left to right. */
export function linesOfRuns(input: Run[]): PageLine[] {
  const runs = [...input].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: PageLine[] = [];
  // Runs come top down, so a line the run before left behind by more than it could ever reach is done: no later run
  // joins it (its size, which sets its reach, grows only when one does). The search starts after the lines done.
  let open = 0;
  const reach = (l: PageLine) => Math.max(1.5, 0.35 * l.size);
  for (const r of runs) {
    while (open < lines.length && lines[open].y - r.y > reach(lines[open])) open++;
    let line: PageLine | undefined;
    for (let k = open; k < lines.length && !line; k++) if (Math.abs(lines[k].y - r.y) <= Math.max(1.5, 0.35 * Math.min(lines[k].size, r.size))) line = lines[k];
    if (line) {
      line.segments.push({ x: r.x, xEnd: r.xEnd, text: r.text, ...(r.apart ? { apart: true } : {}) });
      line.size = Math.max(line.size, r.text.trim() ? r.size : 0);
    } else {
      lines.push({ y: r.y, size: r.text.trim() ? r.size : 0, segments: [{ x: r.x, xEnd: r.xEnd, text: r.text, ...(r.apart ? { apart: true } : {}) }] });
    }
  }
  for (const l of lines) l.segments = mergeSegments(l.segments.sort((p, q) => p.x - q.x), l.size || 10);
  return lines.filter((l) => l.segments.some((s) => s.text.trim())).sort((p, q) => q.y - p.y);
}

/**
 * Runs closer than about two spaces belong to one segment; wider gaps separate
 * table cells. Word writes a tab as one wide space, which is a gap as well.
 */
function mergeSegments(runs: Segment[], size: number): Segment[] {
  const out: Segment[] = [];
  let broken = false;
  for (const r of runs) {
    if (r.text.trim() === '' && r.xEnd - r.x >= 1.2 * size) {
      broken = true;
      continue;
    }
    const last = out[out.length - 1];
    if (!last) {
      out.push({ ...r });
      broken = false;
      continue;
    }
    const gap = r.x - last.xEnd;
    if (gap < 1.2 * size && !broken && !r.apart && !last.apart) {
      const space = gap > 0.15 * size && !/\s$/.test(last.text) && !/^\s/.test(r.text) ? ' ' : '';
      last.starts = [...(last.starts ?? [{ x: last.x, at: 0 }]), { x: r.x, at: last.text.length + space.length, gap }];
      last.text += space + r.text;
      last.xEnd = Math.max(last.xEnd, r.xEnd);
    } else {
      out.push({ ...r });
    }
    broken = false;
  }
  return out;
}

/** Wider than a word space: between a badge's number and its title, or a heading's number and the tab after it. */
const APART = 0.6;

/**
 * A line that opens with a number of a digit or two alone in its run, set apart
 * from the text after it by more than a word space: the number in a layout's
 * badge beside an area's title (a circle in the title's box), or a heading's
 * number with a tab after it. A number in running text ('1 900 sålda', '3 av 7')
 * stands a space from its word.
 */
export function opensWithNumberApart(l: PageLine): boolean {
  const first = l.segments[0];
  const next = first?.starts?.[1];
  if (next) return /^\s*\d{1,2}\s*$/.test(first.text.slice(0, next.at)) && (next.gap ?? 0) > APART * l.size;
  // A gap wider than a segment's parts it: the number is a segment of its own.
  return l.segments.length >= 2 && /^\s*\d{1,2}\s*$/.test(first.text) && l.segments[1].x - first.xEnd > APART * l.size;
}

/**
 * Each line's text, kept by its segments: a page's lines are read for their text again and again (furniture, tables,
 * headings), and a line copied with its column keeps its segments. Segments are never changed once their line is made.
 */
const TEXTS = new WeakMap<Segment[], string>();

export function lineText(l: PageLine): string {
  let text = TEXTS.get(l.segments);
  if (text === undefined) {
    text = joinLetterSpaced(l.segments.map((s) => s.text.trim()).join(' ').replace(/\s+/g, ' ').trim());
    TEXTS.set(l.segments, text);
  }
  return text;
}

/**
 * Where the text after a list's label stands, on a line whose label and text
 * are one segment ('Insats 1:⇥Bygga ut …', '3.⇥Mäta trycket …'): from where the run
 * after the label starts to where the text's first word does. A word
 * processor's list sets its label at the margin and the item's further lines
 * under its text, at the list's indent, which the first line's text reaches
 * only when the label is shorter than that indent (a longer one pushes the text
 * on). Null when no run of the segment starts after a label.
 */
export function textAfterLabel(s: Segment): { from: number; to: number } | null {
  const starts = s.starts ?? [];
  const k = starts.findIndex((p) => p.at > 0 && LIST_LABEL.test(s.text.slice(0, p.at)));
  if (k < 0) return null;
  const text = starts.slice(k).find((p) => /^\S/.test(s.text.slice(p.at)));
  return text ? { from: starts[k].x, to: text.x } : null;
}

/** The segment cut where one of its runs starts at a column anchor (a cell that reached the next column). */
export function splitAtAnchors(s: Segment, anchors: number[], tolerance: number): Segment[] {
  const cuts = (s.starts ?? []).filter((p) => p.at > 0 && anchors.some((a) => Math.abs(p.x - a) <= tolerance));
  if (cuts.length === 0) return [s];
  const out: Segment[] = [];
  let from = { x: s.x, at: 0 };
  for (const cut of [...cuts, { x: s.xEnd, at: s.text.length }]) {
    const text = s.text.slice(from.at, cut.at);
    if (text.trim()) out.push({ x: from.x, xEnd: cut.x, text });
    from = cut;
  }
  return out;
}

/**
 * Lines inside one cell are joined the way wrapped prose is. A narrow column
 * also breaks a long word without a hyphen ('Samhällsbyggnadskontore' + 't'):
 * a fragment of a few lower-case letters that is no word, after a word that
 * with it makes one ('kontore' + 't', 'kontor' + 'et'), joins that word.
 */
export function joinCellLines(cell: string): string {
  return cell.split('\n').reduce((acc, part) => {
    const head = /^([a-zåäö]{1,3})(?=\s|$)/.exec(part.trim());
    const last = /(\p{L}{6,})$/u.exec(acc);
    if (head && last) {
      const lexicon = swedishLexicon();
      // A fragment alone on its line, or one that is no word, is the rest of the word above ('et' is a word, but not alone under 'Kommunledningskontor').
      const alone = part.trim() === head[1];
      if ((alone || !lexicon.has(head[1])) && lexicon.has(last[1] + head[1])) return acc + part.trim();
    }
    return joinLines(acc, part);
  }, '');
}
