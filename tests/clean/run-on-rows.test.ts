import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

/**
 * Tables that a transcript (pdftotext -raw, pdfjs) ran row after row into one
 * line per page, read to every row: a header word a narrow column broke, the
 * tables of one chapter each under a numbered title, and cells typed by what
 * they hold. Both transcript forms.
 */
const read = (text: string) => readText(new TextEncoder().encode(text));
const rowsOf = (text: string) => {
  const doc = read(text);
  return doc.blocks.filter((b) => b.kind === 'row' && !b.header).map((b) => b.cells!.map((c) => doc.text.slice(c.start, c.end)));
};
const headersOf = (text: string) => {
  const doc = read(text);
  return doc.blocks.filter((b) => b.kind === 'row' && b.header).map((b) => b.cells!.map((c) => doc.text.slice(c.start, c.end)));
};
const bare = (title: string, pages: string[]) => [title, '', 'Transkript', '', ...pages.flatMap((p, i) => [`${i + 1} ${p}`, ''])].join('\n');
const seed = (title: string, pages: string[]) =>
  [title, '', 'Relevanta dokument', 'Budget 2025', 'Protokoll 2025-03-01', '', 'Transkript:', '', ...pages.flatMap((p, i) => [`${i + 1} (${pages.length}) ${p}`, ''])].join('\n');
const forms = (title: string, pages: string[]) => [
  ['bare form', bare(title, pages)],
  ['seed form', seed(title, pages)],
] as const;

describe('a chapter of tables, one under each numbered title, with header words a narrow column broke', () => {
  // A waste plan: the owner's and the share's header words broken in two ('förvaltnin g', 'genomf ört'); the next area's title numbered on from the first.
  const header = 'Nr Åtgärd Ansvarig förvaltnin g Klart Andel genomf ört';
  const pages = [
    'Avfallsplan 2026–2029 Exempelby kommun Avfallsplanen gäller för perioden 2026–2029 och följs upp varje år av tekniska nämnden.',
    `Tekniska nämnden ansvarar för uppföljningen av planen och redovisar den i december. 4.1 Minska matavfallet ${header} 4.1.1 Införa matavfallsinsamling i alla flerbostadshus TF 2026 60 % 4.1.2 Ta fram en kampanj mot matsvinn i skolköken BUF VT 2027 0 % 4.2 Öka återanvändningen ${header} 4.2.1 Öppna en återbruksbutik vid återvinningscentralen TF 2027 20 % 4.2.2 Samla in möbler för återbruk i kommunens lokaler SBF Årligen Löpande 4.2.3 Utreda en fritidsbank i samverkan med föreningar KFF 2028 0 %`,
  ];
  for (const [form, text] of forms('Avfallsplan Exempelby', pages)) {
    it(`cuts every row, rejoins the broken header words and makes each numbered title an area (${form})`, () => {
      expect(headersOf(text)[0]).toEqual(['Nr', 'Åtgärd', 'Ansvarig förvaltning', 'Klart', 'Andel genomfört']);
      expect(rowsOf(text)).toEqual([
        ['4.1.1', 'Införa matavfallsinsamling i alla flerbostadshus', 'TF', '2026', '60 %'],
        ['4.1.2', 'Ta fram en kampanj mot matsvinn i skolköken', 'BUF', 'VT 2027', '0 %'],
        ['4.2.1', 'Öppna en återbruksbutik vid återvinningscentralen', 'TF', '2027', '20 %'],
        // A share-done column that gives a status word where no share applies.
        ['4.2.2', 'Samla in möbler för återbruk i kommunens lokaler', 'SBF', 'Årligen', 'Löpande'],
        ['4.2.3', 'Utreda en fritidsbank i samverkan med föreningar', 'KFF', '2028', '0 %'],
      ]);
      const x = extract(read(text));
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Minska matavfallet', 'Öka återanvändningen']);
      expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'not_started', 'ongoing', null, 'not_started']);
    });
  }

  it('keeps a band numbered one level below the heading above the table a band of the table', () => {
    // Negative: '3.1 Skolan' and '3.2 Fritiden' go one level down from '3 Handlingsplan', no sibling of it: the table's bands, as before.
    const text = bare('Handlingsplan mot psykisk ohälsa Exempelby', [
      '3 Handlingsplan Nr Aktivitet Ansvar Tid Status 3.1 Skolan 3.1.1 Erbjuda samtalsstöd på alla högstadieskolor BUF 2026 Pågår 3.1.2 Utbilda elevhälsan i suicidprevention BUF 2027 Ej påbörjad 3.2 Fritiden 3.2.1 Starta en öppen mötesplats för unga KFF 2026 Genomförd 3.2.2 Ordna föreläsningar för föräldrar SOC 2027 Ej påbörjad',
    ]);
    expect(rowsOf(text).map((r) => r[1])).toEqual([
      '3.1 Skolan',
      'Erbjuda samtalsstöd på alla högstadieskolor',
      'Utbilda elevhälsan i suicidprevention',
      '3.2 Fritiden',
      'Starta en öppen mötesplats för unga',
      'Ordna föreläsningar för föräldrar',
    ]);
  });

  it('joins no short word after a column word that gives no column word whole', () => {
    // Negative: 'och' after 'Ansvar' is a word of prose, not a piece of the column word.
    const text = bare('Riktlinje Exempelby', ['Riktlinje för ansvar Exempelby kommun Varje Aktivitet Ansvar och Tid följs upp av nämnden en gång om året, och resultatet redovisas i årsredovisningen.']);
    expect(headersOf(text)).toEqual([]);
  });
});

