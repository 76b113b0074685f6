import { describe, expect, it } from 'vitest';
import { lastLetters, segmentLines, type Line } from '../../src/clean/segment.js';

const line = (text: string, extra: Partial<Line> = {}): Line => ({ text, page: 1, indented: false, fill: 0.9, fontRatio: 1, ...extra });

describe('a numbered label opens an entry of its own', () => {
  it('does not run a labelled entry into the fields of the one before it', () => {
    const blocks = segmentLines([
      line('Insats 3: Kartlägga behovet av trygghetsboenden i kommunens tätorter'),
      line('Ansvar: Vård- och omsorgsförvaltningen | Klart: 2025 | Budget: Inom ram', { indented: true }),
      line('Insats 4: Införa digital tillsyn i hemtjänsten under hela perioden'),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Insats 3: Kartlägga behovet av trygghetsboenden i kommunens tätorter',
      'Ansvar: Vård- och omsorgsförvaltningen | Klart: 2025 | Budget: Inom ram',
      'Insats 4: Införa digital tillsyn i hemtjänsten under hela perioden',
    ]);
  });

  it('still joins a wrapped line that only mentions a number', () => {
    const blocks = segmentLines([line('Kommunen ska under perioden bygga om återvinningscentralen enligt beslut i'), line('Kapitlet beskriver 2 alternativ för placeringen.')]);
    expect(blocks).toHaveLength(1);
  });
});

describe('the rest of a row a page break split', () => {
  const row = (cells: string[], page: number): Line => ({ text: cells.join(' '), page, indented: false, fill: 1, cells });

  it('joins the row above, a time cell that ended on a dash included, its empty cells keeping their columns', () => {
    const blocks = segmentLines([
      row(['Åtgärd', 'Ansvar', 'Tid', 'Status'], 1),
      row(['Rusta upp belysningen längs', 'Tekniska förvaltningen', '2024–', 'Pågår'], 1),
      row(['gång- och cykelvägarna i Berga', '', '2025', ''], 2),
    ]);
    expect(blocks.filter((b) => b.kind === 'row').map((b) => b.cells)).toEqual([
      ['Åtgärd', 'Ansvar', 'Tid', 'Status'],
      ['Rusta upp belysningen längs gång- och cykelvägarna i Berga', 'Tekniska förvaltningen', '2024–2025', 'Pågår'],
    ]);
  });

  it('keeps a row of its own when only a year goes on from a dash', () => {
    const blocks = segmentLines([row(['Inventera förorenad mark', 'Miljöenheten', '2023–', 'Klar'], 1), row(['', '', '2026', ''], 2)]);
    expect(blocks.filter((b) => b.kind === 'row')).toHaveLength(2);
  });

  it('joins a capitalised name that goes on from a cell stopping on a word no sentence ends on, over the page break only', () => {
    const above = ['Starta en läsecirkel för nyanlända', 'Biblioteket i samverkan med', '2025'];
    const rest = ['', 'Studieförbunden', ''];
    const split = segmentLines([row(above, 1), row(rest, 2)]);
    expect(split.filter((b) => b.kind === 'row').map((b) => b.cells)).toEqual([['Starta en läsecirkel för nyanlända', 'Biblioteket i samverkan med Studieförbunden', '2025']]);
    // On the same page, an empty first cell is a row of its own (a merged cell, a second owner).
    expect(segmentLines([row(above, 1), row(rest, 1)]).filter((b) => b.kind === 'row')).toHaveLength(2);
    // Under a cell that ends as a name does, a capitalised cell opens a row.
    const whole = ['Starta en läsecirkel för nyanlända', 'Biblioteket', '2025'];
    expect(segmentLines([row(whole, 1), row(['', 'Kulturskolan', '2026'], 2)]).filter((b) => b.kind === 'row')).toHaveLength(2);
  });

  it('keeps a new row that opens in capitals', () => {
    const blocks = segmentLines([row(['Inventera förorenad mark', 'Miljöenheten', '2023–', 'Klar'], 1), row(['Sanera fastigheten i Norra hamnen', 'Miljöenheten', '2024', 'pågår'], 2)]);
    expect(blocks.filter((b) => b.kind === 'row')).toHaveLength(2);
  });
});

describe('a run of fields whose last label waits for its value', () => {
  it('goes on in the next line, set in as it is', () => {
    const blocks = segmentLines([
      line('Insats 2: Öppna biblioteket i Backa även på söndagar'),
      line('Ansvar: Kultur- och fritidsförvaltningen | Tidplan:', { indented: true }),
      line('Löpande | Kostnad: Inom ram', { indented: true }),
      line('Insats 3: Digitalisera bildarkivet'),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Insats 2: Öppna biblioteket i Backa även på söndagar',
      'Ansvar: Kultur- och fritidsförvaltningen | Tidplan: Löpande | Kostnad: Inom ram',
      'Insats 3: Digitalisera bildarkivet',
    ]);
  });

  it('does not run a lead-in that ends in a colon into the list under it', () => {
    const blocks = segmentLines([line('Nämnden prioriterar följande insatser:'), line('Öppettider på söndagar', { indented: true }), line('Ett digitalt bildarkiv', { indented: true })]);
    expect(blocks).toHaveLength(3);
  });
});

