import { describe, expect, it } from 'vitest';
import { fieldLine, splitFields } from '../../src/extract/outline/fields.js';
import { docTypeOfTitle } from '../../src/extract/rules/doc-type.js';
import { findAbbreviationDefinitions } from '../../src/extract/rules/owners.js';
import { compileTaxonomy } from '../../src/extract/taxonomy-match.js';
import { headerRole } from '../../src/clean/header-role.js';

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

describe('compound parts of a taxonomy, looked for only where their letters stand in a word', () => {
  const matcher = compileTaxonomy([
    { id: 'avfall', terms: ['avfall', 'avfallshantering'] },
    { id: 'halsa', terms: ['folkhälsa'] },
    { id: 'natur', terms: ['natur'] },
    { id: 'beredskap', terms: ['beredskap', 'planberedskap'] },
    { id: 'vatten', terms: ['dricksvatten'] },
    ...Array.from({ length: 300 }, (_, i) => ({ id: `filler-${i}`, terms: [`zq${String(i).padStart(3, '0')}ord`] })),
  ]);
  const found = (text: string) => matcher.hits(text).map((h) => [h.id, h.term, h.position]);

  it('finds a part at the head, as a modifier and as the word itself, the longest where two overlap', () => {
    expect(found('Matavfallsinsamlingen byggs ut')).toEqual([['avfall', 'avfall', 'modifier']]);
    expect(found('Folkhälsoarbetet i skolan')).toEqual([['halsa', 'folkhälsa', 'modifier']]);
    expect(found('Kommunens avfallshanteringsplan')).toEqual([['avfall', 'avfallshantering', 'modifier']]);
    expect(found('En ny planberedskapsrutin')).toEqual([['beredskap', 'planberedskap', 'modifier']]);
    expect(found('Säkra kommunens dricksvattenförsörjning')).toEqual([['vatten', 'dricksvatten', 'modifier']]);
  });

  it('finds no part inside a plain word or in a word that holds only its first letters', () => {
    expect(found('Naturligtvis ska arbetet fortsätta')).toEqual([]);
    expect(found('Avfalsplanen och folkhälften')).toEqual([]);
  });
});

describe("a title's document type, read once per text", () => {
  it('gives a running header repeated on every page the same frozen reading, and a line without a type word none', () => {
    const header = 'Trafiksäkerhetsprogram 2025–2028, uppföljning';
    const first = docTypeOfTitle(header);
    expect(first?.docType).toBe('uppfoljning');
    expect(docTypeOfTitle(header)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(docTypeOfTitle('Trafiksäkra skolvägar i tätorten')).toBeNull();
  });
});

describe('abbreviations defined after long prose, looked for only as far back as a definition reaches', () => {
  it('finds a definition of five words and their joining words, whatever space stands between them', () => {
    const prose = 'Biblioteken har öppet på kvällarna under hela året. '.repeat(300);
    const text = `${prose}Frågan bereds av Bygg-   och\n  miljöförvaltningen tillsammans med Räddningstjänsten Södra Norrland (RSN).`;
    const found = findAbbreviationDefinitions(text);
    expect(found.map((d) => [d.abbr, d.name])).toEqual([['RSN', 'Räddningstjänsten Södra Norrland']]);
    expect(text.slice(found[0].start, found[0].end)).toBe('Räddningstjänsten Södra Norrland (RSN)');
    const joined = `${prose}Samordnas av Kultur- och fritidsförvaltningen (KFF)`;
    expect(findAbbreviationDefinitions(joined).map((d) => d.name)).toEqual(['Kultur- och fritidsförvaltningen']);
  });

  it('reads no name whose words lie further back than a definition reaches', () => {
    // The one word the letters could open on stands seven words before the parenthesis.
    expect(findAbbreviationDefinitions('Kulturskolan ska nu bjuda in fler unga (KFB)')).toEqual([]);
  });
});

describe("a header cell's role, read once and shared", () => {
  it('gives the same frozen reading when a cell is asked for again, compounds and years included', () => {
    const compound = headerRole('Genomförandetid');
    expect(compound).toEqual({ role: 'time', year: null });
    expect(headerRole('Genomförandetid')).toBe(compound);
    expect(Object.isFrozen(compound)).toBe(true);
    expect(headerRole('Statusbeskrivning')).toEqual({ role: 'status', year: null });
    expect(headerRole('Badplatserna')).toEqual({ role: null, year: null });
  });
});
