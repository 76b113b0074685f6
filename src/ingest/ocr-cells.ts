import { LevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';
import type { Run } from './pdf-lines.js';

/**
 * A table's cells read one by one by OCR know their column, and a column
 * says what its cells hold: a column of numbers ('Nr'), of crosses (years),
 * of a few owners' abbreviations. What tesseract misreads in one cell ('5'
 * as 'D', a lone 'X' as 'Xx', 'KLK' as 'KLEK', each with a low confidence)
 * the rest of its column, or of its table, reads right. These rules settle
 * such cells; they never invent text for an empty cell.
 */

export interface CellReading {
  /** Table and grid column of the cell on its page. */
  table: number;
  column: number;
  runs: Run[];
}

/** Confidence (0–100) of a word tesseract is sure of; below it, its column may correct it. */
const SURE = 80;
/** A cell this short in a column of numbers may be a number misread. */
const NUMBER = /^\d{1,3}[.)]?$/;
/** One cross read twice ('Xx', 'xX'): no word of a plan reads so. */
const DOUBLED_MARK = /^[xX×]{2,3}$/;

const textOf = (cell: { runs: Run[] }) => cell.runs.map((r) => r.text).join(' ');
const confidenceOf = (cell: { runs: Run[] }) => Math.min(100, ...cell.runs.map((r) => r.confidence ?? 100));
const columnKey = (cell: CellReading) => `${cell.table}:${cell.column}`;

function byColumn(cells: CellReading[]): Map<string, number[]> {
  const columns = new Map<string, number[]>();
  cells.forEach((c, i) => columns.set(columnKey(c), [...(columns.get(columnKey(c)) ?? []), i]));
  return columns;
}

/**
 * The cells to read again as digits: a one-word cell not read as a number,
 * below sure, in a column whose cells are mostly numbers read surely. The
 * caller keeps the second reading only when tesseract is surer of it, so a
 * header ('Nr') read well stays as it is.
 */
export function numberRereads(cells: CellReading[]): number[] {
  const out: number[] = [];
  for (const members of byColumn(cells).values()) {
    const filled = members.filter((i) => cells[i].runs.length > 0);
    const numbers = filled.filter((i) => NUMBER.test(textOf(cells[i])) && confidenceOf(cells[i]) >= SURE);
    if (numbers.length < 3 || numbers.length * 2 < filled.length) continue;
    out.push(...filled.filter((i) => cells[i].runs.length === 1 && textOf(cells[i]).length <= 3 && !NUMBER.test(textOf(cells[i])) && confidenceOf(cells[i]) < SURE));
  }
  return out;
}

/** A cell read again (as digits): the second reading where it is one word and tesseract is surer of it than of the first. */
export function surer(first: CellReading, second: CellReading): CellReading {
  return second.runs.length === 1 && confidenceOf(second) > confidenceOf(first) ? second : first;
}

/**
 * Settles cells from the rest of the table: a doubled cross becomes one
 * cross, and an unsure one-word cell one letter away from a word the
 * document's cells read surely at least twice becomes that word (owners'
 * abbreviations repeat down a table and over its pages). Returns the cells,
 * changed where settled.
 */
export function settleCells<T extends { runs: Run[] }>(cells: T[]): T[] {
  const out = cells.map((c) => (c.runs.length === 1 && DOUBLED_MARK.test(c.runs[0].text) ? { ...c, runs: [{ ...c.runs[0], text: 'X' }] } : c));
  const sure = new Map<string, number>();
  for (const c of out) if (c.runs.length === 1 && confidenceOf(c) >= SURE) sure.set(c.runs[0].text, (sure.get(c.runs[0].text) ?? 0) + 1);
  const common = [...sure].filter(([word, n]) => n >= 2 && word.length >= 3).map(([word]) => word);
  return out.map((cell) => {
    if (cell.runs.length !== 1 || confidenceOf(cell) >= SURE) return cell;
    const near = common.filter((word) => word !== cell.runs[0].text && LevenshteinDistance(word, cell.runs[0].text) === 1);
    // Two words equally near: the reading says which no better than chance.
    return near.length === 1 ? { ...cell, runs: [{ ...cell.runs[0], text: near[0] }] } : cell;
  });
}
