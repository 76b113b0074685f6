import { describe, expect, it } from 'vitest';
import { findInlineHeadings, headingTitleEnd } from '../../src/clean/inline-headings.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { bareForm, seedForm } from '../support/transcript-forms.js';

/**
 * A transcript runs each page into one line, so a plan's outline survives only
 * in its numbering: '… 2 Trygga offentliga miljöer Många invånare …'. These
 * plans are written for the test, on subjects no shared document treats.
 */

const title = (text: string) => text.slice(0, headingTitleEnd(text));

describe('the title of a heading run into the text after it', () => {
  it('ends before the capitalised clause that follows it', () => {
    expect(title('Trygga offentliga miljöer Många invånare undviker parkerna efter mörkrets inbrott.')).toBe('Trygga offentliga miljöer');
    expect(title('Ett rikt kulturliv Kommunens bibliotek ska vara öppna fler timmar.')).toBe('Ett rikt kulturliv');
    expect(title('Fossilfria transporter • Byta till elbilar i hemtjänsten')).toBe('Fossilfria transporter');
  });

  it("ends after a lower-case word with a colon, the title set over its table, but before a label's colon", () => {
    expect(title('Trygghet och säkerhet: Nr Åtgärd Ansvar Klart')).toBe('Trygghet och säkerhet:');
    expect(title('Kost och hälsa: Id Aktivitet Ansvar')).toBe('Kost och hälsa:');
    expect(title('Trygghet i parkerna Mål: Fler känner sig trygga')).toBe('Trygghet i parkerna');
    expect(headingTitleEnd('Mål: Fler känner sig trygga')).toBe(-1);
  });

  it('keeps a name after a preposition in the title', () => {
    expect(title('Samverkan med Polisen Arbetet leds av kommunen.')).toBe('Samverkan med Polisen');
  });

  it('finds no title in a sentence, a long run of words or lower-case text', () => {
    expect(headingTitleEnd('Planen godkänns.')).toBe(-1);
    expect(headingTitleEnd('Stadsdirektören får i uppdrag att återrapportera')).toBe(-1);
    expect(headingTitleEnd('områden där kommunen ska arbeta')).toBe(-1);
    expect(headingTitleEnd('Arbetet med den lokala kulturen och föreningslivets villkor i alla kommundelar över tid')).toBe(-1);
  });
});

describe('numbered headings found by their sequence', () => {
  const page1 = 'Kulturplan 2025–2028 Inledning Planen visar vad kommunen gör för kulturen. 1 Ett rikt kulturliv Kommunens bibliotek och kulturskola ska nå fler invånare i alla åldrar. Kommunen ska: • förlänga öppettiderna på huvudbiblioteket • starta en kulturskola i Nordby';
  const page2 = '2 Mötesplatser för unga Många unga saknar en plats att vara på efter skolan. Kommunen ska: • öppna en fritidsgård i centrum • erbjuda lovaktiviteter 3 Kulturarvet Hembygdsgårdarna behöver rustas. Kommunen ska: • rusta upp hembygdsgården';

  it('takes 1, 2, 3 across pages, each before a short title', () => {
    const found = findInlineHeadings([page1, page2]);
    const titles = found.flatMap((hits, t) => hits.map((h) => [page1, page2][t].slice(h.at, h.end)));
    expect(titles).toEqual(['1 Ett rikt kulturliv', '2 Mötesplatser för unga', '3 Kulturarvet']);
  });

  it('takes no contents page, no count and no lone pair of numbers', () => {
    expect(findInlineHeadings(['Innehåll 1 Inledning 3 2 Bakgrund 4 3 Åtgärder 5 4 Uppföljning 7']).flat()).toEqual([]);
    expect(findInlineHeadings(['Innehåll 1 Inledning........3 2 Bakgrund........4 3 Åtgärder........5']).flat()).toEqual([]);
    expect(findInlineHeadings(['Planen har 2 områden och 3 Mål som följs upp. Under 2024 Kommunen har satsat 120 Miljoner kronor.']).flat()).toEqual([]);
    expect(findInlineHeadings(['Kommunstyrelsens beslut 1. Planen godkänns. 2. Stadsdirektören får i uppdrag att återrapportera. 3. Beslutet gäller från 1 januari.']).flat()).toEqual([]);
  });
});

