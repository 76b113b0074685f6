import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import type { Box, PageGraphics } from './pdf-graphics.js';
import { numberRereads, surer, type CellReading } from './ocr-cells.js';
import { tableCells } from './pdf-tables.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Run } from './pdf-lines.js';
import { findProgram } from './programs.js';

const run = promisify(execFile);

/** Tesseract reads best at about 300 dots per inch. */
const DPI = 300;
const PAGE_TIMEOUT_MS = 120_000;
/** What to install on Debian for OCR, in the words of a warning. */
export const OCR_PACKAGES = 'tesseract-ocr, tesseract-ocr-swe and poppler-utils (Debian: apt-get install tesseract-ocr tesseract-ocr-swe poppler-utils)';

/**
 * The OCR time left to a document: its scanned pages and images of text are
 * read in order until it is spent, and what is left unread is said in the
 * document's messages. STYRDOK_OCR_BUDGET_S sets it; the reading workers get
 * half the time a document may take (ingest --timeout), so that the rest of a
 * document is kept when its pictures would take longer. Without it (reading
 * in one thread, eval) OCR has no budget.
 */
export class OcrBudget {
  private readonly ends: number;

  constructor(readonly seconds = Number(process.env.STYRDOK_OCR_BUDGET_S) || Infinity) {
    this.ends = performance.now() + seconds * 1000;
  }

  get spent(): boolean {
    return performance.now() >= this.ends;
  }
}

type OcrTools = { tesseract: string; pdftoppm: string } | { missing: string };

let tools: OcrTools | null = null;

