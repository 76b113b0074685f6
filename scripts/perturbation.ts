import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadGold } from '../src/eval/gold.js';
import { perturbationScores, SUBSTITUTIONS } from '../src/eval/perturb.js';
import { readDocument } from '../src/ingest/read.js';
import { table } from '../src/cli/format.js';

/**
 * Activity F1 of every seed and development document as read and after each
 * substitution of src/eval/perturb.ts (label synonyms, 'där vi:', another
 * bullet, numbers for bullets), as a table: one row a document, one column a
 * substitution, each cell the change from the original F1.
 *
 * Usage: npm run perturbation
 */
const cases: Array<{ file: string; goldFile: string }> = [];
for (const f of readdirSync('fixtures/gold').filter((f) => /^\d{3}_/.test(f))) cases.push({ file: `corpus/${f.replace(/\.json$/, '.txt')}`, goldFile: `fixtures/gold/${f}` });
if (existsSync('../shared/gold/dev')) {
  for (const f of readdirSync('../shared/gold/dev').filter((f) => f.endsWith('.json'))) {
    const gold = loadGold(`../shared/gold/dev/${f}`);
    cases.push({ file: `../shared/corpus/dev/${gold.source}`, goldFile: `../shared/gold/dev/${f}` });
  }
}
const rows: string[][] = [];
let worst = 0;
for (const { file, goldFile } of cases) {
  const gold = loadGold(goldFile);
  const doc = await readDocument(new Uint8Array(readFileSync(file)), file);
  const { original, perturbed } = perturbationScores(doc, gold);
  const drops = perturbed.map((p) => original - p.f1);
  worst = Math.max(worst, ...drops);
  rows.push([path.basename(file), original.toFixed(2), ...drops.map((d) => (Math.abs(d) < 0.005 ? '·' : (-d).toFixed(2)))]);
}
console.log(table(['document', 'F1', ...SUBSTITUTIONS.map((s) => s.id.split('/')[1])], rows));
console.log(`\nlargest drop in activity F1: ${worst.toFixed(3)} (· = unchanged)`);