describe('a browser print of a saved page', () => {
  it("reads a list counter before a heading's own number as that number ('2. 2.1 Vatten' is 2.1)", () => {
    const blocks = segmentLines([
      line('1. 1 Inledning', { fontRatio: 1.5 }),
      line('1. 1.1 Bakgrund', { fontRatio: 1.2 }),
      line('Planen gäller för hela kommunen och ska följas upp varje år.'),
      line('2. 1.2 Avgränsning', { fontRatio: 1.2 }),
    ]);
    expect(blocks.map((b) => [b.marker ?? null, b.text])).toEqual([
      ['1', 'Inledning'],
      ['1.1', 'Bakgrund'],
      [null, 'Planen gäller för hela kommunen och ska följas upp varje år.'],
      ['1.2', 'Avgränsning'],
    ]);
  });

  it('keeps a counter whose number the text does not restate, and a count after it', () => {
    const blocks = segmentLines([line('1. 3 Nya förskolor byggs i norra delen'), line('2. Tre skolor renoveras under perioden')]);
    expect(blocks.map((b) => [b.marker, b.text])).toEqual([
      ['1.', '3 Nya förskolor byggs i norra delen'],
      ['2.', 'Tre skolor renoveras under perioden'],
    ]);
  });

  it('reads a labelled field line as a field, though set larger than the body, and a short title in large type as a heading', () => {
    const blocks = segmentLines([
      line('Vattenförsörjning', { fontRatio: 1.3 }),
      line('Bygga en ny reservvattentäkt vid Storsjön före år 2027 enligt beslutad plan.'),
      line('Ansvarig: VA-enheten', { fontRatio: 1.2 }),
      line('Tidplan: 2026', { fontRatio: 1.2 }),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
  });
});

describe('items and titles in a PDF, where lines know their type size and page', () => {
  it('joins an item a page break split, the rest in lower case on the next page; a transcript item still ends at its page', () => {
    const pdf = segmentLines([
      line('• Inventera de enskilda avloppen längs åns tillflöden och förelägga de fastighetsägare vars'),
      line('anläggningar saknar godkänd rening (ansvarig: Miljöenheten)', { page: 2, indented: true }),
      line('• Mäta näringsämnen i sjöarna varje månad', { page: 2 }),
    ]);
    expect(pdf.filter((b) => b.kind === 'item').map((b) => b.text)).toEqual([
      'Inventera de enskilda avloppen längs åns tillflöden och förelägga de fastighetsägare vars anläggningar saknar godkänd rening (ansvarig: Miljöenheten)',
      'Mäta näringsämnen i sjöarna varje månad',
    ]);
    const transcript = segmentLines([
      { text: '• Inventera de enskilda avloppen längs åns tillflöden och förelägga de fastighetsägare vars', page: 1, indented: false, fill: 0.9 },
      { text: 'anläggningar saknar godkänd rening', page: 2, indented: false, fill: 0.9 },
    ]);
    expect(transcript.map((b) => b.kind)).toEqual(['item', 'paragraph']);
  });

  it('joins the wrapped line of an item set in large type whatever its first word, and keeps the next large item apart', () => {
    const blocks = segmentLines([
      line('3.2.1 Erbjuda simundervisning till alla elever i årskurs tre som inte klarat målen, minst', { fontRatio: 1.2, fill: 0.92 }),
      line('200 elever per år', { fontRatio: 1.2, fill: 0.2, indented: true }),
      line('Ansvarig: Fritidsförvaltningen', { fill: 0.3 }),
      line('3.2.2 Rusta upp utomhusbaden', { fontRatio: 1.2, fill: 0.4 }),
      line('Stadsdelsparkerna', { fontRatio: 1.2, fill: 0.2 }),
    ]);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['item', 'Erbjuda simundervisning till alla elever i årskurs tre som inte klarat målen, minst 200 elever per år'],
      ['paragraph', 'Ansvarig: Fritidsförvaltningen'],
      ['item', 'Rusta upp utomhusbaden'],
      ['heading', 'Stadsdelsparkerna'],
    ]);
  });

  it("reads a large line set in over a table as the table's title, a browser's list counter before its label's own number dropped", () => {
    const row = (cells: string[]): Line => ({ text: cells.join(' '), page: 1, indented: false, fill: 1, cells });
    const blocks = segmentLines([
      line('2. Fokusområde 3 – Trygga offentliga miljöer', { fontRatio: 1.3, indented: true, fill: 0.5 }),
      row(['Åtgärd', 'Ansvar', 'Tid']),
      row(['Belysa gångtunnlarna vid stationen', 'Tekniska förvaltningen', '2026']),
      line('Ett stycke text om hur planen följs upp varje år av nämnden.', { fill: 0.6 }),
      line('• Nattvandringar med föreningarna i centrum', { indented: true }),
      line('Stöd till grannsamverkan', { fontRatio: 1.3, indented: true, fill: 0.3 }),
    ]);
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: 'Fokusområde 3 – Trygga offentliga miljöer' });
    // Not over a table: an indented line in large type keeps its reading as an item whose bullet was lost.
    expect(blocks[blocks.length - 1]).toMatchObject({ kind: 'item', text: 'Stöd till grannsamverkan' });
  });
});

