import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyText, editDistance, similarity } from '../../src/eval/similarity.js';
import { ocrTools } from '../../src/ingest/ocr.js';
import { findProgram } from '../../src/ingest/programs.js';
import { readDocument } from '../../src/ingest/read.js';

describe('character-level similarity', () => {
  it('counts insertions and deletions', () => {
    expect(editDistance('kommun', 'kommun')).toBe(0);
    expect(editDistance('kömmun', 'kommun')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(similarity('Näringslivs strategi', 'Näringslivsstrategi')).toBeCloseTo(1, 1);
    expect(similarity('ﬁnns\u00A010', 'finns 10')).toBe(1);
  });
});

const hasOcr = !('missing' in ocrTools());
const hasLibreOffice = findProgram('STYRDOK_SOFFICE', ['soffice', 'libreoffice']) !== null;
const sources = readdirSync('fixtures/source').filter((f) => f.endsWith('.source.txt'));

describe('rendered fixtures read back as their source text (similarity at least 0.99)', () => {
  for (const source of sources) {
    const name = source.replace(/\.source\.txt$/, '');
    const files = ['fixtures', 'fixtures/legacy', 'fixtures/scanned']
      .filter((dir) => existsSync(dir))
      .flatMap((dir) => readdirSync(dir).filter((f) => f.replace(/\.[^.]+$/, '') === name).map((f) => path.join(dir, f)));
    it(`${name}: every rendering`, async () => {
      expect(files.length).toBeGreaterThan(0);
      const text = readFileSync(`fixtures/source/${source}`, 'utf8');
      // Legacy formats are read through LibreOffice; without it they are refused, as tests/ingest/legacy-formats.test.ts checks.
      for (const file of files.filter((f) => (hasLibreOffice || !f.startsWith('fixtures/legacy/')) && (hasOcr || !f.startsWith('fixtures/scanned/')))) {
        const doc = await readDocument(readFileSync(file), file);
        expect({ file, similarity: similarity(bodyText(doc), text) >= 0.99 }).toEqual({ file, similarity: true });
      }
    }, 60_000);
  }
});
