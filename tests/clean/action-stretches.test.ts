import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { readColumnStreams } from '../../src/clean/column-streams.js';
import type { RawBlock } from '../../src/core/types.js';

/**
 * Tables whose activity column a PDF-to-text tool gave as one stretch, the
 * other columns' cells after it in no order their types tell apart.
 */
const read = (text: string) => readText(new TextEncoder().encode(text));
const bare = (title: string, pages: string[]) => [title, '', 'Transkript', '', ...pages.flatMap((p, i) => [`${i + 1} ${p}`, ''])].join('\n');
const seed = (title: string, pages: string[]) =>
  [title, '', 'Relevanta dokument', 'Parkprogram 2020', 'Budget 2026', '', 'Transkript:', '', ...pages.flatMap((p, i) => [`${i + 1} (${pages.length}) ${p}`, ''])].join('\n');
const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 1 });

describe('an activity column given as one stretch under area headings', () => {
  // A parks plan: each area's heading, then its table's activity column whole, then owners, partners, times and symbols of two tables mixed.
  const pages = [
    'Handlingsplan för parker och lekplatser 2026–2027 Exempelby kommun Antagen av tekniska nämnden 2026-02-10. Fokusområde 1: Lekplatser Aktivitet Rusta upp lekplatsen i Norrby Anlägga en naturlekplats vid Ekbacken Byta fallskydd på alla lekplatser Ansvar Parkenheten Samverkan Tid 2026 ● Parkenheten Förskolorna VT 2027 ○ Fokusområde 2: Hundparker Aktivitet Anlägga en hundrastgård i Söderby Sätta upp fler papperskorgar för hundpåsar Ordna belysning i hundparken vid sjön Ansvar Gatuenheten 2027 ◐ Parkenheten',
  ];

  for (const [form, text] of [
    ['bare form', bare('Handlingsplan för parker Exempelby', pages)],
    ['seed form', seed('Handlingsplan för parker Exempelby', pages)],
  ] as const) {
    it(`reads each action as a row under its area's heading, the mixed cells kept as text (${form})`, () => {
      const doc = read(text);
      const x = extract(doc);
      expect(x.activities.map((a) => a.text)).toEqual([
        'Rusta upp lekplatsen i Norrby',
        'Anlägga en naturlekplats vid Ekbacken',
        'Byta fallskydd på alla lekplatser',
        'Anlägga en hundrastgård i Söderby',
        'Sätta upp fler papperskorgar för hundpåsar',
        'Ordna belysning i hundparken vid sjön',
      ]);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Lekplatser', 'Hundparker']);
      expect(x.activities.map((a) => a.focusAreaKey)).toEqual([0, 0, 0, 1, 1, 1]);
      expect(doc.text).toContain('Parkenheten Förskolorna VT 2027');
    });
  }
});

describe('an activity column given as one stretch after its id column', () => {
  // A winter-maintenance follow-up: the areas merged down the id column, ids in order, the activity column in two parts with the first rows' cells between.
  const page = 'Uppföljning av vinterväghållningen 2026 Exempelby kommun Lägesrapport till tekniska nämnden. Område Gång- och cykelvägar Nr V1 V2 V3 Busshållplatser V4 V5 Åtgärd Ploga gångvägarna före klockan sju Sanda trapporna vid stationen Köpa in en ny sopsaltmaskin Ansvarig Gatuenheten Klart 2026 Status Klar Gatuenheten Q1 2026 Pågår Upphandlingsenheten Ej påbörjad Röja snövallar vid alla hållplatser Värma upp väntkuren vid resecentrum Gatuenheten 2026 Pågår Fastighetsenheten 2027 Ej påbörjad';

  it('gives each action its id and the area merged down the id column, the second part of the column read after the first rows\' cells', () => {
    const x = extract(read(bare('Uppföljning av vinterväghållningen Exempelby', [page])));
    expect(x.activities.map((a) => a.text)).toEqual([
      'Ploga gångvägarna före klockan sju',
      'Sanda trapporna vid stationen',
      'Köpa in en ny sopsaltmaskin',
      'Röja snövallar vid alla hållplatser',
      'Värma upp väntkuren vid resecentrum',
    ]);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Gång- och cykelvägar', 'Busshållplatser']);
    expect(x.activities.map((a) => a.focusAreaKey)).toEqual([0, 0, 0, 1, 1]);
  });
});

