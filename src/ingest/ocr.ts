import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import type { PageGraphics } from './pdf-graphics.js';
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

  async read(page: number): Promise<Run[]> {
    return (await this.readWithRules(page)).runs;
  }

  /**
   * Reads a whole page, and the ruled lines of its tables as they show in the
   * picture: a scanned table keeps its rules, and they say which words share a
   * cell, which tesseract's own layout does not.
   */
  async readWithRules(page: number): Promise<{ runs: Run[]; rules: PageGraphics }> {
    let rules: PageGraphics = { horizontals: [], verticals: [], fills: [] };
    const runs = runsOfTsv(await this.recognise(page, [], (png) => (rules = rulesOfPng(png))));
    return { runs, rules };
  }

  /**
   * Reads one region of a page (an image of text set on a page that has a
   * text layer): `box` in PDF units, y up, on a page `pageHeight` high. The
   * runs come back in the page's own coordinates.
   */
  async readRegion(page: number, box: { x1: number; y1: number; x2: number; y2: number }, pageHeight: number): Promise<Run[]> {
    const px = (v: number) => String(Math.max(0, Math.round((v * DPI) / 72)));
    const crop = ['-x', px(box.x1), '-y', px(pageHeight - box.y2), '-W', px(box.x2 - box.x1), '-H', px(box.y2 - box.y1)];
    return runsOfTsv(await this.recognise(page, crop)).map((r) => ({ ...r, x: r.x + box.x1, xEnd: r.xEnd + box.x1, y: r.y + box.y1 }));
  }

  /** Renders the page (or the cropped part of it) and returns tesseract's TSV; `seen` gets the rendered PNG first. */
  private async recognise(page: number, crop: string[], seen?: (png: Buffer) => void): Promise<string> {
    if (!this.dir) {
      this.dir = await mkdtemp(path.join(tmpdir(), 'styrdok-ocr-'));
      await writeFile(path.join(this.dir, 'document.pdf'), this.bytes);
    }
    const pdf = path.join(this.dir, 'document.pdf');
    const image = path.join(this.dir, `page-${page}`);
    await run(this.found.pdftoppm, ['-r', String(DPI), '-gray', '-png', '-singlefile', ...crop, '-f', String(page), '-l', String(page), pdf, image], { timeout: PAGE_TIMEOUT_MS });
    // One thread each: the worker pool already runs one document per core.
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    if (seen) seen(await readFile(`${image}.png`));
    const { stdout } = await run(this.found.tesseract, [`${image}.png`, 'stdout', '-l', 'swe', '--psm', '3', 'tsv'], { timeout: PAGE_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, env });
    await rm(`${image}.png`, { force: true });
    return stdout;
  }

  async close(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}

/** Tesseract's TSV (level, page, block, paragraph, line, word, left, top, width, height, confidence, text) as runs. */
export function runsOfTsv(tsv: string): Run[] {
  const rows = tsv
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((f) => f.length >= 12);
  const pageRow = rows.find((f) => f[0] === '1');
  const scale = 72 / DPI;
  const pageHeight = pageRow ? Number(pageRow[9]) : 0;
  const lines = new Map<string, string[][]>();
  for (const f of rows) {
    if (f[0] !== '5') continue;
    // A table's ruled lines come out of OCR as '|', '[' or ']' words, or as a word's first or last letter ('|KLK'): they are no text.
    f[11] = f[11].trim().replace(/^[|¦]+|[|¦]+$/g, '');
    if (!f[11] || /^[[\]]+$/.test(f[11])) continue;
    const key = `${f[2]}.${f[3]}.${f[4]}`;
    lines.set(key, [...(lines.get(key) ?? []), f]);
  }
  const runs: Run[] = [];
  for (const words of lines.values()) {
    const heights = words.map((w) => Number(w[9])).sort((a, b) => a - b);
    // A word box spans ascender to descender, about 1.2 times the type size.
    const size = (heights[Math.floor(heights.length / 2)] * scale) / 1.2;
    // One baseline per line: the middle of its words' bottoms, which descenders and small bullets pull apart.
    const bottoms = words.map((w) => Number(w[7]) + Number(w[9])).sort((a, b) => a - b);
    const y = (pageHeight - bottoms[Math.floor(bottoms.length / 2)]) * scale;
    for (const w of words) {
      const x = Number(w[6]) * scale;
      runs.push({ x, xEnd: x + Number(w[8]) * scale, y, size, text: w[11], confidence: Number(w[10]) });
    }
  }
  return runs;
}

/** A rule in a scan: a run of dark pixels at least this long (points), and no thicker than this. */
const SCAN_RULE = { minLength: 40, maxThickness: 4 };

/**
 * The ruled lines of a rendered page: rows (and columns) of pixels holding a
 * long run of dark ones, in PDF units with y up, as the table reader takes
 * them from a text layer's drawing. Letters make no such runs; underlines
 * shorter than a cell's width are dropped by the table reader's grid.
 */
export function rulesOfPng(bytes: Buffer): PageGraphics {
  const png = PNG.sync.read(bytes);
  const { width, height, data } = png;
  // A scan softens a thin rule to a light grey: anything clearly darker than the paper is ink.
  const dark = (x: number, y: number) => data[(y * width + x) * 4] < 200;
  const scale = 72 / DPI;
  const min = SCAN_RULE.minLength / scale;
  const runsOf = (count: number, along: number, at: (i: number, j: number) => boolean) => {
    const found: Array<{ at: number; from: number; to: number }> = [];
    // A scanned rule breaks here and there (paper, compression): a few light pixels do not end it.
    const bridge = Math.round(1 / scale);
    for (let i = 0; i < count; i++) {
      let start = -1;
      let last = -1;
      for (let j = 0; j <= along; j++) {
        if (j < along && at(i, j)) {
          if (start < 0) start = j;
          last = j;
        } else if (start >= 0 && (j === along || j - last > bridge)) {
          if (last - start + 1 >= min) found.push({ at: i, from: start, to: last });
          start = -1;
        }
      }
    }
    // Neighbouring pixel rows of one thick rule are one rule.
    const merged: Array<{ at: number; from: number; to: number; n: number }> = [];
    for (const r of found) {
      // A doubled or smudged rule is one rule: no row of text fits between lines this close.
      const last = merged.find((m) => r.at - m.at <= Math.round(2 / scale) && Math.abs(r.from - m.from) < 12 && Math.abs(r.to - m.to) < 12);
      if (last) {
        last.at = (last.at * last.n + r.at) / (last.n + 1);
        last.n++;
      } else merged.push({ ...r, n: 1 });
    }
    return merged.filter((m) => m.n * scale <= SCAN_RULE.maxThickness * 2);
  };
  // Letters set close together can make a short dark run; a table's rules run the width (or height) of much of the table.
  const long = <T extends { from: number; to: number }>(rules: T[], share: number) => {
    const longest = Math.max(0, ...rules.map((r) => r.to - r.from));
    return rules.filter((r) => r.to - r.from >= longest * share);
  };
  const horizontals = long(runsOf(height, width, (y, x) => dark(x, y)), 0.4).map((r) => ({ y: (height - r.at) * scale, x1: r.from * scale, x2: r.to * scale }));
  const verticals = long(runsOf(width, height, (x, y) => dark(x, y)), 0.25).map((r) => ({ x: r.at * scale, y1: (height - r.to) * scale, y2: (height - r.from) * scale }));
  return { horizontals, verticals, fills: [] };
}
