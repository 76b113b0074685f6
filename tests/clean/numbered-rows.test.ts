import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { bandBefore, bandNumberAt, between, nextRowAt } from '../../src/clean/numbered-rows.js';
import { opensWithAreaColumn, holdsAsTable, learnColumnOrder } from '../../src/clean/column-order.js';
import { parseId } from '../../src/clean/numbering.js';

/**
 * Rows of a table run into a transcript's page lines, found by their
 * numbering: band numbers whose children follow, a band's title set after the
 * header repeated on the next page, a row whose id the reading order set
 * elsewhere, and a header repeated without its first columns' words.
 */
const read = (text: string) => readText(new TextEncoder().encode(text));
const bare = (title: string, pages: string[]) => [title, '', 'Transkript', '', ...pages.flatMap((p, i) => [`${i + 1} ${p}`, ''])].join('\n');
const id = (s: string) => parseId(s)!;

describe('band numbers and the ids of rows', () => {
  it('reads a bare number whose first child follows as a band, with or without its title', () => {
    expect(bandNumberAt('2. Rent dricksvatten 2.1 Byta ledningar i Norrby', id('1.4'))).toEqual({ number: '2.', title: 'Rent dricksvatten', rowAt: 20 });
    expect(bandNumberAt('1. 1.1 Byta ledningar i Norrby', null)).toEqual({ number: '1.', title: '', rowAt: 2 });
  });

  it('takes no band from a number whose next row is not its first child, nor from a sentence before it', () => {
    expect(bandNumberAt('2 Kapitel 3.1 Byta ledningar', null)).toBeNull();
    expect(bandNumberAt('2. Vi ska under året se över. 2.1 Byta ledningar', id('1.3'))).toBeNull();
    expect(bandNumberAt('2. Rent dricksvatten 2.2 Byta ledningar', id('1.3'))).toBeNull();
  });

  it("ends a row's last cell before the next band's number and title", () => {
    const text = 'Byta ledningar VA-enheten 2026 Inom ram 3. Hållbar dagvattenhantering 3.1 Anlägga';
    expect(text.slice(bandBefore(text, id('2.4')) + 1)).toBe('3. Hållbar dagvattenhantering 3.1 Anlägga');
    expect(bandBefore('Byta ledningar VA-enheten 2026 Inom ram 3.1 Anlägga', id('2.4'))).toBe(-1);
  });

  it('skips a row whose id stands elsewhere when the ids after it go on as a chain, not for one stray id', () => {
    const text = ' Sanera tomten Miljöenheten 2026 4.4 Mäta buller Miljöenheten 2027 4.5 Rapportera';
    expect(text.slice(nextRowAt(text, id('4.2')))).toMatch(/^ 4\.4/);
    expect(nextRowAt(' Sanera tomten Miljöenheten 2026 4.4 Mäta buller', id('4.2'))).toBe(-1);
    expect(between(id('4.2'), id('4.4'))).toEqual(id('4.3'));
    expect(between(id('4.2'), id('4.3'))).toBeNull();
  });
});

describe('the column order a header gives', () => {
  it("takes the area's word before a header naming the activity as its first column", () => {
    expect(opensWithAreaColumn(['Tema', 'Nr', 'Åtgärd', 'Ansvar'], 1, ['number', 'activity', 'owner'])).toBe(true);
    expect(opensWithAreaColumn(['per', 'tema', 'Ansvar', 'Tid', 'Status'], 2, ['owner', 'time', 'status'])).toBe(false);
  });

  it("learns a repeated header's missing first columns from the table's, and nothing from another order", () => {
    const table = ['number', 'activity', 'owner', 'time', 'status'] as const;
    expect(learnColumnOrder(['owner', 'time', 'status'], [...table])).toEqual(table);
    expect(learnColumnOrder(['owner', 'status', 'time'], [...table])).toEqual(['owner', 'status', 'time']);
    expect(learnColumnOrder(['time', 'status'], [...table])).toEqual(['time', 'status']);
  });

  it('holds cells as a row when an activity and two typed cells are filled', () => {
    expect(holdsAsTable({ activity: 'Sanera tomten', owner: 'Miljöenheten', time: '2026' }, ['activity', 'owner', 'time', 'comment'])).toBe(true);
    expect(holdsAsTable({ activity: 'Sanera tomten', comment: 'Arbetet fortsätter 2026' }, ['activity', 'owner', 'time', 'comment'])).toBe(false);
  });
});

