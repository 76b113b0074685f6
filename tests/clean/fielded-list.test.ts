import { describe, expect, it } from 'vitest';
import { findItemIds } from '../../src/clean/numbering.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

const read = (text: string) => readText(new TextEncoder().encode(text));
const hasField = (segment: string) => /\s(?:Ansvarig|Klart)\s*:\s/.test(segment);

/** A plan for outdoor recreation: areas as headings, one list numbered 1–6 across them, each item with its field line. */
const PLAN = [
  'Plan för friluftsliv 2027–2028',
  '',
  'Transkript',
  '',
  '1 Friluftsplan för Exempelby Åtgärder Nämnden har valt sex åtgärder under två rubriker. För varje åtgärd anges ansvarig och när den ska vara klar. Vandringsleder och spår ' +
    '1. Märka upp vandringsleden runt sjön med nya skyltar Ansvarig: Fritidsenheten Klart: 2027 2. Röja sly längs elljusspåret vid idrottsplatsen Ansvarig: Parkenheten Klart: HT 2027 ' +
    '3. Bygga en spång över våtmarken vid Norrviken Ansvarig: Tekniska enheten Klart: 2028 Information och tillgänglighet 4. Ta fram en digital karta över kommunens leder Ansvarig: Kommunikationsenheten Klart: VT 2028 ' +
    '5. Anlägga en tillgänglig rastplats vid badplatsen Ansvarig: Parkenheten Klart: 2027–2028 6. Arrangera guidade vandringar för nyinflyttade Ansvarig: Fritidsenheten Klart: Årligen Uppföljning Nämnden följer upp planen varje år.',
  '',
  '2 Friluftsplan för Exempelby Bilaga Leden är sex kilometer lång och passerar tre rastplatser.',
  '',
  '3 Friluftsplan för Exempelby Kontakt Fritidsenheten svarar på frågor om planen.',
].join('\n');

describe('a numbered list with fields run into the line', () => {
  it('takes bare numbers for ids when every item carries a field label, and not otherwise', () => {
    const texts = ['Steg: 1. Skicka in ansökan Ansvarig: Sökanden 2. Vänta på beslut Ansvarig: Nämnden 3. Börja bygga Klart: 2027'];
    expect(findItemIds(texts, 3, hasField)[0].map((h) => h.marker)).toEqual(['1', '2', '3']);
    // The same list without a field on its second step, and a list of steps in prose: bare numbers, no ids.
    const bare = ['Steg: 1. Skicka in ansökan Ansvarig: Sökanden 2. Vänta på beslut 3. Börja bygga Klart: 2027'];
    expect(findItemIds(bare, 3, hasField)[0]).toEqual([]);
    expect(findItemIds(['Gör så här: 1. Fyll i blanketten 2. Skriv under 3. Skicka den till oss.'], 3, hasField)[0]).toEqual([]);
    expect(findItemIds(texts)[0]).toEqual([]);
  });

  it('reads each item with its fields, and the titles between the items as the areas they open', () => {
    const doc = read(PLAN);
    const text = (b: { start: number; end: number }) => doc.text.slice(b.start, b.end);
    const items = doc.blocks.filter((b) => b.kind === 'item').map(text);
    expect(items).toHaveLength(6);
    expect(items[0]).toBe('Märka upp vandringsleden runt sjön med nya skyltar Ansvarig: Fritidsenheten Klart: 2027');
    expect(items[5]).toBe('Arrangera guidade vandringar för nyinflyttade Ansvarig: Fritidsenheten Klart: Årligen');
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map(text);
    expect(headings).toContain('Vandringsleder och spår');
    expect(headings).toContain('Information och tillgänglighet');
    // The lead-in's sentences and the follow-up after the last item are prose, not titles.
    expect(headings.some((h) => h.startsWith('Uppföljning') || h.startsWith('Nämnden'))).toBe(false);
    const x = extract(doc);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Vandringsleder och spår', 'Information och tillgänglighet']);
    expect(x.activities.map((a) => [a.text, a.focusAreaKey, a.ownerRaw])[3]).toEqual(['Ta fram en digital karta över kommunens leder', x.focusAreas[1].key, 'Kommunikationsenheten']);
  });
});

