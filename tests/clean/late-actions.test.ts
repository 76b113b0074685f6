import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

// Subject and layout of their own: a parks unit's follow-up printed from a spreadsheet, whose tall action column a
// PDF-to-text order set after the whole table: the header, each row's id with its unit, time and comment, the areas'
// bands between them, a legend, and only then the actions one after another.
const HEAD = 'Akt Aktivitet Ansvar Tid Kommentar';
const ROWS =
  'Område 1: Parker Akt 1 PARK 2026 Klart i maj. Akt 2 TEK HT 2026 Akt 3 PARK 2027 Upphandlas i höst. ' +
  'Område 2: Lekplatser Akt 4 PARK VT 2027 Akt 5 TEK/PARK 2026–2027 Ritningar klara.';
const LEGEND = 'Teckenförklaring Grön Gul Röd';
const ACTIONS =
  'Rensa dammen i Stadsparken från alger och slam Byta ut parkbänkarna längs ån Plantera tjugo träd på torget ' +
  'Bygga en ny lekplats i Norrby Förnya fallskyddet på alla lekplatser';

const seed = (body: string) => new TextEncoder().encode(`Uppföljning parkplan 2026 – Exempelby kommun\n\nTranskript:\n\nEXEMPELBY KOMMUN Läge per 2026-09-30. ${body} 1 (1)\n`);
const bare = (body: string) => new TextEncoder().encode(`Uppföljning parkplan 2026 – Exempelby kommun\n\nTranskript\n\n1 EXEMPELBY KOMMUN Läge per 2026-09-30. ${body}\n`);

const TEXTS = [
  'Rensa dammen i Stadsparken från alger och slam',
  'Byta ut parkbänkarna längs ån',
  'Plantera tjugo träd på torget',
  'Bygga en ny lekplats i Norrby',
  'Förnya fallskyddet på alla lekplatser',
];

