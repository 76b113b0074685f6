import { describe, expect, it } from 'vitest';
import { findRunOnTitles, hasNumberedOutline } from '../../src/clean/run-on-titles.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { bareForm, seedForm } from '../support/transcript-forms.js';

/**
 * A transcript runs each page into one line, and a heading with neither
 * number nor label is then known only by its place and its shape: after a
 * lost line end, a short noun phrase, then a sentence. The plans here are
 * written for the test, on subjects no shared document treats.
 */

const titles = (text: string) => findRunOnTitles(text).map((t) => text.slice(t.at, t.end));

describe('titles run into the text of a page', () => {
  it('finds a title after the last item of a list, before the sentence that opens its section', () => {
    expect(titles('Kommunen ska: • byta till elbilar i hemtjänsten • ladda bilarna med egen solel Hållbar energi Kommunens fastigheter använder i dag mest fjärrvärme.')).toEqual(['Hållbar energi']);
  });

  it('finds a title after a sentence end, before a sentence that repeats its words', () => {
    expect(titles('Planen gäller till 2028. Ett rikt kulturliv Ett rikt kulturliv gör kommunen till en plats där fler vill bo.')).toEqual(['Ett rikt kulturliv']);
  });

  it('takes no name in a sentence, which is one word before the next capital or no title followed by a sentence', () => {
    expect(titles('Kommunen ska stödja Region Kronoberg i arbetet med krisberedskap och samverka med Polisen i trygghetsfrågor.')).toEqual([]);
    expect(titles('Vi deltar i Länsstyrelsens nätverk Trygg i Dalarna och följer dess arbete.')).toEqual([]);
  });

  it('takes no contents entry, no count, no year and no amount', () => {
    expect(titles('Innehåll Inledning 3 Trygga offentliga miljöer 4 Tidiga insatser för unga 6 Uppföljning 8')).toEqual([]);
    expect(titles('Planen har 2 områden. Under 2024 Kommunen satsade 120 000 kronor på belysning.')).toEqual([]);
    expect(titles('Budgeten är 450 tkr Kostnaden för drift 2025 Beräknas till 120 tkr.')).toEqual([]);
  });

  it('takes no owner or status value before the next field', () => {
    expect(titles('Ansvar: Kultur- och fritidsförvaltningen Status: Pågår enligt plan Kommentar: Arbetet har startat.')).toEqual([]);
    expect(titles('Tidplan: 2025 Ansvarig: Tekniska förvaltningen Samverkan: Räddningstjänsten Storstad Kommentar: Inget att rapportera.')).toEqual([]);
  });

  it('takes no clause that ends on a preposition, and no words after a bullet glyph', () => {
    expect(titles('Kommunen ska öka utlåningen. Äldre invånare utanför Tätorterna har långt till biblioteket.')).toEqual([]);
    expect(titles('Kommunen ska: o ordna läsecirklar o Starta bokcirklar för unga Bokbussen kör varje vecka.')).toEqual([]);
  });

  it('ends an item where its line ended, before one capitalised word and its sentence, but makes no heading of the word', () => {
    const found = findRunOnTitles('minska matsvinnet i skolköken Uppföljning Nämnden följer upp planen varje år.', true);
    expect(found).toEqual([{ at: 30, end: 30, heading: false }]);
    expect(findRunOnTitles('minska matsvinnet i skolköken Uppföljning Nämnden följer upp planen varje år.')).toEqual([]);
    expect(findRunOnTitles('stödja Västerås Science Park i arbetet med en testbädd', true)).toEqual([]);
  });

  it('finds an area label with its colon and title before the sentence that opens the section', () => {
    expect(titles('Uppföljningen visar läget i augusti. Fokusområde: Trygga offentliga miljöer Belysningen i parkerna har förbättrats under året.')).toEqual(['Fokusområde: Trygga offentliga miljöer']);
  });

  it('takes no labelled field of a record and no goal label', () => {
    expect(titles('Aktivitet: Ordna trygghetsvandringar Fokusområde: Trygga miljöer Ansvarig: Socialförvaltningen Status: Pågår')).toEqual([]);
    expect(titles('Mål: Alla invånare ska känna sig trygga. Mål: Fler unga ska delta i kulturlivet.')).toEqual([]);
  });

  it("takes no goal's assessment, status or unit's name as a title", () => {
    expect(titles('Fler unga ska delta i kulturlivet. Delvis uppfyllt Andelen unga i kulturskolan har ökat till 30 procent.')).toEqual([]);
    expect(titles('Biblioteken ska vara öppna fler timmar. Ej påbörjad Arbetet startar efter sommaren.')).toEqual([]);
    expect(titles('Arbetet leds av kommunen. Tekniska förvaltningen Ansvarar för att belysningen byts.')).toEqual([]);
    expect(titles('Varje insats får en färg efter läget. Risk för avvikelse Arbetet är försenat men går att hämta in.')).toEqual([]);
  });

  it('takes no sentence opened in capitals, whose verb comes at once', () => {
    expect(titles('Alla invånare ska kunna nå en badplats. Fler kommuner har satsat på cykelvägar och belysning längs dem.')).toEqual([]);
  });
});

