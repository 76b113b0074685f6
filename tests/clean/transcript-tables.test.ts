import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { findFootersInside } from '../../src/clean/furniture.js';
import { readContinuation } from '../../src/clean/row-sequence.js';

/**
 * Tables that a transcript ran into its page lines, in both reading orders
 * (pdfjs: a page's cells row by row; poppler: a page's lines by position, so a
 * repeated header's words fall among the words of a row the page break cut,
 * and a footer among a tall row's) and in both forms ('Transkript' with bare
 * page numbers, 'Transkript:' with 'N (M)').
 */
const read = (text: string) => readText(new TextEncoder().encode(text));
const rowsOf = (text: string) => {
  const doc = read(text);
  return doc.blocks.filter((b) => b.kind === 'row' && !b.header).map((b) => b.cells!.map((c) => doc.text.slice(c.start, c.end)));
};

/** Pages as the bare form gives them: the title, 'Transkript', then each page's text after its number. */
const bare = (title: string, pages: string[]) => [title, '', 'Transkript', '', ...pages.flatMap((p, i) => [`${i + 1} ${p}`, ''])].join('\n');
/** Pages as the seed form gives them: a list of related documents, 'Transkript:', then 'N (M)' before each page. */
const seed = (title: string, pages: string[]) =>
  [title, '', 'Relevanta dokument', 'Budget 2025', 'Protokoll 2025-03-01', '', 'Transkript:', '', ...pages.flatMap((p, i) => [`${i + 1} (${pages.length}) ${p}`, ''])].join('\n');

describe('a follow-up whose columns are years marked with X', () => {
  // A culture plan's follow-up: a status column written in sentences, two year columns, the area's title set in the header.
  const pages = [
    'Uppföljning av kulturplanen 2025–2026 Exempelby kommun Kulturnämnden följer upp planen varje halvår. Planen gäller 2025, 2026 och 2027. Status för åtgärderna Nr Åtgärd Ansvarig År 2025 År 2026 Status Fokusområde Levande bibliotek 1 Utöka öppettiderna på stadsbiblioteket. KFF X X Påbörjad. Biblioteket har helgöppet från mars. 2 Starta läsecirklar för nyanlända vuxna. KFF X Ej påbörjad 3 Digitalisera det lokalhistoriska arkivet. KS X X Genomförd. Arkivet finns nu på webben.',
    'Nr Åtgärd Ansvarig År 2025 År 2026 Status Fokusområde Kultur för barn och unga 1 Erbjuda kulturskola i alla skolområden. BUF X X Pågår enligt plan. Två nya skolområden har börjat i höst. 2 Införa ett fritidskort för kultur och idrott. KFF X Ej startad 3 Ordna en konstvecka för gymnasieelever. BUF X X Genomförd.',
    'Uppföljningen redovisas för kulturnämnden i december. Kontakt Kulturchefen, telefon 010-123 45 67',
  ];

  for (const [form, text] of [
    ['bare form', bare('Uppföljning av kulturplanen Exempelby', pages)],
    ['seed form', seed('Uppföljning av kulturplanen Exempelby', pages)],
  ] as const) {
    it(`reads each row's marks as its years, its status sentences as its status and the header's area as a band (${form})`, () => {
      const x = extract(read(text));
      expect(x.activities.map((a) => a.text.replace(/\.$/, ''))).toEqual([
        'Utöka öppettiderna på stadsbiblioteket',
        'Starta läsecirklar för nyanlända vuxna',
        'Digitalisera det lokalhistoriska arkivet',
        'Erbjuda kulturskola i alla skolområden',
        'Införa ett fritidskort för kultur och idrott',
        'Ordna en konstvecka för gymnasieelever',
      ]);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['KFF', 'KFF', 'KS', 'BUF', 'KFF', 'BUF']);
      // One mark under two years: a transcript keeps no empty cell, so it is read as the first year's.
      expect(x.activities.map((a) => a.years)).toEqual([[2025, 2026], [2025], [2025, 2026], [2025, 2026], [2025], [2025, 2026]]);
      expect(x.activities.map((a) => a.status)).toEqual(['started', 'not_started', 'done', 'ongoing', 'not_started', 'done']);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Levande bibliotek', 'Kultur för barn och unga']);
    });
  }

  it('takes no header from a year after a label, nor from years in a sentence', () => {
    // Labelled items: 'Tid: 2025 Åtgärd 2:' is a field and the next item's label, not three column words.
    const text = bare('Friluftsplan Exempelby', [
      'Friluftsplan 2025–2027 Exempelby kommun Åtgärd 1: Märka upp vandringsleden runt sjön Ansvar: Tekniska förvaltningen Tid: 2025 Åtgärd 2: Bygga en grillplats vid badet Ansvar: Kultur- och fritidsförvaltningen Tid: 2026',
      'Planen gäller under åren 2025 2026 2027 och följs upp av Ansvarig nämnd med Status varje år.',
      'Kontakt Friluftssamordnaren',
    ]);
    const doc = read(text);
    expect(doc.blocks.some((b) => b.kind === 'row')).toBe(false);
    const x = extract(doc);
    expect(x.activities.map((a) => a.years)).toEqual([[2025], [2026]]);
  });
});

