import { describe, expect, it } from 'vitest';
import { readFilledShape, readPicture, type PictureReading, type Pixels } from '../../src/ingest/picture.js';
import { anchorPictures } from '../../src/ingest/picture-anchor.js';
import { buildDoc } from '../../src/core/build-doc.js';

type Rgb = [number, number, number];
const WHITE: Rgb = [255, 255, 255];

/** An RGBA picture drawn by a function of (x, y): a colour, or null for transparent. */
function draw(width: number, height: number, at: (x: number, y: number) => Rgb | null): Pixels {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const c = at(x, y);
      data.set(c ? [...c, 255] : [0, 0, 0, 0], (y * width + x) * 4);
    }
  return { width, height, data, channels: 4 };
}

const disc = (colour: Rgb, mark?: (x: number, y: number) => boolean) =>
  draw(31, 31, (x, y) => {
    if ((x - 15) ** 2 + (y - 15) ** 2 > 15 ** 2) return null;
    return mark?.(x, y) ? WHITE : colour;
  });
/** A check: a short stroke down to the right, then a long one up to the right (rows count downwards). */
const check = (x: number, y: number) => (x >= 8 && x <= 13 && Math.abs(y - (x + 6)) <= 1) || (x >= 13 && x <= 23 && Math.abs(y - (19 - (x - 13))) <= 1);
const cross = (x: number, y: number) => x >= 8 && x <= 22 && (Math.abs(x - y) <= 1 || Math.abs(x + y - 30) <= 1);
const bar = (share: number, fill: Rgb, rest: Rgb) => draw(177, 31, (x, y) => (y < 2 || y > 28 ? null : x < 177 * share ? fill : rest));

describe('reading a status picture', () => {
  it('names an icon by the hue of its pixels, as report tools colour them', () => {
    expect(readPicture(disc([0x97, 0xc1, 0x01]))).toMatchObject({ kind: 'icon', colour: 'green', shape: 'dot', token: '✅' });
    expect(readPicture(disc([0xff, 0x8c, 0x00]))).toMatchObject({ colour: 'orange', token: '⚠' });
    expect(readPicture(disc([0xff, 0xc0, 0x00]))).toMatchObject({ token: '⚠' });
    expect(readPicture(disc([0xff, 0xeb, 0x3b]))).toMatchObject({ colour: 'yellow', token: '⚠' });
    expect(readPicture(disc([0xe5, 0x39, 0x35]))).toMatchObject({ colour: 'red', token: '⛔' });
    expect(readPicture(disc([0x9e, 0x9e, 0x9e]))).toMatchObject({ colour: 'grey', token: '⚪' });
  });

  it('tells a check from a cross from a plain dot', () => {
    expect(readPicture(disc([0x2e, 0x7d, 0x32], check))).toMatchObject({ colour: 'green', shape: 'check' });
    expect(readPicture(disc([0xc6, 0x28, 0x28], cross))).toMatchObject({ colour: 'red', shape: 'cross', token: '⛔' });
    expect(readPicture(disc([0x9e, 0x9e, 0x9e], cross))).toMatchObject({ colour: 'grey', shape: 'cross', token: '❌' });
    expect(readPicture(disc([0x2e, 0x7d, 0x32]))).toMatchObject({ shape: 'dot' });
  });

  it('measures a bar by its filled share, whatever the colour of the rest', () => {
    const green: Rgb = [0x99, 0xcc, 0x00];
    for (const share of [0, 0.25, 0.8, 0.9, 1]) {
      const dark = readPicture(bar(share, green, [51, 51, 51]), 177 / 31);
      const light = readPicture(bar(share, green, [0xe0, 0xe0, 0xe0]), 177 / 31);
      if (share === 0) {
        // Nothing coloured: a dark-on-light reading finds the dark remainder as fill, so only the light bar is asserted.
        expect(light).toMatchObject({ kind: 'bar', share: 0 });
        continue;
      }
      expect(dark).toMatchObject({ kind: 'bar', colour: 'green' });
      expect(Math.abs((dark as { share: number }).share - share)).toBeLessThan(0.02);
      expect(Math.abs((light as { share: number }).share - share)).toBeLessThan(0.02);
    }
    // A navy bar on a light ground, no saturated colour needed.
    const navy = readPicture(bar(0.6, [0x1f, 0x2a, 0x44], [0xf0, 0xf0, 0xf0]), 5);
    expect(Math.abs((navy as { share: number }).share - 0.6)).toBeLessThan(0.02);
  });

  it('leaves alone what is no status mark: photos, blank or colourless pictures, banners', () => {
    expect(readPicture(draw(600, 400, () => [0x40, 0x90, 0x30]))).toBeNull();
    expect(readPicture(draw(31, 31, () => WHITE))).toBeNull();
    expect(readPicture(draw(31, 31, () => null))).toBeNull();
    expect(readPicture(draw(31, 31, (x) => (x % 2 ? [0, 0, 0] : WHITE)))).toBeNull();
    expect(readPicture(draw(10, 200, () => [0, 128, 0]))).toBeNull();
  });

  it('reads a drawn dot by its fill; blues, blacks and whites are no light', () => {
    expect(readFilledShape('#00B050')).toMatchObject({ colour: 'green', token: '✅' });
    expect(readFilledShape('#FF0000')).toMatchObject({ colour: 'red', token: '⛔' });
    expect(readFilledShape('#000000')).toBeNull();
    expect(readFilledShape('#FFFFFF')).toBeNull();
  });
});