describe('text that names an activity column but holds no stretch of actions', () => {
  it('reads nothing from prose that names a column, nor from a stretch no column word ends, nor from two actions, nor from actions with sentences inside, nor from numbered rows', () => {
    const prose = 'Planen beskriver varje åtgärd. Åtgärd Bygga cykelbanor längs vägen. Ordna parkering vid skolan Mäta trafiken ska prövas. Ansvar ligger hos nämnden.';
    const open = 'Åtgärd Bygga cykelbanor längs vägen Ordna parkering vid skolan Mäta trafiken vid tre punkter';
    const two = 'Åtgärd Bygga cykelbanor längs vägen Ordna parkering vid skolan Ansvar TK 2026';
    const sentences = 'Åtgärd Bygga cykelbanor längs vägen. Det ger fler cyklister Ordna parkering vid skolan Mäta trafiken Ansvar TK 2026';
    // Numbered rows after the column words 'Nr Åtgärd', a band's title among them: the column blocks' reading (column-blocks.ts).
    const numbered = 'Nr Åtgärd Cykelstråk 1 Bygga cykelbanor längs vägen 2 Ordna parkering vid skolan 3 Mäta trafiken vid tre punkter Ansvar TK 2026';
    for (const text of [prose, open, two, sentences, numbered]) expect(readColumnStreams([paragraph(text)])).toEqual([paragraph(text)]);
  });

  it('reads a stretch that a footer cut from its next column word, that word opening the next block, and each column whose cells number the rows', () => {
    const text = 'Åtgärd Bygga cykelbanor längs vägen Ordna parkering vid skolan Mäta trafiken vid tre punkter';
    // Three units and three times, in their columns' order; two statuses for three rows: no status is given.
    const out = readColumnStreams([paragraph(text), paragraph('Ansvar Tid TK 2026 Status Klar SBN 2027 TK 2026 Pågår')]);
    expect(out.filter((b) => b.kind === 'row').map((b) => b.cells)).toEqual([
      ['Åtgärd', 'Tid', 'Ansvar'],
      ['Bygga cykelbanor längs vägen', '2026', 'TK'],
      ['Ordna parkering vid skolan', '2027', 'SBN'],
      ['Mäta trafiken vid tre punkter', '2026', 'TK'],
    ]);
  });
});

describe('the cells after a stretch, their columns interleaved', () => {
  it('gives a row only the cells that stand between its neighbours\' cells, leaving out a time set below the next row\'s unit and a status after it', () => {
    // A school-meals plan: rows 1–3 read in order; row 4's time stood below row 5's unit, and row 5's status after it.
    const text = 'Åtgärd Byta ugnar i Norrskolan Införa vegetarisk dag Köpa nya serveringsvagnar Utbilda kockarna i specialkost Ta fram en ny matsedel';
    const cells = 'Ansvar KOST Tid 2026 Status Klar KOST VT 2027 Pågår SKOL 2027 Ej påbörjad KOST Klar KOST Q3 2026 2027 Pågår';
    const rows = readColumnStreams([paragraph(text), paragraph(cells)]).filter((b) => b.kind === 'row').map((b) => b.cells);
    expect(rows).toEqual([
      ['Åtgärd', 'Tid', 'Status', 'Ansvar'],
      ['Byta ugnar i Norrskolan', '2026', 'Klar', 'KOST'],
      ['Införa vegetarisk dag', 'VT 2027', 'Pågår', 'KOST'],
      ['Köpa nya serveringsvagnar', '2027', 'Ej påbörjad', 'SKOL'],
      ['Utbilda kockarna i specialkost', '', 'Klar', 'KOST'],
      ['Ta fram en ny matsedel', '', '', ''],
    ]);
  });
});