describe("an id column's word set apart from its number, and the area column named by a lower label", () => {
  // A safety plan: 'Akt 1' in a narrow id column comes out with 'Akt' on the line before, run onto the cell or band before the row; the first column 'Delområde' merged down.
  const pages = [
    'Trygghetsplan 2026–2027 Exempelby kommun Planen har tagits fram av brottsförebyggande rådet och antagits av kommunstyrelsen. Aktiviteter Delområde Nr Aktivitet Ansvar Tid Status Delområde 1 Tryggare centrum Akt 1 Genomföra trygghetsvandringar i centrum med boende och handlare KSF Årligen i april Pågår Akt 2 Förbättra belysningen i gångtunneln vid stationen TF 2026 Klar Delområde 2 Förebyggande arbete Akt 3 Anställa fältassistenter under sommarlovet SOC Sommaren 2026 Ej påbörjad Akt 4 Starta föräldravandringar på helgerna SOC 2027 Pågår',
    'Uppföljning Brottsförebyggande rådet följer upp planen varje år och rapporterar till kommunstyrelsen.',
  ];
  for (const [form, text] of forms('Trygghetsplan Exempelby', pages)) {
    it(`sets the word back before each number, and reads the bands as the areas (${form})`, () => {
      expect(headersOf(text)[0]).toEqual(['Delområde', 'Nr', 'Aktivitet', 'Ansvar', 'Tid', 'Status']);
      expect(rowsOf(text)).toEqual([
        ['', '', 'Delområde 1 Tryggare centrum', '', '', ''],
        ['', 'Akt 1', 'Genomföra trygghetsvandringar i centrum med boende och handlare', 'KSF', 'Årligen i april', 'Pågår'],
        ['', 'Akt 2', 'Förbättra belysningen i gångtunneln vid stationen', 'TF', '2026', 'Klar'],
        ['', '', 'Delområde 2 Förebyggande arbete', '', '', ''],
        ['', 'Akt 3', 'Anställa fältassistenter under sommarlovet', 'SOC', 'Sommaren 2026', 'Ej påbörjad'],
        ['', 'Akt 4', 'Starta föräldravandringar på helgerna', 'SOC', '2027', 'Pågår'],
      ]);
      const x = extract(read(text));
      expect(x.focusAreas.map((f) => [f.title, f.parentKey])).toEqual([['Tryggare centrum', null], ['Förebyggande arbete', null]]);
      expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'done', 'not_started', 'ongoing']);
    });
  }

  it('moves no word a column repeats as its own value', () => {
    // Negative: every row's partner is 'Polisen', the whole cell: a value, not an id's word.
    const text = bare('Handlingsplan mot klotter Exempelby', [
      'Handlingsplan mot klotter Exempelby kommun Nr Åtgärd Ansvar I samverkan med 1 Sanera klotter inom ett dygn TF Polisen 2 Kartlägga platser med mycket klotter KSF Polisen 3 Ordna lovaktiviteter för unga KFF Polisen 4 Sätta upp kameror vid stationen TF Polisen',
    ]);
    expect(rowsOf(text).map((r) => r[0])).toEqual(['1', '2', '3', '4']);
    expect(rowsOf(text).map((r) => r[3])).toEqual(['Polisen', 'Polisen', 'Polisen', 'Polisen']);
  });
});

