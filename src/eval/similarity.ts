import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { normalizeChars } from '../clean/normalize.js';
import type { Doc } from '../core/types.js';

/**
 * The form two texts are compared in: characters normalised as a reader should
 * (ligatures opened, NFC, no soft hyphens) and all whitespace one space, since
 * line breaks and cell separators differ by format, not by content.
 */
export function comparable(text: string): string {
  return normalizeChars(text).replace(/\s+/g, ' ').trim();
}

/**
 * The number of characters to insert or delete to turn a into b, by Myers'
 * O((N+M)·D) algorithm: fast for texts that mostly agree, as extractions of
 * one document do. Gives up (returns null) past `limit` edits.
 */
export function editDistance(a: string, b: string, limit = 200_000): number | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, limit);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  v[offset + 1] = 0;
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return null;
}

/**
 * Character-level similarity of an extracted text to its source: the share of
 * characters the two have in common, in order (2·LCS / (N+M)); 1 is identical.
 */
export function similarity(extracted: string, source: string): number {
  const a = comparable(extracted);
  const b = comparable(source);
  if (a.length + b.length === 0) return 1;
  const d = editDistance(a, b);
  if (d === null) return 0;
  return (a.length + b.length - d) / (a.length + b.length);
}

/** Where the rendered fixtures stand: a fixture NAME's renderings are the files named NAME.* there. */
const RENDERING_DIRS = ['fixtures', 'fixtures/legacy', 'fixtures/scanned'];

/** The fixtures with a known source text (fixtures/source/NAME.source.txt), each with its renderings. */
export function renderedFixtures(): Array<{ name: string; source: string; files: string[] }> {
  return readdirSync('fixtures/source')
    .filter((f) => f.endsWith('.source.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.source\.txt$/, '');
      const files = RENDERING_DIRS.filter((dir) => existsSync(dir)).flatMap((dir) =>
        readdirSync(dir)
          .filter((g) => g.replace(/\.[^.]+$/, '') === name)
          .map((g) => path.join(dir, g)),
      );
      return { name, source: path.join('fixtures/source', f), files: files.sort() };
    });
}

/** A document's text without its page furniture, table cells side by side: what a reader reads. */
export function bodyText(doc: Doc): string {
  return doc.blocks
    .filter((b) => b.kind !== 'furniture')
    .map((b) => (b.cells ? b.cells.map((c) => doc.text.slice(c.start, c.end)).join(' ') : doc.text.slice(b.start, b.end)))
    .join('\n');
}