/** A plan set as numbered headings, its actions as bullets, written as a sharing site gives it: each page one line, its footer run into the end. */
const FOOTER = 'Lunda kommun · Handlingsplan för trygghet';
const BODIES = [
  'Handlingsplan för trygghet 2025–2027 Lunda kommun Antagen av kommunfullmäktige 2025-02-10. Planen har tre insatsområden. 1 Trygga offentliga miljöer Många invånare undviker parkerna efter mörkrets inbrott. Kommunen ska: • förbättra belysningen i stadsparken • röja sly längs gångvägarna till stationen',
  '• ordna trygghetsvandringar i varje kommundel 2 Tidiga insatser för unga Allt fler unga rekryteras till kriminella nätverk. Kommunen ska: • anställa fler fältassistenter • starta föräldrastöd i skolorna',
  '3 Samverkan med Polisen Arbetet leds av kommunen i nära samverkan. Kommunen ska: • teckna ett nytt samverkansavtal med Polisen • ta fram en gemensam lägesbild varje månad',
];
const PAGES = BODIES.map((b, i) => `${b} ${FOOTER} – ${i + 1} –`);
/** The other reading order: the running text read first on the page, as a head. */
const otherOrder = BODIES.map((b) => `${FOOTER} ${b}`);

describe('a transcript of a plan with numbered headings', () => {
  for (const [name, text] of [
    ['seed form', seedForm(PAGES)],
    ['bare form', bareForm(PAGES)],
    ['seed form, other reading order', seedForm(otherOrder)],
    ['bare form, other reading order', bareForm(otherOrder)],
  ] as const) {
    it(`reads the areas and keeps each action under its area (${name})`, () => {
      const x = extract(readText(new TextEncoder().encode(text)));
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Trygga offentliga miljöer', 'Tidiga insatser för unga', 'Samverkan med Polisen']);
      const under = (key: number) => x.activities.filter((a) => a.focusAreaKey === key).map((a) => a.text);
      expect(under(x.focusAreas[0].key)).toEqual(['förbättra belysningen i stadsparken', 'röja sly längs gångvägarna till stationen', 'ordna trygghetsvandringar i varje kommundel']);
      expect(under(x.focusAreas[1].key)).toEqual(['anställa fler fältassistenter', 'starta föräldrastöd i skolorna']);
      expect(under(x.focusAreas[2].key)).toEqual(['teckna ett nytt samverkansavtal med Polisen', 'ta fram en gemensam lägesbild varje månad']);
    });
  }

  it('reads no area from a contents page and numbers in prose', () => {
    const text = bareForm([
      'Klimatplan 2025 Innehåll 1 Inledning 2 2 Bakgrund 3 3 Uppföljning 4',
      'Inledning Kommunen har 2 områden där utsläppen är störst. Under 2024 Kommunen minskade utsläppen med 3 Procent.',
      'Bakgrund Planen bygger på 4 Mål som fullmäktige beslutat. Kostnaden är 120 000 kronor.',
    ]);
    const x = extract(readText(new TextEncoder().encode(text)));
    expect(x.focusAreas).toEqual([]);
  });
});

describe("a labelled area's title ending on a colon before its table's header", () => {
  // A school meals plan: each area's title set over its table, the last one with a colon, the header repeated under each.
  const page =
    'Handlingsplan för skolmåltider 2026–2027 Exempelby kommun Antagen av barn- och utbildningsnämnden 2026-03-02. Målområde 1: Mindre matsvinn Id Aktivitet Ansvar Klart Status M1 Väga matsvinnet i alla skolkök varje vecka KOST 2026 Pågår M2 Servera mindre portioner med möjlighet att ta om KOST VT 2026 Klar ' +
    'Målområde 2: Kost och hälsa: Id Aktivitet Ansvar Klart Status M3 Erbjuda vegetarisk rätt varje dag KOST 2026 Pågår M4 Ta fram en kostpolicy för förskolan BUF HT 2026 Ej påbörjad';
  for (const [form, text] of [
    ['bare form', bareForm([page])],
    ['seed form', seedForm([page])],
  ] as const) {
    it(`reads the whole title as the area's, the rows under it (${form})`, () => {
      const x = extract(readText(new TextEncoder().encode(text)));
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Mindre matsvinn', 'Kost och hälsa']);
      expect(x.activities.map((a) => x.focusAreas.findIndex((f) => f.key === a.focusAreaKey))).toEqual([0, 0, 1, 1]);
    });
  }
});
