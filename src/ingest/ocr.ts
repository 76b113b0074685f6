import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
    return runsOfTsv(await this.recognise(page, []));
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

  /** Renders the page (or the cropped part of it) and returns tesseract's TSV. */
  private async recognise(page: number, crop: string[]): Promise<string> {
    if (!this.dir) {
      this.dir = await mkdtemp(path.join(tmpdir(), 'styrdok-ocr-'));
      await writeFile(path.join(this.dir, 'document.pdf'), this.bytes);
    }
    const pdf = path.join(this.dir, 'document.pdf');
    const image = path.join(this.dir, `page-${page}`);
    await run(this.found.pdftoppm, ['-r', String(DPI), '-gray', '-png', '-singlefile', ...crop, '-f', String(page), '-l', String(page), pdf, image], { timeout: PAGE_TIMEOUT_MS });
    // One thread each: the worker pool already runs one document per core.
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
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
    // A table's ruled lines come out of OCR as '|', '[' or ']' words: they are no text.
    if (f[0] !== '5' || !f[11].trim() || /^[|¦[\]]+$/.test(f[11].trim())) continue;
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