/** A climate plan whose areas are unnumbered, unlabelled headings over 'Kommunen ska:' lists, as a sharing site gives it: each page one line, a footer run in. */
const FOOTER = 'Nordby kommun · Klimatplan 2025–2030';
const BODIES = [
  'Klimatplan 2025–2030 Nordby kommun Antagen av kommunfullmäktige 2025-03-17. Planen beskriver hur kommunen ska minska sina utsläpp. Den har tre områden som följs upp varje år. Fossilfria transporter Transporterna står för hälften av kommunens utsläpp. Kommunen ska: • byta till elbilar i hemtjänsten • bygga laddplatser vid alla förskolor',
  '• erbjuda cykelkurser för vuxna Hållbar energi Kommunens fastigheter använder i dag mest fjärrvärme och el från nätet. Kommunen ska: • sätta solceller på skolornas tak • byta belysningen i sporthallarna',
  'Klimatsmart mat Maten i skolor och äldreboenden ger stora utsläpp. Kommunen ska: • servera en vegetarisk dag i veckan • minska matsvinnet i skolköken Uppföljning Kommunstyrelsen följer upp planen varje år i årsredovisningen.',
];
const PAGES = BODIES.map((b, i) => `${b} ${FOOTER} – ${i + 1} –`);
/** The other reading order: the footer read first on the page, as a head. */
const otherOrder = BODIES.map((b) => `${FOOTER} ${b}`);

describe('a transcript of a plan with unnumbered headings', () => {
  for (const [name, text] of [
    ['seed form', seedForm(PAGES)],
    ['bare form', bareForm(PAGES)],
    ['seed form, other reading order', seedForm(otherOrder)],
    ['bare form, other reading order', bareForm(otherOrder)],
  ] as const) {
    it(`reads the areas and keeps each action under its area (${name})`, () => {
      const x = extract(readText(new TextEncoder().encode(text)));
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Fossilfria transporter', 'Hållbar energi', 'Klimatsmart mat']);
      const under = (key: number) => x.activities.filter((a) => a.focusAreaKey === key).map((a) => a.text);
      expect(under(x.focusAreas[0].key)).toEqual(['byta till elbilar i hemtjänsten', 'bygga laddplatser vid alla förskolor', 'erbjuda cykelkurser för vuxna']);
      expect(under(x.focusAreas[1].key)).toEqual(['sätta solceller på skolornas tak', 'byta belysningen i sporthallarna']);
      expect(under(x.focusAreas[2].key)).toEqual(['servera en vegetarisk dag i veckan', 'minska matsvinnet i skolköken']);
    });
  }

  it('reads the same plan as ordinary text, one heading a line, with the same areas', () => {
    const text = ['Klimatplan 2025–2030', '', 'Fossilfria transporter', '', 'Transporterna står för hälften av utsläppen. Kommunen ska:', '• byta till elbilar i hemtjänsten', '', 'Hållbar energi', '', 'Fastigheterna använder mest fjärrvärme. Kommunen ska:', '• sätta solceller på skolornas tak', ''].join('\n');
    const x = extract(readText(new TextEncoder().encode(text)));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Fossilfria transporter', 'Hållbar energi']);
  });

  it('reads labelled areas, each above its own follow-up table run into the line, in both forms', () => {
    const pages = [
      'Uppföljning trygghetsplan 2025 Nordby kommun Nämnden följer upp planen två gånger per år. Fokusområde: Trygga offentliga miljöer Belysningen i parkerna har förbättrats under året. Aktivitet Status Kommentar Förbättra belysningen i stadsparken Pågår Hälften av armaturerna är bytta. Röja sly längs gångvägarna Klar Röjningen gjordes i maj.',
      'Fokusområde: Tidiga insatser för unga Fältassistenterna har nått fler unga än förra året. Aktivitet Status Kommentar Anställa fler fältassistenter Klar Två nya tjänster är tillsatta. Starta föräldrastöd i skolorna Ej påbörjad Start planeras till hösten.',
      'Fokusområde: Samverkan med Polisen Samverkansavtalet följs upp varje kvartal. Aktivitet Status Kommentar Teckna ett nytt samverkansavtal Klar Avtalet tecknades i mars. Ta fram en gemensam lägesbild Pågår Den första lägesbilden togs fram i juni.',
    ];
    for (const text of [seedForm(pages), bareForm(pages)]) {
      const x = extract(readText(new TextEncoder().encode(text)));
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Trygga offentliga miljöer', 'Tidiga insatser för unga', 'Samverkan med Polisen']);
      const area = (text: string) => x.focusAreas.find((f) => f.key === x.activities.find((a) => a.text.startsWith(text))?.focusAreaKey)?.title;
      expect(area('Röja sly')).toBe('Trygga offentliga miljöer');
      expect(area('Starta föräldrastöd')).toBe('Tidiga insatser för unga');
      expect(area('Ta fram en gemensam lägesbild')).toBe('Samverkan med Polisen');
    }
  });

  it('leaves the outline to the numbers where numbered headings carry it, a plain title read before them included', () => {
    const pages = [
      'Kulturplan 2025–2028 Nordby kommun 1. Ett rikt kulturliv Kommunens bibliotek ska nå fler invånare. Kommunen ska: • förlänga öppettiderna på biblioteket • starta en kulturskola för barnen Tre prioriterade områden Planen har tre områden som följs upp varje år.',
      '2. Mötesplatser för unga Många unga saknar en plats efter skolan. Kommunen ska: • öppna en fritidsgård i centrum • erbjuda lovaktiviteter',
      '3. Kulturarvet Hembygdsgårdarna behöver rustas. Kommunen ska: • rusta upp hembygdsgården • digitalisera arkivet',
    ];
    for (const text of [seedForm(pages), bareForm(pages)]) {
      const x = extract(readText(new TextEncoder().encode(text)));
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Ett rikt kulturliv', 'Mötesplatser för unga', 'Kulturarvet']);
    }
  });

  it('reads no area from the prose of a transcript without a plan', () => {
    const text = bareForm([
      'Kulturrådets rapport 2025 Kommunen har 2 områden där besöken ökat. Under 2024 Biblioteken hade 120 000 besök. Region Kronoberg och kommunen samarbetar om kulturskolan.',
      'Bakgrund Kulturen i Nordby har länge burits av föreningarna. Många föreningar saknar i dag lokaler och ledare.',
      'Slutsatser Rapporten visar att kulturens villkor skiljer sig mellan kommundelarna. Mer kunskap behövs.',
    ]);
    const x = extract(readText(new TextEncoder().encode(text)));
    expect(x.focusAreas).toEqual([]);
    expect(x.activities).toEqual([]);
  });
});

