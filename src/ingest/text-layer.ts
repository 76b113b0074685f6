import { COMMON_WORDS } from '../extract/vocab/language.js';
import type { Run } from './pdf-lines.js';

/**
 * A text layer worth reading: some text, mostly letters, and on a page of
 * many words some of the words every page of Swedish holds. A scan has none;
 * a font without a usable encoding gives symbols or shifted letters.
 */
export function hasUsableText(runs: Run[]): boolean {
  const text = runs.map((r) => r.text).join(' ');
  const visible = text.replace(/\s+/g, '');
  if (visible.length < 3) return false;
  const odd = (visible.match(/[\p{Co}\p{Cc}\uFFFD]/gu) ?? []).length;
  if (odd > visible.length * 0.1) return false;
  const letters = (visible.match(/[\p{L}\d]/gu) ?? []).length;
  if (letters < visible.length * 0.5) return false;
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return words.length < 40 || words.some((w) => COMMON.has(w));
}

const COMMON = new Set(COMMON_WORDS);
