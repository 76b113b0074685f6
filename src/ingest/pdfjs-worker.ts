import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** One change to pdfjs's worker source: the text it replaces, exactly once, and why. */
export interface WorkerPatch {
  id: string;
  find: string;
  replace: string;
  why: string;
}

/**
 * The changes made to pdfjs's worker code before it is loaded. Each must
 * match exactly once, or none is applied and the shipped code is loaded as it
 * is (a pdfjs upgrade that rewrites the place only loses the speed).
 */
export const WORKER_PATCHES: readonly WorkerPatch[] = [
  {
    id: 'text-state-clone',
    find: 'const clone = Object.assign(Object.create(this), this);',
    replace: 'const clone = Object.assign(Object.create(TextState.prototype), this);',
    why:
      "getTextContent clones its text state at every 'q' and font change, and the clone took the state it copies as its " +
      'prototype. Every state so used becomes a prototype to V8, which rebuilds its shape and leaves property reads ' +
      "on it slow: the clone was 7–9 % of a warm reading thread's time, and the matrix products that read those states " +
      "5 % more. The clone copies every field the state has as its own, so the class's prototype gives the same object.",
  },
  {
    id: 'operator-list-hand-over',
    find: '    this._streamSink.enqueue({\n      fnArray: this.fnArray,\n      argsArray: this.argsArray,\n',
    replace: '    this._streamSink.enqueue({\n      [Symbol.for("styrdok.handedOver")]: true,\n      fnArray: this.fnArray.slice(),\n      argsArray: this.argsArray.slice(),\n',
    why:
      "An operator list goes to the reading side in chunks, which the port between pdfjs's two halves (in one thread " +
      'here) deep-copies with structuredClone, glyph by glyph: half of all copying, a twentieth of reading a plan. The ' +
      'chunk now carries its own copies of the two arrays, which the worker code empties and refills right after, and ' +
      'keeps no reference to it: marked as handed over, the port passes it as it is (see handingOverClone in pdfjs.ts). ' +
      'Where the mark is not read (a real worker thread), the chunk is copied as before.',
  },
  {
    id: 'text-content-hand-over',
    find: '      sink?.enqueue(textContent, length);\n',
    replace: '      sink?.enqueue({ ...textContent, [Symbol.for("styrdok.handedOver")]: true }, length);\n',
    why:
      "A page's text goes to the reading side in chunks of text items, which the port deep-copied as it did the " +
      'operator lists. The items are new objects for each chunk, and the worker code gives its text content new ' +
      'arrays right after sending: the chunk, a shallow copy of the text content marked as handed over, is passed ' +
      'as it is (see handingOverClone in pdfjs.ts).',
  },
];

/** The worker source with every patch applied, or null when one of them does not match exactly once. */
export function patchWorkerSource(source: string, patches: readonly WorkerPatch[] = WORKER_PATCHES): string | null {
  let out = source;
  for (const patch of patches) {
    const at = out.indexOf(patch.find);
    if (at < 0 || out.indexOf(patch.find, at + 1) >= 0) return null;
    out = out.slice(0, at) + patch.replace + out.slice(at + patch.find.length);
  }
  return out;
}

/**
 * Where the patched worker is loaded from: a file named by the hash of its
 * text, written once (to a temporary name, then renamed, so threads that
 * start together never read half a file) and shared by every thread and run
 * after. Null when the source does not take the patches or the folder cannot
 * be written: the shipped worker is loaded then.
 */
export function patchedWorkerFile(shipped: string, folder = path.join(tmpdir(), 'styrdok-pdfjs')): string | null {
  try {
    const patched = patchWorkerSource(readFileSync(shipped, 'utf8'));
    if (patched === null) return null;
    const file = path.join(folder, `pdf.worker.${createHash('sha1').update(patched).digest('hex').slice(0, 16)}.mjs`);
    if (existsSync(file)) return file;
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(partial, patched);
    renameSync(partial, file);
    return file;
  } catch {
    return null;
  }
}

/** Loads pdfjs's worker code into this thread, patched where the patches take. */
export async function importPdfJsWorker(): Promise<{ patched: boolean }> {
  const shipped = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const file = patchedWorkerFile(shipped);
  if (file) {
    try {
      await import(pathToFileURL(file).href);
      return { patched: true };
    } catch {
      // a file another run left half-written or unreadable: the shipped one still reads every PDF
    }
  }
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return { patched: false };
}
