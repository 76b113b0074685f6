import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { loadPdfJs, openPdf } from '../src/ingest/pdfjs.js';

/**
 * The baseline the PDF bench is measured against: pdfjs's text extraction
 * alone (every page's text items, joined), in as many worker threads as
 * ingest uses, the files handed out one at a time as ingest's pool does. It
 * loads pdfjs as our reader does, so the ratio is what we do beyond it.
 *
 * Usage: node dist/scripts/raw-pdfjs.js DIR|FILE... --jobs N (prints one JSON line)
 */

async function textOf(file: string): Promise<{ pages: number; chars: number }> {
  const pdfjs = await loadPdfJs();
  const task = openPdf(pdfjs, readFileSync(file));
  try {
    const pdf = await task.promise;
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      chars += content.items.map((i) => ('str' in i ? i.str : '')).join(' ').length;
      page.cleanup();
    }
    return { pages: pdf.numPages, chars };
  } catch {
    return { pages: 0, chars: 0 };
  } finally {
    await task.destroy();
  }
}

function filesOf(paths: string[]): string[] {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(p, f)) : [p]));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--jobs');
  const jobs = at >= 0 ? Number(argv[at + 1]) : 2;
  const files = filesOf(argv.filter((a, i) => a !== '--jobs' && i !== at + 1));
  const started = performance.now();
  let next = 0;
  let pages = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, files.length) }, () => {
      const worker = new Worker(fileURLToPath(import.meta.url));
      return new Promise<void>((resolve, reject) => {
        const give = () => (next < files.length ? worker.postMessage(files[next++]) : void worker.terminate().then(() => resolve()));
        worker.on('message', (m: { pages: number }) => {
          pages += m.pages;
          give();
        });
        worker.on('error', reject);
        give();
      });
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ seconds, documents: files.length, pages, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

if (isMainThread) await main();
else parentPort!.on('message', (file: string) => void textOf(file).then((r) => parentPort!.postMessage(r)));
