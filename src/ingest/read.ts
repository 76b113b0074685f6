import type { Doc } from '../core/types.js';
import { detectFormat, type SourceFormat } from '../discover/detect.js';
import { OCR_PACKAGES } from './ocr.js';
import { UnreadableError } from './errors.js';

/** Reads a legacy format as the DOCX LibreOffice makes of it, and says so. */
const converted = (from: 'doc' | 'odt') => async (bytes: Uint8Array): Promise<Doc> => {
  const [{ convertToDocx }, { readDocx }] = await Promise.all([import('./convert.js'), import('./docx.js')]);
  const doc = await readDocx(await convertToDocx(bytes, from));
  doc.convertedFrom = from;
  doc.messages.unshift({ severity: 'info', reason: `Converted from ${from.toUpperCase()} to DOCX by LibreOffice before reading`, ruleId: `ingest/${from}-converted` });
  return doc;
};

/**
 * One reader per format, each loaded with the first document of its format: a
 * worker that reads only PDFs never compiles the DOCX and text readers (about
 * a tenth of a second of each fresh worker's start).
 */
export const READERS: Record<SourceFormat, (bytes: Uint8Array) => Doc | Promise<Doc>> = {
  pdf: async (bytes) => (await import('./pdf.js')).readPdf(bytes),
  docx: async (bytes) => (await import('./docx.js')).readDocx(bytes),
  html: async (bytes) => (await import('./html.js')).readHtml(bytes),
  text: async (bytes) => (await import('./text.js')).readText(bytes),
  doc: converted('doc'),
  odt: converted('odt'),
};

/** Detects the format of the bytes and reads them; throws UnreadableError for what cannot be read. */
export async function readDocument(bytes: Uint8Array, name?: string): Promise<Doc> {
  const detected = detectFormat(bytes, name);
  if (detected.format === null) throw new UnreadableError(detected.reason, detected.ruleId);
  const doc = await READERS[detected.format](bytes);
  if (doc.text.trim() === '' && doc.unreadablePages?.length) {
    throw new UnreadableError(`Unexpected PDF without a usable text layer on any page (a scan?), expected text; install ${OCR_PACKAGES} to read it by OCR`, 'ingest/pdf-needs-ocr');
  }
  if (doc.text.trim() === '') {
    throw new UnreadableError(`Unexpected ${detected.format.toUpperCase()} without any text, expected a document with a text layer`, `ingest/${detected.format}-no-text`);
  }
  return doc;
}