describe('cells a page marker in the middle of the page cut from the table above', () => {
  // A library plan: the last row's status stood lower than the page's marker, the next block opening with it and the comment column's word.
  const text = 'Åtgärd Flytta boksamlingen till nya lokaler Digitalisera kortkatalogen Anordna en läsfestival Ansvar BIB Tid 2026 Status Klar BIB 2027 Pågår KUL 2026';
  const statuses = (next: string) => readColumnStreams([paragraph(text), paragraph(next)]).filter((b) => b.kind === 'row' && !b.header).map((b) => b.cells![2] ?? '');
  it('reads the cells the next block opens with, before the next columns\' head, as the table\'s last', () => {
    expect(statuses('Ej påbörjad Kommentar Lokalerna är klara i mars.')).toEqual(['Klar', 'Pågår', 'Ej påbörjad']);
    expect(statuses('Ej påbörjad Prognos Kommentar Lokalerna är klara i mars.')).toEqual(['Klar', 'Pågår', 'Ej påbörjad']);
  });
  it('reads none from a next block that opens with a cell and then prose, or with prose', () => {
    for (const next of ['Ej påbörjad sedan i våras på grund av brist på lokaler.', 'Arbetet går vidare under hösten Kommentar', 'Ej påbörjad Ny lokal söks i centrum Kommentar'])
      expect(readColumnStreams([paragraph(text), paragraph(next)]).filter((b) => b.kind === 'row' && !b.header).every((b) => b.cells!.length < 4)).toBe(true);
  });
});

describe('a typed column given whole under its word', () => {
  // A swimming-hall plan: the unit column came whole, then the partners' units, then times and statuses row by row.
  const text = 'Åtgärd Laga taket på simhallen Byta filter i bassängen Måla om omklädningsrummen';
  const rows = (cells: string) => readColumnStreams([paragraph(text), paragraph(cells)]).filter((b) => b.kind === 'row').map((b) => b.cells);
  it('gives each row its cell in the column\'s order, the partners\' units after it passed over', () => {
    expect(rows('Ansvar FRI TEK FRI Samverkan TEK FRI Tid 2026 Status Klar 2027 Pågår 2026 Ej påbörjad')).toEqual([
      ['Åtgärd', 'Tid', 'Status', 'Ansvar'],
      ['Laga taket på simhallen', '2026', 'Klar', 'FRI'],
      ['Byta filter i bassängen', '2027', 'Pågår', 'TEK'],
      ['Måla om omklädningsrummen', '2026', 'Ej påbörjad', 'FRI'],
    ]);
  });
  it('reads no unit column whose word holds fewer cells than rows, nor one whose cells mix with other types', () => {
    for (const cells of ['Ansvar FRI TEK Samverkan TEK FRI FRI Tid 2026 Status Klar 2027 Pågår 2026 Ej påbörjad', 'Ansvar FRI 2026 TEK FRI Samverkan TEK FRI Tid Status Klar 2027 Pågår 2026 Ej påbörjad'])
      expect(rows(cells)[0]).not.toContain('Ansvar');
  });
});