describe('a water plan whose area column is merged down its rows', () => {
  // The area's number falls at the end of page one, its title after the header repeated on page two.
  const pages = [
    'VA-plan Exempelby kommun 2026–2027 Planen följs upp varje år av tekniska nämnden. Åtgärder per område Område Nr Åtgärd Ansvar Samverkan Klart Kostnad 1. 1.1 Byta ledningar i Norrby och Söderby Tekniska förvaltningen Miljöenheten 2026 Inom ram',
    'Område Nr Åtgärd Ansvar Samverkan Klart Kostnad Rent dricksvatten 1.2 Inventera enskilda brunnar i skärgården Miljöenheten Lantbrukarnas förening VT 2027 80 tkr 2. Hållbar dagvattenhantering 2.1 Anlägga en damm vid Storån Tekniska förvaltningen Länsstyrelsen HT 2026 Inom ram 2.2 Ta fram en skyfallskarta för centrum Samhällsbyggnadsförvaltningen Räddningstjänsten 2027 150 tkr',
    'Uppföljningen redovisas för kommunfullmäktige i mars. Kontakt VA-chefen, telefon 010-765 43 21',
  ];

  it('reads the bands as areas and each row with its owner and time', () => {
    const x = extract(read(bare('VA-plan Exempelby', pages)));
    expect(x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title.replace(/^\d+\.\s*/, ''))).toEqual(['Rent dricksvatten', 'Hållbar dagvattenhantering']);
    expect(x.activities.map((a) => a.text)).toEqual([
      'Byta ledningar i Norrby och Söderby',
      'Inventera enskilda brunnar i skärgården',
      'Anlägga en damm vid Storån',
      'Ta fram en skyfallskarta för centrum',
    ]);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Tekniska förvaltningen', 'Miljöenheten', 'Tekniska förvaltningen', 'Samhällsbyggnadsförvaltningen']);
    expect(x.activities.map((a) => a.years)).toEqual([[2026], [2027], [2026], [2027]]);
  });

  it("takes no area from the area column's word alone before the repeated header", () => {
    const x = extract(read(bare('VA-plan Exempelby', pages)));
    expect(x.focusAreas.map((f) => f.title)).not.toContain('Område');
  });
});

describe('a follow-up whose ids and header words a reading order set apart', () => {
  // An elder care follow-up: row 1.3's id stands after the rows on page two, and the header repeats without 'Nr Insats'.
  const pages = [
    'Uppföljning äldreomsorgsplan 2026 Exempelby kommun Nr Insats Ansvarig Klart Status Kommentar Fokusområde 1 – Trygg vård i hemmet 1.1 Införa digital tillsyn nattetid VOF 2026 Klar Används i alla distrikt sedan maj. 1.2 Utbilda personal i demensvård VOF HT 2026 Pågår Hälften av personalen är utbildad.',
    'Ansvarig Klart Status Kommentar Starta en anhörigcafé i varje kommundel SOC VT 2026 Försenad Lokalerna är inte klara. 1.4 Se över matdistributionen till hemmaboende VOF 2027 Ej påbörjad Upphandlingen startar i höst. 1.5 Erbjuda fallpreventiv träning VOF 2026 Pågår Tre grupper är i gång. Nr Insats 1.3',
    'Nästa uppföljning lämnas i april. Kontakt Äldreomsorgschefen',
  ];

  it('reads the row whose id stands elsewhere between its neighbours, with its cells, and keeps the stray words', () => {
    // 'Försenad' is an ongoing status that runs late (src/lang/status.ts).
    const doc = read(bare('Uppföljning äldreomsorg Exempelby', pages));
    const x = extract(doc);
    expect(x.activities.map((a) => a.text)).toEqual([
      'Införa digital tillsyn nattetid',
      'Utbilda personal i demensvård',
      'Starta en anhörigcafé i varje kommundel',
      'Se över matdistributionen till hemmaboende',
      'Erbjuda fallpreventiv träning',
    ]);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['VOF', 'VOF', 'SOC', 'VOF', 'VOF']);
    expect(x.activities.map((a) => a.status)).toEqual(['done', 'ongoing', 'ongoing', 'not_started', 'ongoing']);
    expect(doc.text).toContain('Nr Insats 1.3');
  });
});

describe('a table title before the header', () => {
  it('is no row and no band: a numbered title line stays text', () => {
    const pages = [
      'Klimatplan Exempelby kommun 2026 Tabell 1. Åtgärder för minskade utsläpp Nr Åtgärd Ansvar Klart 1.1 Byta till elbussar i stadstrafiken Kollektivtrafikenheten 2026 1.2 Installera solceller på skolorna Fastighetsenheten 2027 1.3 Införa klimatkrav i upphandlingar Upphandlingsenheten 2026',
      'Planen följs upp av kommunstyrelsen. Kontakt Klimatstrategen',
    ];
    const x = extract(read(bare('Klimatplan Exempelby', pages)));
    expect(x.activities.map((a) => a.text)).toEqual(['Byta till elbussar i stadstrafiken', 'Installera solceller på skolorna', 'Införa klimatkrav i upphandlingar']);
    expect(x.focusAreas.map((f) => f.title).join(' ')).not.toMatch(/Tabell/);
  });
});
