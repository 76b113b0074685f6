import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readPdf } from '../src/ingest/pdf.js';
import { pdfWork, resetPdfWork, type PdfWork } from '../src/ingest/pdf-work.js';

/**
 * Counts what reading PDFs costs in drawings: operator lists fetched, those
 * fetched only to look for images of text, the looks for images of text, and
 * the fetches that changed the reading (paid off), per file and over all. Reads every PDF under the folders given (default the
 * real documents and the fixtures), one at a time in this thread.
 *
 * Usage: node dist/scripts/count-pdf-work.js [DIR|FILE ...]
 */

function pdfsUnder(p: string): string[] {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p)
    .sort()
    .flatMap((name) => {
      const child = path.join(p, name);
      return statSync(child).isDirectory() ? pdfsUnder(child) : name.endsWith('.pdf') ? [child] : [];
    });
}

function row(label: string, w: PdfWork, pages: number | string): string {
  return `${label.padEnd(72)} ${String(pages).padStart(5)} ${String(w.operatorLists).padStart(8)} ${String(w.forImagesOnly).padStart(11)} ${String(w.imageSearches).padStart(13)} ${String(w.paidOff).padStart(9)}`;
}

async function main(): Promise<void> {
  const roots = process.argv.slice(2);
  const files = (roots.length ? roots : ['../shared/corpus/real', 'fixtures']).flatMap(pdfsUnder);
  const total: PdfWork = { operatorLists: 0, forImagesOnly: 0, imageSearches: 0, paidOff: 0 };
  let pages = 0;
  console.log(`${'file'.padEnd(72)} ${'pages'.padStart(5)} ${'op lists'.padStart(8)} ${'images only'.padStart(11)} ${'image search'.padStart(13)} ${'paid off'.padStart(9)}`);
  for (const file of files) {
    resetPdfWork();
    let count: number | string;
    try {
      count = (await readPdf(new Uint8Array(readFileSync(file)))).pageCount ?? '?';
    } catch {
      // A damaged or encrypted fixture is refused before any page is read; what it cost still counts.
      count = 'refused';
    }
    const w = pdfWork();
    if (typeof count === 'number') pages += count;
    for (const k of Object.keys(total) as Array<keyof PdfWork>) total[k] += w[k];
    console.log(row(file, w, count));
  }
  console.log(row(`all ${files.length} files`, total, pages));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