describe("a sentence that names one of the document's sections", () => {
  // A library strategy with a table of contents: each numbered area's text opens 'Inom området X …', on the area's page or the next.
  const pages = [
    'Biblioteksstrategi Nordby kommun 2026–2030 Strategin beslutades av kulturnämnden i mars och gäller i fem år.',
    'Innehåll 1. Läsfrämjande ........................ 3 2. Mötesplatser ........................ 4 3. Digital delaktighet ........................ 6',
    '1. Läsfrämjande Läsningen bland barn minskar i hela landet. Inom området Läsfrämjande ska biblioteken under perioden: • starta bokklubbar för mellanstadiet • dela ut bokpåsar på BVC',
    '2. Mötesplatser Biblioteken är öppna för alla och besöken ökar varje år.',
    'Inom området Mötesplatser ska biblioteken under perioden: • förlänga öppettiderna i Nordby • ordna läxhjälp i alla filialer',
    '3. Digital delaktighet Många äldre saknar e-legitimation.',
    'Inom området Digital delaktighet ska biblioteken under perioden: • hålla kurser i e-legitimation • låna ut surfplattor',
  ];

  for (const [form, wrap] of [
    ['bare form', bareForm],
    ['seed form', seedForm],
  ] as const) {
    it(`takes no title from the words before the name: the numbered headings stay the areas (${form})`, () => {
      const x = extract(readText(new TextEncoder().encode(wrap(pages))));
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Läsfrämjande', 'Mötesplatser', 'Digital delaktighet']);
      expect(x.activities).toHaveLength(6);
    });
  }

  it("finds a title before a sentence that opens with a word no section's title is", () => {
    const found = findRunOnTitles('Biblioteken är öppna för alla. Digitala tjänster Biblioteken lånar ut e-böcker till alla invånare.', false, true, ['läsfrämjande', 'mötesplatser']);
    expect(found.map((t) => t.heading)).toEqual([true]);
    expect(findRunOnTitles('Inom området Mötesplatser ska biblioteken under perioden ordna läxhjälp.', false, true, ['mötesplatser'])).toEqual([]);
  });
});

