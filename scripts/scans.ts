import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { table } from '../src/cli/format.js';
import { loadGold, type Gold } from '../src/eval/gold.js';
import { scoreExtraction, type Accuracy } from '../src/eval/score.js';
import { extract } from '../src/extract/index.js';
import { ocrAvailable, OCR_PACKAGES } from '../src/ingest/ocr.js';
import { readDocument } from '../src/ingest/read.js';
import { scannedPdf } from './fixtures/scan.js';

/**
 * How well scanned tables are read: every PDF with gold among the fixtures
 * and the development set is scanned again (pdftoppm, grey JPEG, 200 dpi, no
 * text layer) and read by OCR, and its scores are set beside those of its
 * text layer. These scans were made by no one writing the OCR rules, so they
 * measure the rules on documents they were not written for.
 *
 * Usage: npm run scans [-- FILE.pdf ...]   (needs pdftoppm and tesseract with Swedish)
 */
if (!ocrAvailable()) {
  console.error(`OCR is not installed: install ${OCR_PACKAGES}`);
  process.exit(2);
}

function cases(): Array<{ file: string; gold: Gold }> {
  const out: Array<{ file: string; gold: Gold }> = [];
  const add = (dir: string, goldDir: string, sourceOf: (g: Gold, f: string) => string[]) => {
    if (!existsSync(goldDir)) return;
    for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
      const gold = loadGold(path.join(goldDir, f));
      for (const file of sourceOf(gold, f)) if (file.endsWith('.pdf') && !file.includes('/scanned/') && existsSync(path.join(dir, file))) out.push({ file: path.join(dir, file), gold });
    }
  };
  // A fixture's gold may name its renderings together: 'fixtures/x.{docx,pdf}'.
  add('.', 'fixtures/gold', (g) => [g.source.replace(/\{[^}]*\}$/, 'pdf')]);
  add('../shared/corpus/dev', '../shared/gold/dev', (g) => [g.source]);
  const only = process.argv.slice(2);
  return only.length ? out.filter((c) => only.some((o) => c.file.endsWith(o))) : out;
}

const fmt = (a: Accuracy) => (a.value === null ? null : a.value.toFixed(2));
const rows: Array<Array<string | null>> = [];
const sums = { text: 0, scan: 0, n: 0 };
for (const { file, gold } of cases()) {
  const text = scoreExtraction(extract(await readDocument(new Uint8Array(readFileSync(file)), file)), gold);
  const started = Date.now();
  const scanned = await readDocument(new Uint8Array(scannedPdf(file, 'scan')), file);
  const scan = scoreExtraction(extract(scanned), gold);
  sums.text += text.activities.f1;
  sums.scan += scan.activities.f1;
  sums.n++;
  rows.push([path.basename(file), String(scanned.pageCount ?? ''), text.activities.f1.toFixed(2), scan.activities.f1.toFixed(2), scan.focusAreas.f1.toFixed(2), fmt(scan.owner), fmt(scan.status), fmt(scan.years), `${((Date.now() - started) / 1000).toFixed(0)} s`]);
  console.error(`${path.basename(file)}: ${text.activities.f1.toFixed(2)} → ${scan.activities.f1.toFixed(2)}`);
}
console.log(table(['document', 'pages', 'act F1 text', 'act F1 scan', 'focus F1', 'owner', 'status', 'years', 'time'], rows));
console.log(`\nmean activity F1: text layer ${(sums.text / Math.max(1, sums.n)).toFixed(2)}, scanned ${(sums.scan / Math.max(1, sums.n)).toFixed(2)} over ${sums.n} documents`);
