import { describe, expect, it } from 'vitest';
import { normalizeTimeline } from '../../src/extract/rules/timeline.js';
import { TIME_CELL, TIME_IN_SENTENCE } from '../../src/lang/timeline.js';

describe('TIME_CELL: a time as a table cell gives it', () => {
  it.each([
    'HT 2026',
    'vt 2027',
    'Q3 2025',
    'kv. 2 2026',
    'T2 2025',
    'tertial 3 2026',
    'Hösten 2025',
    'höst 2025',
    'vecka 12 2026',
    'v. 40 2025',
    'Senast 2027',
    'Senast juni 2026',
    'Från hösten 2025',
    'Klart 2026',
    'okt 2025–mar 2026',
    'Jan–jun 2024',
    '30 juni 2026',
    '2025–2027',
    '2025/26',
    '2026-06-30',
    'Löpande',
    'från januari 2026',
    'fr.o.m. 2026',
    'Fr. o. m. mars 2026',
    'Från och med hösten 2026',
    't.o.m. 2027',
    'Till och med juni 2027',
  ])('reads %s', (cell) => expect(TIME_CELL.test(cell)).toBe(true));

  it.each(['Kulturförvaltningen', 'Pågående', '75 %', 'Bibliotek 2030', 'enligt plan', 'Senast juni', 'Från hösten', 'Från och med', 't.o.m. juni', 'Till och med nämndens beslut'])('not %s', (cell) =>
    expect(TIME_CELL.test(cell)).toBe(false),
  );
});

describe('TIME_IN_SENTENCE: when an action says when in its own words', () => {
  it.each([
    ['Under 2026 inför biblioteken meröppet i två filialer.', 'Under 2026'],
    ['Kartläggningen av skyddsrum görs från december 2025.', 'från december 2025'],
    ['Trygghetsvandringar genomförs HT 2026 i tre stadsdelar.', 'HT 2026'],
    ['Utbildningen i krisberedskap ges vecka 12 2026.', 'vecka 12 2026'],
    ['Skyfallskarteringen uppdateras fr.o.m. 2027.', 'fr.o.m. 2027'],
    ['Nya laddplatser byggs vid kommunens förskolor 2025–2027.', '2025–2027'],
    ['Simhallen har öppet på söndagar från och med hösten 2026.', 'från och med hösten 2026'],
    ['Avtalet om snöröjning förlängs t.o.m. 2027.', 't.o.m. 2027'],
    ['Fritidsbanken lånar ut utrustning till och med december 2026.', 'till och med december 2026'],
  ])('finds the time in %s', (sentence, time) => expect(TIME_IN_SENTENCE.exec(sentence)?.[0]).toBe(time));

  it.each([
    'Arbetet utgår från Agenda 2030 och de globala målen.',
    'Resultaten jämförs med 2024 års trygghetsmätning.',
    'En kulturstrategi för 2025–2030 antas av fullmäktige i år.',
    'Projektet Underhåll 2026 drivs av fastighetsenheten.',
    'Uppdraget gäller till och med nästa revidering av Agenda 2030-strategin.',
  ])('finds none in %s', (sentence) => expect(TIME_IN_SENTENCE.test(sentence)).toBe(false));
});

describe('normalizeTimeline: a bound before a part of a year opens the time at the other end', () => {
  it.each([
    ['från januari 2026', '2026-01-01', null, 'timeline/from'],
    ['fr.o.m. 2026', '2026-01-01', null, 'timeline/from'],
    ['Från och med hösten 2026', '2026-09-01', null, 'timeline/from'],
    ['fr.o.m. Q2 2027', '2027-04-01', null, 'timeline/from'],
    ['t.o.m. 2027', null, '2027-12-31', 'timeline/until'],
    ['till och med våren 2027', null, '2027-05-31', 'timeline/until'],
    ['Senast juni 2026', null, '2026-06-30', 'timeline/until'],
  ])('%s → %s … %s', (text, start, end, rule) => expect(normalizeTimeline(text)).toEqual({ start, end, rule }));

  it.each([
    ['januari 2026', '2026-01-01', '2026-01-31', 'timeline/month'],
    ['hösten 2026', '2026-09-01', '2026-11-30', 'timeline/season'],
    ['2025–2027', '2025-01-01', '2027-12-31', 'timeline/year-range'],
  ])('keeps both ends of %s without a bound', (text, start, end, rule) => expect(normalizeTimeline(text)).toEqual({ start, end, rule }));
});
