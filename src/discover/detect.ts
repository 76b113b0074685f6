import type { Format } from '../core/types.js';
import { utf16WithoutBom } from '../ingest/decode.js';

/** What the bytes are: a format read directly, or a legacy one converted to DOCX first. */
export type SourceFormat = Format | 'doc' | 'odt';

export type Detected = { format: SourceFormat } | { format: null; reason: string; ruleId: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Binary formats a name promises; a '.docx' that holds plain text is damaged, not a text document. */
const CLAIMED_BY_EXTENSION: Record<string, SourceFormat> = { '.pdf': 'pdf', '.docx': 'docx', '.doc': 'doc', '.odt': 'odt' };

/**
 * Tells the format from the bytes, never from the file name: '%PDF-' within
 * the first KiB, a zip holding word/document.xml, HTML markup, or text. A name
 * is only checked against: content that contradicts a .pdf or .docx name is refused.
 */
export function detectFormat(bytes: Uint8Array, name?: string): Detected {
  const detected = detectFromContent(bytes);
  const claimed = name ? CLAIMED_BY_EXTENSION[/\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? ''] : undefined;
  if (detected.format !== null && claimed && claimed !== detected.format) {
    return { format: null, reason: `Unexpected ${detected.format} content in a file named ${name}, expected ${claimed}; the file is mislabelled or damaged`, ruleId: 'discover/mislabelled' };
  }
  return detected;
}

function detectFromContent(bytes: Uint8Array): Detected {
  if (bytes.length === 0) return { format: null, reason: 'Unexpected empty file, expected a document', ruleId: 'discover/empty' };
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return { format: 'pdf' };
  if (startsWith(bytes, ZIP_MAGIC)) {
    const names = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString('latin1');
    const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - (1 << 16)))).toString('latin1');
    if (names.includes('word/document.xml') || tail.includes('word/document.xml')) return { format: 'docx' };
    if (names.includes('application/vnd.oasis.opendocument.text')) return { format: 'odt' };
    if (names.includes('content.xml') && names.includes('opendocument')) {
      return { format: null, reason: 'Unexpected OpenDocument file that is not a text document (a spreadsheet or presentation?), expected PDF, DOCX, ODT, HTML or text', ruleId: 'discover/odf' };
    }
    return { format: null, reason: 'Unexpected zip archive without word/document.xml, expected a DOCX document', ruleId: 'discover/zip' };
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    // A Word 97–2003 file keeps its text in a stream named WordDocument; Excel and PowerPoint files share the container.
    if (Buffer.from(bytes).includes(Buffer.from('WordDocument', 'utf16le'))) return { format: 'doc' };
    return { format: null, reason: 'Unexpected OLE file without a WordDocument stream (Excel or PowerPoint?), expected PDF, DOCX, DOC, ODT, HTML or text', ruleId: 'discover/ole' };
  }
  const sample = textHead(bytes, head).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().slice(0, 512).toLowerCase();
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/.test(sample) || (/<(?:head|body|div|p)[\s>]/.test(sample) && sample.startsWith('<'))) {
    return { format: 'html' };
  }
  if (looksBinary(bytes)) {
    return { format: null, reason: 'Unexpected binary content, expected PDF, DOCX, HTML or text', ruleId: 'discover/binary' };
  }
  return { format: 'text' };
}

/** The first characters as text; UTF-16 HTML must be seen as HTML. */
function textHead(bytes: Uint8Array, latin1: string): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : utf16WithoutBom(bytes);
  return utf16 ? new TextDecoder(utf16).decode(bytes.subarray(0, 2048)) : latin1;
}

/** NUL bytes or many control characters in the first KiB; UTF-16, with a BOM or without, is text. */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || utf16WithoutBom(bytes)) return false;
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.05;
}