describe('a parenthesis closed on the next line', () => {
  it('joins the line that closes it, whatever its capital or indent, to the item or paragraph that opened it', () => {
    const blocks = segmentLines([
      line('– Inventera skyddsrum i alla tätorter (Räddningstjänsten i samverkan med MSB', { fill: 0.95 }),
      line('Region Dalarna, 2026)', { indented: true, fill: 0.3 }),
      line('– Öva krisledningen en gång per år (Kommunledningskontoret, VT', { fill: 0.9 }),
      line('2027)', { fill: 0.1 }),
      line('Kommunens beredskap ska stärkas (se bilaga'),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Inventera skyddsrum i alla tätorter (Räddningstjänsten i samverkan med MSB Region Dalarna, 2026)',
      'Öva krisledningen en gång per år (Kommunledningskontoret, VT 2027)',
      'Kommunens beredskap ska stärkas (se bilaga',
    ]);
  });

  it('does not join a line that opens a parenthesis of its own, or a new item', () => {
    const blocks = segmentLines([line('– Minska energianvändningen i lokalerna (se avsnitt 4'), line('Solceller (egen el) på tre skolor', { indented: true }), line('– Byta belysning (LED', { fill: 0.5 }), line('– Utbilda fastighetsskötare)')]);
    expect(blocks.map((b) => b.text)).toEqual(['Minska energianvändningen i lokalerna (se avsnitt 4', 'Solceller (egen el) på tre skolor', 'Byta belysning (LED', 'Utbilda fastighetsskötare)']);
  });
});

