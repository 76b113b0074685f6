import { COMMON_WORDS } from '../lang/language.js';
import type { Run } from './pdf-lines.js';

/**
 * A text layer worth reading: any text at all (a page of photos may carry no
 * more than its number, and is no scan), mostly letters and punctuation rather
 * than symbols, and on a page of many words some of the words every page of
 * Swedish holds. A scan has no text; a font without a usable encoding gives
 * symbols or shifted letters.
 */
export function hasUsableText(runs: Run[]): boolean {
  const text = runs.map((r) => r.text).join(' ');
  const visible = text.replace(/\s+/g, '');
  if (visible.length === 0) return false;
  // Symbols, controls and private-use glyphs; a table of contents' leader dots are punctuation.
  const odd = (visible.match(/[\p{S}\p{Co}\p{Cc}\uFFFD]/gu) ?? []).length;
  if (visible.length >= 20 && odd > visible.length * 0.3) return false;
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return words.length < 40 || words.some((w) => COMMON.has(w));
}

const COMMON = new Set(COMMON_WORDS);
