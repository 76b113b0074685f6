import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { importPdfJsWorker } from './pdfjs-worker.js';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
/** pdfjs wants directory URLs that end in '/'. */
const STANDARD_FONTS = path.join(pdfjsRoot, 'standard_fonts') + path.sep;
const CMAPS = path.join(pdfjsRoot, 'cmaps') + path.sep;

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;
const nativePush = Array.prototype.push;
const { parse: nativeParse, stringify: nativeStringify } = JSON;

/**
 * Loads pdfjs and its worker code into this thread, on first use only (a
 * re-run that reads no PDF never pays for it). The legacy build's polyfills
 * replace Array.prototype.push, process-wide, with a slower one that guards
 * against arrays of 2^32 elements; the native one is put back (it is a tenth
 * of all reading time otherwise). They replace JSON.stringify and JSON.parse
 * too, with wrappers for proposals pdfjs never uses (raw JSON, the source
 * text given to a reviver), 25–50 times slower for what the store writes in
 * a thread that also reads PDFs (eval, --jobs 0): the native ones are put
 * back. Flate streams are inflated in one call (see
 * inflatingDecompressionStream), and the worker code is loaded with the
 * changes of WORKER_PATCHES (see pdfjs-worker.ts); the operator lists and
 * text it hands over pass between pdfjs's two halves uncopied (handingOverClone).
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await importPdfJsWorker();
    Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
    for (const [name, value] of Object.entries({ parse: nativeParse, stringify: nativeStringify })) Object.defineProperty(JSON, name, { value, writable: true, configurable: true, enumerable: false });
    globalThis.DecompressionStream = inflatingDecompressionStream(globalThis.DecompressionStream);
    globalThis.structuredClone = handingOverClone(globalThis.structuredClone);
    return pdfjs;
  })();
  return pdfjsPromise;
}

/** The mark of a message chunk that pdfjs's worker code handed over whole (see WORKER_PATCHES in pdfjs-worker.ts). */
export const HANDED_OVER = Symbol.for('styrdok.handedOver');

/**
 * structuredClone, passing through a message whose chunk is marked as handed
 * over. pdfjs runs its worker code in this thread, and the port between its
 * two halves clones every message as a real worker's would; a chunk of an
 * operator list (every glyph shown, every path) or of a page's text items is
 * cloned only to be read once and dropped, while the worker code keeps none
 * of it (it hands over copies of its arrays, and the buffers it would
 * transfer it never uses again). Every other message is cloned as before.
 */
export function handingOverClone(native: typeof structuredClone): typeof structuredClone {
  if ((native as { handsOver?: boolean }).handsOver) return native;
  const clone = (value: unknown, options?: { transfer?: unknown[] }) => ((value as { chunk?: Record<symbol, unknown> } | null)?.chunk?.[HANDED_OVER] === true ? value : native(value, options as Parameters<typeof native>[1]));
  return Object.assign(clone, { handsOver: true }) as typeof structuredClone;
}

/** What pdfjs uses of a DecompressionStream: a writer it writes the bytes to and closes, and chunks it reads back. */
interface Decompression {
  writable: { getWriter(): { ready: Promise<void>; write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
  readable: AsyncIterable<Uint8Array>;
}

/**
 * A DecompressionStream that inflates 'deflate' in one synchronous zlib call,
 * and leaves every other format to the one given. pdfjs inflates each Flate
 * stream (page contents, fonts, images; a page's contents twice, for its text
 * and for its drawing) through DecompressionStream when there is one, and
 * Node's is a web stream over a zlib stream over the thread pool: for the few
 * kilobytes of a page's contents its promises and copies cost more than the
 * inflating (a tenth of a warm reading thread's CPU on the plan PDFs). The
 * bytes are the same; a damaged stream fails as Node's does (zlib's error),
 * and pdfjs then reads it with its own decoder, as before.
 */
export function inflatingDecompressionStream(native: typeof DecompressionStream): typeof DecompressionStream {
  if ((native as { inflatesAtOnce?: boolean }).inflatesAtOnce) return native;
  function Inflating(format: string): Decompression | DecompressionStream {
    if (format !== 'deflate') return new native(format as ConstructorParameters<typeof DecompressionStream>[0]);
    const chunks: Uint8Array[] = [];
    let closed!: () => void;
    const whole = new Promise<void>((resolve) => (closed = resolve));
    return {
      writable: {
        getWriter: () => ({
          ready: Promise.resolve(),
          write: async (chunk: Uint8Array) => void chunks.push(chunk),
          close: async () => closed(),
        }),
      },
      readable: {
        async *[Symbol.asyncIterator]() {
          await whole;
          yield inflateSync(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
        },
      },
    };
  }
  Inflating.inflatesAtOnce = true;
  return Inflating as unknown as typeof DecompressionStream;
}

/**
 * What pdfjs's font loader touches of a page's document, doing nothing: under
 * Node there is none. With font faces disabled (its default there), pdfjs
 * builds the outline of every glyph an operator list shows and copies it to
 * this thread, to draw text as paths; we never draw, and that was a fifth of
 * what an operator list costs. With font faces on, each font is 'loaded' as a
 * style rule here and dropped.
 */
const NO_DOCUMENT = {
  createElement: () => ({ sheet: { insertRule: () => 0, cssRules: [] }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
} as unknown as Extract<Parameters<PdfJs['getDocument']>[0], { ownerDocument?: unknown }>['ownerDocument'];

/** Opens a PDF with the options every reader of ours uses. */
export function openPdf(pdfjs: PdfJs, bytes: Uint8Array) {
  return pdfjs.getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: STANDARD_FONTS,
    cMapUrl: CMAPS,
    cMapPacked: true,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: false,
    ownerDocument: NO_DOCUMENT,
    useSystemFonts: false,
    stopAtErrors: false,
  });
}
