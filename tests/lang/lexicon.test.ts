import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactStems, stemTable, swedishLexicon } from '../../src/lang/lexicon.js';

describe('compact word list', () => {
  it('merges the flags of a stem listed twice, lower-cases, and finds only whole stems', () => {
    const get = stemTable(compactStems('4\nBok/AB\nbok/C\nbokhylla/D\nÖ\n'));
    expect(get('bok')).toBe('ABC');
    expect(get('bokhylla')).toBe('D');
    expect(get('ö')).toBe('');
    // Prefixes, extensions and neighbours in sort order are no stems.
    for (const w of ['bo', 'boka', 'bokhyll', 'bokhyllan', 'a', 'öö', '']) expect(get(w)).toBeUndefined();
  });

  it('gives every stem of the dictionary the flags a map of its lines gives', () => {
    const dic = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('dictionary-sv')), 'index.dic'), 'utf8');
    const stems = new Map<string, string>();
    for (const line of dic.split('\n').slice(1)) {
      const slash = line.indexOf('/');
      const word = (slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase();
      if (word) stems.set(word, (stems.get(word) ?? '') + (slash < 0 ? '' : line.slice(slash + 1).split(/\s/)[0]));
    }
    const get = stemTable(compactStems(dic));
    const wrong = [...stems].filter(([w, f]) => get(w) !== f);
    expect(stems.size).toBeGreaterThan(100_000);
    expect(wrong).toEqual([]);
  });

  it('reads forms and compounds through it', () => {
    const lex = swedishLexicon();
    expect(lex.has('näringslivsstrategin')).toBe(true);
    expect(lex.isForm('arbetar')).toBe(true);
    expect(lex.isStem('arbeta')).toBe(true);
    expect(lex.has('qwxtrp')).toBe(false);
    expect(lex.isStem('strategierna')).toBe(false);
    expect(lex.isForm('strategierna')).toBe(true);
  });
});