describe('a table whose actions came after it', () => {
  for (const [form, make] of [['seed', seed], ['bare', bare]] as const) {
    it(`pairs the actions back to the rows in order, with their areas, units and times (${form} form)`, () => {
      const doc = readText(make(`${HEAD} ${ROWS} ${LEGEND} ${ACTIONS}`));
      const x = extract(doc);
      expect(x.activities.map((a) => a.text)).toEqual(TEXTS);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['PARK', 'TEK', 'PARK', 'PARK', 'TEK/PARK']);
      expect(x.activities.map((a) => a.years)).toEqual([[2026], [2026], [2027], [2027], [2026, 2027]]);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Parker', 'Lekplatser']);
      expect(doc.messages.some((m) => m.ruleId === 'clean/late-actions')).toBe(true);
    });
  }

  it('reads the rows with no legend between them and the actions, the last row with no comment', () => {
    const x = extract(readText(seed(`${HEAD} ${ROWS.replace(' Ritningar klara.', '')} ${ACTIONS}`)));
    expect(x.activities.map((a) => a.text)).toEqual(TEXTS);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['PARK', 'TEK', 'PARK', 'PARK', 'TEK/PARK']);
  });

  it('reads numbers alone under a number column, and a row whose time is left blank', () => {
    const rows = ROWS.replace(/Akt (\d)/g, '$1').replace('TEK HT 2026', 'TEK');
    const x = extract(readText(seed(`${HEAD.replace('Akt', 'Nr')} ${rows} ${LEGEND} ${ACTIONS}`)));
    expect(x.activities.map((a) => a.text)).toEqual(TEXTS);
    expect(x.activities.map((a) => a.years)).toEqual([[2026], [], [2027], [2027], [2026, 2027]]);
  });

  it('reads a two-word column (a share done, "Klart %") as its cell, and an owner named by a post', () => {
    const head = 'Nr Aktivitet Ansvarig Start Slut Klart % Kommentar';
    const rows =
      '1 PARK 2026-01 2026-06 100 % Klar 2 Parkchefen 2026-03 2026-12 60 % 3 TEK 2026-09 2027-06 0 % Ej startad ' +
      '4 PARK 2026-02 2026-11 75 % 5 TEK 2026-04 2027-08 20 %';
    const doc = readText(seed(`${head} ${rows} ${ACTIONS}`));
    const x = extract(doc);
    expect(x.activities.map((a) => a.text)).toEqual(TEXTS);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['PARK', 'Parkchefen', 'TEK', 'PARK', 'TEK']);
    expect(x.activities.map((a) => a.status)).toEqual(['done', 'ongoing', 'not_started', 'ongoing', 'ongoing']);
    expect(x.activities.map((a) => a.years[0])).toEqual([2026, 2026, 2026, 2026, 2026]);
  });

  it('reads an area column merged down the rows, its titles among the actions, and a unit set after its action as the owner', () => {
    const head = 'Målområde Nr Aktivitet Ansvarig Tid Kommentar';
    const rows = '1 PARK 2026 Klart i maj. 2 TEK HT 2026 3 PARK 2027 4 VT 2027 5 TEK 2026–2027';
    const actions =
      'Nyckeltal Antal besökare 2025 4 200 Gröna parker Rensa dammen i Stadsparken från alger och slam Byta ut parkbänkarna längs ån ' +
      'Plantera tjugo träd på torget Lekplatser för alla Bygga en ny lekplats i Norrby Tekniska förvaltningen Förnya fallskyddet på alla lekplatser';
    const x = extract(readText(seed(`${head} ${rows} ${actions}`)));
    expect(x.activities.map((a) => a.text)).toEqual(TEXTS);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['PARK', 'TEK', 'PARK', 'Tekniska förvaltningen', 'TEK']);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Gröna parker', 'Lekplatser för alla']);
    expect(x.activities.map((a) => x.focusAreas.findIndex((f) => f.key === a.focusAreaKey))).toEqual([0, 0, 0, 1, 1]);
  });

  it('pairs nothing when the actions do not add up to the rows, and says so', () => {
    const doc = readText(seed(`${HEAD} ${ROWS} ${LEGEND} ${ACTIONS.replace(' Förnya fallskyddet på alla lekplatser', '')}`));
    expect(doc.messages.some((m) => m.ruleId === 'clean/late-actions' && /Unexpected actions after 5 rows/.test(m.reason))).toBe(true);
    const x = extract(doc);
    expect(x.activities.map((a) => a.ownerRaw).filter((o) => o === 'TEK/PARK')).toEqual([]);
  });

  it('leaves a table whose rows hold their own actions to the run-on table reader', () => {
    const rows = 'Nr Aktivitet Ansvar Tid Kommentar 1 Rensa dammen PARK 2026 Klart i maj. 2 Byta bänkar TEK HT 2026 3 Plantera träd PARK 2027';
    const doc = readText(seed(rows));
    expect(doc.messages.some((m) => m.ruleId === 'clean/late-actions')).toBe(false);
    expect(extract(doc).activities.map((a) => a.text)).toEqual(['Rensa dammen', 'Byta bänkar', 'Plantera träd']);
  });

  it('reads no indicator table nor a contents list as such rows', () => {
    const indicators = 'Nr Indikator Utfall Målvärde 1 Andel nöjda besökare 82 % 90 % 2 Antal träd 340 400 3 Antal bänkar 120 150 Öka antalet besökare Minska nedskräpningen Förbättra tryggheten';
    const contents = 'Innehåll 1 Inledning 3 2 Bakgrund 4 3 Mål 5 Ta fram en plan Genomföra insatser Följa upp arbetet';
    for (const body of [indicators, contents]) expect(readText(seed(body)).messages.some((m) => m.ruleId === 'clean/late-actions')).toBe(false);
  });
});

// Subject and layout of their own: a beach and water follow-up printed from a spreadsheet, rows numbered 1a, 1b … under
// each area's band, whose tall cells (a comment, a wrapped unit or time) the reading order set after the table with their
// action, the one-line cells staying in the row.
const WATER_HEAD = 'Nr Åtgärd Ansvarig Klart Status Kommentar';
const WATER_ROWS =
  'Insatsområde 1 – Rena stränder 1a Parkenheten 2026 Klar Städdag hölls i maj. 1b Parkenheten Pågår 1c Miljöenheten VT 2027 Ej påbörjad ' +
  'Insatsområde 2 – Renare vatten 2a Miljöenheten 2026 Pågår 2b 2c VA-avdelningen 2027 Klar';
const WATER_LEGEND = 'Signal: Grön – följer planen Gul – risk för försening Röd – stoppad';
const WATER_ACTIONS =
  'Rensa stränderna vid Norrviken från plast två gånger per år Ställa ut fler soptunnor vid badplatserna Hösten 2026 Tre av fem tunnor är på plats. ' +
  'Kartlägga skräp i strandkanten med skolklasser Mäta bakterier vid badplatserna varje vecka under sommaren Provtagningen följer plan. ' +
  'Bygga en ny dagvattendamm vid Lillån Miljöenheten, VA-avdelningen Senast 2027- 05-31 Bygglov söks i höst. Byta ut läckande ledningar under Storgatan';
