import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyText, editDistance, renderedFixtures, similarity } from '../../src/eval/similarity.js';
import { findLibreOffice } from '../../src/ingest/convert.js';
import { ocrAvailable } from '../../src/ingest/ocr.js';
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

const hasOcr = ocrAvailable();
const hasLibreOffice = findLibreOffice() !== null;

describe('rendered fixtures read back as their source text (similarity at least 0.99)', () => {
  for (const fixture of renderedFixtures()) {
    it(`${fixture.name}: every rendering`, async () => {
      expect(fixture.files.length).toBeGreaterThan(0);
      const text = readFileSync(fixture.source, 'utf8');
      // Legacy formats are read through LibreOffice and scans through OCR; without them they are refused or skipped, as tests/ingest checks.
      for (const file of fixture.files.filter((f) => (hasLibreOffice || !f.startsWith('fixtures/legacy/')) && (hasOcr || !f.startsWith('fixtures/scanned/')))) {
        const doc = await readDocument(readFileSync(file), file);
        expect({ file, similarity: similarity(bodyText(doc), text) >= 0.99 }).toEqual({ file, similarity: true });
      }
    }, 60_000);
  }
});
