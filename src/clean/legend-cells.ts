import type { RawBlock } from '../core/types.js';
import { statusLength } from './cell-kinds.js';

/**
 * The names a document defines for its own table cells, as token runs (units
 * it lists or explains), with the status keys its legend defines: a table
 * whose status column holds 'Ny' or 'Stående' is read by the document's own
 * words, which no common status phrase knows.
 */
export type DocumentWords = string[][] & { statuses?: ReadonlySet<string> };

/** One key of a legend written as 'Key = meaning', after the start, a colon or the entry before it. */
const KEY_ENTRY = /(?:^|[:;,.]\s+)(\p{Lu}[\p{L}-]{0,15}(?:\s\p{Ll}[\p{L}-]{1,15})?)\s+=\s+[^=:;,.]{3,80}/gu;
/** Keys a legend defines at least: one 'X = y' alone is a definition, not a legend. */
const MIN_KEYS = 2;

/**
 * The status keys a document's legend defines ('Status: Ny = ny insats,
 * Pågår = fortsätter, Stående = återkommande uppdrag'): a block's 'Key =
 * meaning' entries, two or more, one of whose keys already reads as a status
 * alone — then its other keys name statuses too.
 */
export function legendStatuses(blocks: RawBlock[]): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    const keys = [...b.text.matchAll(KEY_ENTRY)].map((m) => m[1]);
    if (keys.length >= MIN_KEYS && keys.some((k) => statusLength(k) === k.length)) for (const k of keys) out.add(k);
  }
  return out;
}

/** Whether a cell's text is one of the status keys the document's own legend defines. */
export function isLegendStatus(text: string, names: DocumentWords): boolean {
  return names.statuses?.has(text) ?? false;
}
