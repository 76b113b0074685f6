import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/pdf.js';
import { pdfWork, resetPdfWork } from '../../src/ingest/pdf-work.js';

async function workOf(file: string) {
  resetPdfWork();
  await readPdf(new Uint8Array(readFileSync(file)));
  return pdfWork();
}

describe('what reading a PDF cost in drawings, and what it paid', () => {
  it('counts every fetched drawing of a follow-up in ruled tables as paid off', async () => {
    // Each of its six pages holds a ruled table: the drawing gives the cells.
    const work = await workOf('fixtures/taby-uppfoljning.pdf');
    expect(work.operatorLists).toBe(6);
    expect(work.paidOff).toBe(6);
  }, 60_000);

  it('counts the drawings of a page of prose in two columns as fetched for nothing', async () => {
    // The text stands in two columns, which is evidence of a table; the drawing holds no rule, bullet or picture.
    const work = await workOf('fixtures/lerum-tva-spalter.pdf');
    expect(work.operatorLists).toBeGreaterThan(0);
    expect(work.paidOff).toBe(0);
  }, 60_000);

  it('counts the drawing of a status table read with its symbols as paid off, and fetches nothing for a plan without columns', async () => {
    const symbols = await workOf('fixtures/vetlanda-symbolstatus.pdf');
    expect(symbols.paidOff).toBe(symbols.operatorLists);
    expect(symbols.paidOff).toBeGreaterThan(0);
    const plain = await workOf('fixtures/sodertalje-handlingsplan.pdf');
    expect(plain).toEqual({ operatorLists: 0, forImagesOnly: 0, imageSearches: 0, paidOff: 0 });
  }, 60_000);
});
