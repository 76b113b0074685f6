import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
/** pdfjs wants directory URLs that end in '/'. */
const STANDARD_FONTS = path.join(pdfjsRoot, 'standard_fonts') + path.sep;
const CMAPS = path.join(pdfjsRoot, 'cmaps') + path.sep;

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;
const nativePush = Array.prototype.push;

/**
 * Loads pdfjs and its worker code into this thread, on first use only (a
 * re-run that reads no PDF never pays for it). The legacy build's polyfills
 * replace Array.prototype.push, process-wide, with a slower one that guards
 * against arrays of 2^32 elements; the native one is put back (it is a tenth
 * of all reading time otherwise).
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
    return pdfjs;
  })();
  return pdfjsPromise;
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