const WATER_TEXTS = [
  'Rensa stränderna vid Norrviken från plast två gånger per år',
  'Ställa ut fler soptunnor vid badplatserna',
  'Kartlägga skräp i strandkanten med skolklasser',
  'Mäta bakterier vid badplatserna varje vecka under sommaren',
  'Bygga en ny dagvattendamm vid Lillån',
  'Byta ut läckande ledningar under Storgatan',
];

describe('a table whose actions came after it with the tall cells of their rows', () => {
  for (const [form, make] of [['seed', seed], ['bare', bare]] as const) {
    it(`reads lettered ids, gives each row the cells set after its action, and keeps the legend out of the last row (${form} form)`, () => {
      const doc = readText(make(`${WATER_HEAD} ${WATER_ROWS} ${WATER_LEGEND} ${WATER_ACTIONS}`));
      const x = extract(doc);
      expect(x.activities.map((a) => a.text)).toEqual(WATER_TEXTS);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Rena stränder', 'Renare vatten']);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Parkenheten', 'Parkenheten', 'Miljöenheten', 'Miljöenheten', 'Miljöenheten, VA-avdelningen', 'VA-avdelningen']);
      expect(x.activities.map((a) => a.years)).toEqual([[2026], [2026], [2027], [2026], [2027], [2027]]);
      expect(x.activities.map((a) => a.status)).toEqual(['done', 'ongoing', 'not_started', 'ongoing', null, 'done']);
      expect(x.activities.map((a) => a.track ?? null)).toEqual([null, null, null, null, null, null]);
    });
  }

  it('reads numbers alone under bands whose numbers are no row ids', () => {
    let n = 0;
    const rows = WATER_ROWS.replace(/\b\d[abc]\b/g, () => String(++n)).replace(/Insatsområde (\d) –/g, 'Tema $1 –');
    const x = extract(readText(seed(`${WATER_HEAD} ${rows} ${WATER_ACTIONS}`)));
    expect(x.activities.map((a) => a.text)).toEqual(WATER_TEXTS);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Rena stränder', 'Renare vatten']);
    expect(x.activities.map((a) => a.years)).toEqual([[2026], [2026], [2027], [2026], [2027], [2027]]);
  });

  it('reads a row whose unit is its only cell in the row, its time and comment set after its action', () => {
    const rows = WATER_ROWS.replace('1b Parkenheten Pågår', '1b Parkenheten');
    const actions = WATER_ACTIONS.replace('Hösten 2026 Tre av fem', 'Hösten 2026 Pågår Tre av fem');
    const x = extract(readText(bare(`${WATER_HEAD} ${rows} ${actions}`)));
    expect(x.activities.map((a) => a.text)).toEqual(WATER_TEXTS);
    expect(x.activities[1]).toMatchObject({ ownerRaw: 'Parkenheten', years: [2026], status: 'ongoing' });
  });

  it('pairs nothing when fewer actions than rows follow, and keeps every word', () => {
    const doc = readText(seed(`${WATER_HEAD} ${WATER_ROWS} ${WATER_ACTIONS.replace(' Byta ut läckande ledningar under Storgatan', '')}`));
    expect(doc.messages.some((m) => m.ruleId === 'clean/late-actions' && /Unexpected actions after 6 rows/.test(m.reason))).toBe(true);
    expect(doc.text).toContain('Bygglov söks i höst.');
  });
});

