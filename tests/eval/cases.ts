import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadGold, type Gold } from '../../src/eval/gold.js';
import type { Scores } from '../../src/eval/score.js';

/** Seeds and fixtures with the gold they are scored against; renderings share their seed's annotations. */
export const SEED_CASES: Array<[string, string]> = [
  ['corpus/000_94b9c640f4283b09.txt', 'fixtures/gold/000_94b9c640f4283b09.json'],
  ['corpus/001_03ae7981294d9ca5.txt', 'fixtures/gold/001_03ae7981294d9ca5.json'],
  ['corpus/002_13546d3bc8be6ca0.txt', 'fixtures/gold/002_13546d3bc8be6ca0.json'],
  ['corpus/003_36680a2d90dc5608.txt', 'fixtures/gold/003_36680a2d90dc5608.json'],
  ['corpus/004_5a338b9b38be5cdb.txt', 'fixtures/gold/004_5a338b9b38be5cdb.json'],
  ['fixtures/taby-uppfoljning.docx', 'fixtures/gold/taby-uppfoljning.json'],
  ['fixtures/sodertalje-handlingsplan.docx', 'fixtures/gold/sodertalje-handlingsplan.json'],
  ['fixtures/taby-uppfoljning.pdf', 'fixtures/gold/taby-uppfoljning.json'],
  ['fixtures/sodertalje-handlingsplan.pdf', 'fixtures/gold/sodertalje-handlingsplan.json'],
  ['fixtures/lerum-strategi.html', 'fixtures/gold/lerum-strategi.json'],
  ['fixtures/encodings/taby-windows1252.txt', 'fixtures/gold/002_13546d3bc8be6ca0.json'],
  ['fixtures/encodings/taby-utf16be.txt', 'fixtures/gold/002_13546d3bc8be6ca0.json'],
  ['fixtures/lerum-tva-spalter.docx', 'fixtures/gold/lerum-tva-spalter.json'],
  ['fixtures/lerum-tva-spalter.pdf', 'fixtures/gold/lerum-tva-spalter.json'],
  ['fixtures/scanned/sotenas-strategi.pdf', 'fixtures/gold/sotenas-strategi.json'],
  ['fixtures/taby-fargstatus.docx', 'fixtures/gold/taby-fargstatus.json'],
  ['fixtures/taby-fargstatus.pdf', 'fixtures/gold/taby-fargstatus.json'],
  ['fixtures/nassjo-statusikoner.docx', 'fixtures/gold/nassjo-statusikoner.json'],
  ['fixtures/nassjo-statusikoner.pdf', 'fixtures/gold/nassjo-statusikoner.json'],
  ['fixtures/vetlanda-symbolstatus.docx', 'fixtures/gold/vetlanda-symbolstatus.json'],
  ['fixtures/vetlanda-symbolstatus.pdf', 'fixtures/gold/vetlanda-symbolstatus.json'],
  ['fixtures/ljungby-vektorstatus.pdf', 'fixtures/gold/ljungby-vektorstatus.json'],
];

/** The development set beside the project (../shared): its documents, written independently of the code, and their gold. */
export const DEV_DIR = '../shared/corpus/dev';
const DEV_GOLD = '../shared/gold/dev';

export const hasDevSet = existsSync(DEV_DIR) && existsSync(DEV_GOLD);
/** CI sets this: the development set must be there, its tests may not be skipped. */
export const requireDevSet = process.env.STYRDOK_REQUIRE_SHARED === '1';

export function devCases(): Array<{ file: string; gold: Gold }> {
  return hasDevSet ? casesOf(DEV_DIR, DEV_GOLD) : [];
}

/** The second development set: documents by two other authors, read by no rule before they were scored. */
export const DEV2_DIR = '../shared/corpus/dev2';
const DEV2_GOLD = '../shared/gold/dev2';
export const hasDev2Set = existsSync(DEV2_DIR) && existsSync(DEV2_GOLD);

export function dev2Cases(): Array<{ file: string; gold: Gold }> {
  return hasDev2Set ? casesOf(DEV2_DIR, DEV2_GOLD) : [];
}

/** The sets written blind on other subjects, bundled with the project: fixtures/unseen, unseen2 … unseen21. */
export const UNSEEN_DIRS = ['fixtures/unseen', ...Array.from({ length: 20 }, (_, i) => `fixtures/unseen${i + 2}`)];

/** The documents written blind on other subjects (UNSEEN_DIRS). */
export function unseenCases(): Array<{ file: string; gold: Gold }> {
  return UNSEEN_DIRS.flatMap((dir) => casesOf(dir, path.join(dir, 'gold')));
}

/** Plans in running text (minutes, officers' reports, news pages, prose plans), each varying one way of writing them: fixtures/prose-variants. */
export function proseVariantCases(): Array<{ file: string; gold: Gold }> {
  return casesOf('fixtures/prose-variants', 'fixtures/prose-variants/gold');
}

/** Long programmes whose plan is a chapter or an appendix, and a guideline and a policy that hold none: fixtures/programme-variants. */
export function programmeVariantCases(): Array<{ file: string; gold: Gold }> {
  return casesOf('fixtures/programme-variants', 'fixtures/programme-variants/gold');
}

function casesOf(dir: string, goldDir: string): Array<{ file: string; gold: Gold }> {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => loadGold(path.join(goldDir, f)))
    .map((gold) => ({ file: path.join(dir, gold.source), gold }));
}


type Counted = { matched: number; extracted: number; gold: number };
type Judged = { correct: number; total: number };

/** Micro-averaged F1 over a set's documents, for one kind of row. */
export function setF1(results: Array<{ s: Scores }>, pick: (s: Scores) => Counted): number {
  const [m, e, g] = results.reduce((acc, r) => [acc[0] + pick(r.s).matched, acc[1] + pick(r.s).extracted, acc[2] + pick(r.s).gold], [0, 0, 0]);
  const p = e ? m / e : 1;
  const rc = g ? m / g : 1;
  return p + rc ? (2 * p * rc) / (p + rc) : 0;
}

/** Pooled accuracy over a set's documents, for one field. */
export function setAccuracy(results: Array<{ s: Scores }>, pick: (s: Scores) => Judged): number {
  const [c, t] = results.reduce((acc, r) => [acc[0] + pick(r.s).correct, acc[1] + pick(r.s).total], [0, 0]);
  return t ? c / t : 1;
}
