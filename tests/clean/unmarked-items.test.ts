import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { splitUnmarkedItems } from '../../src/clean/unmarked-items.js';
import type { RawBlock } from '../../src/core/types.js';

/**
 * Lists whose markers the page drew (a web page printed to PDF), run by a
 * transcript into one line: items found where a line ended before a
 * capitalised infinitive, sub-headings by their shape between them.
 */
const read = (text: string) => readText(new TextEncoder().encode(text));
const bare = (title: string, pages: string[]) => [title, '', 'Transkript', '', ...pages.flatMap((p, i) => [`${i + 1} ${p}`, ''])].join('\n');
const seed = (title: string, pages: string[]) =>
  [title, '', 'Relevanta dokument', 'Budget 2027', 'Taxor och avgifter', '', 'Transkript:', '', ...pages.flatMap((p, i) => [`${i + 1} (${pages.length}) ${p}`, ''])].join('\n');
const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 1, source: 0 });
const shape = (blocks: RawBlock[]) => blocks.map((b) => [b.kind, b.text]);

describe('a news page whose list markers the print left out', () => {
  // A library news page: two sub-headings, an item with its owner after a dash, items with a time or with nothing after them, a contact label after the list.
  const page =
    'Exempelby kommun Nyheter Publicerad 2027-03-02 Biblioteken öppnar längre Kulturnämnden antog i februari en plan för biblioteken 2027–2028. Det här händer Fler öppna timmar Öppna huvudbiblioteket även på söndagar från hösten 2027 Införa meröppet i Norrby och Söderby – Fastighetsenheten Läsning för barn Starta läsecirklar på alla fritidshem Dela ut en bok till varje nyfödd under 2028 Kontakt: bibliotekschefen, 0100-123 45';
  for (const [form, text] of [
    ['bare form', bare('Biblioteken öppnar längre', [page])],
    ['seed form', seed('Biblioteken öppnar längre', [page])],
  ] as const) {
    it(`reads each item where a line ended before its infinitive, the sub-headings as areas and the contact after the list as text (${form})`, () => {
      const doc = read(text);
      const x = extract(doc);
      expect(x.activities.map((a) => a.text)).toEqual([
        'Öppna huvudbiblioteket även på söndagar från hösten 2027',
        'Införa meröppet i Norrby och Söderby',
        'Starta läsecirklar på alla fritidshem',
        'Dela ut en bok till varje nyfödd under 2028',
      ]);
      expect(x.activities.map((a) => a.years)).toEqual([[2027], [], [], [2028]]);
      expect(x.activities[1].ownerRaw).toBe('Fastighetsenheten');
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Fler öppna timmar', 'Läsning för barn']);
      expect(x.activities.map((a) => a.focusAreaKey)).toEqual([0, 0, 1, 1]);
      expect(doc.text).toContain('Kontakt: bibliotekschefen');
    });
  }

  it('reads items without sub-headings or dashes, one with its time, the last ending where a sentence of prose begins, and keeps the offsets', () => {
    const text = 'Planen innehåller tre åtgärder: Rusta upp elljusspåret vid Hagen Bygga en ny pulkabacke i Västerby under 2027 Anlägga en isbana på skolgården varje vinter Fritidsförvaltningen ansvarar för arbetet.';
    const out = splitUnmarkedItems([paragraph(text)]);
    expect(shape(out)).toEqual([
      ['paragraph', 'Planen innehåller tre åtgärder:'],
      ['item', 'Rusta upp elljusspåret vid Hagen'],
      ['item', 'Bygga en ny pulkabacke i Västerby under 2027'],
      ['item', 'Anlägga en isbana på skolgården varje vinter'],
      ['paragraph', 'Fritidsförvaltningen ansvarar för arbetet.'],
    ]);
    for (const b of out) expect(text.slice(b.source!, b.source! + b.text.length)).toBe(b.text);
  });

  it('keeps an item\'s labelled field in it, reads an item without one, and ends the list before a heading and a clause whose subject looks like a verb', () => {
    const text = 'Åtgärder Tömma soptunnorna oftare Ansvar: Parkenheten Byta ut bänkarna vid dammen Ansvar: Parkenheten Måla om lekstugan i parken senast i maj Fler nyheter Kalla vintrar ska mötas med mer sand Vattenläcka i Norrby';
    const items = splitUnmarkedItems([paragraph(text)]).filter((b) => b.kind === 'item').map((b) => b.text);
    expect(items).toEqual(['Tömma soptunnorna oftare Ansvar: Parkenheten', 'Byta ut bänkarna vid dammen Ansvar: Parkenheten', 'Måla om lekstugan i parken senast i maj']);
  });

  it('reads no list from fewer than three items, from infinitives after full stops, from a verb after a preposition, from items that show no field and no sub-heading (aims), from a menu, or from numbered rows', () => {
    for (const text of [
      'Strategier Prioritera åtgärder med stor nytta för miljön Använda planeringen för att skydda skogen Stödja föreningarnas engagemang för naturen',
      'Meny Bygga och bo Förskola och skola Trafik och gator Uppleva och göra Kommun och politik 2026',
      'Nr Åtgärd 1 Rusta upp parken vid ån 2026 2 Bygga en scen på torget 2027 3 Anlägga en äng vid skolan 2028',
      'Kommunen vill Rusta upp parken och Bygga en scen i sommar.',
      'Planen har tre delar. Rusta upp parken vid ån. Bygga en scen på torget. Anlägga en äng vid skolan.',
      'Vi ska satsa på Bygga och bo genom att Rusta upp området med hjälp av Anlägga AB.',
    ])
      expect(splitUnmarkedItems([paragraph(text)])).toEqual([paragraph(text)]);
  });
});
