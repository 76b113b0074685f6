import type { Run } from './pdf-lines.js';
import { appendTo } from '../core/group.js';

/**
 * Text printed over the pages rather than on them: an element a web page
 * fixes to the window (a cookie banner, a chat button), which a browser
 * prints at the same place on every page over whatever text the page has
 * there, or a watermark. It is found by two marks together: the same text at
 * the same place on most pages, and lying over the page's own text on one of
 * them at least. A running header or footer repeats too, and a table's
 * header row repeated on each page, but neither is ever set over other text;
 * both are left to the readers that know them.
 */

/** Positions closer than this (PDF units) are one place. */
const PLACE = 1;
/** Repeated lines this close (in line heights) form one element: a banner's lines and buttons go together. */
const ELEMENT_GAP = 3;

const keyOf = (r: Run) => `${Math.round(r.x / PLACE)}:${Math.round(r.y / PLACE)}:${r.text.trim()}`;

/** The box a run's ink covers: from a little below its baseline to most of its size above. */
const overlaps = (a: Run, b: Run) => a.x < b.xEnd && b.x < a.xEnd && a.y - a.size * 0.25 < b.y + b.size * 0.8 && b.y - b.size * 0.25 < a.y + a.size * 0.8;

/**
 * The places (keys of text at a position) of the text printed over the
 * pages of a document, given each page's runs. Empty for a single page:
 * nothing repeats there.
 */
export function overlayPlaces(pages: Run[][]): Set<string> {
  if (pages.length < 2) return new Set();
  const count = new Map<string, number>();
  for (const runs of pages) for (const k of new Set(runs.filter((r) => r.text.trim()).map(keyOf))) count.set(k, (count.get(k) ?? 0) + 1);
  const repeated = new Set([...count].filter(([, n]) => n >= 2 && n >= pages.length / 2).map(([k]) => k));
  if (repeated.size === 0) return repeated;
  // One run of each repeated place (where it stands), and whether it lies over the page's own text anywhere.
  const at = new Map<string, Run>();
  const over = new Set<string>();
  for (const runs of pages) {
    const own = runs.filter((r) => r.text.trim() && !repeated.has(keyOf(r)));
    for (const r of runs) {
      const k = keyOf(r);
      if (!repeated.has(k)) continue;
      if (!at.has(k)) at.set(k, r);
      if (!over.has(k) && own.some((o) => overlaps(o, r))) over.add(k);
    }
  }
  if (over.size === 0) return over;
  // The repeated text falls into elements by its place on the page; an element any of whose text lies over the page's is an overlay, all of it.
  const placed = [...at].sort((p, q) => q[1].y - p[1].y);
  const out = new Set<string>();
  let element: string[] = [];
  let isOver = false;
  placed.forEach(([k, r], i) => {
    const above = placed[i - 1]?.[1];
    if (above && above.y - r.y > Math.max(above.size, r.size) * ELEMENT_GAP) {
      if (isOver) element.forEach((e) => out.add(e));
      [element, isOver] = [[], false];
    }
    element.push(k);
    isOver ||= over.has(k);
  });
  if (isOver) element.forEach((e) => out.add(e));
  return out;
}

/**
 * The runs of a page printed over it: those at the places found, and the runs
 * drawn right after them within the element's reach. A browser paints an
 * element fixed to the window last, in one go, over the page; a part of it
 * printed with the first page only (a banner's buttons) repeats nowhere, but
 * is drawn with the rest, next to it. The page's own text under the banner is
 * drawn before it and stays.
 */
function overlayRuns(runs: Run[], places: Set<string>): Set<Run> {
  const found = new Set(runs.filter((r) => r.text.trim() && places.has(keyOf(r))));
  if (found.size === 0) return found;
  const element = [...found];
  const top = Math.max(...element.map((r) => r.y + r.size * ELEMENT_GAP));
  const bottom = Math.min(...element.map((r) => r.y - r.size * ELEMENT_GAP));
  const [left, right] = [Math.min(...element.map((r) => r.x)), Math.max(...element.map((r) => r.xEnd))];
  // A number drawn with a repeated element is the page's own (its number, a note's), not part of the element.
  const within = (r: Run) => r.y <= top && r.y >= bottom && r.x >= left - r.size && r.xEnd <= right + r.size && !/\d/.test(r.text);
  let last: Run | null = null;
  for (const r of runs) {
    if (!r.text.trim()) continue;
    if (last && found.has(last) && !found.has(r) && within(r)) found.add(r);
    last = r;
  }
  return found;
}

/** A page's runs without those printed over it, and the text of those, line by line top to bottom. */
export function withoutOverlay(runs: Run[], places: Set<string>): { runs: Run[]; overlay: string[] } {
  if (places.size === 0) return { runs, overlay: [] };
  const over = overlayRuns(runs, places);
  const kept: Run[] = [];
  const removed: Run[] = [];
  for (const r of runs) (over.has(r) ? removed : kept).push(r);
  if (removed.length === 0) return { runs, overlay: [] };
  const lines = new Map<number, Run[]>();
  for (const r of removed) appendTo(lines, Math.round(r.y), r);
  const overlay = [...lines].sort((a, b) => b[0] - a[0]).map(([, rs]) => rs.sort((a, b) => a.x - b.x).map((r) => r.text.trim()).join(' '));
  return { runs: kept, overlay };
}
