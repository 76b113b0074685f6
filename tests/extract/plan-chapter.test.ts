import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));
const areas = (doc: string) => read(doc).focusAreas.map((f) => `${f.parentKey === null ? '' : '  '}${f.title}`);

/** A programme on school meals: goals in a table chapter of their own, the plan in a later chapter. */
const chapters = (goals: string[], plan: string[]) =>
  [
    '# Inledning',
    'Programmet beskriver hur kommunens skolmåltider ska utvecklas.',
    ...goals,
    '# Nuläge',
    'Tabellen visar antalet portioner per skola.',
    '| Skola | Portioner per dag |',
    '| Björkskolan | 420 |',
    ...plan,
    '# Uppföljning',
    'Barn- och utbildningsnämnden följer upp programmet varje år.',
  ].join('\n');

const goalTable = ['# Mål och indikatorer', '| Mål | Indikator | Utfall 2025 | Målvärde 2030 |', '| Fler elever äter skollunch | Andel elever som äter | 71 % | 90 % |', '| Maten är klimatsmart | Kg CO2e per portion | 0,8 | 0,5 |'];

const planChapter = [
  '# Handlingsplan 2027–2030',
  '## Måltidsmiljö',
  '### Lugnare matsalar',
  '1. Ljuddämpa matsalarna på Björkskolan och Ekskolan',
  'Ansvar: Fastighetsenheten. Tid: 2027.',
  '2. Införa schemalagd lunch för alla klasser',
  'Ansvar: Rektorerna. Tid: HT 2027.',
  '## Hållbar mat',
  '### Mindre svinn',
  '1. Mäta tallrikssvinnet varje vecka i alla kök',
  'Ansvar: Kostenheten. Tid: Löpande.',
  '2. Ta fram en meny med mer baljväxter',
  'Ansvar: Kostenheten. Tid: 2028.',
];

describe('a programme whose plan is one chapter among goal and status chapters', () => {
  it('takes the plan chapter’s own sections as focus areas, not the goal chapter beside it', () => {
    expect(areas(chapters(goalTable, planChapter))).toEqual(['Måltidsmiljö', '  Lugnare matsalar', 'Hållbar mat', '  Mindre svinn']);
  });

  it('does so under a plain goal heading, with the goals as a list, and with the plan chapter before the goals', () => {
    const plainHeading = ['# Mål', '| Mål | Indikator | Utfall 2025 | Målvärde 2030 |', '| Fler elever äter skollunch | Andel elever som äter | 71 % | 90 % |'];
    expect(areas(chapters(plainHeading, planChapter))).toEqual(['Måltidsmiljö', '  Lugnare matsalar', 'Hållbar mat', '  Mindre svinn']);
    const goalList = ['# Mål', 'Programmet har två mål:', '- Fler elever äter skollunch', '- Maten är klimatsmart'];
    expect(areas(chapters(goalList, planChapter))).toEqual(['Måltidsmiljö', '  Lugnare matsalar', 'Hållbar mat', '  Mindre svinn']);
    expect(areas(chapters(planChapter, goalTable))).toEqual(['Måltidsmiljö', '  Lugnare matsalar', 'Hållbar mat', '  Mindre svinn']);
  });

  it('does so where the plan chapter has one level under it and some actions lack their fields', () => {
    const flat = ['# Åtgärdsplan', '## Måltidsmiljö', '1. Ljuddämpa matsalarna på Björkskolan', 'Ansvar: Fastighetsenheten.', '2. Införa schemalagd lunch för alla klasser', '## Hållbar mat', '1. Mäta tallrikssvinnet varje vecka i alla kök', 'Tid: Löpande.', '2. Ta fram en meny med mer baljväxter'];
    expect(areas(chapters(goalTable, flat))).toEqual(['Måltidsmiljö', 'Hållbar mat']);
  });

  it('keeps an area of the plan that has goals and no actions yet, where it is no frame', () => {
    const doc = [
      '# Fokusområde 1: Måltidsmiljö',
      '- Ljuddämpa matsalarna på Björkskolan (Fastighetsenheten, 2027)',
      '- Införa schemalagd lunch för alla klasser (Rektorerna, HT 2027)',
      '# Fokusområde 2: Hållbar mat',
      '| Mål | Indikator | Utfall 2025 | Målvärde 2030 |',
      '| Maten är klimatsmart | Kg CO2e per portion | 0,8 | 0,5 |',
      '# Fokusområde 3: Delaktighet',
      '- Starta matråd på alla skolor (Kostenheten, 2028)',
      '- Bjuda in vårdnadshavare till provsmakning (Kostenheten, 2027)',
    ].join('\n');
    expect(read(doc).focusAreas.filter((f) => f.parentKey === null).map((f) => f.title)).toEqual(['Måltidsmiljö', 'Hållbar mat', 'Delaktighet']);
  });
});