describe('a follow-up table cut by page breaks', () => {
  // A safety plan's follow-up: how much is done as a percentage, a light as a symbol, a comment; a row cut by the page break.
  const footer = 'Exempelby kommun – Uppföljning av trygghetsplanen 2025, socialnämnden';
  const lastRows = 'Förbättra belysningen i parker och gångtunnlar Tekniska förvaltningen 2025 40 % ◐ Arbetet är försenat av leveranser. Tema 2 Förebyggande arbete Utbilda personalen på fritidsgårdarna i konflikthantering Kultur- och fritidsförvaltningen Löpande – ● Tre kurser har hållits. Starta nattvandringar tillsammans med föreningar Kultur- och fritidsförvaltningen HT 2025 0 % ○ Inga föreningar har anmält sig ännu.';
  const opening = 'Uppföljning av trygghetsplanen Exempelby kommun Socialnämnden följer upp planen två gånger om året. Kolumnen Genomfört anger hur stor del som är gjord. Insats Ansvarig Tidplan Genomfört Bedömning Kommentar Tema 1 Trygga miljöer Anordna trygghetsvandringar i alla';
  const closing = `Symboler: ● = enligt plan, ◐ = mindre avvikelse, ○ = betydande avvikelse. Uppföljningen redovisas för socialnämnden i november. ${footer} 3`;
  // pdfjs: the page's cells row by row, the footer last, the header repeated whole on the next page.
  const pdfjs = [
    `${opening} Socialförvaltningen 2024– 80 % ● Vandringarna har ${footer} 1`,
    `Insats Ansvarig Tidplan Genomfört Bedömning Kommentar stadsdelar 2025 genomförts i fyra av fem stadsdelar. ${lastRows} ${footer} 2`,
    closing,
  ];
  // poppler: the footer among the tall row's lines, the repeated header's words among the cut row's.
  const poppler = [
    `${opening} Socialförvaltningen 2024– ${footer} 80 % ● Vandringarna har 1`,
    `Insats Ansvarig stadsdelar Tidplan Genomfört Bedömning 2025 Kommentar genomförts i fyra av fem stadsdelar. ${lastRows} ${footer} 2`,
    closing,
  ];

  for (const [order, pages] of [
    ['pdfjs order', pdfjs],
    ['poppler order', poppler],
  ] as const) {
    for (const [form, make] of [
      ['bare form', bare],
      ['seed form', seed],
    ] as const) {
      it(`joins the cut row cell by cell and reads percentages and dashes in the status column (${order}, ${form})`, () => {
        const text = make('Uppföljning av trygghetsplanen Exempelby', pages);
        const rows = rowsOf(text).filter((r) => r[1]);
        expect(rows[0]).toEqual([
          'Anordna trygghetsvandringar i alla stadsdelar',
          'Socialförvaltningen',
          '2024– 2025',
          '80 %',
          '●',
          expect.stringMatching(/^Vandringarna har (?:1 )?genomförts i fyra av fem stadsdelar\.$/),
        ]);
        expect(rows.map((r) => r.slice(2, 5))).toContainEqual(['Löpande', '–', '●']);
        const x = extract(read(text));
        expect(x.activities.map((a) => a.text)).toEqual([
          'Anordna trygghetsvandringar i alla stadsdelar',
          'Förbättra belysningen i parker och gångtunnlar',
          'Utbilda personalen på fritidsgårdarna i konflikthantering',
          'Starta nattvandringar tillsammans med föreningar',
        ]);
        expect(x.activities[0].years).toEqual([2024, 2025]);
        expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Socialförvaltningen', 'Tekniska förvaltningen', 'Kultur- och fritidsförvaltningen', 'Kultur- och fritidsförvaltningen']);
        expect(x.focusAreas.map((f) => f.title)).toEqual(['Trygga miljöer', 'Förebyggande arbete']);
        expect(x.activities.some((a) => a.text.includes(footer.slice(0, 20)))).toBe(false);
      });
    }
  }
});