describe('the cells after a stretch read as the groups their units open', () => {
  // A parks plan: row 2's time stood below row 3's unit, and row 3's status after the last row's.
  const text = 'Åtgärd Rensa diket vid Norrvik Klippa slänten vid skolan Plantera träd i parken Gallra skogen vid badet';
  const rows = (cells: string) => readColumnStreams([paragraph(text), paragraph(cells)]).filter((b) => b.kind === 'row').map((b) => b.cells);
  it('gives a cell set lower to the row before that lacks only it, and one left over at the end to the one row without that column', () => {
    expect(rows('Ansvar PARK Tid 2026 Status Klar TEK Pågår GATA 2027 2028 Ej påbörjad PARK 2026 Pågår').slice(1)).toEqual([
      ['Rensa diket vid Norrvik', '2026', 'Klar', 'PARK'],
      ['Klippa slänten vid skolan', '2027', 'Pågår', 'TEK'],
      ['Plantera träd i parken', '2028', 'Ej påbörjad', 'GATA'],
      ['Gallra skogen vid badet', '2026', 'Pågår', 'PARK'],
    ]);
    expect(rows('Ansvar PARK Tid 2026 Status Klar TEK 2027 GATA 2028 Ej påbörjad PARK 2026 Pågår Pågår').slice(1).map((r) => r![2])).toEqual(['Klar', 'Pågår', 'Ej påbörjad', 'Pågår']);
  });
  it('reads no status from two in the last group when the row before lacks one: set lower or left over, either holds', () => {
    const out = rows('Ansvar PARK Tid 2026 Status Klar TEK Pågår GATA 2027 2028 PARK 2026 Pågår Ej påbörjad');
    expect(out.slice(3).map((r) => r![2])).toEqual(['', '']);
  });
  it('gives nothing from a group still holding two of a column, its row before lacking more than that column', () => {
    const out = rows('Ansvar PARK Tid 2026 Status Klar TEK GATA 2027 2028 Pågår Ej påbörjad PARK 2026 Pågår');
    // Row 3's status stands between its neighbours' cells: that reading alone places it.
    expect(out.slice(2, 4).map((r) => r!.slice(1, 3))).toEqual([['', ''], ['', 'Ej påbörjad']]);
  });
});

