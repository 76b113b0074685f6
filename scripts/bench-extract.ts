import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Doc, Extraction } from '../src/core/types.js';
import { table } from '../src/cli/format.js';
import { extract } from '../src/extract/index.js';
import { readDocument } from '../src/ingest/read.js';
import { readText } from '../src/ingest/text.js';

/**
 * What extraction costs, apart from reading. Every seed, fixture and
 * development document is read once; then the rules run over the same blocks
 * again and again, and the time per pass is printed. With --baseline DIR (the
 * `dist` of another build of styrdok, e.g. an earlier commit built in a
 * worktree) the baseline's extract runs over the same blocks in the same
 * process, and the figures are ratios to it.
 *
 * Then the cost in text length: a transcript page without line breaks made
 * 128 KB to 1 MB long, read and extracted; time per KB is printed as a ratio to
 * the smallest size, so 1.0 all down the column is linear time.
 *
 * Usage: npm run bench:extract [-- --baseline ../old/dist] [--rounds N]
 */

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const rounds = Number(option('rounds') ?? 20);
const baselineDir = option('baseline');

function files(): string[] {
  const out = ['corpus', 'fixtures', '../shared/corpus/dev']
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).map((f) => path.join(d, f)))
    .filter((f) => /\.(txt|pdf|docx|html)$/.test(f));
  return out.sort();
}

type Extract = (doc: Doc) => Extraction;

function timePerPass(docs: Doc[], run: Extract): number {
  for (const d of docs) run(d);
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of docs) run(d);
  return (performance.now() - t0) / rounds;
}

const docs: Array<{ file: string; doc: Doc }> = [];
for (const file of files()) {
  try {
    docs.push({ file, doc: await readDocument(new Uint8Array(readFileSync(file)), file) });
  } catch {
    // Files that do not read (the bad fixtures) are no part of an extraction benchmark.
  }
}
const groups = new Map<string, Doc[]>();
for (const { file, doc } of docs) groups.set(doc.format, [...(groups.get(doc.format) ?? []), doc]);
groups.set('all', docs.map((d) => d.doc));

const baseline: Extract | null = baselineDir ? ((await import(pathToFileURL(path.resolve(baselineDir, 'src/extract/index.js')).href)) as { extract: Extract }).extract : null;
const rows = [...groups].map(([format, ds]) => {
  const ours = timePerPass(ds, extract);
  const theirs = baseline ? timePerPass(ds, baseline) : null;
  return [format, String(ds.length), ours.toFixed(1), theirs === null ? '–' : theirs.toFixed(1), theirs === null ? '–' : (ours / theirs).toFixed(2)];
});
console.log(`Extraction over blocks read once, ${rounds} rounds, ms per pass${baseline ? `; baseline ${baselineDir}` : ''}`);
console.log(table(['format', 'documents', 'ms', 'baseline ms', 'ratio'], rows));

const page = readFileSync('corpus/003_36680a2d90dc5608.txt', 'utf8').replace(/\s*\n\s*/g, ' ');
const sizes = [128, 256, 512, 1024];
const lengthRows: string[][] = [];
let first: number | null = null;
for (const kb of sizes) {
  let text = '';
  while (text.length < kb * 1024) text += `${page} `;
  const t0 = performance.now();
  const x = extract(readText(new TextEncoder().encode(text)));
  const ms = performance.now() - t0;
  const perKb = ms / kb;
  first ??= perKb;
  lengthRows.push([`${kb} KB`, ms.toFixed(0), perKb.toFixed(2), (perKb / first).toFixed(2), String(x.activities.length)]);
}
console.log('\nOne paragraph without line breaks, read and extracted');
console.log(table(['length', 'ms', 'ms per KB', 'ratio to 128 KB', 'activities'], lengthRows));
