import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { table } from '../src/cli/format.js';
import { bodyText, renderedFixtures, similarity } from '../src/eval/similarity.js';
import { findProgram } from '../src/ingest/programs.js';
import { readDocument } from '../src/ingest/read.js';

/**
 * Text quality, measured: for every rendered fixture whose source text is
 * known (fixtures/source/NAME.source.txt), the character-level similarity of the
 * text styrdok reads to that source, and for PDFs the same figure for
 * poppler's pdftotext where it is installed. Page furniture is left out of
 * styrdok's text; pdftotext's has it, as pdftotext gives it.
 * Usage: npm run quality [-- --json]
 */

const pdftotext = findProgram('STYRDOK_PDFTOTEXT', ['pdftotext']);
const rows: string[][] = [];
const results: Array<{ file: string; styrdok: number; pdftotext: number | null }> = [];
for (const fixture of renderedFixtures()) {
  const source = readFileSync(fixture.source, 'utf8');
  for (const file of fixture.files) {
    const doc = await readDocument(readFileSync(file), file);
    const ours = similarity(bodyText(doc), source);
    const theirs = pdftotext && file.endsWith('.pdf') ? similarity(execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }), source) : null;
    results.push({ file, styrdok: ours, pdftotext: theirs });
    rows.push([file, String(source.length), ours.toFixed(4), theirs === null ? '–' : theirs.toFixed(4), ours >= 0.99 ? 'yes' : 'NO']);
  }
}
if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
else {
  console.log(table(['file', 'source chars', 'styrdok', pdftotext ? 'pdftotext' : 'pdftotext (not installed)', '≥ 0.99'], rows));
}
