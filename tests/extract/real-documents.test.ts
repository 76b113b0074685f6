import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { processDocument } from '../../src/pipeline/process.js';

/** Real PDFs as municipalities published them (corpus/, SOURCES.tsv in ../shared/corpus/real), read as a careful reader would. */
async function extractionOf(name: string): Promise<Extraction> {
  const file = `corpus/${name}`;
  const result = await processDocument(file, new Uint8Array(readFileSync(file)));
  if (!result.ok) throw new Error(result.reason);
  return result.extraction;
}

describe('real documents', () => {
  it('Olofström: four headings, numbered actions 1.1–4.9, each with the units and deadline of its table', async () => {
    const x = await extractionOf('olofstrom_handlingsplan-klimat-och-energi_2023.pdf');
    expect(x.metadata.municipality?.value).toBe('1060');
    expect(x.metadata.docType.value).toBe('handlingsplan');
    expect(x.metadata.title?.value).toBe('Handlingsplan för klimat och energi');
    expect(x.metadata.documentDate?.value).toBe('2023-03-31');
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Minskad energianvändning', 'Förnybar energi', 'Transporter', 'Engagera flera']);
    expect(x.focusAreas.every((f) => f.rule === 'focus-area/outline-number')).toBe(true);
    expect(x.activities.map((a) => x.focusAreas[a.focusAreaKey!].ordinal)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    const first = x.activities[0];
    expect(first.text).toBe('Tilläggsisolera, byta fönster osv.');
    expect(first.ownerRaw?.split('; ')).toEqual(['Kommunledningsförv', 'Kultur- och fritidsförv.', 'Olofströms Hus AB', 'Socialförvaltningen', 'Utbildningsförvaltningen']);
    expect(first.years).toEqual([2026]);
    expect(x.activities.filter((a) => a.years.length > 0).length).toBeGreaterThanOrEqual(22);
  });

  it('Haparanda: the cover title gives type and period', async () => {
    const x = await extractionOf('haparanda_klimatstrategi-2020-2050_2013.pdf');
    expect(x.metadata.municipality?.value).toBe('2583');
    expect(x.metadata.docType.value).toBe('strategi');
    expect(x.metadata.period?.value).toEqual({ start: 2020, end: 2050 });
  });

  it('Sundsvall: the title stands in the running header', async () => {
    const x = await extractionOf('sundsvall_tillvaxtstrategi_KS-2025-00512_2025.pdf');
    expect(x.metadata.municipality?.value).toBe('2281');
    expect(x.metadata.title).toMatchObject({ value: 'Tillväxtstrategi', rule: 'title/running-header' });
    expect(x.metadata.documentDate?.value).toBe('2025-10-06');
  });

  it('Borlänge: a risk analysis, with chapters and a table of contents, yields no plan structure', async () => {
    const x = await extractionOf('borlange_risk-och-sarbarhetsanalys_2023.pdf');
    expect(x.metadata.municipality?.value).toBe('2081');
    expect(x.metadata.docType.value).toBe('ovrigt');
    expect(x.focusAreas).toEqual([]);
    expect(x.activities).toEqual([]);
  });

  it('Telemark: a Norwegian county is no Swedish municipality', async () => {
    const x = await extractionOf('telemark-fylke_ungdomsrad_handlingsplan_2025_NO.pdf');
    expect(x.metadata.municipality).toBeNull();
  });

  it('Simrishamn and Söderköping: follow-up reports of their municipality', async () => {
    const s = await extractionOf('simrishamn_kultur-och-fritidsnamnden_arsbokslut_2025.pdf');
    expect(s.metadata.municipality?.value).toBe('1291');
    expect(s.metadata.docType.value).toBe('uppfoljning');
    expect(s.activities.some((a) => /^Kommentar/.test(a.text))).toBe(false);
    const k = await extractionOf('soderkoping_samordning-mal-och-strategier-miljo-klimat_uppfoljning_2022.pdf');
    expect(k.metadata.municipality?.value).toBe('0582');
    expect(k.metadata.documentDate?.value).toBe('2022-04-21');
  });
});
