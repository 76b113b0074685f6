import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMunicipalities } from '../../src/extract/rules/municipality.js';
import { MUNICIPALITIES } from '../../src/lang/municipalities.js';
import { MUNICIPALITY_FORMS } from '../../src/lang/municipality-names.js';
import { escapeRegExp } from '../../src/lang/pattern.js';

/**
 * The names before kommun/stad are found from those words backwards; this
 * holds them to the single pattern of every name they replace, on every text
 * document of the corpora and on made-up sentences of the hard cases.
 */
const forms = new Map<string, string>();
for (const m of MUNICIPALITIES) {
  forms.set(m.name.toLowerCase(), m.code);
  forms.set((/[sxz]$/i.test(m.name) ? m.name : `${m.name}s`).toLowerCase(), m.code);
}
for (const f of MUNICIPALITY_FORMS) if (f.kind === 'stem') forms.set(f.form.toLowerCase(), f.code);
const alternation = [...forms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const NAMED = new RegExp(`(?<![\\p{L}-])(${alternation})\\s+(?:kommun|kommuns|stad|stads|kommunkoncern)(?![\\p{L}])`, 'giu');
const IN_NAMED = new RegExp(`(?:kommunfullmäktige|kommunstyrelsen)\\s+i\\s+(${alternation})(?![\\p{L}])`, 'giu');

function byPattern(text: string) {
  const hits = (re: RegExp, rule: string) => [...text.matchAll(re)].map((m) => ({ rule, code: forms.get(m[1].toLowerCase())!, start: m.index!, end: m.index! + m[0].length }));
  return [...hits(NAMED, 'municipality/name-kommun'), ...hits(IN_NAMED, 'municipality/organ-i-name')].sort((a, b) => a.start - b.start);
}
const named = (text: string) =>
  findMunicipalities(text)
    .filter((h) => h.rule !== 'municipality/own-name')
    .map(({ rule, code, start, end }) => ({ rule, code, start, end }));

const texts = ['corpus', 'fixtures', '../shared/corpus/dev', '../shared/corpus/dev2', 'fixtures/unseen', 'fixtures/unseen2', 'fixtures/unseen3', 'fixtures/unseen4', 'fixtures/unseen5', 'fixtures/unseen6', 'fixtures/unseen7', 'fixtures/unseen8', 'fixtures/unseen9', 'fixtures/unseen10', 'fixtures/unseen11', 'fixtures/unseen12', 'fixtures/unseen13', 'fixtures/unseen14', 'fixtures/unseen15', 'fixtures/unseen16', 'fixtures/unseen17', 'fixtures/unseen18', 'fixtures/unseen19', 'fixtures/unseen20', 'fixtures/unseen21', 'fixtures/prose-variants']
  .flatMap((dir) => {
    try {
      return readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).map((f) => path.join(dir, f));
    } catch {
      return [];
    }
  });

describe('municipality names before kommun/stad and after kommunfullmäktige i', () => {
  it('finds what the pattern of every name finds, on every text document', () => {
    expect(texts.length).toBeGreaterThan(10);
    let found = 0;
    for (const file of texts) {
      const text = readFileSync(file, 'utf8');
      const expected = byPattern(text);
      found += expected.length;
      expect(named(text), file).toEqual(expected);
    }
    expect(found).toBeGreaterThan(20);
  });

  it.each([
    'Beslutat av Kommunfullmäktige i Upplands Väsby och kommunstyrelsen i Lerum; kommunfullmäktige i Falun.',
    'Kommunfullmäktige i Västerås, kommunfullmäktige i Sala-Heby och Kommunstyrelsen i  Täby kommun.',
    'Upplands Väsby kommun och Sollentuna kommun samarbetar.',
    'Malung-Sälens kommun, Nya Malung-Sälens kommun och Sälens kommun.',
    'Falu kommun, Göteborgs Stad, Västerås stad och Borås stads nämnder.',
    'Storstockholms kommun och Örebrokommun är inga kommuner; inte heller Lerumskommun.',
    'LERUMS KOMMUN\n\nTäby\tkommuns plan, Lidingö   stad och Gotlands kommunkoncern.',
    'Kommunen och staden: stad, kommun, Mark kommun, Vara kommun, Ale kommun.',
  ])('agrees with the pattern on %j', (text) => {
    expect(named(text)).toEqual(byPattern(text));
  });

  it('keeps a name that is part of a longer one out: Väsby is no municipality, Upplands Väsby is', () => {
    const hits = named('Upplands Väsby kommun');
    expect(hits).toHaveLength(1);
    expect(hits[0].start).toBe(0);
  });
});
