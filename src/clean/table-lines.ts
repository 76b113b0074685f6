import type { Line } from './segment.js';
import { isHeaderLine } from './run-on-table.js';

/**
 * A table that a PDF-to-text reading order gave line by line: under a header
 * line of column words ('Nr Aktivitet Ansvar Tid Status'), each cell's wrapped
 * lines in turn and row after row, several short cells of a row sharing a
 * line ('SBF HT 2026 Region Stockholm', 'Socialförvaltningen 2024–'). A line
 * then holds no row and no cell of its own, but the text read in order is the
 * table's rows in the header's column order, as a sharing site's transcript
 * runs a page into one line. Such a table is run into one line from its
 * header to the end of its page or to the prose after it, so that the reader
 * of tables run into a line (run-on-table.ts) finds its rows by their ids and
 * its cells by what they hold. Offsets hold: what stood between two lines
 * (a line break, a footer taken out) becomes as many spaces.
 *
 * Examples:
 * - 'Nr Åtgärd Ansvar Klart' / '1.1 Rusta upp' / 'badplatsen i Norrby' /
 *   'KFF 2026' / '1.2 Ta fram …': one line from 'Nr' to the page's end.
 * - the same table, then 'Uppföljning' / 'Planen följs upp varje år i samband
 *   med nämndens årsredovisning och' / 'delårsrapport.': the heading and its
 *   prose stay lines of their own.
 * - 'Indikator Utgångsvärde Målvärde' over figures; a contents page; prose
 *   with years and numbers: no header line, nothing joined.
 */

/** Of the page's text width: a line this long is prose set across the page, not a table's cell. */
const PROSE_FILL = 0.8;
/** The share of lines shorter than the text width; the width is the length the longest lines reach. */
const WIDTH_RANK = 0.95;
/** A heading over the prose that follows a table: a few words. */
const MAX_HEADING_WORDS = 6;

export function joinTableLines(lines: Line[]): Line[] {
  const width = textWidth(lines);
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].cells || !isHeaderLine(lines[i].text)) {
      out.push(lines[i]);
      continue;
    }
    const end = tableEnd(lines, i, width);
    out.push(end - i > 1 ? joinRun(lines.slice(i, end)) : lines[i]);
    i = end - 1;
  }
  return out;
}

/** The length the longest lines of the text reach: the width of its pages in characters. */
function textWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * WIDTH_RANK))] : 0;
}

/**
 * Where the table that opens at line `from` ends (exclusive): at its page's
 * end, at the next header line or a row of cells, or where prose begins: a
 * line across the page whose sentence goes on in the next line, and a short
 * heading right above it.
 */
function tableEnd(lines: Line[], from: number, width: number): number {
  let k = from + 1;
  for (; k < lines.length; k++) {
    const line = lines[k];
    if (line.page !== lines[from].page || line.cells || isHeaderLine(line.text)) break;
    if (isProse(lines, k, width)) {
      if (k - 1 > from && isHeading(lines[k - 1].text)) k--;
      break;
    }
  }
  return k;
}

function isProse(lines: Line[], k: number, width: number): boolean {
  const long = (l: Line | undefined) => l !== undefined && l.page === lines[k].page && l.text.trim().length >= width * PROSE_FILL;
  const next = lines[k + 1];
  return long(lines[k]) && (long(next) || (next !== undefined && /^\s*\p{Ll}/u.test(next.text)));
}

function isHeading(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}/u.test(t) && !/[.,:;–-]$/.test(t) && !/\d/.test(t) && t.split(/\s+/).length <= MAX_HEADING_WORDS;
}

/** Lines run into one, what stood between them blanked: offsets in the source hold. */
function joinRun(run: Line[]): Line {
  let text = run[0].text;
  for (let k = 1; k < run.length; k++) {
    const [before, line] = [run[k - 1], run[k]];
    const gap = before.source !== undefined && line.source !== undefined ? line.source - (before.source + before.text.length) : 1;
    text += ' '.repeat(Math.max(1, gap)) + line.text;
  }
  return { ...run[0], text, fill: 0, indented: false };
}
