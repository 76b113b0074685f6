import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { perturbationScores, SUBSTITUTIONS } from '../../src/eval/perturb.js';
import { readDocument } from '../../src/ingest/read.js';
import { loadGold } from '../../src/eval/gold.js';
import { devCases, SEED_CASES } from './cases.js';

/** Every seed and development document keeps its activity F1 within 0.05 under each edit a municipality could have made. */
describe('edits that change no meaning change no activities', () => {
  const seeds = SEED_CASES.filter(([file]) => file.startsWith('corpus/')).map(([file, goldFile]) => ({ file, gold: loadGold(goldFile) }));
  it('has substitutions of every kind', () => {
    expect(SUBSTITUTIONS.map((s) => s.id.split('/')[0])).toEqual(expect.arrayContaining(['label', 'owner', 'time', 'status', 'where', 'bullet']));
  });
  for (const { file, gold } of [...seeds, ...devCases()]) {
    it(file, async () => {
      const doc = await readDocument(new Uint8Array(readFileSync(file)), file);
      const { original, perturbed } = perturbationScores(doc, gold);
      const worse = perturbed.filter((p) => p.f1 < original - 0.05).map((p) => `${p.id}: ${p.f1.toFixed(2)} < ${original.toFixed(2)}`);
      expect(worse).toEqual([]);
    });
  }
});
