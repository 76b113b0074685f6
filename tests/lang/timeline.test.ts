import { describe, expect, it } from 'vitest';
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
  ])('reads %s', (cell) => expect(TIME_CELL.test(cell)).toBe(true));

  it.each(['Kulturförvaltningen', 'Pågående', '75 %', 'Bibliotek 2030', 'enligt plan', 'Senast juni', 'Från hösten'])('not %s', (cell) =>
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
  ])('finds the time in %s', (sentence, time) => expect(TIME_IN_SENTENCE.exec(sentence)?.[0]).toBe(time));

  it.each([
    'Arbetet utgår från Agenda 2030 och de globala målen.',
    'Resultaten jämförs med 2024 års trygghetsmätning.',
    'En kulturstrategi för 2025–2030 antas av fullmäktige i år.',
    'Projektet Underhåll 2026 drivs av fastighetsenheten.',
  ])('finds none in %s', (sentence) => expect(TIME_IN_SENTENCE.test(sentence)).toBe(false));
});
