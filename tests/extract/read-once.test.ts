import { describe, expect, it } from 'vitest';
import { fieldLine, splitFields } from '../../src/extract/outline/fields.js';
import { findAbbreviationDefinitions } from '../../src/extract/rules/owners.js';

describe('fields of a line, read once and shared', () => {
  it('gives the same frozen reading when a line is asked for again', () => {
    const text = 'Ansvar: Fritidsenheten Tid: 2026 Status: Pågår';
    const first = fieldLine(text);
    expect(first?.map((f) => [f.role, f.value])).toEqual([
      ['owner', 'Fritidsenheten'],
      ['time', '2026'],
      ['status', 'Pågår'],
    ]);
    expect(fieldLine(text)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first![0])).toBe(true);
    expect(() => (first as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it('keeps apart a line read alone and the same line after a line of fields', () => {
    // A comment without a colon continues a record only after a line of fields.
    const text = 'Kommentar Arbetet med skyltningen har startat';
    expect(fieldLine(text)).toBeNull();
    expect(fieldLine(text, true)?.map((f) => f.role)).toEqual(['comment']);
    expect(fieldLine(text)).toBeNull();
  });

  it('splits a body from its fields the same on every asking, and prose stays without fields', () => {
    const item = 'Inventera lekplatsernas belysning (ansvarig: Gatuenheten, klart: 2025)';
    const read = splitFields(item);
    expect(item.slice(0, read.bodyEnd).trim()).toBe('Inventera lekplatsernas belysning');
    expect(splitFields(item)).toBe(read);
    expect(splitFields('Lekplatserna besöks mest under sommaren.').fields).toEqual([]);
  });
});

describe('abbreviations a document defines, read before each abbreviation in parentheses', () => {
  it('finds every definition of a long text, the shortest name that fits', () => {
    const text = `${'Kulturskolan erbjuder kurser i dans och teater. '.repeat(200)}Ansvaret delas av Kultur- och fritidsförvaltningen (KFF) och Tekniska kontoret (TK); bidrag söks hos Länsstyrelsen (LST).`;
    expect(findAbbreviationDefinitions(text).map((d) => [d.abbr, d.name, text.slice(d.start, d.end)])).toEqual([
      ['KFF', 'Kultur- och fritidsförvaltningen', 'Kultur- och fritidsförvaltningen (KFF)'],
      ['TK', 'Tekniska kontoret', 'Tekniska kontoret (TK)'],
      ['LST', 'Länsstyrelsen', 'Länsstyrelsen (LST)'],
    ]);
  });

  it('reads no name across an earlier parenthesis, and nothing from an abbreviation no name fits or one in lower case', () => {
    expect(findAbbreviationDefinitions('Planen (se bilaga) Miljöenheten (ME)').map((d) => d.name)).toEqual(['Miljöenheten']);
    expect(findAbbreviationDefinitions('Enligt planen (ME) ska det ske')).toEqual([]);
    expect(findAbbreviationDefinitions('Byggnadsnämnden (bn) och Miljönämnden (mn)')).toEqual([]);
    expect(findAbbreviationDefinitions('Två förkortningar i rad (AB)(CD) utan namn')).toEqual([]);
  });
});
