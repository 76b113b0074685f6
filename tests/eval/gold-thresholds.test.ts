import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GoldSchema } from '../../src/eval/gold.js';
import { scoreExtraction } from '../../src/eval/score.js';
import { ocrAvailable } from '../../src/ingest/ocr.js';
import { processDocument } from '../../src/pipeline/process.js';

const hasOcr = ocrAvailable();

/** Documents with the gold they are scored against; renderings share their seed's annotations. */
const CASES: Array<[string, string]> = [
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
];

describe('gold scores reach the thresholds', () => {
  for (const [file, goldFile] of CASES) {
    // The Sotenäs strategy's third page is a scan: its gold needs OCR (tests/ingest/hard-pdfs.test.ts covers the reading without).
    it.skipIf(file.includes('/scanned/') && !hasOcr)(`${file}: F1 and accuracies at least 0.95, municipality, type and period exact`, async () => {
      const gold = GoldSchema.parse(JSON.parse(readFileSync(goldFile, 'utf8')));
      const result = await processDocument(file, new Uint8Array(readFileSync(file)));
      if (!result.ok) throw new Error(result.reason);
      const s = scoreExtraction(result.extraction, gold);
      expect(s.focusAreas.f1).toBeGreaterThanOrEqual(0.95);
      expect(s.activities.f1).toBeGreaterThanOrEqual(0.95);
      for (const acc of [s.owner, s.status, s.track, s.assignment]) if (acc.value !== null) expect(acc.value).toBeGreaterThanOrEqual(0.95);
      if (s.interventionAreas.gold > 0) expect(s.interventionAreas.f1).toBeGreaterThanOrEqual(0.95);
      expect(s.metadata.municipality).toBe(true);
      expect(s.metadata.doc_type).toBe(true);
      if (s.metadata.period !== null) expect(s.metadata.period).toBe(true);
      // Dates stand in running footers in some documents; reading them proves the footer was found, not dropped.
      if (s.metadata.date !== null) expect(s.metadata.date).toBe(true);
    });
  }
});