describe('a footer inside a page', () => {
  const footer = 'Exempelby kommun – Klimatrapport 2025, miljönämnden';
  it('is found where it ends two pages and stands inside another', () => {
    const pages = [`Inledning Åtgärderna redovisas i tabellen. Byta till LED ${footer} Tekniska förvaltningen 2025 1`, `Installera solceller på skolor 2026 ${footer} 2`, `Kontakt Miljöstrategen ${footer} 3`];
    const spans = findFootersInside(pages)!;
    expect(spans.map((s, i) => s.map(([a, b]) => pages[i].slice(a, b)))).toEqual([[footer], [`${footer} 2`], [`${footer} 3`]]);
  });

  it('keeps a year that ends the footer, not taking it for the page number', () => {
    const dated = 'Fritidsplan för Norrby – uppföljning av hösten 2026';
    const pages = [`Inledning Planen följs upp varje halvår. ${dated}`, `Bygga en spontanidrottsplats Fritid ${dated}`, `Kontakt Fritidsförvaltningen ${dated}`];
    // The footer ends every page and stands inside none: no footer inside, so the page edges are left to the running foot.
    expect(findFootersInside(pages)).toBeNull();
    const inside = [pages[0], `Bygga en spontanidrottsplats ${dated} Fritid`, pages[2]];
    expect(findFootersInside(inside)!.map((s, i) => s.map(([a, b]) => inside[i].slice(a, b)))).toEqual([[dated], [dated], [dated]]);
  });

  it('is not taken from words every page ends with but no page holds inside, nor from a phrase on some pages only', () => {
    expect(findFootersInside([`Sida ett ${footer} 1`, `Sida två ${footer} 2`, `Sida tre ${footer} 3`])).toBeNull();
    expect(findFootersInside([`Text om arbetet ${footer} och mer text`, `Mer ${footer} 2`, `Sista sidan ${footer} 3`, 'En sida utan den'])).toBeNull();
  });
});

describe('the rest of a row on the next page', () => {
  it('reads each cell from what its type reads, a text cell to the next typed one', () => {
    const words = 'in i alla skolor HT 2025 arbetet fortsätter'.split(' ');
    expect(readContinuation(words, ['owner', 'time', 'status', 'comment'], [])).toEqual({ activity: 'in i alla skolor', owner: '', time: 'HT 2025', status: '', comment: 'arbetet fortsätter' });
  });
});

describe('a table whose status icons did not come into the text', () => {
  // A water plan's follow-up: each table under a goal sentence, owners without a unit's shape, statuses drawn as icons.
  const pages = [
    'Uppföljning av vattenplanen 2025 Exempelby kommun 1. Rena sjöar och vattendrag Mål Bedömning Utsläppen av fosfor till sjöarna ska minska. Åtgärd Ansvarig Status Färdiggrad Utsläppen av fosfor till sjöarna ska minska. Inventera enskilda avlopp runt Storsjön Miljöenheten Bygga ut det kommunala ledningsnätet till Norrby Vattenbolaget Ta fram en plan för dagvatten i centrum Samhällsbyggnad 2. Säkert dricksvatten Mål Bedömning Dricksvattnet ska vara säkert för alla. Åtgärd Ansvarig Status Färdiggrad Dricksvattnet ska vara säkert för alla. Skydda vattentäkten vid Åsen med nya föreskrifter Teknik Informera hushållen om provtagning av egna brunnar Miljöenheten 3. Levande kust Mål Bedömning Fler ska kunna bada i havet. Åtgärd Ansvarig Status Färdiggrad Fler ska kunna bada i havet. Anlägga en ny badplats vid Sandvik Fritid',
    'Kommentarer Arbetet går enligt plan i de flesta delar.',
    'Uppföljningen redovisas för kommunstyrelsen i oktober. Den som är Ansvarig för en åtgärd rapporterar Status och Färdiggrad till nämnden varje kvartal.',
  ];
  for (const [form, make] of [
    ['bare form', bare],
    ['seed form', seed],
  ] as const) {
    it(`reads the rows by their actions and owners, the goal under the header as no row (${form})`, () => {
      const x = extract(read(make('Uppföljning av vattenplanen Exempelby', pages)));
      expect(x.activities.map((a) => a.text)).toEqual([
        'Inventera enskilda avlopp runt Storsjön',
        'Bygga ut det kommunala ledningsnätet till Norrby',
        'Ta fram en plan för dagvatten i centrum',
        'Skydda vattentäkten vid Åsen med nya föreskrifter',
        'Informera hushållen om provtagning av egna brunnar',
        'Anlägga en ny badplats vid Sandvik',
      ]);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Miljöenheten', 'Vattenbolaget', 'Samhällsbyggnad', 'Teknik', 'Miljöenheten', 'Fritid']);
      // The goal under each header may head its rows one level down; it is never an activity nor a top area.
      expect(x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title)).toEqual(['Rena sjöar och vattendrag', 'Säkert dricksvatten', 'Levande kust']);
    });
  }

  it('takes no rows from prose after a header whose sentences open with no action', () => {
    const text = bare('Rapport Exempelby', [
      'Rapport om arbetet 2025 Exempelby kommun Aktivitet Ansvarig Status Färdiggrad Arbetet följs upp av nämnden varje år. Nämnden beslutar om nya mål i december. Förvaltningen redovisar läget i en rapport.',
      'Bakgrund Planen antogs av kommunfullmäktige 2024.',
      'Kontakt Planeringschefen',
    ]);
    expect(extract(read(text)).activities).toEqual([]);
  });
});