describe('the cells after a stretch given row by row, the head\'s words among the first row\'s', () => {
  // A waste plan: the head and the first row came as one block per column ('Ansvar AVF Samverkan BOS …'), the other rows line by line, a partner left blank with a dash; the next area's table follows in the same stream.
  const pages = [
    'Handlingsplan för avfall 2026–2028 Exempelby kommun Antagen av tekniska nämnden 2026-01-20. Område 1: Insamling av matavfall Aktivitet Dela ut papperspåsar till alla villahushåll Införa insamling av matavfall i flerbostadshus Sätta upp sorteringsskyltar vid återvinningsstationerna Ansvar AVF Samverkan BOS Tid 2026 Status Klar AVF – VT 2027 Pågår KOM AVF/BOS Löpande Ej påbörjad Område 2: Återbruk Aktivitet Öppna en återbruksbutik vid kretsloppsparken Ordna bytardagar i skolorna Låna ut verktyg på biblioteket Ansvar AVF Samverkan – Tid 2027 Status Ej påbörjad BUF AVF HT 2026 Pågår BIB – 2026 Klar',
  ];
  for (const [form, text] of [
    ['bare form', bare('Handlingsplan för avfall Exempelby', pages)],
    ['seed form', seed('Handlingsplan för avfall Exempelby', pages)],
  ] as const) {
    it(`gives each row its unit, time and status in the head's order, the cells stopping where the next area's table opens (${form})`, () => {
      const x = extract(read(text));
      expect(x.activities.map((a) => [a.text, a.ownerRaw, a.timeRaw, a.statusRaw])).toEqual([
        ['Dela ut papperspåsar till alla villahushåll', 'AVF', '2026', 'Klar'],
        ['Införa insamling av matavfall i flerbostadshus', 'AVF', 'VT 2027', 'Pågår'],
        ['Sätta upp sorteringsskyltar vid återvinningsstationerna', 'KOM', 'Löpande', 'Ej påbörjad'],
        ['Öppna en återbruksbutik vid kretsloppsparken', 'AVF', '2027', 'Ej påbörjad'],
        ['Ordna bytardagar i skolorna', 'BUF', 'HT 2026', 'Pågår'],
        ['Låna ut verktyg på biblioteket', 'BIB', '2026', 'Klar'],
      ]);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Insamling av matavfall', 'Återbruk']);
    });
  }

  const text = 'Aktivitet Rusta upp elljusspåret i Västerskogen Bygga en pumptrack vid skolan Anlägga en utegym i centrum';
  const rows = (cells: string) => readColumnStreams([paragraph(text), paragraph(cells)]).filter((b) => b.kind === 'row').map((b) => b.cells);
  it('reads the head whole before the rows in another order, and stops at an indicator table after them', () => {
    expect(rows('Ansvarig Status Klart FRI Klar 2026 TEK Pågår VT 2027 FRI Ej påbörjad Löpande Indikator Besök per år 2025 12 000 Målvärde 2028 15 000')).toEqual([
      ['Aktivitet', 'Klart', 'Status', 'Ansvarig'],
      ['Rusta upp elljusspåret i Västerskogen', '2026', 'Klar', 'FRI'],
      ['Bygga en pumptrack vid skolan', 'VT 2027', 'Pågår', 'TEK'],
      ['Anlägga en utegym i centrum', 'Löpande', 'Ej påbörjad', 'FRI'],
    ]);
  });
  it('reads a row whose last lines wrapped onto the next (a unit in two words) and a comment after the last row', () => {
    expect(rows('Ansvar FRI Tid 2026 Status Klar Tekniska förvaltningen 2027 Pågår FRI HT 2026 Ej påbörjad Kommentar Spåret invigdes i maj.').slice(1)).toEqual([
      ['Rusta upp elljusspåret i Västerskogen', '2026', 'Klar', 'FRI'],
      ['Bygga en pumptrack vid skolan', '2027', 'Pågår', 'Tekniska förvaltningen'],
      ['Anlägga en utegym i centrum', 'HT 2026', 'Ej påbörjad', 'FRI'],
    ]);
  });
  it('passes over a text column last (a financing note) up to where the next row reads, whatever it holds or when it is blank, the next table\'s head and cells after the rows', () => {
    const expected = [
      ['Rusta upp elljusspåret i Västerskogen', '2026', 'FRI'],
      ['Bygga en pumptrack vid skolan', 'VT 2027', 'TEK'],
      ['Anlägga en utegym i centrum', 'Löpande', 'FRI'],
    ];
    for (const cells of [
      'Ansvar FRI Tid 2026 Finansiering Inom ram TEK VT 2027 0,2 mnkr/år FRI Löpande Bidrag från regionen Ansvar KOM Tid 2028 Finansiering Inom ram',
      'Ansvar FRI Tid 2026 Finansiering Inom ram TEK VT 2027 FRI Löpande Inom ram Ansvar KOM Tid 2028 Finansiering Inom ram KOM 2029',
      'Ansvar Tid Finansiering FRI 2026 Statligt stöd TEK VT 2027 Inom ram FRI Löpande',
    ])
      expect(rows(cells).slice(1)).toEqual(expected);
  });

  it('reads no row by row when a row does not read, when typed cells are left over, or when the head\'s words stand out of the rows\' order', () => {
    // A row's cells replaced by prose; a fourth row's cells after three rows; the time's word before the first row's partner. The partners' units leave the unit column no count of its own.
    for (const cells of [
      'Ansvar FRI Samverkan TEK/KOM Tid 2026 Status Klar TEK FRI 2027 Pågår arbetet har inte startat ännu',
      'Ansvar FRI Samverkan TEK/KOM Tid 2026 Status Klar TEK FRI 2027 Pågår FRI – 2026 Klar TEK – 2028 Pågår',
      'Ansvar FRI Samverkan Tid TEK/KOM 2026 Status Klar TEK FRI 2027 Pågår FRI – 2026 Klar',
    ])
      expect(rows(cells)[0]).not.toContain('Ansvar');
  });
});

