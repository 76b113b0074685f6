import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { imagePages, mayHoldImageOf, pagesOfImageList } from '../../src/ingest/pdf-image-pages.js';
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
    expect([...pagesOfImageList(listing)!.keys()]).toEqual([2, 7]);
    // A file with no image gives the header alone: no page.
    expect(pagesOfImageList(listing.split('\n').slice(0, 2).join('\n'))!.size).toBe(0);
    // Anything but that table (an error, another program's output) says nothing of the pages.
    expect(pagesOfImageList('Syntax Error: Couldn\'t read xref table\n')).toBeNull();
    expect(pagesOfImageList('page   num  type\n----\n  x  0 image\n')).toBeNull();
  });

  it('gives the size each image is drawn at, from its pixels and their resolution', () => {
    const listing = [
      'page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio',
      '--------------------------------------------------------------------------------------------',
      '   3     0 image    1250   900  rgb     3   8  jpeg   no        12  0   150   150 88.1K 2.6%',
      '   3     1 image      96    48  rgb     3   8  image  no        14  0   144   144  2.1K 1.5%',
      '   4     2 image     600   400  gray    1   8  image  no        19  0     0   100  9.0K 3.8%',
      '',
    ].join('\n');
    const pages = pagesOfImageList(listing)!;
    // 1250 pixels at 150 an inch are 600 points; 96 at 144 are 48.
    expect(pages.get(3)).toEqual([{ width: 600, height: 432 }, { width: 48, height: 24 }]);
    // A resolution of 0 says nothing of the size: that side counts as long as any.
    expect(pages.get(4)).toEqual([{ width: Infinity, height: 288 }]);
  });

  it('says whether any image on a page may be drawn large enough, either way round', () => {
    // An A4 page's area, and the least an image of text is drawn at: 150 by 80 points and a third of the page.
    const min = { width: 150, height: 80, area: 595 * 842 * 0.3 };
    // A logo and a row of icons: nothing to look at.
    expect(mayHoldImageOf([{ width: 120, height: 60 }, { width: 24, height: 24 }], min)).toBe(false);
    // A wide photo strip is long enough but covers too little of the page.
    expect(mayHoldImageOf([{ width: 500, height: 90 }], min)).toBe(false);
    // A table pasted as a picture over half the page.
    expect(mayHoldImageOf([{ width: 24, height: 24 }, { width: 480, height: 420 }], min)).toBe(true);
    // Turned a quarter: the sizes swap, and it still counts.
    expect(mayHoldImageOf([{ width: 100, height: 1800 }], { width: 150, height: 80, area: 10_000 })).toBe(true);
    // Within the rounding of a whole-number resolution of the size asked for.
    expect(mayHoldImageOf([{ width: 140, height: 75 }], { width: 150, height: 80, area: 10_000 })).toBe(true);
    expect(mayHoldImageOf([{ width: 120, height: 75 }], { width: 150, height: 80, area: 10_000 })).toBe(false);
    // Unknown sizes: any image may be large.
    expect(mayHoldImageOf(null, min)).toBe(true);
    expect(mayHoldImageOf([{ width: Infinity, height: 300 }], min)).toBe(true);
    expect(mayHoldImageOf([], min)).toBe(false);
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

  it.skipIf(!hasPdfimages || !ocrAvailable())('looks at no page whose images are all too small to be text, and reads the same text', async () => {
    // Status icons in a table's column: images on both pages, none of them near a third of a page.
    const file = 'fixtures/nassjo-statusikoner.pdf';
    const read = async () => {
      resetPdfWork();
      const doc = await readPdf(new Uint8Array(readFileSync(file)));
      return { text: doc.text, blocks: doc.blocks, work: pdfWork() };
    };
    const sized = await read();
    process.env.STYRDOK_PDFIMAGES = 'none';
    const unsized = await read();
    expect(sized.text).toBe(unsized.text);
    expect(sized.blocks).toEqual(unsized.blocks);
    expect(unsized.work.imageSearches).toBeGreaterThan(0);
    expect(sized.work.imageSearches).toBe(0);
  }, 120_000);
});
