import { UnreadableError } from './errors.js';

/**
 * Decodes text bytes. UTF-8 (with or without BOM) and UTF-16 with a BOM are
 * read; anything else is refused with a reason rather than read as mojibake.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const latin = looksLikeWindows1252(bytes);
    throw new UnreadableError(
      latin
        ? 'Unexpected Windows-1252/Latin-1 bytes (å, ä, ö as single bytes), expected UTF-8 text; save the file as UTF-8'
        : 'Unexpected bytes that are not UTF-8, expected UTF-8 text',
      'ingest/text-encoding',
    );
  }
}

/** Swedish text in Windows-1252 has å ä ö Å Ä Ö as lone high bytes. */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let swedish = 0;
  for (const b of bytes) if (b === 0xe5 || b === 0xe4 || b === 0xf6 || b === 0xc5 || b === 0xc4 || b === 0xd6) swedish++;
  return swedish > 0;
}