describe('owners and times at a row end', () => {
  it("takes a company's name with its form, two capitalised words at most (a truncated part before 'och' aside), and a unit in parentheses", async () => {
    const { ownerStart } = await import('../../src/clean/cell-kinds.js');
    const owner = (text: string) => {
      const words = text.split(' ');
      return words.slice(ownerStart(words, words.length)).join(' ');
    };
    expect(owner('Bygga laddplatser vid Norrby Umeå Energi AB')).toBe('Umeå Energi AB');
    expect(owner('Sanera deponin Exempelby Vatten- och Avfall AB')).toBe('Exempelby Vatten- och Avfall AB');
    expect(owner('Driva flygplatsen vidare Regionflyget AB (Kommunledningskontoret)')).toBe('Regionflyget AB (Kommunledningskontoret)');
    // No company form: capitalised words before a unit stay the activity's.
    expect(owner('Samverka med Region Exempel Miljöförvaltningen')).toBe('Miljöförvaltningen');
  });

  it('reads a range a line break cut as one time, and an open time alone', async () => {
    const { typedEnds } = await import('../../src/clean/row-sequence.js');
    expect(typedEnds('time', ['2024–', '2026', 'Pågår'], 0, [])).toEqual([2]);
    expect(typedEnds('time', ['2024–', 'Pågår'], 0, [])).toEqual([1]);
  });

  it('reads a status symbol run together with how much is done as the status cell, and a figure alone or a word with a percent as no symbol', async () => {
    const { typedEnds } = await import('../../src/clean/row-sequence.js');
    expect(typedEnds('status', ['◔25%', 'Arbetet', 'har', 'börjat.'], 0, [])).toEqual([1]);
    expect(typedEnds('status', ['25%x', 'Arbetet'], 0, [])).toEqual([]);
    expect(typedEnds('status', ['Klart25%', 'Arbetet'], 0, [])).toEqual([]);
  });
});

describe('a header repeated without its first columns, which poppler set apart with the first row id', () => {
  // A housing plan's follow-up in poppler's order: page 2 repeats only the header's last columns, its first row has no id, and 'Nr Åtgärd 1.3' stands further down the page.
  const pages = [
    'Uppföljning av bostadsförsörjningsplanen Nr Åtgärd Ansvarig Tidplan Status Kommentar Delmål 1 – Fler hyresrätter 1.1 Inventera kommunens mark för hyresrätter SBF 2024 Klart Kartan är klar. 1.2 Ta fram en modell för markanvisning till bostadsbolaget KLK 2024–2025 Pågår Modellen prövas i',
    'Ansvarig Tidplan Status Kommentar Införa förtur för bostadssociala kontrakt SOC 2025 Påbörjad Rutinen är skickad på remiss. 1.4 Bygga trygghetsboenden i två kommundelar Bostadsbolaget 2025–2026 Pågår Bygglov finns. Nr Åtgärd 1.3 Norrby.',
  ];

  it('keeps reading the table, and gives its first row the id before the one the page goes on with', () => {
    const rows = rowsOf(bare('Uppföljning av bostadsförsörjningsplanen', pages));
    const ids = rows.map((r) => r[0]).filter(Boolean);
    expect(ids).toEqual(['1.1', '1.2', '1.3', '1.4']);
    const third = rows.find((r) => r[0] === '1.3')!;
    expect(third.slice(1, 5)).toEqual(['Införa förtur för bostadssociala kontrakt', 'SOC', '2025', 'Påbörjad']);
  });

  it('gives no id where the page goes on with an id that does not follow', () => {
    const skipped = [pages[0], pages[1].replace('1.4 Bygga', '1.6 Bygga')];
    const rows = rowsOf(bare('Uppföljning av bostadsförsörjningsplanen', skipped));
    expect(rows.map((r) => r[0]).filter(Boolean)).not.toContain('1.3');
    expect(rows.map((r) => r[0]).filter(Boolean)).not.toContain('1.5');
  });
});

