import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPdfJs, openPdf } from '../../src/ingest/pdfjs.js';
import { orientRuns } from '../../src/ingest/pdf-orientation.js';
import { linesOfRuns, type Run, type TextItem } from '../../src/ingest/pdf-lines.js';

/**
 * The rule linesOfRuns keeps, read plainly: runs taken top down (left to right on a baseline) each join the first
 * line made so far whose baseline is within reach (a third of the smaller size, 1.5 at least), or open a line.
 * Returns each line's baseline and its letters left to right.
 */
function plainLines(input: Run[]): Array<{ y: number; letters: string }> {
  const runs = [...input].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Array<{ y: number; size: number; runs: Run[] }> = [];
  for (const r of runs) {
    const line = lines.find((l) => Math.abs(l.y - r.y) <= Math.max(1.5, 0.35 * Math.min(l.size, r.size)));
    if (line) {
      line.runs.push(r);
      line.size = Math.max(line.size, r.text.trim() ? r.size : 0);
    } else lines.push({ y: r.y, size: r.text.trim() ? r.size : 0, runs: [r] });
  }
  return lines
    .filter((l) => l.runs.some((r) => r.text.trim()))
    .sort((p, q) => q.y - p.y)
    .map((l) => ({ y: l.y, letters: [...l.runs].sort((p, q) => p.x - q.x).map((r) => r.text).join('').replace(/\s+/g, '') }));
}

const ours = (runs: Run[]) => linesOfRuns(runs).map((l) => ({ y: l.y, letters: l.segments.map((s) => s.text).join('').replace(/\s+/g, '') }));

/** A small seeded generator, so that a failure can be read again. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('runs into lines', () => {
  it('joins a superscript and a larger symbol to their line, and keeps lines a leading apart', () => {
    const runs: Run[] = [
      { x: 72, xEnd: 200, y: 700, size: 11, text: 'Minska utsläppen' },
      { x: 201, xEnd: 205, y: 702, size: 7, text: '2' },
      { x: 72, xEnd: 90, y: 686, size: 11, text: 'med' },
      { x: 60, xEnd: 68, y: 685, size: 16, text: '●' },
      { x: 72, xEnd: 150, y: 672, size: 11, text: 'hälften' },
    ];
    expect(ours(runs)).toEqual([
      { y: 702, letters: 'Minskautsläppen2' },
      { y: 686, letters: '●med' },
      { y: 672, letters: 'hälften' },
    ]);
  });

  it('keeps a large heading open past lines of small type below it, for a run of its size further down', () => {
    const runs: Run[] = [
      { x: 72, xEnd: 300, y: 700, size: 28, text: 'Trygghet' },
      { x: 72, xEnd: 90, y: 697, size: 9, text: 'a' },
      { x: 72, xEnd: 90, y: 690, size: 9, text: 'b' },
      { x: 320, xEnd: 400, y: 692, size: 28, text: 'och stöd' },
    ];
    expect(ours(runs)).toEqual(plainLines(runs));
    expect(ours(runs).map((l) => l.letters)).toEqual(['Trygghetaochstöd', 'b']);
  });

  it('groups seeded random pages as the plain rule does: mixed sizes, close baselines, blank runs', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const runs: Run[] = Array.from({ length: 5 + Math.floor(next() * 120) }, (_, i) => {
        const size = [6, 9, 10, 11, 12, 18, 28][Math.floor(next() * 7)];
        const x = Math.round(next() * 500);
        return { x, xEnd: x + 5 + Math.round(next() * 60), y: Math.round(next() * 300) / (next() < 0.5 ? 1 : 3), size, text: next() < 0.1 ? ' ' : `w${i}` };
      });
      expect(ours(runs), `seed ${seed}`).toEqual(plainLines(runs));
    }
  });

  it('groups every page of a Word PDF, a browser print and a layout program as the plain rule does', async () => {
    const pdfjs = await loadPdfJs();
    let pages = 0;
    for (const file of ['fixtures/taby-uppfoljning.pdf', 'fixtures/lerum-tva-spalter.pdf', 'fixtures/sodertalje-handlingsplan.pdf', 'fixtures/nassjo-statusikoner.pdf']) {
      const task = openPdf(pdfjs, new Uint8Array(readFileSync(file)));
      const pdf = await task.promise;
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const { runs } = orientRuns((await page.getTextContent({ disableNormalization: true })).items as TextItem[]);
        expect(ours(runs), `${file} page ${n}`).toEqual(plainLines(runs));
        pages++;
      }
      await pdf.destroy();
    }
    expect(pages).toBeGreaterThan(8);
  });
});