describe('anchoring pictures to their symbols', () => {
  it('pairs each symbol of a page with a picture that looks as it says, in reading order', () => {
    const doc = buildDoc('pdf', [
      { kind: 'row', text: '', page: 1, cells: ['Införa en företagslots', '✅', '≈80 %'], table: 0 },
      { kind: 'row', text: '', page: 1, cells: ['Ta fram en centrumplan', '⛔', '≈10 %'], table: 0 },
      { kind: 'paragraph', text: 'Grön omställning ✅ i text som författaren skrev.', page: 2 },
    ], { pageCount: 2 });
    const reading = (token: string, colour: 'green' | 'red', share?: number): PictureReading =>
      share === undefined ? { kind: 'icon', colour, hex: '#00B050', shape: 'dot', token } : { kind: 'bar', colour, hex: '#00B050', share, token };
    const anchored = anchorPictures(doc, [
      { page: 1, y: 700, x: 400, token: '✅', reading: reading('✅', 'green'), source: 'image' },
      { page: 1, y: 700, x: 460, token: '≈80 %', reading: reading('≈80 %', 'green', 0.8), source: 'image' },
      { page: 1, y: 680, x: 400, token: '⛔', reading: reading('⛔', 'red'), source: 'image' },
      { page: 1, y: 680, x: 460, token: '≈10 %', reading: reading('≈10 %', 'green', 0.1), source: 'image' },
    ]);
    const at = (p: { start: number; end: number }) => anchored.text.slice(p.start, p.end);
    expect(anchored.pictures?.map((p) => [at(p), p.colour, p.share])).toEqual([
      ['✅', 'green', null],
      ['≈80 %', 'green', 0.8],
      ['⛔', 'red', null],
      ['≈10 %', 'green', 0.1],
    ]);
    // A symbol the author typed on another page has no picture behind it.
    expect(anchored.pictures?.some((p) => p.page === 2)).toBe(false);
  });
});

describe('the rules of a scanned table', () => {
  it('finds a grid’s long rules, through small breaks, and not the dark runs of letters', async () => {
    const { PNG } = await import('pngjs');
    const { rulesOfPng } = await import('../../src/ingest/ocr.js');
    // 300 dpi: a 3 × 3 grid 250 pt wide, one rule broken by a light gap of 3 px, and a 'word' of dark bars between rules.
    const png = new PNG({ width: 1200, height: 900 });
    png.data.fill(255);
    const ink = (x: number, y: number, v = 60) => png.data.set([v, v, v, 255], (y * 1200 + x) * 4);
    for (const y of [100, 400, 700]) for (let x = 100; x <= 1141; x++) if (!(y === 400 && x >= 600 && x < 603)) ink(x, y, 170);
    for (const x of [100, 620, 1141]) for (let y = 100; y <= 700; y++) ink(x, y);
    for (let x = 150; x < 260; x += 4) for (let y = 240; y < 260; y++) ink(x, y);
    const rules = rulesOfPng(PNG.sync.write(png));
    expect(rules.horizontals).toHaveLength(3);
    expect(rules.verticals).toHaveLength(3);
    const spanned = rules.horizontals.find((h) => Math.abs(h.y - (900 - 400) * 0.24) < 1);
    expect(spanned && spanned.x2 - spanned.x1).toBeGreaterThan(240);
  });

  it('keeps a one-line header cell’s short borders, which meet rules at both ends, and not a letter’s stroke as tall', async () => {
    const { PNG } = await import('pngjs');
    const { rulesOfPng } = await import('../../src/ingest/ocr.js');
    const { tableCells } = await import('../../src/ingest/pdf-tables.js');
    // A header row 20 pt high (83 px) over a body 150 pt high; the header's inner border stands 6 pt from the body's, as a repeated header drawn apart does.
    const png = new PNG({ width: 1200, height: 1000 });
    png.data.fill(255);
    const ink = (x: number, y: number) => png.data.set([40, 40, 40, 255], (y * 1200 + x) * 4);
    for (const y of [100, 183, 808]) for (let x = 100; x <= 1100; x++) ink(x, y);
    for (const x of [100, 1100]) for (let y = 100; y <= 808; y++) ink(x, y);
    for (let y = 100; y <= 183; y++) ink(525, y);
    for (let y = 183; y <= 808; y++) ink(500, y);
    // A letter's stem as tall as the header, standing free in the body: it meets no rule.
    for (let y = 400; y <= 483; y++) ink(300, y);
    const rules = rulesOfPng(PNG.sync.write(png));
    expect(rules.verticals.map((v) => Math.round(v.x)).sort((a, b) => a - b)).toEqual([24, 120, 126, 264]);
    const { cells, tables } = tableCells(rules);
    expect(tables).toHaveLength(1);
    // Each cell is cut at its own border, not at the shared column boundary between the two.
    expect(cells.map((c) => [Math.round(c.x1), Math.round(c.x2), c.column])).toEqual([
      [24, 126, 0],
      [126, 264, 1],
      [24, 120, 0],
      [120, 264, 1],
    ]);
  });
});

