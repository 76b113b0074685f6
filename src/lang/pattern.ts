/**
 * Patterns for Swedish words. JavaScript's `\b` and `\w` know only ASCII
 * letters, so 'utgår' never ends at `\b` and 'åtgärdsplan' never starts at
 * one. `sv` rewrites a pattern so `\b`, `\B`, `\w` and `\W` mean letters and
 * digits of any script, and compiles it with the 'u' flag.
 */

import { setFlagsFromString } from 'node:v8';

/**
 * Each `\b` of a pattern becomes four lookarounds over every letter, digit
 * and mark of Unicode, and compiling one such pattern takes milliseconds.
 * V8 compiles a pattern twice by default, to bytecode at its first use and to
 * machine code at its second; a worker's hundreds of patterns, nearly all
 * used again and again, cost that twice over its first documents. Compiled
 * once, straight to machine code, they match the same. The flag holds for
 * the process and the workers it starts.
 */
setFlagsFromString('--no-regexp-tier-up');

const WORD = '\\p{L}\\p{N}\\p{M}_';
const BOUNDARY = `(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}]))`;
const NON_BOUNDARY = `(?:(?<=[${WORD}])(?=[${WORD}])|(?<![${WORD}])(?![${WORD}]))`;

export function svSource(source: string, inClass = false): string {
  let out = '';
  let klass = inClass;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      i++;
      if (next === 'w') out += klass ? WORD : `[${WORD}]`;
      else if (next === 'W') out += klass ? `\\W` : `[^${WORD}]`;
      else if (next === 'b' && !klass) out += BOUNDARY;
      else if (next === 'B' && !klass) out += NON_BOUNDARY;
      else out += c + next;
    } else {
      if (c === '[' && !klass) klass = true;
      else if (c === ']' && klass) klass = false;
      out += c;
    }
  }
  return out;
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
