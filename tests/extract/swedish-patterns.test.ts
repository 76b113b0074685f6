import { describe, expect, it } from 'vitest';
import { sv } from '../../src/lang/pattern.js';

describe('patterns for Swedish words', () => {
  it('finds word boundaries before and after å, ä and ö', () => {
    expect(sv(/\bår\b/).test('Mål för år 2020')).toBe(true);
    expect(sv(/\bår\b/).test('Mål för året')).toBe(false);
    expect(sv(/\blöper\s+på\b/i).test('Arbetet löper på.')).toBe(true);
    expect(sv(/\bpå\b/).test('påbörjad')).toBe(false);
  });

  it('counts å, ä and ö as word characters, inside and outside classes', () => {
    expect('Näringslivsstrategi 2020'.match(sv(/\b\w*strategi\b/i))?.[0]).toBe('Näringslivsstrategi');
    expect(sv(/[\w-]+/).exec('Miljö- och hälsoskyddskontor')?.[0]).toBe('Miljö-');
  });

  it('keeps the flags and adds u', () => {
    const re = sv(/\bÅr\b/gi);
    expect(re.flags).toBe('giu');
    expect('år och ÅR'.match(re)).toEqual(['år', 'ÅR']);
  });
});

describe('patterns built from the section and field labels', () => {
  it('a reference to a numbered section takes any section label', async () => {
    const { SECTION_REFERENCE } = await import('../../src/lang/sections.js');
    expect(SECTION_REFERENCE.exec('Åtgärder, mål 11–12')?.slice(1, 3)).toEqual(['11', '12']);
    expect(SECTION_REFERENCE.exec('Insatser för delmål 2.1')?.[1]).toBe('2.1');
    expect(SECTION_REFERENCE.exec('Aktiviteter inom tema 3')?.[1]).toBe('3');
    expect(SECTION_REFERENCE.exec('Åtgärder 2024–2025')).toBeNull();
  });

  it('a goal table header run into its first goal is read by any goal and assessment label, in capitals', async () => {
    const { goalTableStart } = await import('../../src/extract/constructions/flat-table.js');
    expect(goalTableStart('Nämndmål Bedömning Fler besökare i biblioteken.')?.goal).toBe('Fler besökare i biblioteken.');
    expect(goalTableStart('Effektmål Status Minskade utsläpp från fordonen.')?.goal).toBe('Minskade utsläpp från fordonen.');
    expect(goalTableStart('Mål bedömning fler besökare')).toBeNull();
  });

  it('a title ends where a field label runs into it', async () => {
    const { titleEnd } = await import('../../src/lang/morphology.js');
    const line = 'Förnybar energi Indikator: Andel förnybar el i procent.';
    expect(line.slice(0, titleEnd(line))).toBe('Förnybar energi');
    const goal = 'Trygga miljöer Mål 2026 – Andelen trygga ska öka';
    expect(goal.slice(0, titleEnd(goal))).toBe('Trygga miljöer');
    expect('Tid för kultur'.slice(0, titleEnd('Tid för kultur'))).toBe('Tid för kultur');
  });

  it('a title ends before a clause that opens on a capital, however long the text after it runs on', async () => {
    const { titleEnd } = await import('../../src/lang/morphology.js');
    const clause = 'Friluftsliv Föreningarna i byarna ska sköta lederna.';
    expect(clause.slice(0, titleEnd(clause))).toBe('Friluftsliv');
    // A run-on text with a capital every few words: each capital looks at its own next words only, and the clause after them is found.
    const runOn = `Rusta ${Array.from({ length: 3200 }, () => 'upp spåren vid Sjön och Skogen i byn').join(' ')}`;
    expect(titleEnd(runOn)).toBe(runOn.length);
    expect(titleEnd(`${runOn} med ängar och hagar där Föreningarna sköter dem`)).toBe(`${runOn} med ängar och hagar där`.length);
  });
});

describe('an adverb before the verb of an action', () => {
  it("reads 'Aktivt delta …' as an action, and not a sentence whose subject is an att-clause", async () => {
    const { actionKind } = await import('../../src/extract/constructions/action-item.js');
    expect(actionKind('Aktivt delta i länets nätverk för vattenvård')).toBe('verb');
    expect(actionKind('Årligen genomföra en trygghetsvandring i varje stadsdel')).toBe('verb');
    expect(actionKind('Att synliggöra det som redan görs bidrar till ökad kunskap om avfallet')).not.toBe('verb');
  });
});
