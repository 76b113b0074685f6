import { linesOfRuns, type Run } from './pdf-lines.js';

/**
 * The header and footer a browser sets in the margins of each printed page:
 * the date and time of printing and the page's title at the top, its address
 * and the page's number of the count ('2/3') at the foot. None of it is the
 * page's text, and a single printed page has no repetition to show it by.
 * They are known by what they hold: a line at the page's top or bottom edge
 * every part of which is such a mark, with a date and time among them, or an
 * address with the count (marks only a browser's print sets; a word
 * processor's running title or page number alone, or a note's address at a
 * page's foot, is left to the readers that find furniture by repetition and
 * form).
 */

/** A date and time as browsers print them: '12/4/26, 3:54 PM', '2026-12-04 15:54'. */
const STAMP = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AP]M)?$/i;
/** A page's address. */
const ADDRESS = /^(?:https?|file):\/\/\S+$/i;
/** This page's number of the count. */
const COUNT = /^(\d{1,4})\s*\/\s*(\d{1,4})$/;

export interface PrintPage {
  /** 1-based. */
  page: number;
  pageCount: number;
  /** The document's title as its metadata gives it (a browser sets the page's title there). */
  title?: string;
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A part of the line that a browser's print sets: a stamp, an address, the title, this page's count. */
function markOf(text: string, at: PrintPage): 'stamp' | 'address' | 'count' | 'title' | null {
  const t = squeeze(text);
  if (STAMP.test(t)) return 'stamp';
  if (ADDRESS.test(t)) return 'address';
  const count = COUNT.exec(t);
  if (count) return Number(count[1]) === at.page && Number(count[2]) === at.pageCount ? 'count' : null;
  // A long title is shortened with an ellipsis.
  const title = at.title ? squeeze(at.title) : '';
  const head = t.replace(/\s*(?:…|\.\.\.)$/, '');
  return title && (t === title || (head.length < t.length && head.length >= 10 && title.startsWith(head))) ? 'title' : null;
}

/**
 * The runs of a page's topmost and bottommost lines that are a browser's
 * print header or footer; empty when neither line is one.
 */
export function printEdgeRuns(runs: Run[], at: PrintPage): Run[] {
  const lines = linesOfRuns(runs);
  if (lines.length < 2) return [];
  const out: Run[] = [];
  for (const line of [lines[0], lines[lines.length - 1]]) {
    const marks = line.segments.map((s) => markOf(s.text, at));
    // The header holds the stamp; the footer the address with the count (an address alone at a page's foot is a note's).
    if (marks.some((m) => m === null) || !(marks.includes('stamp') || (marks.includes('address') && marks.includes('count')))) continue;
    const tolerance = Math.max(1.5, 0.35 * line.size);
    out.push(...runs.filter((r) => Math.abs(r.y - line.y) <= tolerance));
  }
  return out;
}
