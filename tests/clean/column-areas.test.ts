import { describe, expect, it } from 'vitest';
import { areaColumnBefore, trailingAreaTitle } from '../../src/clean/column-areas.js';
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
