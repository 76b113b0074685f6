import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline/process.js';

/**
 * The subject a reader gives every document of the seeds, the fixtures and the development sets
 * (../shared/corpus/dev, dev2): all business-climate plans but for the ones named here. Read from
 * each document's title page and contents, not from the code's output.
 */
const NOT_BUSINESS: Record<string, string> = {
  // The Stadsbyggnadsnämnd's interim report: planning, building permits, streets.
  'eskilstuna-delarsrapport-aug-2024.pdf': 'samhallsbyggnad',
  // One page of a business strategy, 'Fokusområde 3: Infrastruktur och boende': public transport, land, broadband.
  'garbage-layer.pdf': 'trafik',
  'scan-only.pdf': 'trafik',
  // The real documents of the bundled corpus.
  'haparanda_klimatstrategi-2020-2050_2013.pdf': 'klimat',
  'olofstrom_handlingsplan-klimat-och-energi_2023.pdf': 'klimat',
  'vansbro_energi-och-klimatplan.pdf': 'klimat',
  // 'Samordning av mål och strategier för miljö och klimat': climate or environment; the climate strategy leads it.
  'soderkoping_samordning-mal-och-strategier-miljo-klimat_uppfoljning_2022.pdf': 'klimat',
  'simrishamn_kultur-och-fritidsnamnden_arsbokslut_2025.pdf': 'kultur-fritid',
  'telemark-fylke_ungdomsrad_handlingsplan_2025_NO.pdf': 'barn-unga',
  'borlange_risk-och-sarbarhetsanalys_2023.pdf': 'krisberedskap',
};

const DOCUMENT = /\.(?:pdf|docx|doc|odt|html|txt)$/;
const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => DOCUMENT.test(f)).map((f) => path.join(dir, f)) : []);
const FILES = [
  ...list('corpus'),
  ...list('fixtures'),
  ...list('fixtures/scanned'),
  ...list('fixtures/legacy'),
  ...list('fixtures/encodings'),
  ...list('fixtures/lineage'),
  ...list('../shared/corpus/dev'),
  ...list('../shared/corpus/dev2'),
];

describe('the subject of every shared document', () => {
  it('finds the documents', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(30);
  });

  for (const file of FILES) {
    const expected = NOT_BUSINESS[path.basename(file)] ?? 'naringsliv';
    it(`${file}: ${expected}`, async () => {
      const result = await processDocument(file, new Uint8Array(readFileSync(file)));
      if (!result.ok) throw new Error(result.reason);
      expect(result.extraction.subjects.find((s) => s.main)?.subject).toBe(expected);
    }, 300_000);
  }
});
