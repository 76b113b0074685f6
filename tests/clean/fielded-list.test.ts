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