describe("a stretch's last action run into its row's cells and the next table's title", () => {
  // A sports plan in numbered sections: the second table's last action is followed by its unit, its financing and the third section's title before the next head.
  const page =
    'Handlingsplan för idrott 2026–2027 Exempelby kommun 4.1 Idrottshallar Nr 4.1.1 4.1.2 4.1.3 Åtgärd Byta golv i Norrhallen Måla om omklädningsrummen i Söderhallen Installera solceller på Västhallen Ansvar FRI Tid 2026 FRI VT 2027 FAST 2027 ' +
    '4.2 Spontanidrott Nr 4.2.1 4.2.2 4.2.3 Åtgärd Bygga en spontanidrottsplats i Öster Anlägga en pumptrack vid skolan Sätta upp belysning vid utegymmet tillsammans med Fritidsförvaltningen TEK Inom ram 4.3 Friluftsliv Nr 4.3.1 4.3.2 4.3.3 Åtgärd Märka upp vandringsleder Röja slingor i Västerskogen Bygga ett vindskydd vid sjön Ansvar FRI Tid 2026 TEK 2027 FRI HT 2026';
  for (const [form, text] of [
    ['bare form', bare('Handlingsplan för idrott Exempelby', [page])],
    ['seed form', seed('Handlingsplan för idrott Exempelby', [page])],
  ] as const) {
    it(`ends the last action before its unit, after a name set after a preposition, and keeps the words after it as text (${form})`, () => {
      const doc = read(text);
      const x = extract(doc);
      expect(x.activities.map((a) => a.text)).toContain('Sätta upp belysning vid utegymmet tillsammans med Fritidsförvaltningen');
      expect(x.activities).toHaveLength(9);
      expect(doc.text).toContain('TEK Inom ram');
    });
  }
});

describe("a table's head and first rows' cells set among the table above's cells, before its title", () => {
  // A library plan in numbered sections: a reading order by lines gave the second table's head and its first two rows' cells
  // after the first table's rows, before the second section's title; the second table's last row's cells come after its actions.
  const page = (lastTime: string) =>
    'Biblioteksplan 2026–2027 Exempelby kommun 2.1 Läsfrämjande Nr 2.1.1 2.1.2 2.1.3 Åtgärd Starta läsecirklar på fritidsgårdarna Dela ut böcker till alla nyfödda Ordna författarbesök i skolorna ' +
    'Ansvar BIB Tid 2026 Finansiering Inom ram BUF VT 2027 Statsbidrag BIB Löpande Inom ram Ansvar KUF Tid 2026 Finansiering Inom ram BIB HT 2026 Sponsring ' +
    `2.2 Mötesplatser Nr 2.2.1 2.2.2 2.2.3 Åtgärd Inreda en studiehörna i Norrby filial Förlänga öppettiderna på lördagar Bygga en scen i stadsbibliotekets hall KUF ${lastTime} Inom ram ` +
    '2.3 Digitala tjänster Nr 2.3.1 2.3.2 2.3.3 Åtgärd Låna ut läsplattor till äldreboenden Erbjuda e-böcker på lätt svenska Starta en digital bokcirkel Ansvar BIB Tid 2026 Finansiering Inom ram BIB 2027 Inom ram KUF VT 2026 Inom ram';
  // The lead owner: the cells kept as text after a table are read as a field line of its last row too, which adds a second.
  const lead = (o: string | null) => o?.split('; ')[0] ?? null;
  for (const [form, text] of [
    ['bare form', bare('Biblioteksplan Exempelby', [page('2027')])],
    ['seed form', seed('Biblioteksplan Exempelby', [page('2027')])],
  ] as const) {
    it(`gives the second table's rows the cells set before its title, and the first table only its own (${form})`, () => {
      const x = extract(read(text));
      expect(x.activities.map((a) => lead(a.ownerRaw)).slice(0, 6)).toEqual(['BIB', 'BUF', 'BIB', 'KUF', 'BIB', 'KUF']);
      expect(x.activities.map((a) => a.years).slice(3, 6)).toEqual([[2026], [2026], [2027]]);
    });
  }

  it('reads the units when the last row leaves its time blank, and keeps every word', () => {
    const doc = read(seed('Biblioteksplan Exempelby', [page('')]));
    const x = extract(doc);
    expect(x.activities.map((a) => lead(a.ownerRaw)).slice(0, 6)).toEqual(['BIB', 'BUF', 'BIB', 'KUF', 'BIB', 'KUF']);
    expect(doc.text).toContain('Ansvar KUF Tid 2026 Finansiering Inom ram BIB HT 2026 Sponsring');
  });
});

