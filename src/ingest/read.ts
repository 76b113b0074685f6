import type { Doc, Format } from '../core/types.js';
import { detectFormat } from '../discover/detect.js';
import { UnreadableError } from './errors.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { readPdf } from './pdf.js';
import { readText } from './text.js';

/** One reader per format. */
export const READERS: Record<Format, (bytes: Uint8Array) => Doc | Promise<Doc>> = {
  pdf: readPdf,
  docx: readDocx,
  html: (bytes) => readHtml(bytes),
  text: readText,
};

/** Detects the format of the bytes and reads them; throws UnreadableError for what cannot be read. */
export async function readDocument(bytes: Uint8Array, name?: string): Promise<Doc> {
  const detected = detectFormat(bytes, name);
  if (detected.format === null) throw new UnreadableError(detected.reason, detected.ruleId);
  const doc = await READERS[detected.format](bytes);
  if (doc.text.trim() === '') {
    throw new UnreadableError(`Unexpected ${detected.format.toUpperCase()} without any text, expected a document with a text layer`, `ingest/${detected.format}-no-text`);
  }
  return doc;
}
