import { spawn } from 'node:child_process';
import { findProgram } from './programs.js';

/**
 * Which pages of a PDF hold a raster image, and how large each is drawn, so
 * that only they are searched for images of text (a table pasted as a
 * picture), and only where an image is large enough to be one: fetching a
 * page's drawing to look for one costs about as much as reading its text, and
 * decodes every picture on the page. poppler's `pdfimages -list` names the
 * pages and sizes when it is installed; without it (STYRDOK_PDFIMAGES=none,
 * or it fails on the file) every page of a file whose bytes hold an image is
 * searched, as before.
 */
export interface ImagePages {
  /** Where the answer came from: the pages listed by pdfimages, or the file's bytes alone. */
  source: 'pdfimages' | 'bytes' | 'none';
  /** Whether page `n` (1-based) may hold an image. */
  has(n: number): boolean;
  /** The sizes page `n`'s images are drawn at, in points; null when unknown (any of them may be large). */
  sizes(n: number): DrawnSize[] | null;
}

/** An image as drawn on its page, in points (1/72 inch). */
export interface DrawnSize {
  width: number;
  height: number;
}

const LIST_TIMEOUT_MS = 20_000;

export async function imagePages(bytes: Uint8Array): Promise<ImagePages> {
  // The bytes are asked first: a file without an image stream has nothing to list, and no program is started for it.
  if (!holdsImages(bytes)) return { source: 'none', has: () => false, sizes: () => [] };
  const program = findProgram('STYRDOK_PDFIMAGES', ['pdfimages']);
  const listed = program ? await listImages(program, bytes) : null;
  if (listed) return { source: 'pdfimages', has: (n) => listed.has(n), sizes: (n) => (listed.has(n) ? listed.get(n)! : []) };
  return { source: 'bytes', has: () => true, sizes: () => null };
}

/**
 * pdfimages gives resolutions in whole pixels per inch, so a size from them
 * may be short by a little: a drawn image counts as large enough when it is
 * within this share of the size asked for.
 */
const SIZE_TOLERANCE = 0.1;

/**
 * Whether any of a page's images may be drawn at least `min.width` by
 * `min.height` points and over `min.area` square points, either way round (a
 * page or an image turned a quarter swaps width and height); true when the
 * sizes are unknown.
 */
export function mayHoldImageOf(sizes: DrawnSize[] | null, min: { width: number; height: number; area: number }): boolean {
  if (sizes === null) return true;
  const slack = 1 + SIZE_TOLERANCE;
  return sizes.some(({ width: w, height: h }) => {
    const fits = (a: number, b: number) => a * slack >= min.width && b * slack >= min.height;
    return (fits(w, h) || fits(h, w)) && w * h * slack * slack >= min.area;
  });
}

/**
 * Whether the file holds a raster image: an image XObject is a stream, and a
 * stream's dictionary (with its /Subtype /Image) is never compressed into an
 * object stream, so it stands in the bytes as written.
 */
export function holdsImages(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Searched as bytes, each find checked in a few bytes around it, so that a large file is never made a string.
  for (let at = buffer.indexOf('/Image'); at >= 0; at = buffer.indexOf('/Image', at + 6)) {
    if (/\/Subtype\s*\/Image(?![A-Za-z0-9])/.test(buffer.toString('latin1', Math.max(0, at - 40), at + 7))) return true;
  }
  return false;
}

/**
 * The pages on which `pdfimages -list` finds an image drawn, each with the
 * sizes its images are drawn at, from its table (a header, a rule, then one
 * row per image: page, number, type, width, height, …, x-ppi, y-ppi, …): a
 * width in pixels at so many pixels an inch is drawn that many inches wide.
 * Masks and soft masks belong to an image listed beside them and are not
 * counted again. A side whose resolution the table does not give is taken
 * as long as any. Null when the output is not that table.
 */
export function pagesOfImageList(listing: string): Map<number, DrawnSize[]> | null {
  const lines = listing.split('\n');
  if (!/^page\s+num\s+type\b/.test(lines[0] ?? '') || !/^-+$/.test((lines[1] ?? '').trim())) return null;
  const pages = new Map<number, DrawnSize[]>();
  for (const line of lines.slice(2)) {
    const cells = line.trim().split(/\s+/);
    const [page, num, type] = cells;
    if (!page) continue;
    if (!/^\d+$/.test(page) || !/^\d+$/.test(num ?? '')) return null;
    if (type !== 'image') continue;
    const [width, height, xPpi, yPpi] = [cells[3], cells[4], cells[12], cells[13]].map(Number);
    const drawn = (pixels: number, ppi: number) => (pixels > 0 && ppi > 0 ? (pixels * 72) / ppi : Infinity);
    pages.set(Number(page), [...(pages.get(Number(page)) ?? []), { width: drawn(width, xPpi), height: drawn(height, yPpi) }]);
  }
  return pages;
}

/** The pages pdfimages lists, or null when it fails or complains of the file: then its list may be short of a page. */
function listImages(program: string, bytes: Uint8Array): Promise<Map<number, DrawnSize[]> | null> {
  return new Promise((resolve) => {
    const child = spawn(program, ['-list', '-'], { stdio: ['pipe', 'pipe', 'pipe'], timeout: LIST_TIMEOUT_MS });
    const out: Buffer[] = [];
    let complained = false;
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', () => (complained = true));
    // The program may stop reading early on a file it cannot parse; a broken pipe is its answer, not ours.
    child.stdin.on('error', () => undefined);
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code === 0 && !complained ? pagesOfImageList(Buffer.concat(out).toString('utf8')) : null));
    child.stdin.end(bytes);
  });
}
