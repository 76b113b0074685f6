import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { evenOwnerColumns } from '../../src/clean/owner-column.js';
import type { RawBlock } from '../../src/core/types.js';

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
        // A share-done column that gives a status word where no share applies: 'Löpande' is work going on.
        ['4.2.2', 'Samla in möbler för återbruk i kommunens lokaler', 'SBF', 'Årligen', 'Löpande'],
        ['4.2.3', 'Utreda en fritidsbank i samverkan med föreningar', 'KFF', '2028', '0 %'],
      ]);
      const x = extract(read(text));
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Minska matavfallet', 'Öka återanvändningen']);
      expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'not_started', 'ongoing', 'ongoing', 'not_started']);
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

describe("the next section run into a table's last row", () => {
  // A digitalisation plan: a cost column of amounts, then the budget section on the same page line.
  const pages = [
    'Digitaliseringsplan 2026–2028 Exempelby kommun Nr Åtgärd Ansvar Tid Kostnad 1 Införa e-tjänst för bygglov SBF 2026 350 2 Byta ärendesystem i socialtjänsten SOC 2027 1 400 3 Ta fram en plan för digital tillgänglighet KLK 2026 – 4 Utbilda alla chefer i informationssäkerhet HR 2027 120 Budget och finansiering Åtgärderna finansieras inom ramen för kommunstyrelsens budget och med statsbidrag.',
  ];
  for (const [form, text] of forms('Digitaliseringsplan Exempelby', pages)) {
    it(`ends the last cell at its amount and keeps the section as text (${form})`, () => {
      expect(rowsOf(text).map((r) => r[4])).toEqual(['350', '1 400', '–', '120']);
      const doc = read(text);
      const after = doc.blocks.filter((b) => b.kind !== 'row' && doc.text.slice(b.start, b.end).includes('Budget och finansiering'));
      expect(after.length).toBe(1);
    });
  }

  it('leaves a free-text last cell whole', () => {
    // Negative: a comment column holds sentences, so nothing types where its last cell ends.
    const text = bare('Uppföljning Exempelby', [
      'Uppföljning av äldreplanen Exempelby kommun Nr Åtgärd Ansvar Status Kommentar 1 Öppna en träffpunkt i Norrby VOF Klar Träffpunkten öppnade i mars. 2 Erbjuda hembesök till alla över 80 år VOF Pågår Hälften av besöken är gjorda. 3 Starta en anhörigcirkel VOF Pågår Första träffen hölls i september Nästa uppföljning görs i december.',
    ]);
    expect(rowsOf(text).map((r) => r[4])).toEqual(['Träffpunkten öppnade i mars.', 'Hälften av besöken är gjorda.', 'Första träffen hölls i september Nästa uppföljning görs i december.']);
  });
});

describe('an owner column of abbreviations read into the partner column after it', () => {
  // A housing programme without ids: owners as abbreviations, partners after them with no border between.
  const pages = [
    'Bostadsförsörjningsprogram 2026–2029 Exempelby kommun Programmet antogs av kommunfullmäktige i mars. Åtgärd Ansvarig Samverkanspart Tid Finansiering Delmål 1.1 Fler bostäder för äldre Bygga ett trygghetsboende i Norrby BOAB SOC 2027 Inom ram Inventera lägenheter i markplan för äldre BOAB Hyresgästföreningen Exempelby 2026 Inom ram Delmål 1.2 Bostäder för unga Utreda hyresgarantier för unga vuxna SOC BOAB 2028 50 tkr Erbjuda bostäder till nyanlända AMF, SOC Migrationsverket 2027 Statsbidrag Ta fram en plan för studentbostäder SBF – 2026 Inom ram Utveckla Vård- och omsorgsboenden med fler platser för par SOC PRO Exempelby 2027 Inom ram',
  ];
  for (const [form, text] of forms('Bostadsförsörjningsprogram Exempelby', pages)) {
    it(`ends each owner where the column's abbreviations end (${form})`, () => {
      expect(rowsOf(text).filter((r) => r[1]).map((r) => [r[1], r[2]])).toEqual([
        ['BOAB', 'SOC'],
        ['BOAB', 'Hyresgästföreningen Exempelby'],
        ['SOC', 'BOAB'],
        ['AMF, SOC', 'Migrationsverket'],
        ['SBF', '–'],
        ['SOC', 'PRO Exempelby'],
      ]);
      // The action's words the reader cut after a unit's truncated first part ('Vård- och') go on to the owner's abbreviation.
      expect(rowsOf(text).filter((r) => r[1]).map((r) => r[0]).pop()).toBe('Utveckla Vård- och omsorgsboenden med fler platser för par');
    });
  }

  it('leaves an owner column of names as read', () => {
    const text = bare('Bostadsförsörjningsprogram Exempelby', [
      'Bostadsförsörjningsprogram 2026–2029 Exempelby kommun Åtgärd Ansvarig Samverkanspart Tid Finansiering Delmål 1.1 Fler bostäder för äldre Bygga ett trygghetsboende i Norrby Socialförvaltningen Exempelbyhem AB 2027 Inom ram Inventera lägenheter i markplan för äldre Samhällsbyggnadsförvaltningen Hyresgästföreningen 2026 Inom ram Utreda hyresgarantier för unga vuxna Socialförvaltningen Exempelbyhem AB 2028 50 tkr',
    ]);
    // Negative: owners written out in full are no column of abbreviations: nothing is moved between the cells.
    expect(read(text).messages.filter((m) => m.ruleId === 'clean/run-on-owner-column')).toEqual([]);
    expect(rowsOf(text).filter((r) => r[1]).length).toBe(3);
  });
});

