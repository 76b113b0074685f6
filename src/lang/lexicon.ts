import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A Swedish word list: the Hunspell dictionary of the dictionary-sv package
 * (LGPL, from the Swedish spelling project), its stems and suffix rules, read
 * in reverse so that no form is ever expanded. Compounds ('näringslivs' +
 * 'strategi') are words when every part is one. Loaded once per thread, and
 * only for text that needs it, from a compact form the build prepares.
 */
export interface Lexicon {
  /** A word: a form of a stem, or a compound of words. */
  has(word: string): boolean;
  /** A form of one stem, not a compound. */
  isForm(word: string): boolean;
  /** A headword of the list (verbs stand there in the infinitive, nouns and adjectives in their base form). */
  isStem(word: string): boolean;
}

interface Suffix {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

let loaded: Lexicon | null = null;

/** The compact word list written beside the compiled module by the build (scripts/build-lexicon.mjs). */
export const COMPACT_FILE = 'sv-words.txt';

export function swedishLexicon(): Lexicon {
  loaded ??= build();
  return loaded;
}

function dictionaryFile(name: 'index.aff' | 'index.dic'): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('dictionary-sv')), name);
}

/**
 * The word list's stems in a compact form: one line per stem, 'stem TAB
 * flags', lower case, sorted, a stem's flags from all its lines joined. It is
 * made once, by the build; a thread then loads it as one string and finds a
 * stem by binary search, instead of building a map of 150,000 entries.
 */
export function compactStems(dic: string): string {
  const stems = new Map<string, string>();
  for (const line of dic.split('\n').slice(1)) {
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase();
    if (!word) continue;
    const flags = slash < 0 ? '' : line.slice(slash + 1).split(/\s/)[0];
    stems.set(word, (stems.get(word) ?? '') + flags);
  }
  return [...stems.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((w) => `${w}\t${stems.get(w)}\n`)
    .join('');
}

/** The compact stems: from the build's file, or made here when there is none (running from source). */
function loadStems(): string {
  const built = path.join(path.dirname(fileURLToPath(import.meta.url)), COMPACT_FILE);
  return existsSync(built) ? readFileSync(built, 'utf8') : compactStems(readFileSync(dictionaryFile('index.dic'), 'utf8'));
}

/** Lookup in the compact stems: a stem's flags, undefined when it is none. */
export function stemTable(text: string): (word: string) => string | undefined {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  const starts = new Uint32Array(n + 1);
  for (let i = 0, k = 1; i < text.length; i++) if (text.charCodeAt(i) === 10) starts[k++] = i + 1;
  // Compares the word with the stem of line k, code unit by code unit, as the lines were sorted.
  const compare = (word: string, k: number): number => {
    const at = starts[k];
    for (let j = 0; ; j++) {
      const c = text.charCodeAt(at + j);
      const end = c === 9;
      if (j === word.length) return end ? 0 : -1;
      if (end) return 1;
      const d = word.charCodeAt(j) - c;
      if (d !== 0) return d;
    }
  };
  return (word) => {
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = compare(word, mid);
      if (d === 0) {
        const from = starts[mid] + word.length + 1;
        return text.slice(from, starts[mid + 1] - 1);
      }
      if (d < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return undefined;
  };
}

function build(): Lexicon {
  const aff = readFileSync(dictionaryFile('index.aff'), 'utf8');
  const flagsOf = stemTable(loadStems());
  const stems = { get: flagsOf, has: (w: string) => flagsOf(w) !== undefined };
  const byAdd = new Map<string, Suffix[]>();
  for (const line of aff.split('\n')) {
    const f = line.trim().split(/\s+/);
    // 'SFX flag strip add condition' (the header line of a rule group has a Y/N where strip stands).
    if (f[0] !== 'SFX' || f.length < 5 || /^[YN]$/.test(f[2])) continue;
    const add = f[3] === '0' ? '' : f[3].split('/')[0].toLowerCase();
    const rule: Suffix = { flag: f[1], strip: f[2] === '0' ? '' : f[2].toLowerCase(), add, condition: new RegExp(`${f[4] === '.' ? '' : f[4].toLowerCase()}$`, 'u') };
    byAdd.set(add, [...(byAdd.get(add) ?? []), rule]);
  }
  const longestAdd = Math.max(...[...byAdd.keys()].map((k) => k.length));

  const isForm = (w: string): boolean => {
    if (stems.has(w)) return true;
    for (let n = 0; n <= Math.min(longestAdd, w.length - 1); n++) {
      // n = 0: forms made by stripping alone ('införa' → 'inför').
      for (const r of byAdd.get(n === 0 ? '' : w.slice(w.length - n)) ?? []) {
        const stem = w.slice(0, w.length - n) + r.strip;
        const flags = stems.get(stem);
        if (flags !== undefined && flags.includes(r.flag) && r.condition.test(stem)) return true;
      }
    }
    return false;
  };

  const memo = new Map<string, boolean>();
  const isWord = (w: string, depth = 0): boolean => {
    if (w.length === 0) return false;
    const known = memo.get(w);
    if (known !== undefined) return known;
    let ok = isForm(w);
    // A compound: a head that is a word (with or without the linking s) and a tail that is one.
    for (let i = 3; !ok && depth < 3 && i <= w.length - 3; i++) {
      const head = w.slice(0, i);
      if ((isForm(head) || (head.endsWith('s') && isForm(head.slice(0, -1)))) && isWord(w.slice(i), depth + 1)) ok = true;
    }
    memo.set(w, ok);
    return ok;
  };
  return { has: (word) => isWord(word.toLowerCase()), isForm: (word) => isForm(word.toLowerCase()), isStem: (word) => stems.has(word.toLowerCase()) };
}