describe('tables of one series of ids each, under labelled areas', () => {
  // A climate plan: each area's table numbers its rows under a letter of its own ('T1'…, 'E1'…); a recurring time names the part of the year.
  const pages = [
    'Klimatplan 2026–2028 Exempelby kommun Planen följs upp varje höst. Insatsområde 1: Transporter Id Åtgärd Ansvar Tid Status T1 Byta kommunens bilar mot elbilar SBF 2026–2028 Pågår T2 Bygga laddplatser vid kommunhuset SBF 2026 Klar T3 Införa en resepolicy för tjänsteresor KLK Senast juni 2026 Ej påbörjad Insatsområde 2: Energi Id Åtgärd Ansvar Tid Status E1 Installera solceller på skolornas tak FAST 2027 Påbörjad E2 Energikartlägga kommunens lokaler FAST Löpande under hösten Pågår E3 Byta belysningen i idrottshallarna FAST 2026 Klar',
  ];
  for (const [form, text] of forms('Klimatplan Exempelby', pages)) {
    it(`reads the second table's rows from its own first id (${form})`, () => {
      expect(rowsOf(text)).toEqual([
        ['T1', 'Byta kommunens bilar mot elbilar', 'SBF', '2026–2028', 'Pågår'],
        ['T2', 'Bygga laddplatser vid kommunhuset', 'SBF', '2026', 'Klar'],
        ['T3', 'Införa en resepolicy för tjänsteresor', 'KLK', 'Senast juni 2026', 'Ej påbörjad'],
        ['E1', 'Installera solceller på skolornas tak', 'FAST', '2027', 'Påbörjad'],
        ['E2', 'Energikartlägga kommunens lokaler', 'FAST', 'Löpande under hösten', 'Pågår'],
        ['E3', 'Byta belysningen i idrottshallarna', 'FAST', '2026', 'Klar'],
      ]);
      const x = extract(read(text));
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Transporter', 'Energi']);
      expect(x.activities.map((a) => a.years)).toEqual([[2026, 2027, 2028], [2026], [2026], [2027], [], [2026]]);
    });
  }

  it('opens no row on a later series id that is not a first one', () => {
    // Negative: 'E2' after 'T3' is no first id: the text after the table stays prose.
    const text = bare('Klimatplan Exempelby', [
      'Klimatplan Exempelby kommun Id Åtgärd Ansvar Tid Status T1 Byta kommunens bilar mot elbilar SBF 2026 Pågår T2 Bygga laddplatser vid kommunhuset SBF 2026 Klar T3 Införa en resepolicy KLK 2026 Klar Se även bilaga E2 Energibalans för kommunens fastigheter och deras förbrukning under året.',
    ]);
    expect(rowsOf(text).map((r) => r[0])).toEqual(['T1', 'T2', 'T3']);
  });
});
