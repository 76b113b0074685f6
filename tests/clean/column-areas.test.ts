import { describe, expect, it } from 'vitest';
import { areaColumnBefore, isAreaCell, trailingAreaTitle } from '../../src/clean/column-areas.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { bareForm, seedForm } from '../support/transcript-forms.js';

/**
 * Areas as the first column of a table a transcript ran into its line: the
 * header opens with the area column's word, and each area's title stands once,
 * before the id of the row that opens the area.
 */
describe('the area column word before a header', () => {
  it('is found right before the header, in one word or two', () => {
    const text = 'Så läser du planen. Fokusområde Nr Åtgärd Ansvarig';
    expect(areaColumnBefore(text, text.indexOf('Nr'))).toBe(text.indexOf('Fokusområde'));
    const two = 'Strategiskt område Nr Åtgärd Ansvarig';
    expect(areaColumnBefore(two, two.indexOf('Nr'))).toBe(0);
  });

  it('is not a label with its title, a word in prose or a word in lower case', () => {
    for (const text of ['Målområde 2 Trygga skolvägar Nr Åtgärd', 'Tabellen visar varje område. Nr Åtgärd', 'i varje fokusområde Nr Åtgärd']) {
      expect(areaColumnBefore(text, text.indexOf('Nr'))).toBeNull();
    }
  });
});

describe('an area title at the end of a row', () => {
  it('is the words from the last capitalised word on, after the cell value', () => {
    expect(trailingAreaTitle('Inom ram Trygga skolvägar')).toEqual({ cell: 'Inom ram', title: 'Trygga skolvägar' });
    expect(trailingAreaTitle('200 tkr Levande centrum, torg och parker')).toEqual({ cell: '200 tkr', title: 'Levande centrum, torg och parker' });
    // A partner's name before it: the title starts at its own capital.
    expect(trailingAreaTitle('Bidrag från Trafikverket Säkra gång- och cykelvägar')).toEqual({ cell: 'Bidrag från Trafikverket', title: 'Säkra gång- och cykelvägar' });
  });

  it('takes the area number before the title with it', () => {
    expect(trailingAreaTitle('80 tkr 3. Trygga skolvägar')).toEqual({ cell: '80 tkr', title: '3. Trygga skolvägar' });
  });

  it('is none after a word no phrase ends on: a capital there opens a name in the cell', () => {
    expect(trailingAreaTitle('Delfinansieras av Trafikverke t')).toBeNull();
  });

  it('is none where the cell is one phrase, a name, or prose', () => {
    // The cell's own value: nothing stands before it.
    expect(trailingAreaTitle('Medel för översyn')).toBeNull();
    expect(trailingAreaTitle('Inom ram')).toBeNull();
    // A name's last word alone.
    expect(trailingAreaTitle('Inom ram Region Skåne')).toBeNull();
    // A comment's last sentence.
    expect(trailingAreaTitle('Klart i maj. Uppföljning sker årligen')).toBeNull();
    expect(trailingAreaTitle('Inom ram 2025')).toBeNull();
  });
});

describe('an area cell before a row id', () => {
  it('is a title, a title with its number, or the number alone', () => {
    for (const text of ['Trygga skolvägar', '2. Trygga skolvägar', '2.']) expect(isAreaCell(text)).toBe(true);
  });

  it('is not a sentence, a word in lower case or nothing', () => {
    for (const text of ['Skolorna har fått nya övergångsställen.', 'och etableringar', '']) expect(isAreaCell(text)).toBe(false);
  });
});

describe('numbered area cells in a transcript, in both reading orders', () => {
  // A library plan: the area cell holds its number and title; pdfjs put the first title after the page break, poppler the second title's last words after the row's id.
  const pages = [
    'Biblioteksplan 2025–2026 för Exempelby kommun. Planen visar hur biblioteken ska utvecklas. Åtgärder Fokusområde Nr Åtgärd Ansvarig Tidplan Kostnad 1. 1.1 Förlänga öppettiderna på stadsbiblioteket Kultur- och fritidsförvaltningen 2025 Inom ram',
    'Fokusområde Nr Åtgärd Ansvarig Tidplan Kostnad Läsning för alla 1.2 Starta bokcirklar på äldreboendena Kultur- och fritidsförvaltningen 2025–2026 40 tkr 2. Digital 2.1 delaktighet Erbjuda kurser i e-legitimation för äldre Kultur- och fritidsförvaltningen 2025 Inom ram 2.2 Låna ut surfplattor till studieförbunden Kultur- och fritidsförvaltningen 2026 60 tkr',
    'Planen följs upp av kultur- och fritidsnämnden i december varje år och revideras inför nästa period.',
  ];

  it('opens each area with its title and keeps the rows', () => {
    const x = extract(readText(new TextEncoder().encode(seedForm(pages))));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Läsning för alla', 'Digital delaktighet']);
    expect(x.activities.map((a) => a.text)).toEqual([
      'Förlänga öppettiderna på stadsbiblioteket',
      'Starta bokcirklar på äldreboendena',
      'Erbjuda kurser i e-legitimation för äldre',
      'Låna ut surfplattor till studieförbunden',
    ]);
    const keys = x.focusAreas.map((f) => f.key);
    expect(x.activities.map((a) => keys.indexOf(a.focusAreaKey!))).toEqual([0, 0, 1, 1]);
  });
});

