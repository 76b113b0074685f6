import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * A Swedish word list: the Hunspell dictionary of the dictionary-sv package
 * (LGPL, from the Swedish spelling project), its stems and suffix rules, read
 * in reverse so that no form is ever expanded. Compounds ('näringslivs' +
 * 'strategi') are words when every part is one. Loaded once per thread, and
 * only for text that needs it.
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

export function swedishLexicon(): Lexicon {
  loaded ??= build();
  return loaded;
}

function build(): Lexicon {
  const dir = path.dirname(createRequire(import.meta.url).resolve('dictionary-sv'));
  const aff = readFileSync(path.join(dir, 'index.aff'), 'utf8');
  const dic = readFileSync(path.join(dir, 'index.dic'), 'utf8');
  const stems = new Map<string, string>();
  for (const line of dic.split('\n').slice(1)) {
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase();
    if (!word) continue;
    const flags = slash < 0 ? '' : line.slice(slash + 1).split(/\s/)[0];
    stems.set(word, (stems.get(word) ?? '') + flags);
  }
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