describe('table cells read one by one by OCR', () => {
  const cell = (column: number, text: string, confidence: number, table = 0) => ({ table, column, runs: text ? [{ x: 0, xEnd: 10, y: 0, size: 10, text, confidence }] : [] });

  it('reads again as digits a letter in a column of sure numbers, and not a header nor a column of words', async () => {
    const { numberRereads } = await import('../../src/ingest/ocr-cells.js');
    const numbers = [cell(0, 'Nr', 95), cell(0, '1', 97), cell(0, '2', 96), cell(0, '3', 97), cell(0, 'D', 78), cell(0, '', 0)];
    expect(numberRereads(numbers)).toEqual([4]);
    // Words in a column: 'KLK' and 'SAM' are no misread numbers.
    expect(numberRereads([cell(1, 'KLK', 60), cell(1, 'SAM', 70), cell(1, '3', 97), cell(1, 'UTB', 50)])).toEqual([]);
    // Two sure numbers are too few to call a column one of numbers.
    expect(numberRereads([cell(0, '1', 97), cell(0, '2', 97), cell(0, 'D', 70)])).toEqual([]);
    // The second reading is kept only where tesseract is surer of it: '5' for 'D', not '1' for 'Nr'.
    const { surer } = await import('../../src/ingest/ocr-cells.js');
    expect(surer(cell(0, 'D', 78), cell(0, '5', 93)).runs[0].text).toBe('5');
    expect(surer(cell(0, 'Nr', 95), cell(0, '1', 60)).runs[0].text).toBe('Nr');
    expect(surer(cell(0, 'D', 78), cell(0, '', 0)).runs[0].text).toBe('D');
  });

  it('settles a doubled cross and an unsure owner one letter from a sure one, and leaves what is unlike or ambiguous', async () => {
    const { settleCells } = await import('../../src/ingest/ocr-cells.js');
    const texts = (cells: Array<{ runs: Array<{ text: string }> }>) => cells.map((c) => c.runs.map((r) => r.text).join(' '));
    const cells = [cell(2, 'KLK', 88), cell(2, 'KLK', 84), cell(2, 'KLEK', 52), cell(2, 'SAM', 96), cell(2, 'SAN', 95), cell(3, 'Xx', 40), cell(3, 'xX', 40), cell(3, 'Xxx', 40), cell(3, 'Xylofon', 40), cell(2, 'BUF', 40), cell(2, '', 0)];
    expect(texts(settleCells(cells))).toEqual(['KLK', 'KLK', 'KLK', 'SAM', 'SAN', 'X', 'X', 'X', 'Xylofon', 'BUF', '']);
    // 'SAK' is one letter from both 'SAM' and 'SAL', each read surely twice: which one it was, the reading cannot say.
    const tied = [cell(2, 'SAM', 90), cell(2, 'SAM', 90), cell(2, 'SAL', 90), cell(2, 'SAL', 90), cell(2, 'SAK', 40)];
    expect(texts(settleCells(tied))[4]).toBe('SAK');
    // A sure reading is never changed, however near a common word.
    expect(texts(settleCells([cell(2, 'KLK', 90), cell(2, 'KLK', 90), cell(2, 'KLF', 91)]))[2]).toBe('KLF');
  });
});

describe('which PDFs hold images', () => {
  it('finds an image XObject in the bytes, and not the names of image colour spaces or procedure sets', async () => {
    const { readFileSync } = await import('node:fs');
    const { holdsImages } = await import('../../src/ingest/pdf-image-pages.js');
    expect(holdsImages(readFileSync('fixtures/nassjo-statusikoner.pdf'))).toBe(true);
    expect(holdsImages(readFileSync('fixtures/taby-uppfoljning.pdf'))).toBe(false);
    const pdf = (body: string) => new TextEncoder().encode(`%PDF-1.4\n${body}\n%%EOF\n`);
    expect(holdsImages(pdf('5 0 obj << /Type /XObject /Subtype/Image /Width 2 /Height 2 >> stream\nxx\nendstream endobj'))).toBe(true);
    expect(holdsImages(pdf('5 0 obj << /Subtype\n/Image /Width 2 >> endobj'))).toBe(true);
    expect(holdsImages(pdf('3 0 obj << /ProcSet [/PDF /Text /ImageB /ImageC] /XObject << /Fm1 6 0 R >> >> endobj 6 0 obj << /Subtype /Form >> endobj'))).toBe(false);
    expect(holdsImages(pdf('7 0 obj << /Subtype /ImageMask >> endobj'))).toBe(false);
  });
});