// Subject and layout of their own: a library plan's follow-up printed from a spreadsheet whose area column is merged
// down its rows and whose ids carry the area's letters, numbered afresh in each ('B1, B2, D1 …'); the areas' titles
// came where a merged cell's text fell in the reading order: after the header, after a row's last cell, or among the actions.
describe('a table whose actions came after it, its ids lettered by area', () => {
  const head = 'Område Nr Aktivitet Ansvarig Period Klart % Kommentar';
  const rows =
    'Läsfrämjande B1 Kulturförvaltningen 2026 50 % Startade i mars. B2 Skolförvaltningen 2026–2027 10 % ' +
    'Digitala tjänster D1 IT-enheten HT 2026 0 % D2 Kulturförvaltningen 2027 0 % ' +
    'Lokaler L1 Fastighetsenheten 2026-2028 25 % L2 Kulturförvaltningen 2026 100 %';
  const actions =
    'Ordna sommarläsning för alla barn i lågstadiet Vinna tillbaka unga läsare genom bokcirklar på fritidsgårdarna ' +
    'Införa e-böcker och ljudböcker i lånesystemet Erbjuda digital handledning varje vecka ' +
    'Bygga om barnavdelningen i stadsbiblioteket Förlänga öppettiderna på lördagar';
  const texts = [
    'Ordna sommarläsning för alla barn i lågstadiet',
    'Vinna tillbaka unga läsare genom bokcirklar på fritidsgårdarna',
    'Införa e-böcker och ljudböcker i lånesystemet',
    'Erbjuda digital handledning varje vecka',
    'Bygga om barnavdelningen i stadsbiblioteket',
    'Förlänga öppettiderna på lördagar',
  ];
  const owners = ['Kulturförvaltningen', 'Skolförvaltningen', 'IT-enheten', 'Kulturförvaltningen', 'Fastighetsenheten', 'Kulturförvaltningen'];

  for (const [form, make] of [['seed', seed], ['bare', bare]] as const) {
    it(`pairs the actions, a strong verb's too where the rows' count asks for it, and reads the areas where their letters change (${form} form)`, () => {
      const x = extract(readText(make(`${head} ${rows} ${actions}`)));
      expect(x.activities.map((a) => a.text)).toEqual(texts);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(owners);
      expect(x.activities.map((a) => a.years)).toEqual([[2026], [2026, 2027], [2026], [2027], [2026, 2027, 2028], [2026]]);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Läsfrämjande', 'Digitala tjänster', 'Lokaler']);
    });
  }

  it('reads an area title set among the actions, and a row with no share', () => {
    const moved = rows.replace('0 % Lokaler L1', 'L1').replace('IT-enheten HT 2026 0 %', 'IT-enheten HT 2026');
    const x = extract(readText(seed(`${head} ${moved} ${actions.replace('varje vecka', 'varje vecka Lokaler och miljö')}`)));
    expect(x.activities.map((a) => a.text)).toEqual(texts);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Läsfrämjande', 'Digitala tjänster', 'Lokaler och miljö']);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(owners);
  });

  it('reads two letters to an area, and a title after a comment that ends on its sentence', () => {
    const two = rows.replace(/\bB(\d)/g, 'LF$1').replace(/\bD(\d)/g, 'DT$1').replace(/\bL(\d)/g, 'LO$1').replace('10 % Digitala', '10 % Klart i maj. Digitala');
    const x = extract(readText(bare(`${head} ${two} ${actions}`)));
    expect(x.activities.map((a) => a.text)).toEqual(texts);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Läsfrämjande', 'Digitala tjänster', 'Lokaler']);
  });

  it('takes no adjective in -a as an action when that gives more openings than rows, and pairs nothing then', () => {
    const doc = readText(seed(`${head} ${rows} ${actions.replace('varje vecka', 'varje vecka Breda gångar mellan hyllorna')}`));
    const x = extract(doc);
    expect(x.activities.some((a) => a.text.startsWith('Breda'))).toBe(false);
    expect(doc.messages.some((m) => m.ruleId === 'clean/late-actions' && /Unexpected/.test(m.reason))).toBe(true);
  });

  it('keeps a lower-case word with the column word it names ("Ansvarig enhet")', () => {
    const x = extract(readText(seed(`${head.replace('Ansvarig', 'Ansvarig enhet')} ${rows} ${actions}`)));
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(owners);
  });
});

