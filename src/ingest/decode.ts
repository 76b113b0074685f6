import { UnreadableError } from './errors.js';
import type { Message } from '../core/types.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

/**
 * Decodes text bytes, detecting the encoding from the bytes: a byte-order
 * mark; UTF-16 without one by its zero bytes (every other byte of Latin text);
 * UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252, the encoding
 * Swedish Windows programs save in (a superset of Latin-1), when its letters
 * make sense.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom ? 3 : 0)), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    if (looksLikeWindows1252(bytes)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    throw new UnreadableError('Unexpected bytes that are neither UTF-8, UTF-16 nor Windows-1252 text, expected text', 'ingest/text-encoding');
  }
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (undefined bytes as U+FFFD);
 * every other byte is its Latin-1 code point. Node 20's TextDecoder reads
 * this label as Latin-1 and would turn '–' into a control character.
 */
const WINDOWS_1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}

/**
 * Latin text in UTF-16 has a zero in every other byte; which half holds the
 * zeros tells the byte order.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * Bytes 0x80–0x9F are control characters in Latin-1 and mostly punctuation in
 * Windows-1252; of the high bytes, the Swedish letters (å ä ö é and capitals)
 * and 1252's punctuation (– ” ’ •) must be most, or the text is in some other
 * single-byte encoding.
 */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  const undefinedIn1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  const expected = new Set([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0xe9, 0xc9, 0xfc, 0x96, 0x97, 0x94, 0x93, 0x92, 0x91, 0x95, 0x85, 0xa0, 0xa7, 0xb0, 0xab, 0xbb]);
  let high = 0;
  let known = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    if (undefinedIn1252.has(b)) return false;
    high++;
    if (expected.has(b)) known++;
  }
  return high > 0 && known / high >= 0.6;
}

/** An encoding other than plain UTF-8 is worth a line in the document's messages. */
export function encodingMessages(encoding: TextEncoding): Message[] {
  if (encoding === 'utf-8') return [];
  return [{ severity: 'info', reason: `Decoded as ${encoding}, detected from the bytes`, ruleId: `ingest/encoding-${encoding}` }];
}
