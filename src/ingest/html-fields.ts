import { headerRole } from '../clean/header-role.js';

/**
 * Label–value pairs that a web page sets side by side by its layout, not in
 * its text: a CSS grid or flex box whose children alternate label and value,
 * a definition list (<dt>/<dd>), or a table whose every row is a label cell
 * and its value cell. Planning systems publish each activity so, with the
 * same labels under every activity ('Ansvarig', 'Startdatum', 'Kommentar').
 * Read child by child, each label and each value would be a paragraph of its
 * own and the record would fall apart; read as pairs, each is one line, label
 * then value, as the page shows it and as its print to PDF is read.
 */

/** A label is a few words, no sentence. */
const MAX_LABEL_WORDS = 4;
const MAX_LABEL_CHARS = 40;
/** Two pairs at least: one label and its value is any short line before a paragraph. */
const MIN_PAIRS = 2;

/** A text that reads as a field's label: short, no sentence, naming what a plan's field names (as a table header would). */
function isLabel(text: string): boolean {
  const t = text.replace(/\s*:\s*$/, '').trim();
  if (!t || t.length > MAX_LABEL_CHARS || t.split(/\s+/).length > MAX_LABEL_WORDS || /[.!?]$/.test(t)) return false;
  // A year or a number heads a column of figures, not a field ('2024 | 4,1').
  const role = headerRole(t).role;
  return role !== null && role !== 'year' && role !== 'number';
}

/**
 * The lines of label–value pairs, when `texts` alternate label and value:
 * every label short and unpunctuated like a label, and most of them naming a
 * field of a plan (a grid of a contact card or of figures is no record);
 * otherwise null. A value may be empty (a field left blank); the label is kept.
 */
export function pairedLines(texts: string[]): string[] | null {
  if (texts.length < MIN_PAIRS * 2 || texts.length % 2 !== 0) return null;
  const labels = texts.filter((_, i) => i % 2 === 0);
  if (labels.some((l) => !l.trim() || l.length > MAX_LABEL_CHARS || l.split(/\s+/).length > MAX_LABEL_WORDS)) return null;
  const named = labels.filter(isLabel).length;
  if (named < MIN_PAIRS || named * 2 < labels.length) return null;
  return labels.map((label, k) => `${label} ${texts[2 * k + 1]}`.trim());
}
