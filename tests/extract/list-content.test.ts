import { describe, expect, it } from 'vitest';
import { judgeList, readListContent } from '../../src/extract/constructions/list-content.js';
import { classifyLeadIn, judgeLeadIn } from '../../src/extract/constructions/lead-in.js';

describe('a list is judged by what its items hold', () => {
  it('infinitives with objects make a list of actions', () => {
    expect(judgeList(['Anställa två fältassistenter', 'Förbättra belysningen i parkerna', 'Starta nattvandring i centrum'])).toBe('action');
  });

  it("'ska' with a verb of doing is an action, with a verb of state a goal", () => {
    const c = readListContent(['Räddningstjänsten ska utbilda lärarna i brandskydd', 'Andelen trygga ska öka']);
    expect(c.actions).toBe(0.5);
    expect(c.goals).toBe(0.5);
  });

  it("a passive after 'ska' states a norm, not an action", () => {
    expect(readListContent(['Energi ska inte slösas i onödan', 'Belysningen ska ses över årligen']).actions).toBe(0);
  });

  it('items with an owner or a time are a plan’s entries whatever they say', () => {
    expect(judgeList(['Vattenplan. Ansvar: VA-bolaget', 'Dagvattenstrategi. Klart: 2025'])).toBe('action');
  });

  it('measures and numbers with units make an indicator list', () => {
    expect(judgeList(['Antal deltagare i föreningslivet', 'Andel invånare som röker, 8 %', 'Utsläpp per invånare, 3 ton'])).toBe('indicator');
  });

  it('comparatives and verbs of change before a measure make a goal list', () => {
    expect(judgeList(['Fler äldre känner sig delaktiga', 'Minskad ensamhet bland äldre', 'Öka andelen digitala möten'])).toBe('goal');
  });

  it('one item, or a mixed list, says nothing', () => {
    expect(judgeList(['Anställa två fältassistenter'])).toBeNull();
    expect(judgeList(['Anställa två fältassistenter', 'Polisen', 'Skolorna', 'Fritidsgårdarna'])).toBeNull();
  });

  it("the items decide over the lead-in's words: a non-action phrase over entries with fields, an action phrase over measures", () => {
    const steps = classifyLeadIn('Följande steg tas:');
    expect(steps?.kind).toBe('non-action');
    expect(judgeLeadIn(steps, ['Inventera samlingarna i museet. Ansvar: Kulturförvaltningen', 'Digitalisera fotoarkivet. Klart: 2026'])?.kind).toBe('action');
    // Infinitives alone are weaker than the phrase: process steps are written as infinitives too.
    expect(judgeLeadIn(steps, ['Inventera samlingarna i museet', 'Digitalisera fotoarkivet', 'Öppna magasinet för skolor'])?.kind).toBe('non-action');
    expect(judgeLeadIn(classifyLeadIn('Vi ska:'), ['Antal besök per vecka', 'Andel nöjda besökare, 90 %'])?.kind).toBe('non-action');
    expect(judgeLeadIn(classifyLeadIn('Aktiviteter för att nå målen:'), ['Starta läxhjälp på biblioteket', 'Ordna sommarlovsaktiviteter för unga'])?.kind).toBe('action');
  });

  it('a lead-in that reports in the perfect tense opens no actions by infinitives alone', () => {
    const lead = classifyLeadIn('Nämnden har under året arbetat med följande uppdrag från fullmäktige:');
    expect(judgeLeadIn(lead, ['Ta fram en plan för fritidsgårdarna', 'Utreda en ny simhall'])?.kind).toBe('plain');
  });
});

describe('the tense of a list', () => {
  it('a list of what was done, in the perfect or past tense, is a report and no list of actions', () => {
    expect(judgeList(['Biblioteket har öppnat en filial i Väster', 'Nya riktlinjer för föreningsbidrag beslutades i maj', 'Har genomfört tre läsfrämjande kampanjer'])).toBe('report');
    expect(judgeLeadIn(classifyLeadIn('Under året:'), ['Biblioteket har öppnat en filial i Väster', 'Nya riktlinjer för föreningsbidrag beslutades i maj'])?.kind).toBe('non-action');
  });
});
