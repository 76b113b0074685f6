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
