import { spawn } from 'node:child_process';
import { findProgram } from './programs.js';

/**
 * Which pages of a PDF hold a raster image, so that only they are searched
 * for images of text (a table pasted as a picture): fetching a page's drawing
 * to look for one costs about as much as reading its text. poppler's
 * `pdfimages -list` names the pages when it is installed; without it
 * (STYRDOK_PDFIMAGES=none, or it fails on the file) every page of a file
 * whose bytes hold an image is searched, as before.
 */
export interface ImagePages {
  /** Where the answer came from: the pages listed by pdfimages, or the file's bytes alone. */
  source: 'pdfimages' | 'bytes' | 'none';
  /** Whether page `n` (1-based) may hold an image. */
  has(n: number): boolean;
}

const LIST_TIMEOUT_MS = 20_000;

export async function imagePages(bytes: Uint8Array): Promise<ImagePages> {
  // The bytes are asked first: a file without an image stream has nothing to list, and no program is started for it.
  if (!holdsImages(bytes)) return { source: 'none', has: () => false };
  const program = findProgram('STYRDOK_PDFIMAGES', ['pdfimages']);
  const listed = program ? await listImages(program, bytes) : null;
  if (listed) return { source: 'pdfimages', has: (n) => listed.has(n) };
  return { source: 'bytes', has: () => true };
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
 * The pages on which `pdfimages -list` finds an image drawn, from its table
 * (a header, a rule, then one row per image: page, number, type, …). Masks
 * and soft masks belong to an image listed beside them and are not counted
 * again. Null when the output is not that table.
 */
export function pagesOfImageList(listing: string): Set<number> | null {
  const lines = listing.split('\n');
  if (!/^page\s+num\s+type\b/.test(lines[0] ?? '') || !/^-+$/.test((lines[1] ?? '').trim())) return null;
  const pages = new Set<number>();
  for (const line of lines.slice(2)) {
    const [page, num, type] = line.trim().split(/\s+/);
    if (!page) continue;
    if (!/^\d+$/.test(page) || !/^\d+$/.test(num ?? '')) return null;
    if (type === 'image') pages.add(Number(page));
  }
  return pages;
}

/** The pages pdfimages lists, or null when it fails or complains of the file: then its list may be short of a page. */
function listImages(program: string, bytes: Uint8Array): Promise<Set<number> | null> {
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