describe('labelled bands of a table whose rows are read by their cells', () => {
  it("reads the band's title without the id of the first row under it,", () => {
    // A waste plan's follow-up: ids 'A1', 'B1' open again under each band, so the cells, not the ids, carry the rows.
    const text = [
      'Lägesrapport avfallsplan Exempelby kommun',
      '',
      'Transkript',
      '',
      '1 Lägesrapport 2025 Avfallsplan 2024–2028 Exempelby kommun Läget redovisas per den 31 augusti 2025. Status anges som Klar, Pågår eller Ej påbörjad.',
      '',
      '2 Åtgärder Nr Åtgärd Ansvar Klart Status Kommentar Fokusområde 1: Mindre matavfall A1 Mäta matsvinnet i alla skolkök Kostenheten 2025 Klar Mätningen görs varje vecka. A2 Erbjuda mindre portioner på äldreboendena Kostenheten 2026 Pågår Provas på två boenden. A3 Skänka överbliven mat till föreningar Kostenheten 2025 Ej påbörjad Avtal saknas. Fokusområde 2: Ökad återanvändning B1 Öppna en återbruksbutik vid återvinningscentralen Renhållningen 2025 Klar Butiken öppnade i maj. B2 Låna ut verktyg på biblioteket Kulturförvaltningen 2026 Pågår Tio verktyg finns. B3 Ordna bytesdagar för barnkläder Renhållningen 2025 Pågår Två dagar har hållits.',
      '',
      '3 Fortsatt arbete Nästa lägesrapport lämnas i mars 2026 till tekniska nämnden.',
    ].join('\n');
    const x = extract(read(text));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Mindre matavfall', 'Ökad återanvändning']);
    expect(x.activities.map((a) => a.focusAreaKey)).toEqual([0, 0, 0, 1, 1, 1]);
  });
});

describe('a follow-up whose judgement column is shown by colour only', () => {
  // A housing plan's follow-up: the share done in per cent, a judgement filled in colour (no word in the text), a note mark for some rows.
  const pages = [
    'Uppföljning av bostadsplanen 2025 Exempelby kommun Nr Åtgärd Ansvar Klart Genomfört Bedömning 1.1 Inventera tomma lägenheter i kommunens bestånd SBF Q2 2025 100 % 1.2 Ta fram riktlinjer för markanvisning SBF Löpande 40 % * 1.3 Bygga trygghetsboende i Norrby Bostadsbolaget 2026–2027 0 % 1.4 Införa en bostadskö för unga vuxna KLF VT 2026 25 % Kommentarer Åtgärd 1.2: Riktlinjerna väntar på den nya översiktsplanen.',
  ];
  it('reads each row without the colour column, keeps its note mark out of the table\'s end, and takes the comment on a row for no action', () => {
    const x = extract(read(seed('Uppföljning av bostadsplanen Exempelby', pages)));
    expect(x.activities.map((a) => a.text)).toEqual([
      'Inventera tomma lägenheter i kommunens bestånd',
      'Ta fram riktlinjer för markanvisning',
      'Bygga trygghetsboende i Norrby',
      'Införa en bostadskö för unga vuxna',
    ]);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['SBF', 'SBF', 'Bostadsbolaget', 'KLF']);
    expect(x.activities.map((a) => a.years)).toEqual([[2025], [], [2026, 2027], [2026]]);
  });
});

describe('a table whose owners are posts, not units', () => {
  // An elderly care plan: 'Enhetschef', 'Sjuksköterska i hemsjukvården' have no unit's shape; the time and status after them read by type.
  const pages = [
    'Aktivitetsplan för äldreomsorgen 2026 Exempelby kommun Nr Aktivitet Ansvarig När Status 1.1 Införa fallriskbedömning vid inflyttning på särskilt boende Enhetschef HT 2026 Pågår 1.2 Utbilda personalen i hemtjänsten i läkemedelshantering Sjuksköterska i hemsjukvården VT 2026 Ej påbörjad 1.3 Erbjuda alla boende en aktivitet utomhus varje vecka Aktivitetssamordnare Löpande Pågår 1.4 Ta fram en rutin för nattfasta Dietist 2026 Genomförd',
  ];
  it('takes the capitalised words the action ends before as the owner', () => {
    const x = extract(read(seed('Aktivitetsplan äldreomsorg Exempelby', pages)));
    expect(x.activities.map((a) => a.text)).toEqual([
      'Införa fallriskbedömning vid inflyttning på särskilt boende',
      'Utbilda personalen i hemtjänsten i läkemedelshantering',
      'Erbjuda alla boende en aktivitet utomhus varje vecka',
      'Ta fram en rutin för nattfasta',
    ]);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Enhetschef', 'Sjuksköterska i hemsjukvården', 'Aktivitetssamordnare', 'Dietist']);
    expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'not_started', 'ongoing', 'done']);
  });
});