describe('a short table whose head and cells came before its title and actions', () => {
  // A winter road plan in numbered sections: the first table's cells row by row under a head whose last column is a note
  // (a dash where it is blank), then the second table's head repeated with its two rows' cells, its section's title, and
  // only then its id column's word and its two actions, which end the page with no column word after them.
  const page = (lastNote: string, second: string) =>
    'Plan för vinterväghållning 2026–2028 Exempelby kommun 3.1 Snöröjning Åtgärd Ploga alla gång- och cykelvägar före klockan sju ' +
    'Köpa in en ny traktor till centrumområdet Kartlägga gator där kommunalt VA saknas vintertid ' +
    `Ansvar GAT Tid 2026 Kostnad Inom ram GAT 2027 900 tkr TEK Löpande ${lastNote} ` +
    `Ansvar GAT Tid Löpande Kostnad 50 tkr TEK (GAT) Q3 2027 200 tkr 3.2 Halkbekämpning ${second}`;
  const second = 'Åtgärd Sanda busshållplatserna vid minusgrader Byta till återvunnen flis på trottoarerna';
  const texts = [
    'Ploga alla gång- och cykelvägar före klockan sju',
    'Köpa in en ny traktor till centrumområdet',
    'Kartlägga gator där kommunalt VA saknas vintertid',
    'Sanda busshållplatserna vid minusgrader',
    'Byta till återvunnen flis på trottoarerna',
  ];
  // The lead owner and the first time: the cells kept as text after a table are read as a field line of its last row too.
  const lead = (o: string | null) => o?.split('; ')[0] ?? null;
  for (const [form, text] of [
    ['bare form', bare('Plan för vinterväghållning Exempelby', [page('–', second)])],
    ['seed form', seed('Plan för vinterväghållning Exempelby', [page('–', second)])],
  ] as const) {
    it(`reads the second table's two actions with the cells set before them, and the first table's rows though its note is a dash (${form})`, () => {
      const doc = read(text);
      const x = extract(doc);
      expect(x.activities.map((a) => a.text)).toEqual(texts);
      expect(x.activities.map((a) => lead(a.ownerRaw))).toEqual(['GAT', 'GAT', 'TEK', 'GAT', 'TEK (GAT)']);
      expect(x.activities.map((a) => a.timeRaw?.split(', ')[0] ?? null)).toEqual(['2026', '2027', 'Löpande', 'Löpande', 'Q3 2027']);
    });
  }

  it('reads the first table when its last note holds words, and the second whose last cost is blank', () => {
    const x = extract(read(seed('Plan för vinterväghållning Exempelby', [page('Bidrag sökt', second).replace(' 200 tkr 3.2', ' 3.2')])));
    expect(x.activities.map((a) => a.text)).toEqual(texts);
    expect(x.activities.map((a) => a.timeRaw?.split(', ')[0] ?? null)).toEqual(['2026', '2027', 'Löpande', 'Löpande', 'Q3 2027']);
  });

  it('reads no short table whose cells did not come before it, and keeps its words', () => {
    const doc = read(bare('Plan för vinterväghållning Exempelby', [page('–', second).replace(/Ansvar GAT Tid Löpande Kostnad 50 tkr TEK \(GAT\) Q3 2027 200 tkr /, '')]));
    const x = extract(doc);
    expect(x.activities.map((a) => a.text)).toEqual(texts.slice(0, 3));
    expect(doc.text).toContain('Sanda busshållplatserna vid minusgrader');
  });

  it('reads no short table from two actions that a sentence ends inside', () => {
    const doc = read(bare('Plan för vinterväghållning Exempelby', [page('–', 'Åtgärd Sanda busshållplatserna. Det görs vid minusgrader Byta till återvunnen flis')]));
    const x = extract(doc);
    expect(x.activities.map((a) => a.text)).toEqual(texts.slice(0, 3));
  });
});

