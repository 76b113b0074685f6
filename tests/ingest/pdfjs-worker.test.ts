import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfJs } from '../../src/ingest/pdfjs.js';
import { importPdfJsWorker, patchedWorkerFile, patchWorkerSource, WORKER_PATCHES } from '../../src/ingest/pdfjs-worker.js';

const shipped = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
const patch = { id: 'p', find: 'Object.create(this)', replace: 'Object.create(Proto.prototype)', why: '' };

describe("pdfjs's worker source, patched", () => {
  it('takes every patch on the pdfjs installed, each in exactly one place', () => {
    const source = readFileSync(shipped, 'utf8');
    const patched = patchWorkerSource(source);
    expect(patched).not.toBeNull();
    for (const p of WORKER_PATCHES) {
      expect(source.split(p.find)).toHaveLength(2);
      expect(patched!.includes(p.find)).toBe(false);
      expect(patched!.split(p.replace)).toHaveLength(2);
    }
    expect(patched!.length - source.length).toBe(WORKER_PATCHES.reduce((n, p) => n + p.replace.length - p.find.length, 0));
  });

  it('applies none where a patch finds its text nowhere or twice', () => {
    expect(patchWorkerSource('a = Object.create(this);', [patch])).toBe('a = Object.create(Proto.prototype);');
    expect(patchWorkerSource('a = Object.assign({}, this);', [patch])).toBeNull();
    expect(patchWorkerSource('a = Object.create(this); b = Object.create(this);', [patch])).toBeNull();
  });

  it('writes the patched file once, named by its text, and gives null for a source it cannot patch', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'styrdok-worker-'));
    const first = patchedWorkerFile(shipped, folder);
    expect(first).not.toBeNull();
    expect(patchedWorkerFile(shipped, folder)).toBe(first);
    expect(readdirSync(folder)).toEqual([path.basename(first!)]);
    const unpatchable = path.join(folder, 'other.mjs');
    writeFileSync(unpatchable, 'export const x = 1;\n');
    expect(patchedWorkerFile(unpatchable, folder)).toBeNull();
  });

  it('is the worker code every reader of this thread runs', async () => {
    await loadPdfJs();
    expect(await importPdfJsWorker()).toEqual({ patched: true });
  });
});