describe('a table with cost columns whose header names a unit in parentheses', () => {
  // A road-safety programme's appendix: partner, time, cost and financing after the owner; the cost column's unit in parentheses, a narrow column's word broken in two.
  const plan = (areaColumn: string) => [
    `Trafiksäkerhetsprogram Exempelby kommun 2026–2030 Bilaga 2 Åtgärder 2026–2027 Kostnaden anges i tusen kronor. ${areaColumn}Nr Åtgärd Ansvar Samverkan Tidplan Kostna d (tkr) Finansier ing 1. Säkra skolvägar 1.1 Bygga en gång- och cykelbana längs Skolvägen TK Trafikverket 2026– 2027 900 Statlig medfinansiering 1.2 Sänka hastigheten till 30 km/h vid alla skolor TK Polisen 2026 150 Egen 2. Trygga gångstråk 2.1 Belysa gångtunneln vid stationen SBN – HT 2026 300 Egen 2.2 Inventera otrygga platser tillsammans med elevråden BUN Elevråden 2027 – – 2.3 Ta fram en plan för vinterväghållning av cykelstråk SBN/ TK – VT 2027 – –`,
    'Programmet följs upp årligen av kommunstyrelsen.',
  ];

  for (const [name, areaColumn] of [
    ['bands numbered before their rows', ''],
    ['an area column merged down its rows', 'Område '],
  ] as const) {
    it(`reads every row with its owner and time, the numbered titles as areas (${name})`, () => {
      const x = extract(read(bare('Trafiksäkerhetsprogram Exempelby', plan(areaColumn))));
      expect(x.activities.map((a) => a.text)).toEqual([
        'Bygga en gång- och cykelbana längs Skolvägen',
        'Sänka hastigheten till 30 km/h vid alla skolor',
        'Belysa gångtunneln vid stationen',
        'Inventera otrygga platser tillsammans med elevråden',
        'Ta fram en plan för vinterväghållning av cykelstråk',
      ]);
      // 'SBN/ TK': two owners a line break cut after the slash; '–': a partner column left empty, not the time.
      expect(x.activities.map((a) => a.ownerRaw?.replace(/\/\s+/, '/'))).toEqual(['TK', 'TK', 'SBN', 'BUN', 'SBN/TK']);
      expect(x.activities.map((a) => a.years)).toEqual([[2026, 2027], [2026], [2026], [2027], [2027]]);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Säkra skolvägar', 'Trygga gångstråk']);
    });
  }

  it('takes no plan from a budget table whose header names a unit, nor from a unit in prose', () => {
    const x = extract(read(bare('Trafiksäkerhetsprogram Exempelby', [
      'Trafiksäkerhetsprogram Exempelby kommun 2026–2030 Ekonomi Område Kostnad (tkr) Varav bidrag (tkr) Säkra skolvägar 1 050 450 Trygga gångstråk 300 0 Summa 1 350 450 Kostnaden (tkr) för drift ingår i ramen. Nr 1 av 2 i serien.',
    ])));
    expect(x.activities).toEqual([]);
  });
});