describe('a line that waits for the next', () => {
  it('joins after a spaced dash, a comma, or a time word whose year opens the next line, whatever its capital or type size', () => {
    const blocks = segmentLines([
      line('• Sätta upp laddstolpar vid alla kommunala förskolor –', { fill: 0.95 }),
      line('Fastighetsenheten, hösten 2026', { indented: true, fontRatio: 0.88, fill: 0.4 }),
      line('• Byta tjänstebilarna mot elbilar – Fordonsenheten, våren', { fill: 0.95 }),
      line('2027', { indented: true, fontRatio: 0.88, fill: 0.05 }),
      line('• Erbjuda cykelleasing till medarbetare – HR-enheten,', { fill: 0.95 }),
      line('2026', { indented: true, fontRatio: 0.88, fill: 0.05 }),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Sätta upp laddstolpar vid alla kommunala förskolor – Fastighetsenheten, hösten 2026',
      'Byta tjänstebilarna mot elbilar – Fordonsenheten, våren 2027',
      'Erbjuda cykelleasing till medarbetare – HR-enheten, 2026',
    ]);
  });

  it('does not join a new item, a line on the next page, or a year after a line that ends in no time word', () => {
    const blocks = segmentLines([
      line('• Minska matsvinnet i skolorna –', { fill: 0.9 }),
      line('• Servera mer vegetariskt', { fill: 0.5 }),
      line('Planen gäller för hela kommunen', { fill: 0.4 }),
      line('2030 ska kommunen vara fossilfri.', { indented: true, gapBefore: true }),
      line('Kommunen samverkar med grannkommunerna,', { fill: 0.7 }),
      line('Inledning', { page: 2, fontRatio: 1.4 }),
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Minska matsvinnet i skolorna –', 'Servera mer vegetariskt', 'Planen gäller för hela kommunen', '2030 ska kommunen vara fossilfri.', 'Kommunen samverkar med grannkommunerna,', 'Inledning']);
  });
});

describe('a range of years a line break cut after its dash', () => {
  it('joins the closing year to the open range, in a line of fields set in or in a paragraph, with or without a space before the dash', () => {
    const blocks = segmentLines([
      line('• Inventera de enskilda avloppen runt sjön', { fill: 0.6 }),
      line('Ansvar: Miljöenheten i samverkan med VA-bolaget Klart: 2026–', { indented: true, fontRatio: 0.85, fill: 0.95 }),
      line('2027 Status: Pågår', { indented: true, fontRatio: 0.85, fill: 0.4 }),
      line('• Kalka de försurade sjöarna', { fill: 0.4 }),
      line('Ansvar: Miljöenheten Tid: 2025 -', { indented: true, fontRatio: 0.85, fill: 0.95 }),
      line('2028', { indented: true, fontRatio: 0.85, fill: 0.05 }),
      line('Programmet gäller för perioden 2026-', { fill: 0.95, gapBefore: true }),
      line('2030 och följs upp varje år.', { indented: true, fill: 0.3 }),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Inventera de enskilda avloppen runt sjön',
      'Ansvar: Miljöenheten i samverkan med VA-bolaget Klart: 2026–2027 Status: Pågår',
      'Kalka de försurade sjöarna',
      'Ansvar: Miljöenheten Tid: 2025 - 2028',
      'Programmet gäller för perioden 2026-2030 och följs upp varje år.',
    ]);
  });

  it('does not join a line that opens with no year, a new item, or a year after a range that is closed', () => {
    const blocks = segmentLines([
      line('Ansvar: Miljöenheten Klart: 2026–', { indented: true, fontRatio: 0.85, fill: 0.9 }),
      line('Status: Pågår', { indented: true, fontRatio: 0.85, fill: 0.2 }),
      line('Ansvar: Miljöenheten Klart: 2025–2026', { indented: true, fontRatio: 0.85, fill: 0.9 }),
      line('2027 ska alla sjöar vara kartlagda.', { indented: true, fill: 0.5 }),
      line('Tid: 2026–', { fill: 0.2 }),
      line('• 2027 års uppföljning', { fill: 0.4 }),
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Ansvar: Miljöenheten Klart: 2026–', 'Status: Pågår', 'Ansvar: Miljöenheten Klart: 2025–2026', '2027 ska alla sjöar vara kartlagda.', 'Tid: 2026–', '2027 års uppföljning']);
  });
});

describe('a one-letter word that a line break set at the start of a line', () => {
  it('ends the sentence of the paragraph above, not a lettered item', () => {
    const blocks = segmentLines([line('Barnen ska ha nära till naturen och till de platser de leker'), line('i. Därför planeras parkerna tillsammans med skolorna.'), line('Nästa stycke börjar här.', { gapBefore: true })]);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Barnen ska ha nära till naturen och till de platser de leker i. Därför planeras parkerna tillsammans med skolorna.'],
      ['paragraph', 'Nästa stycke börjar här.'],
    ]);
  });

  it('still opens a lettered list after a sentence or a colon, and after a short line', () => {
    expect(segmentLines([line('Nämnden ska under året:'), line('a. Bygga om lekplatsen i Norrby'), line('b. Rusta upp badplatsen vid sjön')]).map((b) => b.kind)).toEqual(['paragraph', 'item', 'item']);
    expect(segmentLines([line('Planen har två delar.'), line('a) Lekplatser i tätorten'), line('b) Badplatser vid sjöarna')]).filter((b) => b.kind === 'item')).toHaveLength(2);
    expect(segmentLines([line('Planen har två delar', { fill: 0.4 }), line('a) Lekplatser i tätorten')]).filter((b) => b.kind === 'item')).toHaveLength(1);
  });
});

describe("a field's label that a line break parted from its value", () => {
  it("joins the value's line to the item it belongs to, though set in under the item's text", () => {
    const blocks = segmentLines([
      line('1. Starta läxhjälp på biblioteket i Ekby. Ansvar:'),
      line('Kultur- och fritidsförvaltningen. Tid: HT 2026.', { indented: true }),
      line('2. Öppna fritidsgården på söndagar.'),
      line('Ansvar: Kultur- och fritidsförvaltningen. Tid: 2027.', { indented: true }),
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Starta läxhjälp på biblioteket i Ekby. Ansvar: Kultur- och fritidsförvaltningen. Tid: HT 2026.', 'Öppna fritidsgården på söndagar.', 'Ansvar: Kultur- och fritidsförvaltningen. Tid: 2027.']);
  });

  it('is no label when the colon ends a lead-in or a sentence that is all label', () => {
    expect(segmentLines([line('1. Så här ska vi arbeta:'), line('Kommunen bjuder in föreningarna.', { indented: true })])).toHaveLength(2);
    expect(segmentLines([line('Ansvar:'), line('Kommunen bjuder in föreningarna.', { indented: true })])).toHaveLength(2);
  });
});

describe('a letter that ends the sentence above', () => {
  it('joins "i." to the full line whose sentence it ends, not as a list item', () => {
    const blocks = segmentLines([
      line('Tryggheten i en stadsdel beror på belysning, underhåll och de platser vi rör oss', { fill: 0.95 }),
      line('i. Flera av åtgärderna ligger hos tekniska förvaltningen och bostadsbolaget.', { fill: 0.8 }),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });

  it('keeps a letter list after a colon, and after a short line, as items', () => {
    const afterColon = segmentLines([line('Nämnden ska under året göra följande:', { fill: 0.5 }), line('a. Ta fram en ny taxa för bygglov.'), line('b. Införa digitala ansökningar.')]);
    expect(afterColon.filter((b) => b.kind === 'item').map((b) => b.marker)).toEqual(['a.', 'b.']);
    const afterShort = segmentLines([line('Åtgärder inom området', { fill: 0.3 }), line('i. Ta fram en ny taxa för bygglov.')]);
    expect(afterShort.filter((b) => b.kind === 'item').map((b) => b.marker)).toEqual(['i.']);
  });
});

describe('a short line after an item', () => {
  it('goes on with the item when it opens with a figure, and is a heading of its own when it is a word or two', () => {
    const figure = segmentLines([line('2. Erbjuda simskola för alla barn i förskoleklass och årskurs'), line('1–3', { fill: 0.05 }), line('Ansvar: Fritidsförvaltningen')]);
    expect(figure.map((b) => b.text)).toEqual(['Erbjuda simskola för alla barn i förskoleklass och årskurs 1–3', 'Ansvar: Fritidsförvaltningen']);
    const heading = segmentLines([line('2. Erbjuda simskola för alla barn i förskoleklass'), line('Idrott och hälsa', { fill: 0.2 }), line('Idrotten ska vara öppen för alla.')]);
    expect(heading.map((b) => b.text)).toEqual(['Erbjuda simskola för alla barn i förskoleklass', 'Idrott och hälsa', 'Idrotten ska vara öppen för alla.']);
  });
});

describe('a sentence that goes on in a parenthesis on the next line', () => {
  it('keeps the parenthesis that names who does it, on the next page too', () => {
    const blocks = segmentLines([line('Biblioteket erbjuder läsombud på alla förskolor under 2026–2027'), line('(Kulturförvaltningen). Vi ordnar också en bokbuss.', { page: 2, gapBefore: true })]);
    expect(blocks.map((b) => b.text)).toEqual(['Biblioteket erbjuder läsombud på alla förskolor under 2026–2027 (Kulturförvaltningen). Vi ordnar också en bokbuss.']);
  });

  it('is a note of its own after a sentence that ended', () => {
    expect(segmentLines([line('Biblioteket erbjuder läsombud på alla förskolor.'), line('(Bilden visar bokbussen.)', { gapBefore: true })])).toHaveLength(2);
  });
});

describe("a short 'Label: value' line beside a record's field lines", () => {
  const short = (text: string, extra: Partial<Line> = {}) => line(text, { fill: 0.3, ...extra });

  it("is one of the record's lines, not a heading, though its label is a number's or one no list knows", () => {
    const blocks = segmentLines([
      short('Nr: B2', { gapBefore: true }),
      short('Aktivitet: Införa läsombud på alla förskolor'),
      short('Ansvarig: Kulturförvaltningen'),
      short('Utfört: 40 %'),
      short('Klart: 2026'),
    ]);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Nr: B2'],
      ['paragraph', 'Aktivitet: Införa läsombud på alla förskolor'],
      ['paragraph', 'Ansvarig: Kulturförvaltningen'],
      ['paragraph', 'Utfört: 40 %'],
      ['paragraph', 'Klart: 2026'],
    ]);
  });

  it("stays a heading when it names a section ('Tema: …'), is set larger, or stands beside no field", () => {
    const kinds = (lines: Line[]) => segmentLines(lines).map((b) => b.kind);
    expect(kinds([short('Tema: Läsande barn', { gapBefore: true }), short('Ansvarig: Kulturförvaltningen')])).toEqual(['heading', 'paragraph']);
    expect(kinds([short('Utfört: Läsfrämjande', { fontRatio: 1.4, gapBefore: true }), short('Ansvarig: Kulturförvaltningen')])).toEqual(['heading', 'paragraph']);
    expect(kinds([short('Bakgrund och syfte'), short('Utfört: Läsfrämjande'), short('Biblioteken har fler besökare än någonsin förut i år.')])[1]).toBe('heading');
  });
});

describe("a field's value wrapped under itself", () => {
  it('joins the wrapped rest of a full labelled line, a figure or a parenthesis included', () => {
    const blocks = segmentLines([
      line('Aktivitet: Erbjuda simskola till alla barn i förskoleklass och årskurs 1–', { fill: 0.95 }),
      line('3 under sommarlovet', { indented: true, fill: 0.3 }),
      line('Ansvarig: Fritidsavdelningen', { fill: 0.3 }),
      line('Insats: Införa en ny arbetsmetod för hembesök i familjer med spädbarn, Marte', { fill: 0.92 }),
      line('(MIM)', { indented: true, fill: 0.1 }),
      line('Status: Pågår', { fill: 0.2 }),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Aktivitet: Erbjuda simskola till alla barn i förskoleklass och årskurs 1–3 under sommarlovet',
      'Ansvarig: Fritidsavdelningen',
      'Insats: Införa en ny arbetsmetod för hembesök i familjer med spädbarn, Marte (MIM)',
      'Status: Pågår',
    ]);
  });

  it('leaves alone a set-in line after a short field, a field line of its own, a list a colon opens, and a line after a gap', () => {
    const short = segmentLines([line('Ansvarig: Fritidsavdelningen', { fill: 0.3 }), line('Simhallen i Norrby', { indented: true })]);
    expect(short).toHaveLength(2);
    const field = segmentLines([line('Aktivitet: Erbjuda simskola till alla barn i förskoleklass och årskurs 1–3 på sommarlovet', { fill: 0.95 }), line('Ansvarig: Fritidsavdelningen', { indented: true, fill: 0.3 })]);
    expect(field).toHaveLength(2);
    const list = segmentLines([line('Åtgärder: Nämnden genomför under perioden de här insatserna i sina verksamheter:', { fill: 0.95 }), line('Öppettider på söndagar', { indented: true })]);
    expect(list).toHaveLength(2);
    const gap = segmentLines([line('Kommentar: Arbetet har kommit igång under hösten men rekryteringen har dragit ut', { fill: 0.95 }), line('Nästa uppföljning', { indented: true, gapBefore: true })]);
    expect(gap).toHaveLength(2);
  });
});

describe("a field's value wrapped back to the line's start", () => {
  const item = (text: string, extra: Partial<Line> = {}): Line => line(text, { indented: true, ...extra });
  it('joins a name’s last words between a full field line and the record’s next field, no heading', () => {
    const blocks = segmentLines([
      line('2. Anlägga en ny pumptrackbana vid sporthallen i Vallby'),
      item('Ansvar: Kultur- och fritidsförvaltningen i samverkan med Vallby IF och Friluftsfrämjandet', { hangs: true, fill: 0.9 }),
      item('Vallby', { hangs: true, fill: 0.1 }),
      item('Klart: 2027', { hangs: true, fill: 0.15 }),
    ]);
    expect(blocks.map((b) => b.kind)).not.toContain('heading');
    expect(blocks.map((b) => b.text).join(' | ')).toContain('Friluftsfrämjandet Vallby');
  });

  it('leaves a short line under it alone after a short field line, after a gap, with no field after it, or of a title’s length', () => {
    const after = (fill: number, tail: Partial<Line>, next: Line | null, text = 'Ungdomsrådet') =>
      segmentLines([
        line('4. Bygga om omklädningsrummen i ishallen i Berga'),
        item('Ansvar: Kultur- och fritidsförvaltningen i samverkan med föreningarna i Vallby och Berga', { hangs: true, fill }),
        item(text, { hangs: true, fill: 0.1, ...tail }),
        ...(next ? [next] : []),
      ]);
    const klart = item('Klart: 2027', { hangs: true, fill: 0.15 });
    const alone = (blocks: ReturnType<typeof segmentLines>, text = 'Ungdomsrådet') => blocks.some((b) => b.text === text);
    expect(alone(after(0.4, {}, klart))).toBe(true);
    expect(alone(after(0.9, { gapBefore: true }, klart))).toBe(true);
    expect(alone(after(0.9, {}, line('Föreningarna får stöd till sina lokaler under hela perioden.', { fill: 0.8 })))).toBe(true);
    expect(alone(after(0.9, {}, klart, 'Lokaler och anläggningar för spontanidrott'), 'Lokaler och anläggningar för spontanidrott')).toBe(true);
  });
});


describe('a paragraph that runs its fields in as sentences', () => {
  it('goes on where its last action’s fields open the next line', () => {
    const blocks = segmentLines([
      line('Tema 2 Rena sjöar. Rensa dikena vid Åby. Ansvar: VA. Tid: 2027. Mäta fosfor i sjön varje vår och höst.'),
      line('Ansvar: MBF. Tid: HT 2026. Provta brunnarna i Ryd. Ansvar: MBF. Tid: 2028.', { fill: 0.6 }),
    ]);
    expect(blocks.map((b) => b.text)).toHaveLength(1);
  });

  it('leaves a field line under a description that has no fields of its own a block of its own', () => {
    const blocks = segmentLines([
      line('Rensa dikena vid Åby och mäta fosfor i sjön varje vår och höst under hela perioden.'),
      line('Ansvar: MBF. Tid: HT 2026.', { fill: 0.3 }),
    ]);
    expect(blocks).toHaveLength(2);
  });
});

describe('the last word of a growing paragraph, read from its tail', () => {
  it('gives the letters a text ends on, space after them aside, however long the text', () => {
    const prose = 'Vi bygger nya cykelbanor längs stranden. '.repeat(500);
    expect(lastLetters(`${prose}och`)).toBe('och');
    expect(lastLetters(`${prose}samt \n `)).toBe('samt');
    expect(lastLetters(`${prose}cykelbanor.`)).toBeNull();
    expect(lastLetters('')).toBeNull();
  });

  it('reads a word longer than the tail from the whole text', () => {
    const word = 'ä'.repeat(150);
    expect(lastLetters(`Ett ord: ${word}  `)).toBe(word);
    expect(lastLetters(`x ${'𝒜'.repeat(60)}`)).toBe('𝒜'.repeat(60));
  });
});

describe('the geometry of a PDF parts its paragraphs and items', () => {
  it('ends an item set in from the margin at a line back at the margin, its wrapped lines hanging under its text', () => {
    const blocks = segmentLines([
      line('• ordna en öppen förskola på lördagar i Skärblacka', { indented: true, fill: 0.92 }),
      line('Kulturenheten ansvarar för insatserna inom området.', { fill: 0.6 }),
      line('• ge alla sexåringar ett lånekort med en bok som gåva vid', { indented: true, fill: 0.95 }),
      line('skolstarten', { indented: true, hangs: true, fill: 0.2 }),
      line('Biblioteket ansvarar för det.', { fill: 0.3 }),
      line('Läsombud på äldreboendena i alla kommundelar', { indented: true, fill: 0.9 }),
      line('Ansvar och tid bestäms i budgeten.', { fill: 0.4 }),
    ]);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['item', 'ordna en öppen förskola på lördagar i Skärblacka'],
      ['paragraph', 'Kulturenheten ansvarar för insatserna inom området.'],
      ['item', 'ge alla sexåringar ett lånekort med en bok som gåva vid skolstarten'],
      ['paragraph', 'Biblioteket ansvarar för det.'],
      ['item', 'Läsombud på äldreboendena i alla kommundelar'],
      ['paragraph', 'Ansvar och tid bestäms i budgeten.'],
    ]);
  });

  it('goes on with an item whose marker stands at the margin, an item of a transcript, or one the page break split', () => {
    expect(segmentLines([line('• ordna en öppen förskola på lördagar i Skärblacka och', { fill: 0.92 }), line('Norsholm under hela året', { fill: 0.3 })])).toHaveLength(1);
    expect(segmentLines([{ text: '• ordna en öppen förskola på lördagar i Skärblacka och', page: 1, indented: true, fill: 0.92 }, { text: 'Norsholm under hela året', page: 1, indented: false, fill: 0.3 }])).toHaveLength(1);
    expect(segmentLines([line('• ordna en öppen förskola på lördagar i Skärblacka och', { indented: true, fill: 0.92 }), line('Norsholm under hela året', { page: 2, fill: 0.3 })])).toHaveLength(1);
  });

  it('keeps fields that run on into the next sentence in their paragraph, whatever their label', () => {
    const blocks = segmentLines([
      line('Rusta upp spåren i Ekbacken och sätta upp nya skyltar vid entrén.', { fill: 0.93 }),
      line('Ansvar: Fritidsenheten, klart hösten 2027. Anlägga en ny grillplats vid', { fill: 0.97 }),
      line('sjön. Tid: 2028.', { fill: 0.2 }),
      line('Bygga ett vindskydd vid Lillsjön och röja stigen dit från parkeringen.', { fill: 0.93, gapBefore: true }),
      line('Tidplan: våren 2026. Ansvarig är Parkenheten, som också sköter det.', { fill: 0.9 }),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Rusta upp spåren i Ekbacken och sätta upp nya skyltar vid entrén. Ansvar: Fritidsenheten, klart hösten 2027. Anlägga en ny grillplats vid sjön. Tid: 2028.',
      'Bygga ett vindskydd vid Lillsjön och röja stigen dit från parkeringen. Tidplan: våren 2026. Ansvarig är Parkenheten, som också sköter det.',
    ]);
  });

  it('leaves a line of fields alone that runs on into no sentence, or stops short', () => {
    const blocks = segmentLines([
      line('Rusta upp spåren i Ekbacken och sätta upp nya skyltar vid entrén.', { fill: 0.93 }),
      line('Ansvar: Fritidsenheten.', { fill: 0.25 }),
      line('Anlägga en ny grillplats vid sjön och ställa ut bänkar runt den.', { fill: 0.93, gapBefore: true }),
      line('Ansvar: Fritidsenheten. Tid: 2028. Status: Ej påbörjad. Kostnad: 50 tkr.', { fill: 0.9 }),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Rusta upp spåren i Ekbacken och sätta upp nya skyltar vid entrén.',
      'Ansvar: Fritidsenheten.',
      'Anlägga en ny grillplats vid sjön och ställa ut bänkar runt den.',
      'Ansvar: Fritidsenheten. Tid: 2028. Status: Ej påbörjad. Kostnad: 50 tkr.',
    ]);
  });

  /** A news page printed from a browser: paragraphs parted by space, one of them two full sentences on two lines. */
  const page = (gaps: boolean, second = 'Vi ska också plantera fruktträd i alla förskolors trädgårdar under 2027.') => [
    line('Kommunen planterar 500 nya träd i tätorterna.', { fill: 0.5 }),
    line('Träden väljs så att de tål torka.', { fill: 0.4, gapBefore: gaps }),
    line('Parkerna. Vi ska plantera lindar längs hela Storgatan och i stadsparken.', { fill: 0.95, gapBefore: gaps }),
    line(second, { fill: 0.7 }),
    line('Skolgårdarna får skugga.', { fill: 0.3, gapBefore: gaps }),
    line('Planen kostar två miljoner kronor.', { fill: 0.4, gapBefore: gaps }),
  ];

  it('joins a full line that ends a sentence to the next line with no space between them, where paragraphs are parted by space', () => {
    expect(segmentLines(page(true)).map((b) => b.text)).toContain('Parkerna. Vi ska plantera lindar längs hela Storgatan och i stadsparken. Vi ska också plantera fruktträd i alla förskolors trädgårdar under 2027.');
  });

  it('keeps them apart where paragraphs are not parted by space, or where the next line is a field', () => {
    expect(segmentLines(page(false)).map((b) => b.text)).toContain('Vi ska också plantera fruktträd i alla förskolors trädgårdar under 2027.');
    expect(segmentLines(page(true, 'Ansvarig: Parkenheten')).map((b) => b.text)).toContain('Ansvarig: Parkenheten');
  });
});

describe("a section's labelled title", () => {
  it('ends at its line where the next line opens in capitals in another type size, numbered or not, by colon or dash', () => {
    const blocks = segmentLines([
      line('Fokusområde 2: Rent vatten i sjöarna', { fontRatio: 1.08, fill: 0.75 }),
      line('Mål', { fontRatio: 1, fill: 0.05 }),
      line('• Alla badplatser har tjänligt vatten', { fill: 0.5 }),
      line('Tema 3 – Levande vattendrag och våtmarker i hela kommunen', { fontRatio: 1.1, fill: 0.8, gapBefore: true }),
      line('Indikatorer', { fontRatio: 0.95, fill: 0.1 }),
      line('Strategiskt område: Kunskap om grundvattnet Mål: Kartan är aktuell.', { fontRatio: 1.08, fill: 0.9, gapBefore: true }),
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Fokusområde 2: Rent vatten i sjöarna', 'Mål', 'Alla badplatser har tjänligt vatten', 'Tema 3 – Levande vattendrag och våtmarker i hela kommunen', 'Indikatorer', 'Strategiskt område: Kunskap om grundvattnet Mål: Kartan är aktuell.']);
  });

  it('goes on where the title wraps in its own type, or in lower case', () => {
    const blocks = segmentLines([
      line('Fokusområde 2: Rent vatten i sjöarna, vattendragen och längs hela', { fontRatio: 1.08, fill: 0.95 }),
      line('Östersjökusten', { fontRatio: 1.08, fill: 0.2 }),
      line('Tema 3: Levande vattendrag och våtmarker i hela kommunen och', { fontRatio: 1.1, fill: 0.9, gapBefore: true }),
      line('i grannkommunerna', { fontRatio: 1, fill: 0.2 }),
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Fokusområde 2: Rent vatten i sjöarna, vattendragen och längs hela Östersjökusten', 'Tema 3: Levande vattendrag och våtmarker i hela kommunen och i grannkommunerna']);
  });
});

describe("a section's numbered label with no separator before its title", () => {
  it('ends its title at the line, where the number alone parts label and title and the next line opens in capitals in another type', () => {
    const blocks = segmentLines([
      line('Delmål 1.2 Trygga skolvägar för alla barn', { fontRatio: 1.05, fill: 0.85 }),
      line('Sänka hastigheten till 30 km/h vid alla skolor i kommunen under', { fill: 0.95 }),
      line('läsåret 2027.', { fill: 0.2 }),
      line('Spår 3 Lokal mat', { fontRatio: 1.12, fill: 0.4, gapBefore: true }),
      line('Servera minst en lokalt odlad rätt i veckan i skolorna.', { fill: 0.9 }),
      // A title on three numbers, its body in smaller type than it.
      line('Insatsområde 2.1.3 Fler mötesplatser i Norrby', { fontRatio: 1, fill: 0.9, gapBefore: true }),
      line('Öppna biblioteket som mötesplats på söndagar.', { fontRatio: 0.92, fill: 0.9 }),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Delmål 1.2 Trygga skolvägar för alla barn',
      'Sänka hastigheten till 30 km/h vid alla skolor i kommunen under läsåret 2027.',
      'Spår 3 Lokal mat',
      'Servera minst en lokalt odlad rätt i veckan i skolorna.',
      'Insatsområde 2.1.3 Fler mötesplatser i Norrby',
      'Öppna biblioteket som mötesplats på söndagar.',
    ]);
  });

  it('ends it where the title is set only a little larger than the body, as a bold title often is', () => {
    const blocks = segmentLines([
      line('Delmål 3.1 Tryggare parker och lekplatser', { fontRatio: 1.02, fill: 0.8 }),
      line('Parkenheten sätter upp belysning längs gångvägarna i alla parker.', { fill: 0.95 }),
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Delmål 3.1 Tryggare parker och lekplatser', 'Parkenheten sätter upp belysning längs gångvägarna i alla parker.']);
  });

  it('goes on in the same type, in lower case, or where no number closes the label', () => {
    const blocks = segmentLines([
      // The same type: a sentence that opens on a labelled number and wraps before a name.
      line('Delmål 2 Kommunen ska tillsammans med föreningarna i', { fontRatio: 1, fill: 0.9 }),
      line('Norrby ordna fler lovaktiviteter.', { fontRatio: 1, fill: 0.4 }),
      // Lower case goes on whatever the type.
      line('Spår 4 Hållbara resor för alla som bor eller', { fontRatio: 1.1, fill: 0.9, gapBefore: true }),
      line('arbetar i kommunen', { fontRatio: 1, fill: 0.3 }),
      // No number: a label word opening a sentence is no title.
      line('Delmål Trygghet och trivsel gäller alla skolor och', { fontRatio: 1.1, fill: 0.9, gapBefore: true }),
      line('Förskolor i kommunen.', { fontRatio: 1, fill: 0.3 }),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Delmål 2 Kommunen ska tillsammans med föreningarna i Norrby ordna fler lovaktiviteter.',
      'Spår 4 Hållbara resor för alla som bor eller arbetar i kommunen',
      'Delmål Trygghet och trivsel gäller alla skolor och Förskolor i kommunen.',
    ]);
  });
});

describe('a number under an item line that stops on a preposition is that line’s object', () => {
  const items = (lines: Line[]) => segmentLines(lines).map((b) => [b.kind, b.marker ?? null, b.text]);

  it('joins a set-in line that opens with a number to the item whose line stopped on a preposition', () => {
    expect(items([
      line('2. Erbjuda simundervisning på sommarlovet till alla barn under', { fill: 0.95 }),
      line('12 år som inte klarat simkunnighetsprovet', { indented: true, fill: 0.4 }),
      line('Ansvar: Fritidsförvaltningen', { indented: true, fill: 0.3 }),
    ])).toEqual([
      ['item', '2.', 'Erbjuda simundervisning på sommarlovet till alla barn under 12 år som inte klarat simkunnighetsprovet'],
      ['item', '', 'Ansvar: Fritidsförvaltningen'],
    ]);
  });

  it('joins it after other prepositions and at the margin too (a line that did not fill its measure)', () => {
    expect(items([line('1. Tömma papperskorgarna i parkerna minst en gång per', { fill: 0.6 }), line('2 dagar under sommaren', { fill: 0.3 })]).map((b) => b[2])).toEqual(['Tömma papperskorgarna i parkerna minst en gång per 2 dagar under sommaren']);
    expect(items([line('• Planera om bussturerna efter', { fill: 0.5 }), line('2027 års nya tidtabell', { indented: true, fill: 0.3 })]).map((b) => b[2])).toEqual(['Planera om bussturerna efter 2027 års nya tidtabell']);
  });

  it('keeps an item of its own that opens with a number after an item that ended on a noun', () => {
    expect(items([
      line('• Bygga en ny lekplats i centrumparken', { fill: 0.5 }),
      line('2 nya mötesplatser öppnas i ytterområdena', { indented: true, fill: 0.5 }),
    ]).map((b) => b[2])).toEqual(['Bygga en ny lekplats i centrumparken', '2 nya mötesplatser öppnas i ytterområdena']);
  });

  it('keeps apart a numbered item, a field line, a line after a gap and one on the next page', () => {
    const head = line('1. Ordna seniordagar i biblioteket för invånare över', { fill: 0.9 });
    expect(items([head, line('2. Starta en läsecirkel', { indented: true })]).length).toBe(2);
    expect(items([head, line('Tid: 2027', { indented: true })]).length).toBe(2);
    expect(items([head, line('65 år', { indented: true, gapBefore: true })]).length).toBe(2);
    expect(items([head, line('65 år', { indented: true, page: 2 })]).length).toBe(2);
  });
});