describe("an area title's last words read after the next row's id", () => {
  // poppler's order: the area cell's second line comes after the id of the row it stands beside ('Levande sjöar 4 och vattendrag Rensa …').
  const pages = [
    'Vattenplan 2025–2027 för Exempelby kommun. Åtgärder Tema Nr Åtgärd Ansvarig Tidplan Kostnad Rent vatten 1 Bygga en dagvattendamm vid industriområdet Tekniska förvaltningen 2025 300 tkr 2 Inventera de enskilda avloppen runt sjön Miljöförvaltningen 2025–2026 Inom ram 3 Informera villaägare om dagvatten Miljöförvaltningen 2026 50 tkr Levande sjöar 4 och vattendrag Rensa bäcken från vandringshinder för öring Tekniska förvaltningen 2026 Inom ram 5 Plantera kantzoner längs ån Tekniska förvaltningen 2027 80 tkr',
    'Planen följs upp av miljönämnden i december varje år och revideras inför nästa period.',
    'Kontakt: Miljöstrategen, Miljöförvaltningen.',
  ];

  it('keeps the row after it whole, and the words go to the title', () => {
    const x = extract(readText(new TextEncoder().encode(seedForm(pages))));
    expect(x.activities.map((a) => a.text)).toEqual([
      'Bygga en dagvattendamm vid industriområdet',
      'Inventera de enskilda avloppen runt sjön',
      'Informera villaägare om dagvatten',
      'Rensa bäcken från vandringshinder för öring',
      'Plantera kantzoner längs ån',
    ]);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Rent vatten', 'Levande sjöar och vattendrag']);
  });
});

describe('a transcript whose table has the areas as its first column', () => {
  // A traffic-safety plan: the area's title stands before the row that opens it; the financing column is free text.
  const pages = [
    'Trafiksäkerhetsplan 2025–2027 för Exempelby kommun. Planen anger vad kommunen gör för säkrare gator. Åtgärder Målområde Nr Åtgärd Ansvarig Tidplan Finansiering Trygga skolvägar 1 Bygga upphöjda övergångsställen vid alla skolor Tekniska förvaltningen 2025 Inom ram 2 Sänka hastigheten till 30 km/h runt skolorna Tekniska förvaltningen 2025–2026 200 tkr Levande centrum 3 Anordna bilfria lördagar på torget Kultur- och fritidsförvaltningen Sommaren 2025 Inom ram Säkra gång- och cykelvägar 4 Belysa cykelvägen längs ån Tekniska förvaltningen 2026 Bidrag från Trafikverket',
    'Målområde Nr Åtgärd Ansvarig Tidplan Finansiering 5 Bredda gångbanan på Storgatan Samhällsbyggnadsförvaltningen 2027 Investeringsbudget Planen följs upp av kommunstyrelsen varje år och revideras vid behov inför nästa period.',
    'Kontakt: Trafikingenjören, Tekniska förvaltningen.',
  ];
  for (const [form, text] of [['seed form', seedForm(pages)], ['bare form', bareForm(pages)]] as const) {
    it(`reads the titles as the areas and keeps the cells before them (${form})`, () => {
      const x = extract(readText(new TextEncoder().encode(text)));
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Trygga skolvägar', 'Levande centrum', 'Säkra gång- och cykelvägar']);
      expect(x.activities.map((a) => a.text)).toEqual([
        'Bygga upphöjda övergångsställen vid alla skolor',
        'Sänka hastigheten till 30 km/h runt skolorna',
        'Anordna bilfria lördagar på torget',
        'Belysa cykelvägen längs ån',
        'Bredda gångbanan på Storgatan',
      ]);
      const keys = x.focusAreas.map((f) => f.key);
      expect(x.activities.map((a) => keys.indexOf(a.focusAreaKey!))).toEqual([0, 0, 1, 2, 2]);
    });
  }

  it('takes no title from a free-text cell where the header has no area column', () => {
    const plain = pages.map((p) => p.replace(/Målområde Nr/g, 'Nr').replace('Trygga skolvägar 1', '1'));
    const x = extract(readText(new TextEncoder().encode(seedForm(plain))));
    expect(x.focusAreas.map((f) => f.title)).not.toContain('Levande centrum');
  });
});