describe('a follow-up whose status column names the day it was judged on, its rows under two levels of bands', () => {
  // An elderly-care plan's follow-up: 'Status 2026-05-31' in the header; each area's band and its first sub-area's band run together before the first row.
  const pages = [
    'Handlingsplan för äldres hälsa 2026–2028 Exempelby kommun Statusen avser den 31 maj 2026. Åtgärder Nr Åtgärd Ansvarig Klart Status 2026-05-31 Målområde 1: Fysisk aktivitet Delmål 1.1 Fler rör sig utomhus 1.1.1 Anordna promenadgrupper på alla träffpunkter VOF 2026 Pågår 1.1.2 Ta fram en karta över bänkar längs gångstråken SBF Q3 2026 Klar Delmål 1.2 Träning i boendet 1.2.1 Erbjuda styrketräning på särskilda boenden VOF Löpande Pågår Målområde 2: Måltider Delmål 2.1 Mat som smakar 2.1.1 Inför önskemeny en gång i veckan KOST VT 2027 Ej påbörjad 2.1.2 Utbilda kockarna i konsistensanpassad kost KOST 2027 Ej påbörjad',
    'Planen följs upp två gånger om året av vård- och omsorgsnämnden.',
  ];

  for (const [form, text] of [
    ['bare form', bare('Handlingsplan för äldres hälsa Exempelby', pages)],
    ['seed form', seed('Handlingsplan för äldres hälsa Exempelby', pages)],
  ] as const) {
    it(`reads the date as the status column's, the first rows with their cells, and each level's band on its own (${form})`, () => {
      const x = extract(read(text));
      expect(x.activities.map((a) => a.text)).toEqual([
        'Anordna promenadgrupper på alla träffpunkter',
        'Ta fram en karta över bänkar längs gångstråken',
        'Erbjuda styrketräning på särskilda boenden',
        'Inför önskemeny en gång i veckan',
        'Utbilda kockarna i konsistensanpassad kost',
      ]);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['VOF', 'SBF', 'VOF', 'KOST', 'KOST']);
      expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'done', 'ongoing', 'not_started', 'not_started']);
      expect(x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title)).toEqual(['Fysisk aktivitet', 'Måltider']);
      expect(x.focusAreas.filter((f) => f.parentKey !== null).map((f) => f.title)).toEqual(['Fler rör sig utomhus', 'Träning i boendet', 'Mat som smakar']);
    });
  }

  it('takes no date into a header from a time column, where the date is the first row\'s time', () => {
    const rows = rowsOf(bare('Plan Exempelby', ['Plan för lekplatser Exempelby kommun Nr Åtgärd Ansvar Klart 1 Byta sand i sandlådorna TK 2026-06-30 2 Måla om klätterställningen TK 2026-08-31 3 Sätta upp skuggsegel vid förskolan TK 2027-05-31']));
    expect(rows.map((r) => r[r.length - 1])).toEqual(['2026-06-30', '2026-08-31', '2027-05-31']);
  });
});

describe("a header whose owner cell wrapped, its second line set after the area's title in the header", () => {
  // A public-health follow-up: 'Ansvarig för / genomförande' wraps; on the second page the reading order set the cell's
  // first line among the column words and its second line after the area's title, right before the first row.
  const pages = (title: string) => [
    'Uppföljning av folkhälsoplanen Exempelby kommun Status för insatserna Nr Insats Ansvarig för genomförande Tid Status Fokusområde Goda levnadsvanor 1 Erbjuda hälsosamtal till alla 70-åringar. VOF 2025 Påbörjad. 2 Införa rörelsepass i alla förskolor. BUF 2025–2026 Genomförd.',
    `Nr Insats Ansvarig för Tid Status Fokusområde ${title} 1 Starta en träffpunkt för äldre i varje kommundel. VOF 2026 Ej påbörjad. 2 Utbilda föreningsledare i psykisk första hjälp. KFF 2025 Pågår.`,
    'Uppföljningen redovisas för kommunstyrelsen i mars.',
  ];

  for (const [form, wrap] of [
    ['bare form', bare],
    ['seed form', seed],
  ] as const) {
    it(`reads the second page's rows under that header, and the title without the cell's second line (${form})`, () => {
      const x = extract(read(wrap('Uppföljning av folkhälsoplanen Exempelby', pages('Social gemenskap Genomförande'))));
      expect(x.activities.map((a) => a.text.replace(/\.$/, ''))).toEqual([
        'Erbjuda hälsosamtal till alla 70-åringar',
        'Införa rörelsepass i alla förskolor',
        'Starta en träffpunkt för äldre i varje kommundel',
        'Utbilda föreningsledare i psykisk första hjälp',
      ]);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['VOF', 'BUF', 'VOF', 'KFF']);
      expect(x.activities.map((a) => a.status)).toEqual(['started', 'done', 'not_started', 'ongoing']);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Goda levnadsvanor', 'Social gemenskap']);
    });
  }

  it("keeps a title's last capitalised word that does not complete the wrapped cell", () => {
    const x = extract(read(bare('Uppföljning av folkhälsoplanen Exempelby', pages('Trygghet i Centrum'))));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Goda levnadsvanor', 'Trygghet i Centrum']);
    expect(x.activities).toHaveLength(4);
  });

  it("reads a header whose column words a conjunction joins ('Status och Kommentar') as before: no wrapped cell", () => {
    const x = extract(read(bare('Uppföljning av avfallsplanen Exempelby', [
      'Uppföljning av avfallsplanen Exempelby kommun Nr Åtgärd Ansvarig Tid Status och Kommentar 1 Införa matavfallsinsamling i alla flerbostadshus. TEK 2025 Pågår. Hälften av husen är klara. 2 Öppna en återbruksbutik vid återvinningscentralen. RENH 2026 Ej påbörjad. 3 Minska matsvinnet i skolköken. BUF 2025 Genomförd.',
    ])));
    expect(x.activities.map((a) => [a.ownerRaw, a.status])).toEqual([['TEK', 'ongoing'], ['RENH', 'not_started'], ['BUF', 'done']]);
  });

  it('takes no header from column words across a small word in prose, where no rows follow', () => {
    const x = extract(read(bare('Rutin för uppföljning Exempelby', [
      'Rutin för uppföljning Exempelby kommun I bilagan finns kolumnerna Insats Ansvarig för Tid och Status, som förvaltningarna fyller i varje halvår. Uppföljningen lämnas till kommunstyrelsen.',
    ])));
    expect(x.activities).toEqual([]);
  });
});