/** Tesseract with Swedish data and poppler's pdftoppm, or what is missing. Looked up once per thread. */
export function ocrTools(): OcrTools {
  if (tools) return tools;
  const tesseract = findProgram('STYRDOK_TESSERACT', ['tesseract']);
  const pdftoppm = findProgram('STYRDOK_PDFTOPPM', ['pdftoppm']);
  if (!tesseract || !pdftoppm) tools = { missing: `${tesseract ? '' : 'tesseract '}${pdftoppm ? '' : 'pdftoppm '}`.trim() };
  else {
    let langs = '';
    try {
      langs = execFileSync(tesseract, ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
    } catch {
      // A tesseract that cannot list its languages cannot read Swedish either.
    }
    tools = /^swe$/m.test(langs) ? { tesseract, pdftoppm } : { missing: 'Swedish data for tesseract (tesseract-ocr-swe)' };
  }
  return tools;
}

export function ocrAvailable(): boolean {
  return !('missing' in ocrTools());
}

/** For tests: forget the tools found, after the environment changed. */
export function resetOcrTools(): void {
  tools = null;
}

/**
 * What OCR read in a picture, in the page's coordinates: the words outside
 * its ruled tables, each table cell's words (read cell by cell), and the rules.
 * A document's cells are settled together (`settleCells`) before they join
 * the page's words.
 */
export interface PictureText {
  runs: Run[];
  cells: CellReading[];
  rules: PageGraphics;
}

/**
 * Reads pages of a PDF by OCR: each page rendered by pdftoppm and read by
 * tesseract in Swedish, its words returned as runs in PDF units (y up), a
 * line's words on one baseline, so the page goes through the same line and
 * block reading as a text layer.
 */
export class PageOcr {
  private dir: string | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly found: { tesseract: string; pdftoppm: string },
  ) {}

  /**
   * Reads a whole page, and the ruled lines of its tables as they show in the
   * picture: a scanned table keeps its rules, and they say which words share a
   * cell, which tesseract's own layout does not.
   */
  async readWithRules(page: number): Promise<PictureText> {
    return this.readPicture(await this.render(page, []), { x: 0, y: 0 });
  }

  /**
   * Reads one region of a page (an image of text set on a page that has a
   * text layer): `box` in PDF units, y up, on a page `pageHeight` high. The
   * runs and rules come back in the page's own coordinates.
   */
  async readRegion(page: number, box: Box, pageHeight: number): Promise<PictureText> {
    const px = (v: number) => String(Math.max(0, Math.round((v * DPI) / 72)));
    const crop = ['-x', px(box.x1), '-y', px(pageHeight - box.y2), '-W', px(box.x2 - box.x1), '-H', px(box.y2 - box.y1)];
    return this.readPicture(await this.render(page, crop), { x: box.x1, y: box.y1 });
  }

  /**
   * Reads a rendered picture whose lower left corner stands at `origin` on
   * the page. Where it holds ruled tables, each cell is read on its own as
   * one block of text, and the rest of the picture, tables blanked, as a
   * page: tesseract's page layout takes a bold header boxed by rules for a
   * picture and splits a cell's lines from each other, and it drops a lone
   * mark ('X') in a narrow column, all of which a cell read alone keeps.
   */
  private async readPicture(file: string, origin: { x: number; y: number }): Promise<PictureText> {
    const { rules, crops, rest } = cutPicture(readPgm(await readFile(file)));
    const scale = 72 / DPI;
    const shift = (runs: Run[], x: number, y: number) => runs.map((r) => ({ ...r, x: r.x + x, xEnd: r.xEnd + x, y: r.y + y }));
    let runs: Run[] = [];
    let read: CellReading[] = [];
    // pdftoppm's PNG told tesseract its resolution; a PGM cannot, and tesseract's guess lays out a page otherwise.
    if (!crops) runs = runsOfTsv(await this.tesseract(file, PSM.page, ['--dpi', String(DPI)]));
    else {
      if (rest) await writeFile(file, rest);
      read = await this.readCells(file, crops, []);
      // A column of numbers read again as digits where a cell came out as letters, kept where tesseract is surer of it.
      const again = numberRereads(read);
      const digits = await this.readCells(file, again.map((i) => crops[i]), ['-c', 'tessedit_char_whitelist=0123456789']);
      again.forEach((i, k) => (read[i] = surer(read[i], digits[k])));
      read = read.map((cell, i) => ({ ...cell, runs: shift(cell.runs, crops[i].left * scale, crops[i].bottom * scale) }));
      // Its rules erased, the rest of the page reads a '|' only where one is printed ('Gävle kommun | Lägesrapport').
      if (rest) runs = runsOfTsv(await this.tesseract(file, PSM.page), { bars: true });
    }
    await rm(file, { force: true });
    const { x, y } = origin;
    return {
      runs: shift(runs, x, y),
      cells: read.map((cell) => ({ ...cell, runs: shift(cell.runs, x, y) })),
      rules: {
        horizontals: rules.horizontals.map((h) => ({ y: h.y + y, x1: h.x1 + x, x2: h.x2 + x })),
        verticals: rules.verticals.map((v) => ({ x: v.x + x, y1: v.y1 + y, y2: v.y2 + y })),
        fills: [],
      },
    };
  }

  /** Renders the page (or the cropped part of it) as a grey PGM (read without decoding, and by tesseract as it is) and returns the file. */
  private async render(page: number, crop: string[]): Promise<string> {
    if (!this.dir) {
      this.dir = await mkdtemp(path.join(tmpdir(), 'styrdok-ocr-'));
      await writeFile(path.join(this.dir, 'document.pdf'), this.bytes);
    }
    const image = path.join(this.dir, `page-${page}`);
    await run(this.found.pdftoppm, ['-r', String(DPI), '-gray', '-singlefile', ...crop, '-f', String(page), '-l', String(page), path.join(this.dir, 'document.pdf'), image], { timeout: PAGE_TIMEOUT_MS });
    return `${image}.pgm`;
  }

  /** Reads each cell's picture as one block of text, all in one run of tesseract. */
  private async readCells(file: string, crops: Array<CellCrop & { table: number; column: number }>, options: string[]): Promise<CellReading[]> {
    if (crops.length === 0) return [];
    const files = await Promise.all(
      crops.map(async (c, i) => {
        const name = `${file}.cell-${i}.pgm`;
        await writeFile(name, c.png);
        return name;
      }),
    );
    const list = `${file}.cells.txt`;
    await writeFile(list, files.join('\n') + '\n');
    try {
      const pages = runsOfTsvPages(await this.tesseract(list, PSM.block, options));
      return crops.map((c, i) => ({ table: c.table, column: c.column, runs: pages[i] ?? [] }));
    } finally {
      await Promise.all([list, ...files].map((f) => rm(f, { force: true })));
    }
  }

  /** Tesseract's TSV for a picture, or for each picture of a list file. */
  private async tesseract(input: string, psm: string, options: string[] = []): Promise<string> {
    // One thread each: the worker pool already runs one document per core.
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    const { stdout } = await run(this.found.tesseract, [input, 'stdout', '-l', 'swe', '--psm', psm, ...options, 'tsv'], { timeout: PAGE_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, env });
    return stdout;
  }

  async close(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}

/**
 * A rendered picture cut for reading, in one synchronous step so that its
 * pixels are let go before tesseract runs: its rules, and where it holds
 * ruled tables, each cell's picture and the rest of the picture with the
 * tables blanked (null when nothing is left on it).
 */
function cutPicture(image: Grey): { rules: PageGraphics; crops: Array<CellCrop & { table: number; column: number }> | null; rest: Buffer | null } {
  const found = rulesOfImage(image);
  const rules = graphicsOfRules(found);
  const { cells, tables } = tableCells(rules);
  if (cells.length === 0) return { rules, crops: null, rest: null };
  // A rule left in a cell's picture is read as letters ('|', 'I', '[') or joins the letters beside it.
  eraseRules(image, found);
  const crops = cells.flatMap((cell) => {
    const crop = cropCell(image, cell);
    return crop ? [{ ...crop, table: cell.table, column: cell.column }] : [];
  });
  for (const t of tables) blank(image, pixelBox(image, t));
  return { rules, crops, rest: inked(image) ? writePgm(image) : null };
}

/** A grey picture, one byte a pixel, top row first: what pdftoppm renders and tesseract reads, as a PGM file. */
export interface Grey {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A binary PGM ('P5', 8 bits): its header's fields, separated by white space and comments, then the pixels. */
export function readPgm(bytes: Buffer): Grey {
  const fields: number[] = [];
  let i = 2;
  if (bytes.toString('latin1', 0, 2) !== 'P5') throw new Error('Unexpected picture that is no binary PGM');
  while (fields.length < 3) {
    while (/\s/.test(String.fromCharCode(bytes[i]))) i++;
    if (bytes[i] === 0x23) {
      while (bytes[i] !== 0x0a) i++;
      continue;
    }
    const start = i;
    while (bytes[i] >= 0x30 && bytes[i] <= 0x39) i++;
    fields.push(Number(bytes.toString('latin1', start, i)));
  }
  const [width, height, max] = fields;
  if (max > 255) throw new Error('Unexpected 16-bit PGM, expected 8 bits');
  return { width, height, data: new Uint8Array(bytes.buffer, bytes.byteOffset + i + 1, width * height) };
}

export function writePgm(image: Grey): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1'), image.data]);
}

/** A PNG's pixels as grey (its first channel, which is the grey of a grey picture). */
function greyOfPng(png: PNG): Grey {
  const data = new Uint8Array(png.width * png.height);
  for (let i = 0; i < data.length; i++) data[i] = png.data[i * 4];
  return { width: png.width, height: png.height, data };
}

/** Tesseract's page segmentation modes: a page with its own layout, one uniform block of text. */
const PSM = { page: '3', block: '6' };

/** A scan softens a thin rule to a light grey: anything clearly darker than the paper is ink. */
const INK = 200;
/** A cell with fewer inked pixels than this holds no more than a speck. */
const MIN_CELL_INK = 40;
/** White added round a cell's picture: tesseract reads a word touching the edge badly. */
const CELL_PAD = 10;

interface CellCrop {
  /** The cell's picture as a PGM file's bytes. */
  png: Buffer;
  /** Pixels from the page picture's left and bottom edges to the crop's (padding included). */
  left: number;
  bottom: number;
}

/** A box in PDF units (y up) as pixel edges of the picture (y down), clipped to it. */
function pixelBox(image: Grey, box: Box): { left: number; top: number; right: number; bottom: number } {
  const px = (v: number) => Math.round((v * DPI) / 72);
  const clip = (v: number, max: number) => Math.min(max, Math.max(0, v));
  return { left: clip(px(box.x1), image.width), right: clip(px(box.x2), image.width), top: clip(image.height - px(box.y2), image.height), bottom: clip(image.height - px(box.y1), image.height) };
}

function blank(image: Grey, b: { left: number; top: number; right: number; bottom: number }): void {
  for (let y = b.top; y < b.bottom; y++) image.data.fill(255, y * image.width + b.left, y * image.width + b.right);
}

function inked(image: Grey, least = MIN_CELL_INK): boolean {
  let n = 0;
  for (let i = 0; i < image.data.length; i++) if (image.data[i] < INK && ++n >= least) return true;
  return false;
}

/**
 * Makes a shaded cell's picture dark text on white, as tesseract reads best:
 * white text on a dark fill (a header row) is turned over, and a light
 * shading is lifted to white, keeping only what is clearly darker than it.
 */
function unshade(crop: Grey, inner: { left: number; top: number; width: number; height: number }): void {
  const { data } = crop;
  const at = (x: number, y: number) => y * crop.width + x;
  const each = (f: (i: number) => void) => {
    for (let y = inner.top; y < inner.top + inner.height; y++) for (let x = inner.left; x < inner.left + inner.width; x++) f(at(x, y));
  };
  const median = () => {
    const counts = new Array<number>(256).fill(0);
    each((i) => counts[data[i]]++);
    let seen = 0;
    for (let v = 0; v < 256; v++) if ((seen += counts[v]) * 2 >= inner.width * inner.height) return v;
    return 255;
  };
  const set = (i: number, v: number) => (data[i] = v);
  if (median() < 128) {
    each((i) => set(i, 255 - data[i]));
    // The rules erased round the fill were white: turned over, they frame the cell in black.
    const edge = Math.round((2 * DPI) / 72);
    const { left, top, width, height } = inner;
    const darkShare = (xs: number[], ys: number[]) => xs.flatMap((x) => ys.map((y) => data[at(x, y)] < INK)).filter(Boolean).length / (xs.length * ys.length);
    const range = (from: number, n: number) => Array.from({ length: Math.max(0, n) }, (_, k) => from + k);
    for (const y of [...range(top, edge), ...range(top + height - edge, edge)]) if (darkShare(range(left, width), [y]) > 0.8) for (const x of range(left, width)) set(at(x, y), 255);
    for (const x of [...range(left, edge), ...range(left + width - edge, edge)]) if (darkShare([x], range(top, height)) > 0.8) for (const y of range(top, height)) set(at(x, y), 255);
  }
  const ground = median();
  // Ink on a shading stands well below it; the scan's grain on it does not.
  if (ground < 235) each((i) => data[i] > ground - 60 && set(i, 255));
}

/** One cell's picture, its rules already erased, padded: null when it holds no ink. */
function cropCell(image: Grey, cell: Box): CellCrop | null {
  // Inside the side borders by a point: what is left of a rule (a shaded band's edge, kept) stays out of the cell.
  // Not above and below, where a tight row's accents and descenders reach its rules.
  const inset = 1;
  const b = pixelBox(image, { ...cell, x1: cell.x1 + inset, x2: cell.x2 - inset });
  const width = b.right - b.left;
  const height = b.bottom - b.top;
  if (width <= 0 || height <= 0) return null;
  const crop: Grey = { width: width + 2 * CELL_PAD, height: height + 2 * CELL_PAD, data: new Uint8Array((width + 2 * CELL_PAD) * (height + 2 * CELL_PAD)).fill(255) };
  for (let y = 0; y < height; y++) crop.data.set(image.data.subarray((b.top + y) * image.width + b.left, (b.top + y) * image.width + b.right), (CELL_PAD + y) * crop.width + CELL_PAD);
  unshade(crop, { left: CELL_PAD, top: CELL_PAD, width, height });
  if (!inked(crop)) return null;
  return { png: writePgm(crop), left: b.left - CELL_PAD, bottom: image.height - b.bottom - CELL_PAD };
}

/**
 * Tesseract's TSV (level, page, block, paragraph, line, word, left, top,
 * width, height, confidence, text) as runs. A table's ruled lines come out of
 * OCR as '|', '[' or ']' words, or as a word's first or last letter ('|KLK'):
 * they are dropped, unless `bars` says the rules were erased before reading,
 * when a '|' standing alone is one the page prints.
 */
export function runsOfTsv(tsv: string, options: { bars?: boolean } = {}): Run[] {
  return runsOfTsvPages(tsv, options).flat();
}

/** The runs of each picture a TSV holds (tesseract numbers the pictures of a list file as pages), each in its own coordinates. */
export function runsOfTsvPages(tsv: string, { bars = false }: { bars?: boolean } = {}): Run[][] {
  const rows = tsv
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((f) => f.length >= 12);
  const scale = 72 / DPI;
  const heights = new Map<string, number>();
  const lines = new Map<string, string[][]>();
  for (const f of rows) {
    if (f[0] === '1') heights.set(f[1], Number(f[9]));
    if (f[0] !== '5') continue;
    const word = f[11].trim();
    f[11] = bars && /^[|¦]$/.test(word) ? word : word.replace(/^[|¦]+|[|¦]+$/g, '');
    if (!f[11] || /^[[\]]+$/.test(f[11])) continue;
    const key = `${f[1]}.${f[2]}.${f[3]}.${f[4]}`;
    lines.set(key, [...(lines.get(key) ?? []), f]);
  }
  const pages: Run[][] = [];
  for (const words of lines.values()) {
    const page = Number(words[0][1]);
    const pageHeight = heights.get(words[0][1]) ?? 0;
    const sizes = words.map((w) => Number(w[9])).sort((a, b) => a - b);
    // A word box spans ascender to descender, about 1.2 times the type size.
    const size = (sizes[Math.floor(sizes.length / 2)] * scale) / 1.2;
    // One baseline per line: the middle of its words' bottoms, which descenders and small bullets pull apart.
    const bottoms = words.map((w) => Number(w[7]) + Number(w[9])).sort((a, b) => a - b);
    const y = (pageHeight - bottoms[Math.floor(bottoms.length / 2)]) * scale;
    for (const w of words) {
      const x = Number(w[6]) * scale;
      (pages[page - 1] ??= []).push({ x, xEnd: x + Number(w[8]) * scale, y, size, text: w[11], confidence: Number(w[10]) });
    }
  }
  return Array.from(pages, (p) => p ?? []);
}

/**
 * A rule in a scan, in points: a run of dark pixels at least `minLength`
 * long and no thicker than `maxThickness`, with paper on at least one side
 * `flank` away (a cell's shading is no rule; its edge beside the paper is).
 * A shorter run, down to `minBorder`, is a rule too when both its ends meet
 * rules across it (`meet`): the border of a one-line header cell, which no
 * letter's stroke does.
 */
const SCAN_RULE = { minLength: 40, minBorder: 10, maxThickness: 4, meet: 3, flank: 2 };
/** A share of dark pixels above which a stretch of the picture is shading, not paper. */
const SHADED = 0.6;

/**
 * The ruled lines of a rendered page: rows (and columns) of pixels holding a
 * long run of dark ones, in PDF units with y up, as the table reader takes
 * them from a text layer's drawing. Letters make no such runs; underlines
 * shorter than a cell's width are dropped by the table reader's grid.
 */
export function rulesOfPng(bytes: Buffer): PageGraphics {
  return graphicsOfRules(rulesOfImage(greyOfPng(PNG.sync.read(bytes))));
}

/** A rule found in a picture, in pixels: the row (or column) it runs along, from where to where, and the rows it covers. */
interface PixelRule {
  at: number;
  from: number;
  to: number;
  n: number;
  first: number;
  last: number;
  /** The edge of a shaded band rather than a line: its pixels are the shading's, and stay. */
  edge?: boolean;
}

interface PixelRules {
  width: number;
  height: number;
  rows: PixelRule[];
  columns: PixelRule[];
}

function rulesOfImage(png: Grey): PixelRules {
  const { width, height, data } = png;
  const dark = (x: number, y: number) => data[y * width + x] < INK;
  const scale = 72 / DPI;
  const px = (pt: number) => Math.round(pt / scale);
  // Pixels are read straight from the buffer, a row (across) or a column at a time: a page at 300 dpi has millions.
  const runsOf = (across: boolean) => {
    const count = across ? height : width;
    const along = across ? width : height;
    const step = across ? 1 : width;
    const found: Array<{ at: number; from: number; to: number }> = [];
    // A scanned rule breaks here and there (paper, compression): a few light pixels do not end it.
    const bridge = px(1);
    const shortest = px(SCAN_RULE.minBorder);
    for (let i = 0; i < count; i++) {
      let start = -1;
      let last = -1;
      for (let j = 0, k = across ? i * width : i; j <= along; j++, k += step) {
        if (j < along && data[k] < INK) {
          if (start < 0) start = j;
          last = j;
        } else if (start >= 0 && (j === along || j - last > bridge)) {
          if (last - start + 1 >= shortest) found.push({ at: i, from: start, to: last });
          start = -1;
        }
      }
    }
    // Runs in neighbouring lines over the same stretch are one band: a rule a few pixels thick, or a cell's shading.
    // Only bands that reached the line before can take a run; the others are closed, and are not searched again.
    const bands: PixelRule[] = [];
    let open: PixelRule[] = [];
    let openAt = -1;
    for (const r of found) {
      if (r.at !== openAt) {
        open = open.filter((m) => r.at - m.last <= 1);
        openAt = r.at;
      }
      const band = open.find((m) => r.at - m.last <= 1 && Math.abs(r.from - m.from) < 12 && Math.abs(r.to - m.to) < 12);
      if (band) {
        band.last = r.at;
        band.n++;
        band.from = Math.min(band.from, r.from);
        band.to = Math.max(band.to, r.to);
      } else {
        const opened = { ...r, n: 1, first: r.at, last: r.at };
        bands.push(opened);
        open.push(opened);
      }
    }
    const thin = bands.filter((m) => (m.last - m.first + 1) * scale <= SCAN_RULE.maxThickness).map((m) => ({ ...m, at: (m.first + m.last) / 2 }));
    // A doubled or smudged rule is one rule: no row of text fits between lines this close.
    const merged: PixelRule[] = [];
    for (const r of thin) {
      const near = merged.find((m) => r.first - m.last <= px(2) && Math.abs(r.from - m.from) < 12 && Math.abs(r.to - m.to) < 12);
      if (near) {
        near.last = r.last;
        near.n += r.n;
        near.at = (near.first + near.last) / 2;
        near.from = Math.min(near.from, r.from);
        near.to = Math.max(near.to, r.to);
      } else merged.push({ ...r });
    }
    return merged;
  };
  // The share of dark pixels along a line of the picture: across (horizontal) at row `at`, or down at column `at`.
  const share = (across: boolean, at: number, from: number, to: number) => {
    if (at < 0 || at >= (across ? height : width) || to < from) return 0;
    let n = 0;
    for (let j = from; j <= to; j++) if (across ? dark(j, at) : dark(at, j)) n++;
    return n / (to - from + 1);
  };
  // Paper on at least one side: a rule between cells, or a shaded band's edge (paper on one side only); not the dark between white letters in shading.
  const sides = (across: boolean, r: PixelRule) => [r.first - px(SCAN_RULE.flank), r.last + px(SCAN_RULE.flank)].filter((at) => share(across, at, r.from, r.to) < 1 - SHADED).length;
  const standsOut = (across: boolean) => (r: PixelRule) => {
    const paper = sides(across, r);
    if (paper === 1) r.edge = true;
    return paper > 0;
  };
  // Letters set close together can make a short dark run; a table's rules run the width (or height) of much of the table.
  const long = (rules: PixelRule[], part: number) => {
    const longest = Math.max(0, ...rules.map((r) => r.to - r.from));
    return rules.filter((r) => r.to - r.from >= longest * part && (r.to - r.from) * scale >= SCAN_RULE.minLength);
  };
  const rows = runsOf(true).filter(standsOut(true));
  const columns = runsOf(false).filter(standsOut(false));
  const strongRows = long(rows, 0.4);
  const strongColumns = long(columns, 0.25);
  // A short run is kept when each of its ends lies on a long rule across it.
  const meet = px(SCAN_RULE.meet);
  const meets = (across: PixelRule[], at: number, end: number) => across.some((r) => Math.abs(r.at - end) <= meet && r.from - meet <= at && r.to + meet >= at);
  const bordered = (runs: PixelRule[], strong: PixelRule[], across: PixelRule[]) => [...strong, ...runs.filter((r) => !strong.includes(r) && meets(across, r.at, r.from) && meets(across, r.at, r.to))];
  const horizontals = bordered(rows, strongRows, strongColumns);
  // A column border runs on through a shaded band (a dark header row), where its own line, if any, is white.
  const verticals = bordered(columns, strongColumns, strongRows).map((v) => {
    const x = Math.round(v.at);
    const beyond = (end: number, up: boolean) => {
      const next = horizontals
        .filter((h) => h.from - meet <= x && h.to + meet >= x && (up ? h.at < end - meet : h.at > end + meet))
        .sort((a, b) => (up ? b.at - a.at : a.at - b.at))[0];
      return next && share(false, x, Math.round(up ? next.at : end), Math.round(up ? end : next.at)) >= SHADED ? Math.round(next.at) : end;
    };
    return { ...v, from: beyond(v.from, true), to: beyond(v.to, false) };
  });
  return { width, height, rows: horizontals, columns: verticals };
}

/** Pixel rules as the table reader takes a drawing's: PDF units, y up. */
function graphicsOfRules({ height, rows, columns }: PixelRules): PageGraphics {
  const scale = 72 / DPI;
  return {
    horizontals: rows.map((r) => ({ y: (height - r.at) * scale, x1: r.from * scale, x2: r.to * scale })),
    verticals: columns.map((r) => ({ x: r.at * scale, y1: (height - r.to) * scale, y2: (height - r.from) * scale })),
    fills: [],
  };
}

/**
 * Whitens the rules found, and a pixel either side where the scan softened
 * their edges; where a rule crosses shading (dark on both sides) it takes the
 * shading's tone instead, so a cell's fill is not cut by a white line. A
 * shaded band's edge is left as it is.
 */
function eraseRules(png: Grey, { rows, columns }: PixelRules): void {
  const flank = Math.round((SCAN_RULE.flank * DPI) / 72);
  const value = (x: number, y: number) => (x >= 0 && y >= 0 && x < png.width && y < png.height ? png.data[y * png.width + x] : 255);
  const paint = (x: number, y: number, v: number) => {
    if (x >= 0 && y >= 0 && x < png.width && y < png.height) png.data[y * png.width + x] = v;
  };
  const tone = (a: number, b: number) => (a < INK && b < INK ? Math.round((a + b) / 2) : 255);
  for (const r of rows) {
    if (r.edge) continue;
    for (let x = r.from; x <= r.to; x++) {
      const v = tone(value(x, r.first - 1 - flank), value(x, r.last + 1 + flank));
      for (let y = r.first - 1; y <= r.last + 1; y++) paint(x, y, v);
    }
  }
  for (const r of columns) {
    if (r.edge) continue;
    for (let y = r.from; y <= r.to; y++) {
      const v = tone(value(r.first - 1 - flank, y), value(r.last + 1 + flank, y));
      for (let x = r.first - 1; x <= r.last + 1; x++) paint(x, y, v);
    }
  }
}