// Subject and layout of their own: a climate adaptation programme whose outline numbers its strategies ('4.1.1 …')
// and starts its list of actions again at 1 under each, each action with its field line, run onto one line per page.
describe('lists that start again at 1 under each section of an outline', () => {
  const PAGE =
    '4 Åtgärder 4.1 Värme 4.1.1 Svalare skolgårdar Många skolgårdar saknar skugga. Åtgärder: ' +
    '1. Plantera träd på de fem varmaste skolgårdarna Ansvar: Parkenheten. Tid: 2027. 2. Sätta upp solsegel vid förskolorna Ansvar: Fastighetsenheten. Tid: 2026. ' +
    '4.1.2 Kylda lokaler 1. Installera kyla i äldreboendenas gemensamma rum Ansvar: Fastighetsenheten – Tid: 2027–2028 ' +
    '2. Ta fram en plan för värmeböljor inom hemtjänsten Ansvar: Vård och omsorg Tid: VT 2027 ' +
    '4.2 Skyfall 4.2.1 Öppna dagvattenlösningar 1. Anlägga ett översvämningsbart parkområde i centrum 2. Kartlägga instängda områden i tätorten ' +
    'Ansvar för båda åtgärderna: Samhällsbyggnad. Tid: 2028.';
  const TEXTS = [
    'Plantera träd på de fem varmaste skolgårdarna',
    'Sätta upp solsegel vid förskolorna',
    'Installera kyla i äldreboendenas gemensamma rum',
    'Ta fram en plan för värmeböljor inom hemtjänsten',
    'Anlägga ett översvämningsbart parkområde i centrum',
  ];
  const seedForm = (body: string) => `Klimatanpassningsprogram 2026–2029 – Exempelby kommun\n\nTranskript:\n\nEXEMPELBY KOMMUN ${body} 4 (6)\n`;
  const bareForm = (body: string) => `Klimatanpassningsprogram 2026–2029 – Exempelby kommun\n\nTranskript\n\n4 EXEMPELBY KOMMUN ${body}\n`;

  for (const [form, make] of [['seed', seedForm], ['bare', bareForm]] as const) {
    it(`reads each list's items, with their fields, and one item with none among them (${form} form)`, () => {
      const x = extract(read(make(PAGE)));
      const texts = x.activities.map((a) => a.text);
      expect(texts.slice(0, 5)).toEqual(TEXTS);
      expect(texts).toHaveLength(6);
      expect(texts[5]).toMatch(/^Kartlägga instängda områden i tätorten/);
      expect(x.activities.slice(0, 4).map((a) => a.ownerRaw)).toEqual(['Parkenheten', 'Fastighetsenheten', 'Fastighetsenheten', 'Vård och omsorg']);
      expect(x.activities.slice(0, 4).map((a) => a.years)).toEqual([[2027], [2026], [2027, 2028], [2027]]);
    });
  }

  // The list's own numbers: the outline's ids ('2.1.1') are a chain of their own.
  const ids = (text: string) => findItemIds([text], 3, hasField)[0].map((h) => h.marker).filter((m) => !m.includes('.'));
  const outline = (a: string, b: string, c: string) =>
    `2.1.1 Skyltning Vi ska: 1. Byta skyltar ${a} 2. Måla om pilarna ${b} 2.1.2 Kartor 1. Trycka kartor ${c} 2. Lägga ut kartor Ansvarig: Turism 2.1.3 Appar Appen uppdateras.`;
  const f = 'Ansvarig: Turism';

  it('takes the short lists when more than half their items carry fields, one with ")" for its markers too', () => {
    expect(ids(outline(f, f, ''))).toEqual(['1', '2', '1', '2']);
    expect(ids(outline(f, '', f).replace(/ (\d)\. (?=\p{Lu})/gu, ' $1) '))).toEqual(['1', '2', '1', '2']);
  });

  it('takes no short lists whose items mostly carry no fields, nor a single short list under one section', () => {
    expect(ids(outline('', '', ''))).toEqual([]);
    expect(ids(outline(f, '', '').replace(' Ansvarig: Turism 2.1.3', ' 2.1.3'))).toEqual([]);
    expect(ids(`2.1.1 Skyltning 1. Byta skyltar ${f} 2. Måla om pilarna ${f} 2.1.2 Kartor 2.1.3 Appar`)).toEqual([]);
  });
});