describe('a stretch in a page that opens with its section\'s number', () => {
  // The page opens with '3.2 Halkbekämpning', read as a numbered item; its table's cells open the next page.
  const pages = [
    'Plan för vinterväghållning 2026–2028 Exempelby kommun 3.1 Snöröjning Vi plogar när snödjupet är fem centimeter.',
    '3.2 Halkbekämpning Här står åtgärderna inom området. Åtgärd Sanda busshållplatserna vid minusgrader Byta till återvunnen flis på trottoarerna Salta huvudgatorna före morgontrafiken',
    'Ansvar GAT Tid 2026 TEK VT 2027 GAT Löpande',
  ];
  it('reads the table and keeps the section\'s number on the text before it', () => {
    const doc = read(bare('Plan för vinterväghållning Exempelby', pages));
    const x = extract(doc);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.timeRaw])).toEqual([
      ['Sanda busshållplatserna vid minusgrader', 'GAT', '2026'],
      ['Byta till återvunnen flis på trottoarerna', 'TEK', 'VT 2027'],
      ['Salta huvudgatorna före morgontrafiken', 'GAT', 'Löpande'],
    ]);
    expect(doc.blocks.some((b) => b.kind === 'item' && b.marker === '3.2' && doc.text.slice(b.start, b.end).startsWith('Halkbekämpning'))).toBe(true);
  });
});

describe('an id column that repeats its word before each number, and a numbered title before the table', () => {
  // A winter road plan's chapter in numbered sub-sections, each table's id column 'Akt Akt 1 Akt 2 …' before its actions,
  // the sub-section's numbered title run into the text before it (the cells of the table above, or the section's title).
  const chapter = (ids2: string, title2: string) =>
    '3.1 Snöröjning 3.1.1 Gång- och cykelvägar Akt Akt 1 Akt 2 Akt 3 Åtgärd Ploga alla gång- och cykelvägar före klockan sju ' +
    'Köpa in en ny traktor till centrumområdet Kartlägga gator där kommunalt VA saknas vintertid ' +
    'Ansvar GAT Tid 2026 Kostnad Inom ram GAT 2027 900 tkr TEK Löpande – Ansvar GAT Tid Löpande Kostnad 50 tkr TEK (GAT) Q3 2027 200 tkr ' +
    `${title2} ${ids2} Åtgärd Sanda busshållplatserna vid minusgrader Byta till återvunnen flis på trottoarerna`;
  const read = (text: string) => readColumnStreams([paragraph(text)]);
  const ids = (blocks: RawBlock[]) => blocks.filter((b) => b.kind === 'row' && !b.header).map((b) => b.cells![1]);
  const headings = (blocks: RawBlock[]) => blocks.filter((b) => b.kind === 'heading').map((b) => b.text);

  it("gives each row its id, the ids running on from the table above's, and makes each numbered title a heading", () => {
    const blocks = read(chapter('Akt Akt 4 Akt 5', '3.1.2 Uppföljning av bussgator'));
    expect(ids(blocks)).toEqual(['Akt 1', 'Akt 2', 'Akt 3', 'Akt 4', 'Akt 5']);
    expect(headings(blocks)).toEqual(['3.1.1 Gång- och cykelvägar', '3.1.2 Uppföljning av bussgator']);
    expect(blocks[0].text).toBe('3.1 Snöröjning');
  });

  it('reads no ids that skip a number or number fewer rows than actions, and no title with a figure in it', () => {
    const skipped = read(chapter('Akt Akt 4 Akt 6', '3.1.2 Etapp 2 bussgator'));
    expect(ids(skipped).slice(3)).not.toContain('Akt 4');
    expect(headings(skipped)).toEqual(['3.1.1 Gång- och cykelvägar']);
    const fewer = read(chapter('Akt Akt 4', '3.1.2 Bussgator'));
    expect(ids(fewer).slice(3)).not.toContain('Akt 4');
  });
});
