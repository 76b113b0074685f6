/**
 * Patterns for Swedish words. JavaScript's `\b` and `\w` know only ASCII
 * letters, so 'utgår' never ends at `\b` and 'åtgärdsplan' never starts at
 * one. `sv` rewrites a pattern so `\b`, `\B`, `\w` and `\W` mean letters and
 * digits of any script, and compiles it with the 'u' flag.
 */

const WORD = '\\p{L}\\p{N}\\p{M}_';
const BOUNDARY = `(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}]))`;
const NON_BOUNDARY = `(?:(?<=[${WORD}])(?=[${WORD}])|(?<![${WORD}])(?![${WORD}]))`;

/** Before and after a letter that the pattern must match there, a boundary is one lookaround, not four. */
const BOUNDARY_BEFORE_LETTER = `(?<![${WORD}])`;
const BOUNDARY_AFTER_LETTER = `(?![${WORD}])`;
const LETTER = /\p{L}/u;
/** Escapes whose next characters are code units, not letters of the pattern ('\\x61', '\\u00e5', '\\cA'). */
const escapeTail = (source: string, i: number): number => {
  const next = source[i + 1];
  if (next === 'x') return 2;
  if (next === 'c') return 1;
  if (next === 'u') return source[i + 2] === '{' ? source.indexOf('}', i) - i - 1 : 4;
  return 0;
};

/**
 * The source with `\b`, `\B`, `\w` and `\W` for letters of any script. A
 * boundary beside a literal letter the pattern matches there ('\bej', 'pågår\b')
 * needs only the lookaround on the other side: the letter is a word character
 * whatever its case, so the full test would answer the same, and each of its
 * four lookarounds over all of Unicode costs milliseconds to compile.
 */
export function svSource(source: string, inClass = false): string {
  let out = '';
  let klass = inClass;
  let afterLetter = false;
  let opaque = 0;
  // Where each open group begins, and the group that closed at the character before.
  const opens: number[] = [];
  let closed: number | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const wasAfterLetter = afterLetter;
    const group = closed;
    afterLetter = false;
    closed = undefined;
    if (opaque > 0) {
      opaque--;
      out += c;
    } else if (c === '\\') {
      const next = source[i + 1];
      opaque = escapeTail(source, i);
      i++;
      if (next === 'w') out += klass ? WORD : `[${WORD}]`;
      else if (next === 'W') out += klass ? `\\W` : `[^${WORD}]`;
      else if (next === 'b' && !klass) out += boundary(source, i, wasAfterLetter || (group !== undefined && groupEndsWithLetter(source, group)));
      else if (next === 'B' && !klass) out += NON_BOUNDARY;
      else out += c + next;
    } else {
      if (c === '[' && !klass) klass = true;
      else if (c === ']' && klass) klass = false;
      else if (c === '(' && !klass) opens.push(i);
      else if (c === ')' && !klass) closed = opens.pop();
      else afterLetter = !klass && LETTER.test(c);
      out += c;
    }
  }
  return out;
}

/** A literal, unquantified letter at `source[k]`: what the pattern matches there is a letter. */
const isLetterAt = (source: string, k: number) => LETTER.test(source[k] ?? '') && !/[?*{]/.test(source[k + 1] ?? '');

/**
 * Whether the group opening at `source[j]` ('(', '(?:', '(?<name>') opens with
 * a literal letter in every alternative, and must be matched (no '?', '*' or
 * '{' after it): '(?:agenda|globala|hållbarhetsmål)'. A lookaround, an empty
 * alternative, an escape, a class or a group first in an alternative says no.
 */
function groupOpensWithLetter(source: string, j: number): boolean {
  if (source[j] !== '(') return false;
  let k = j + 1;
  if (source.startsWith('?:', k)) k += 2;
  else if (source.startsWith('?<', k) && !/[=!]/.test(source[k + 2] ?? '')) k = source.indexOf('>', k) + 1;
  else if (source[k] === '?') return false;
  let depth = 0;
  let klass = false;
  if (!isLetterAt(source, k)) return false;
  for (; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (klass) klass = c !== ']';
    else if (c === '[') klass = true;
    else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (c === ')') return !/[?*{]/.test(source[k + 1] ?? '');
    else if (c === '|' && depth === 0 && !isLetterAt(source, k + 1)) return false;
  }
  return false;
}

/** The index of the ')' that closes the group opening at `source[j]`, escapes and classes skipped; the length when none does. */
function groupEnd(source: string, j: number): number {
  let depth = 0;
  for (let k = j; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (c === '[') k = classEnd(source, k);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
  }
  return source.length;
}

/** The index of the ']' that closes the class opening at `source[j]`. */
function classEnd(source: string, j: number): number {
  let k = j + 1;
  for (; k < source.length && source[k] !== ']'; k++) if (source[k] === '\\') k++;
  return k;
}

/**
 * Whether every alternative of the group opening at `source[j]` ends with a
 * literal, unquantified letter ('(?:pågår|klar)'): what the group matched ends
 * in a letter, and a boundary after it needs only the lookahead. A lookaround,
 * an empty alternative, or one ending in an escape, a class, a group, a
 * quantifier or any other character says no.
 */
function groupEndsWithLetter(source: string, j: number): boolean {
  if (source[j] !== '(') return false;
  let k = j + 1;
  if (source.startsWith('?:', k)) k += 2;
  else if (source.startsWith('?<', k) && !/[=!]/.test(source[k + 2] ?? '')) k = source.indexOf('>', k) + 1;
  else if (source[k] === '?') return false;
  let letter = false;
  for (; k < source.length; k++) {
    const c = source[k];
    if (c === ')') return letter;
    if (c === '|') {
      if (!letter) return false;
      letter = false;
      continue;
    }
    if (c === '\\') k += 1 + escapeTail(source, k);
    else if (c === '[') k = classEnd(source, k);
    else if (c === '(') k = groupEnd(source, k);
    letter = c !== '\\' && c !== '[' && c !== '(' && LETTER.test(c);
  }
  return false;
}

/**
 * A boundary at `source[i]` ('b' of '\\b'): one lookaround where a literal,
 * unquantified letter stands on one side, a group follows whose every
 * alternative opens with one ('\\b(?:ej|inte)'), or a group precedes whose
 * every alternative ends with one ('(?:pågår|klar)\\b'): each of the four
 * lookarounds over all of Unicode costs milliseconds to compile, in every
 * worker, twice (V8 compiles a pattern again after its first use). Such a boundary is tested at
 * every position of a text the pattern scans, and one lookaround costs a
 * fraction of four (a document-wide look for 'globala mål' or 'Agenda 2030'
 * three to four times less).
 */
function boundary(source: string, i: number, afterLetter: boolean): string {
  if (afterLetter) return BOUNDARY_AFTER_LETTER;
  if (isLetterAt(source, i + 1) || groupOpensWithLetter(source, i + 1)) return BOUNDARY_BEFORE_LETTER;
  return BOUNDARY;
}

/** The pattern with Unicode word boundaries and word characters; flags kept, 'u' added. */
export function sv(pattern: RegExp | string, flags?: string): RegExp {
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  const f = flags ?? (typeof pattern === 'string' ? '' : pattern.flags);
  return new RegExp(svSource(source), f.includes('u') ? f : `${f}u`);
}

/** Text to match literally inside a pattern. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