describe('units a document lists with the bullets of a symbol font', () => {
  // A library plan: its units listed with the private-use bullet a PDF's symbol font gives ('\uF0B7'), one a code and a word ('B2 Service').
  const plan = (bullet: string) => [
    `Biblioteksplan Exempelby kommun 2026–2027 Ansvariga förvaltningar i planen: ${bullet} Kulturförvaltningen ${bullet} B2 Service ${bullet} Utbildningsförvaltningen`,
    `Åtgärder Nr Åtgärd Ansvar Tid Status 1.1 Förlänga öppettiderna på huvudbiblioteket Kulturförvaltningen 2026 Pågår 1.2 Byta ut utlåningsautomaterna B2 Service 2027 Ej påbörjad 1.3 Starta läxhjälp på filialerna Utbildningsförvaltningen 2026 Klar`,
  ];

  for (const bullet of ['\uF0B7', '•']) {
    it(`reads a listed unit's whole name as the owner (bullet U+${bullet.codePointAt(0)!.toString(16).toUpperCase()})`, () => {
      const x = extract(read(bare('Biblioteksplan Exempelby', plan(bullet))));
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Kulturförvaltningen', 'B2 Service', 'Utbildningsförvaltningen']);
    });
  }

  it('reads no listed unit where the names follow no bullet: the row whose owner no type reads is kept whole', () => {
    const x = extract(read(bare('Biblioteksplan Exempelby', plan('').map((p) => p.replace(/\s{2,}/g, ' ')))));
    expect(x.activities.map((a) => a.ownerRaw ?? null)).toEqual(['Kulturförvaltningen', null, 'Utbildningsförvaltningen']);
  });
});

describe('a row whose time is a date a line break cut after its year', () => {
  // A library plan: the date in the second row's time cell wrapped after '2025-', which the transcript ran on as '2025- 09-30'.
  const page =
    'Handlingsplan för biblioteken 2025–2026 Nr Insats Ansvarig Klart Insatsområde 1: Läsning 1.1 Starta en bokcirkel för unga vuxna på stadsbiblioteket Bibliotekschefen 2025 1.2 Ordna läsfrämjande besök i förskolorna Barn- och utbildningsförvaltningen Senast 2025- 09-30 1.3 Köpa in e-böcker på lätt svenska Kulturförvaltningen VT 2026 Insatsområde 2: Mötesplatser 2.1 Inreda ett studierum i Norrby filial Kulturförvaltningen Klart 2026- 02-28 2.2 Öppna biblioteket i Söderby på söndagar Kulturförvaltningen 2026';
  for (const [form, text] of [
    ['bare form', bare('Handlingsplan för biblioteken Exempelby', [page])],
    ['seed form', seed('Handlingsplan för biblioteken Exempelby', [page])],
  ] as const) {
    it(`reads the cut date as the row's time and goes on with the rows after it (${form})`, () => {
      const x = extract(read(text));
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Läsning', 'Mötesplatser']);
      expect(x.activities.map((a) => a.text.slice(0, 20))).toEqual(['Starta en bokcirkel ', 'Ordna läsfrämjande b', 'Köpa in e-böcker på ', 'Inreda ett studierum', 'Öppna biblioteket i ']);
      expect(x.activities.map((a) => a.years)).toEqual([[2025], [2025], [2026], [2026], [2026]]);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Bibliotekschefen', 'Barn- och utbildningsförvaltningen', 'Kulturförvaltningen', 'Kulturförvaltningen', 'Kulturförvaltningen']);
    });
  }
});
