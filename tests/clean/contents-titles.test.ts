import { describe, expect, it } from 'vitest';
import { splitContentsTitles } from '../../src/clean/contents-titles.js';
import type { RawBlock } from '../../src/core/types.js';
import { readText } from '../../src/ingest/text.js';
import { extract } from '../../src/extract/index.js';

const para = (text: string, page = 1): RawBlock => ({ kind: 'paragraph', text, page });

// A climate plan as a sharing site transcribes it: each page one line, its headings run into the text.
const contents = para('Innehåll 1 Inledning ........ 3 2 Förnybar energi ........ 4 2.1 Solel på kommunens tak ........ 4 3 Hållbara resor ........ 5', 2);
const page = para('1 Inledning Planen beskriver kommunens klimatarbete. 2 Förnybar energi Kommunen ska producera mer egen el. 2.1 Solel på kommunens tak Solceller installeras på skolor. 3 Hållbara resor Resorna ska bli fossilfria.', 3);

describe("headings found by the document's own table of contents", () => {
  it('cuts each listed numbered title out of the running text as a heading, its depth from its number', () => {
    const out = splitContentsTitles([contents, page]);
    expect(out.slice(1).map((b) => [b.kind, b.text, b.level ?? null])).toEqual([
      ['heading', '1 Inledning', 1],
      ['paragraph', 'Planen beskriver kommunens klimatarbete.', null],
      ['heading', '2 Förnybar energi', 1],
      ['paragraph', 'Kommunen ska producera mer egen el.', null],
      ['heading', '2.1 Solel på kommunens tak', 2],
      ['paragraph', 'Solceller installeras på skolor.', null],
      ['heading', '3 Hållbara resor', 1],
      ['paragraph', 'Resorna ska bli fossilfria.', null],
    ]);
    expect(out[0]).toEqual(contents);
  });

  it('keeps source offsets pointing at each piece', () => {
    const source = 'xx' + page.text;
    const out = splitContentsTitles([contents, { ...page, source: 2 }]);
    for (const b of out.slice(1)) expect(source.slice(b.source!, b.source! + b.text.length)).toBe(b.text);
  });

  it('cuts nothing without a contents of three numbered entries, nor a title without its number, nor a number inside another', () => {
    const short = para('Innehåll 1 Inledning ........ 3 2 Förnybar energi ........ 4', 2);
    expect(splitContentsTitles([short, page])).toEqual([short, page]);
    const prose = para('Arbetet med förnybar energi och hållbara resor fortsätter. Sidan 12 Hållbara resor visar läget. Kapitel 13 Hållbara resor.', 3);
    expect(splitContentsTitles([contents, prose])).toEqual([contents, prose]);
  });

  it('gives the plan its focus areas when a transcript ran headings into the page', () => {
    const text = [
      'Transkript',
      '1',
      'Kulturplan 2025–2028',
      '2',
      'Innehåll 1 Inledning ........ 3 2 Läsande barn ........ 3 3 Kultur i hela kommunen ........ 4 4 Uppföljning ........ 4',
      '3',
      '1 Inledning Kulturplanen antogs av kulturnämnden. 2 Läsande barn Alla barn ska få tillgång till böcker. Åtgärder: • Dela ut bokpåsar på BVC Ansvar: Biblioteket • Starta läsombud i förskolan Ansvar: Förskolan',
      '4',
      '3 Kultur i hela kommunen Kulturen ska nå alla orter. Åtgärder: • Turnera med scenkonst i byarna Ansvar: Kulturenheten • Öppna meröppet bibliotek i Norrby Ansvar: Biblioteket 4 Uppföljning Planen följs upp varje år.',
    ].join('\n');
    const x = extract(readText(new TextEncoder().encode(text)));
    expect(x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title)).toEqual(['Läsande barn', 'Kultur i hela kommunen']);
    expect(x.activities.map((a) => a.text)).toEqual(['Dela ut bokpåsar på BVC', 'Starta läsombud i förskolan', 'Turnera med scenkonst i byarna', 'Öppna meröppet bibliotek i Norrby']);
  });
});

describe('a listed heading the reading took for a numbered item', () => {
  // A traffic-safety programme whose plan is one chapter: its sections 4.1 and 4.2 listed under '4 Handlingsplan', the second opening a page.
  const text = [
    'Trafiksäkerhetsprogram 2025–2028',
    '',
    'Transkript',
    '',
    '1 Trafiksäkerhetsprogram 2025–2028 Antaget av kommunfullmäktige',
    '',
    '2 Innehåll 1 Inledning ........ 2 2 Bakgrund ........ 2 3 Handlingsplan ........ 3 3.1 Säkra skolvägar ........ 3 3.2 Trygga korsningar ........ 4 4 Uppföljning ........ 4',
    '',
    '3 1 Inledning Programmet beskriver kommunens arbete med trafiksäkerhet. 2 Bakgrund Antalet skadade har minskat sedan 2015. 3 Handlingsplan Handlingsplanen anger åtgärder för perioden. 3.1 Säkra skolvägar Åtgärder: • Bygga gång- och cykelbana till Norrskolan Ansvar: Tekniska förvaltningen Tid: 2026 • Sänka hastigheten vid alla skolor Ansvar: Tekniska förvaltningen Tid: 2025',
    '',
    '4 3.2 Trygga korsningar Åtgärder: • Bygga om korsningen vid torget Ansvar: Tekniska förvaltningen Tid: 2027 • Belysa övergångsställen på landsbygden Ansvar: Tekniska förvaltningen Tid: 2026 4 Uppföljning Programmet följs upp årligen.',
  ].join('\n');

  it('is a heading with its number, in its place in the source, so the chapter’s sections are the areas', () => {
    const doc = readText(new TextEncoder().encode(text));
    const heading = doc.blocks.find((b) => b.kind === 'heading' && doc.text.slice(b.start, b.end) === '3.2 Trygga korsningar')!;
    expect(heading).toBeDefined();
    expect(text.slice(heading.source!, heading.source! + 21)).toBe('3.2 Trygga korsningar');
    const x = extract(doc);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Säkra skolvägar', 'Trygga korsningar']);
    expect(x.activities.map((a) => x.focusAreas.findIndex((f) => f.key === a.focusAreaKey))).toEqual([0, 0, 1, 1]);
  });
});