// Subject and layout of their own: a cycling plan's follow-up printed from a spreadsheet, its rows numbered by area and
// row ('1.1, 1.2, 2.1'), numbered afresh under each area's band; a tall row's cells (a unit with its partner, a time, a
// comment) came with its action after the table, and one action names a route a line broke after its dash.
describe('a table whose actions came after it, its rows numbered by area and row', () => {
  const head = 'Nr Insats Ansvar Tid Status Kommentar';
  const rows =
    'Tema 1 – Säkra cykelvägar 1.1 Gatuenheten 2026 Klar 1.2 2026–2027 Pågår 1.3 Trafikenheten HT 2027 ' +
    'Tema 2 – Fler som cyklar 2.1 Fritidsenheten 2026 Ej påbörjad Väntar på budget. 2.2 Pågår Två skolor är klara.';
  const actions =
    'Bygga en separat cykelbana på sträckan Berga– Kvarnbo Asfalten läggs i maj. ' +
    'Belysa gång- och cykeltunneln under järnvägen Gatuenheten tillsammans med Trafikverket ' +
    'Sätta upp cykelräknare vid infarterna ' +
    'Ordna cykelfester på torget varje vår ' +
    'Erbjuda cykelskola för elever i årskurs fyra Skolenheten i samverkan med cykelklubben VT 2027';
  const texts = [
    'Bygga en separat cykelbana på sträckan Berga– Kvarnbo',
    'Belysa gång- och cykeltunneln under järnvägen',
    'Sätta upp cykelräknare vid infarterna',
    'Ordna cykelfester på torget varje vår',
    'Erbjuda cykelskola för elever i årskurs fyra',
  ];
  const owners = ['Gatuenheten', 'Gatuenheten tillsammans med Trafikverket', 'Trafikenheten', 'Fritidsenheten', 'Skolenheten i samverkan med cykelklubben'];

  for (const [form, make] of [['seed', seed], ['bare', bare]] as const) {
    it(`pairs the actions to ids numbered by area, with the unit and partner, the time and the comment a tall row set after its action (${form} form)`, () => {
      const doc = readText(make(`${head} ${rows} ${actions}`));
      const x = extract(doc);
      expect(x.activities.map((a) => a.text)).toEqual(texts);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(owners);
      expect(x.activities.map((a) => a.years)).toEqual([[2026], [2026, 2027], [2027], [2026], [2027]]);
      expect(x.activities.map((a) => a.status)).toEqual(['done', 'ongoing', null, 'not_started', 'ongoing']);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Säkra cykelvägar', 'Fler som cyklar']);
      expect(doc.text).toContain('Asfalten läggs i maj.');
    });
  }

  it("reads ids after the id column's word ('Åtg 1.1'), and ids closed by a point ('2.1.')", () => {
    const worded = rows.replace(/(\d\.\d) /g, 'Åtg $1 ');
    const x = extract(readText(seed(`${head.replace('Nr', 'Åtg')} ${worded} ${actions}`)));
    expect(x.activities.map((a) => a.text)).toEqual(texts);
    const pointed = rows.replace(/(\d\.\d) /g, '$1. ');
    const y = extract(readText(bare(`${head} ${pointed} ${actions}`)));
    expect(y.activities.map((a) => a.text)).toEqual(texts);
    expect(y.activities.map((a) => a.ownerRaw)).toEqual(owners);
  });

  it('reads three areas, the last with one row, and a row with no cell but its comment', () => {
    const more = `${rows.replace('2.2 Pågår Två skolor är klara.', '2.2 Två skolor är klara.')} Tema 3 – Cykelparkering 3.1 Gatuenheten 2028 Ej påbörjad`;
    const x = extract(readText(seed(`${head} ${more} ${actions} Bygga cykelgarage vid stationen`)));
    expect(x.activities.map((a) => a.text)).toEqual([...texts, 'Bygga cykelgarage vid stationen']);
    expect(x.activities[4]).toMatchObject({ ownerRaw: 'Skolenheten i samverkan med cykelklubben', years: [2027], status: null });
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Säkra cykelvägar', 'Fler som cyklar', 'Cykelparkering']);
  });

  it('pairs nothing when an id is skipped (1.2 then 1.4), and keeps every word', () => {
    const doc = readText(seed(`${head} ${rows.replace('1.3 Trafikenheten', '1.4 Trafikenheten')} ${actions}`));
    expect(doc.messages.some((m) => m.ruleId === 'clean/late-actions' && /Unexpected id out of sequence/.test(m.reason))).toBe(true);
    expect(doc.text).toContain('Sätta upp cykelräknare vid infarterna');
  });

  it('reads no outline of sections (1.1, 1.2, 2.1 as headings with prose) as such rows', () => {
    const prose =
      'Innehåll 1.1 Bakgrund Planen bygger på en enkät. 1.2 Syfte Planen ska öka cyklandet. 2.1 Mål Andelen resor med cykel ska öka. ' +
      'Trafiknämnden antog planen i maj.';
    const doc = readText(seed(prose));
    expect(doc.messages.some((m) => m.ruleId === 'clean/late-actions')).toBe(false);
  });
});
