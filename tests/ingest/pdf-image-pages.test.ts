import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { imagePages, pagesOfImageList } from '../../src/ingest/pdf-image-pages.js';
import { findProgram } from '../../src/ingest/programs.js';
import { ocrAvailable } from '../../src/ingest/ocr.js';
import { readPdf } from '../../src/ingest/pdf.js';
import { pdfWork, resetPdfWork } from '../../src/ingest/pdf-work.js';

const hasPdfimages = findProgram('STYRDOK_PDFIMAGES', ['pdfimages']) !== null;
// A three-page strategy whose third page is a scan: the only page that holds an image.
const PARTLY_SCANNED = 'fixtures/scanned/sotenas-strategi.pdf';

const saved = process.env.STYRDOK_PDFIMAGES;
afterEach(() => {
  if (saved === undefined) delete process.env.STYRDOK_PDFIMAGES;
  else process.env.STYRDOK_PDFIMAGES = saved;
});

describe('the pages of a PDF that hold images', () => {
  it("reads the pages from pdfimages' list, counting images and not their masks", () => {
    const listing = [
      'page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio',
      '--------------------------------------------------------------------------------------------',
      '   2     0 image     945   484  rgb     3   8  jpeg   no        28  0   150   150 40.4K 3.0%',
      '   2     1 smask     945   484  gray    1   8  image  no        28  0   150   150  468B 0.1%',
      '   5     2 stencil    32    32  -       1   1  image  no        31  0    72    72   12B  9%',
      '   7     3 image    1080   490  index   1   8  image  no        52  0   165   165 19.1K 3.7%',
      '',
    ].join('\n');
    expect([...pagesOfImageList(listing)!]).toEqual([2, 7]);
    // A file with no image gives the header alone: no page.
    expect(pagesOfImageList(listing.split('\n').slice(0, 2).join('\n'))!.size).toBe(0);
    // Anything but that table (an error, another program's output) says nothing of the pages.
    expect(pagesOfImageList('Syntax Error: Couldn\'t read xref table\n')).toBeNull();
    expect(pagesOfImageList('page   num  type\n----\n  x  0 image\n')).toBeNull();
  });

  it('asks no program about a file whose bytes hold no image', async () => {
    const pages = await imagePages(readFileSync('fixtures/taby-uppfoljning.pdf'));
    expect(pages.source).toBe('none');
    expect([1, 2, 3].some((n) => pages.has(n))).toBe(false);
  });

  it.skipIf(!hasPdfimages)('names the one page of a partly scanned file that holds an image', async () => {
    const pages = await imagePages(readFileSync(PARTLY_SCANNED));
    expect(pages.source).toBe('pdfimages');
    expect([1, 2, 3, 4].map((n) => pages.has(n))).toEqual([false, false, true, false]);
  });

  it('takes every page of a file with an image when pdfimages is absent', async () => {
    process.env.STYRDOK_PDFIMAGES = 'none';
    const pages = await imagePages(readFileSync(PARTLY_SCANNED));
    expect(pages.source).toBe('bytes');
    expect([1, 2, 3].map((n) => pages.has(n))).toEqual([true, true, true]);
  });

  it.skipIf(!hasPdfimages || !ocrAvailable())('searches fewer pages for images of text with the list, and reads the same text', async () => {
    const read = async () => {
      resetPdfWork();
      const doc = await readPdf(new Uint8Array(readFileSync(PARTLY_SCANNED)));
      return { text: doc.text, blocks: doc.blocks.length, work: pdfWork() };
    };
    const listed = await read();
    process.env.STYRDOK_PDFIMAGES = 'none';
    const guessed = await read();
    expect(listed.text).toBe(guessed.text);
    expect(listed.blocks).toBe(guessed.blocks);
    expect(guessed.work.imageSearches).toBeGreaterThan(0);
    expect(listed.work.imageSearches).toBe(0);
    expect(listed.work.forImagesOnly).toBeLessThan(guessed.work.forImagesOnly);
  }, 120_000);
});
