import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { table } from '../src/cli/format.js';
import { swedishLexicon } from '../src/lang/lexicon.js';
import { resetOcrTools } from '../src/ingest/ocr.js';
import { findProgram } from '../src/ingest/programs.js';
import { readDocument } from '../src/ingest/read.js';

/**
 * What the hard cases cost to read, in one warm thread: each hard fixture's
 * median read time over five reads, beside poppler's pdftotext on the same
 * PDF (spawn included) where it is installed; the scanned fixture with and
 * without OCR; and loading the Swedish word list, which only text with split
 * words pays. Usage: npm run bench:reading
 */

const FILES = [
  'fixtures/nassjo-statusikoner.pdf',
  'corpus/simrishamn_kultur-och-fritidsnamnden_arsbokslut_2025.pdf',
  'fixtures/taby-uppfoljning.pdf',
  'fixtures/taby-fargstatus.pdf',
  'fixtures/lerum-tva-spalter.pdf',
  'fixtures/scanned/sotenas-strategi.pdf',
  'fixtures/taby-fargstatus.docx',
  'fixtures/legacy/taby-fargstatus.odt',
  'fixtures/encodings/taby-windows1252.txt',
];

async function median(runs: number, body: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await body();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const lexiconMs = await median(1, () => swedishLexicon().has('kommun'));
const pdftotext = findProgram('STYRDOK_PDFTOTEXT', ['pdftotext']);
const rows: string[][] = [];
const measure = async (file: string, label = file) => {
  const bytes = readFileSync(file);
  await readDocument(bytes, file);
  const doc = await readDocument(bytes, file);
  const ours = await median(5, () => readDocument(bytes, file));
  const theirs = pdftotext && file.endsWith('.pdf') ? await median(5, () => execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-'])) : null;
  rows.push([label, String(doc.pageCount ?? '–'), ours.toFixed(1), theirs === null ? '–' : theirs.toFixed(1), theirs === null ? '–' : `${(ours / theirs).toFixed(2)}×`]);
};
for (const file of FILES) await measure(file);

// What reading status pictures costs: each PDF read with and without them, in the same thread.
const pictureRows: string[][] = [];
for (const file of FILES.filter((f) => f.endsWith('.pdf') && !f.includes('/scanned/'))) {
  const bytes = readFileSync(file);
  const doc = await readDocument(bytes, file);
  const withPictures = await median(5, () => readDocument(bytes, file));
  process.env.STYRDOK_PICTURES = 'none';
  const without = await median(5, () => readDocument(bytes, file));
  delete process.env.STYRDOK_PICTURES;
  const pages = new Set((doc.pictures ?? []).map((p) => p.page)).size;
  pictureRows.push([
    file,
    String(doc.pictures?.length ?? 0),
    String(pages),
    without.toFixed(1),
    withPictures.toFixed(1),
    `${(withPictures / without).toFixed(2)}×`,
    pages ? ((withPictures - without) / pages).toFixed(1) : '–',
  ]);
}
process.env.STYRDOK_TESSERACT = 'none';
resetOcrTools();
await measure('fixtures/scanned/sotenas-strategi.pdf', 'fixtures/scanned/sotenas-strategi.pdf (no OCR)');
console.log(table(['file', 'pages', 'styrdok ms', 'pdftotext ms', 'ratio'], rows));
console.log('');
console.log('Status pictures (icons, dots, bars): read time without and with them, median of five reads:');
console.log(table(['file', 'pictures', 'pages with them', 'without ms', 'with ms', 'ratio', 'ms per page with pictures'], pictureRows));
console.log(`Swedish word list: loaded in ${lexiconMs.toFixed(0)} ms, once per thread, by text with a split word only.`);