describe('evenOwnerColumns', () => {
  const row = (cells: string[]): RawBlock => ({ kind: 'row', text: '', page: 1, cells, table: 1000 });
  const roles = new Map([[1000, ['activity', 'owner', 'partner', 'time'] as import('../../src/lang/fields.js').FieldRole[]]]);

  it("gives the action the words a reader cut off it where the row's first abbreviation stands in the partner's cell", () => {
    // A water plan: 'Vård- och' read as a unit's truncated first part, the owner 'VA' further on.
    const rows = [
      row(['Bygga ut', 'Spill- och', 'dagvattennätet i Norrby VA Tekniska förvaltningen', '2027']),
      row(['Ta fram en VA-plan', 'VA', 'SBF', '2026']),
      row(['Inventera enskilda avlopp', 'MHF', '–', '2026']),
      row(['Informera om vattenbesparing', 'VA/KOM', '–', 'Löpande']),
      // A whole name among the abbreviations stays the owner.
      row(['Öva släckning vid vattentäkterna', 'Räddningstjänsten', 'VA', '2027']),
    ];
    evenOwnerColumns(rows, roles);
    expect(rows[4].cells).toEqual(['Öva släckning vid vattentäkterna', 'Räddningstjänsten', 'VA', '2027']);
    expect(rows[0].cells).toEqual(['Bygga ut Spill- och dagvattennätet i Norrby', 'VA', 'Tekniska förvaltningen', '2027']);
    expect(rows[1].cells).toEqual(['Ta fram en VA-plan', 'VA', 'SBF', '2026']);
  });

  it('leaves a column of few abbreviations alone', () => {
    // Negative: most owners are names; 'Tekniska förvaltningen KOM' may be the owner and a partner, or one owner's name with a unit.
    const rows = [
      row(['Bygga ut dagvattennätet', 'Tekniska förvaltningen', 'KOM', '2027']),
      row(['Ta fram en VA-plan', 'Samhällsbyggnadsförvaltningen', '–', '2026']),
      row(['Inventera enskilda avlopp', 'MHF Länsstyrelsen', '', '2026']),
    ];
    evenOwnerColumns(rows, roles);
    expect(rows.map((r) => r.cells![1])).toEqual(['Tekniska förvaltningen', 'Samhällsbyggnadsförvaltningen', 'MHF Länsstyrelsen']);
  });
});

describe('a list of owners cut after its slash', () => {
  const row = (cells: string[]): RawBlock => ({ kind: 'row', text: '', page: 1, cells, table: 1000 });
  const roles = new Map([[1000, ['activity', 'owner', 'time'] as import('../../src/lang/fields.js').FieldRole[]]]);

  it('gives the owner back the first of the list, left at the end of the action, where another row names it as its owner', () => {
    // A public-health plan: owners named by their field ('Fritid', 'Skola'), one row owned by two.
    const rows = [
      row(['Öppna fritidsgården på fredagskvällar', 'Fritid', '2026']),
      row(['Erbjuda läxhjälp på biblioteket Fritid/', 'Skola', 'HT 2026']),
      row(['Införa rökfria skolgårdar', 'Skola', '2027']),
      // Negative: a word no row has as its owner stays the action's.
      row(['Samla in synpunkter via enkät och/', 'Skola', '2027']),
    ];
    evenOwnerColumns(rows, roles);
    expect(rows.map((r) => [r.cells![0], r.cells![1]])).toEqual([
      ['Öppna fritidsgården på fredagskvällar', 'Fritid'],
      ['Erbjuda läxhjälp på biblioteket', 'Fritid/Skola'],
      ['Införa rökfria skolgårdar', 'Skola'],
      ['Samla in synpunkter via enkät och/', 'Skola'],
    ]);
  });
});