describe('a title the reading of a table left at a block’s edge', () => {
  it('takes a title after a table’s last cell in capitals when the sentence after it opens with its words again', () => {
    expect(titles('Sanera skjutbanan i Norrskogen Miljöenheten 2027 Länsstyrelsen Västra Götaland Förorenad mark Förorenad mark finns på ett tjugotal platser i kommunen.')).toEqual(['Förorenad mark']);
  });

  it('takes no capitalised words after a cell when the sentence does not repeat them', () => {
    expect(titles('Sanera skjutbanan i Norrskogen Miljöenheten 2027 Länsstyrelsen Västra Götaland Förorenad mark finns på ett tjugotal platser i kommunen.')).toEqual([]);
  });

  it('takes a block that is all title, the last words of its page, when the next block opens a sentence', () => {
    const on = (next: string) => findRunOnTitles('Förorenad mark', false, true, [], next).length;
    expect(on('Förorenad mark finns på ett tjugotal platser i kommunen.')).toBe(1);
    expect(on('Sanera skjutbanan Miljöenheten 2027')).toBe(0);
    expect(on('')).toBe(0);
  });
});

describe("a sentence that names its area after a definite label, run on after a sentence end", () => {
  it("takes 'Inom området', 'Under temat' or 'För insatsområdet 2' for the sentence's opening, not a title", () => {
    for (const lead of ['Inom området', 'Under temat', 'För insatsområdet 2', 'Inom fokusområdet']) {
      expect(titles(`Nämnden beslutar att anta planen med följande innehåll. ${lead} Trygga skolvägar ska kommunen 1) bygga farthinder (GE, 2027); 2) belysa tunneln (GE, 2028).`), lead).toEqual([]);
    }
  });

  it('still finds a title that is a phrase of its own before a sentence', () => {
    expect(titles('Planen gäller till 2028. Inom kulturen Kommunen ska stödja föreningarna med lokaler.')).toEqual(['Inom kulturen']);
  });
});

describe('an outline carried by labelled numbers, wherever the reading set them', () => {
  const p = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 1 });
  const band = (title: string): RawBlock => ({ kind: 'row', text: '', page: 1, cells: ['', title, '', ''] });
  const intro = p('Planen följs upp varje år. Uppgiften i fältet Status anges av den ansvariga enheten och avser hela året.');

  it('counts labels with their numbers in band rows of a table run into the text', () => {
    expect(hasNumberedOutline([intro, band('Målområde 1 – Säkra skolvägar'), band('Målområde 2 – Belysning')])).toBe(true);
  });

  it('counts a labelled heading beside a band, as a page break leaves the last band of a table', () => {
    expect(hasNumberedOutline([intro, band('Fokusområde 1: Läsfrämjande'), { kind: 'heading', text: 'Fokusområde 2: Mötesplatser', page: 2 }])).toBe(true);
  });

  it('counts a label whose number opens a row and whose title follows in the next cell', () => {
    expect(hasNumberedOutline([intro, { kind: 'row', text: '', page: 1, cells: ['Fokusområde 1', 'Läsfrämjande', '', ''] }, band('Fokusområde 2 – Mötesplatser')])).toBe(true);
  });

  it('needs two numbers: one labelled band, or one number twice, carries no outline', () => {
    expect(hasNumberedOutline([intro, band('Målområde 1 – Säkra skolvägar')])).toBe(false);
    expect(hasNumberedOutline([intro, band('Målområde 1 – Säkra skolvägar'), { kind: 'heading', text: 'Målområde 1 – Säkra skolvägar', page: 2 }])).toBe(false);
  });

  it('takes no label written in lower case inside a cell (a reference, not a title)', () => {
    expect(hasNumberedOutline([intro, { kind: 'row', text: '', page: 1, cells: ['1.1', 'Enligt målområde 1 ska skolvägarna ses över', '', ''] }, { kind: 'row', text: '', page: 1, cells: ['1.2', 'Se även målområde 2', '', ''] }])).toBe(false);
  });

  it('then cuts no plain title out of the sentence that names a column before the table', () => {
    const blocks: RawBlock[] = [intro, band('Målområde 1 – Säkra skolvägar'), band('Målområde 2 – Belysning')];
    const text = 'Planen följs upp varje år. Uppgiften i fältet Status anges av den ansvariga enheten.';
    expect(findRunOnTitles(text, false, !hasNumberedOutline(blocks)).map((t) => text.slice(t.at, t.end))).toEqual([]);
    // Without the bands, the same words read as a title before a sentence: the outline is what tells them apart.
    expect(findRunOnTitles(text, false, !hasNumberedOutline([intro])).map((t) => text.slice(t.at, t.end))).toEqual(['Uppgiften i fältet']);
  });
});
