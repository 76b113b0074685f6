import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { readColumnStreams } from '../../src/clean/column-streams.js';
import type { RawBlock } from '../../src/core/types.js';

/**
 * Tables that a PDF-to-text tool gave column by column (plain reading order):
 * ids together, then the actions run into one stretch, then each row's unit,
 * time and symbol with comments among them; the first row's symbol comes last.
 */
const read = (text: string) => readText(new TextEncoder().encode(text));
const bare = (title: string, pages: string[]) => [title, '', 'Transkript', '', ...pages.flatMap((p, i) => [`${i + 1} ${p}`, ''])].join('\n');
const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 1 });

// A cycling plan's follow-up of another municipality, three themes over two pages, symbol statuses.
const pages = [
  'Uppföljning av cykelplanen 2026 Exempelby kommun Planen antogs av kommunfullmäktige 2025-05-12. Symbol ● Klar ◐ Pågår ○ Ej startad. Läget per tema Tema Tema 1 Säkra skolvägar Nr 1.1 1.2 1.3 Tema 2 Fler cykelparkeringar 2.1 Åtgärd Bygga en gång- och cykelbana längs Skolvägen Sänka hastigheten vid alla skolor Ordna cykelfria hämtzoner vid förskolorna Ställa upp cykelställ vid stationen Ansvar TK Klart 2026 Status TK 2026–2027 ◐ Beslut om hastighet fattas i maj. SBN HT 2026 ○ Väntar på detaljplan. KFN 2026 ● Ställen på plats. ● Kommentar Bygget klart i juni.',
  'Tema Nr 2.2 Tema 3 Cykelvanor 3.1 3.2 Åtgärd Erbjuda lånecyklar till nyanlända Införa cykeldag i skolorna Mäta cykeltrafiken vid tre punkter Ansvar KFN Klart 2027 Status BUN VT 2027 ○ – TK Löpande ◐ Mätare beställda. ◐ Indikator Andel elever som cyklar till skolan 42 %',
];

describe('a table given column by column', () => {
  it('reads each row with its area, unit, time and status, the first row taking the symbol left over', () => {
    const x = extract(read(bare('Uppföljning av cykelplanen', pages)));
    expect(x.activities.map((a) => a.text)).toEqual([
      'Bygga en gång- och cykelbana längs Skolvägen',
      'Sänka hastigheten vid alla skolor',
      'Ordna cykelfria hämtzoner vid förskolorna',
      'Ställa upp cykelställ vid stationen',
      'Erbjuda lånecyklar till nyanlända',
      'Införa cykeldag i skolorna',
      'Mäta cykeltrafiken vid tre punkter',
    ]);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['TK', 'TK', 'SBN', 'KFN', 'KFN', 'BUN', 'TK']);
    expect(x.activities.map((a) => a.years)).toEqual([[2026], [2026, 2027], [2026], [2026], [2027], [2027], []]);
    expect(x.activities.map((a) => a.status)).toEqual(['done', 'ongoing', 'not_started', 'done', 'ongoing', 'not_started', 'ongoing']);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Säkra skolvägar', 'Fler cykelparkeringar', 'Cykelvanor']);
    expect(x.activities.map((a) => a.focusAreaKey)).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });

  it('keeps the comments and the text after the table in the document', () => {
    const doc = read(bare('Uppföljning av cykelplanen', pages));
    expect(doc.text).toContain('Väntar på detaljplan.');
    expect(doc.text).toContain('Andel elever som cyklar till skolan');
  });

  it('leaves a page alone whose actions do not number as many as its ids', () => {
    // Three ids, two capitalised infinitives: the cut would be a guess.
    const text = 'Tema Nr 1.1 1.2 1.3 Åtgärd Bygga en cykelbana längs Skolvägen och ordna cykelfria zoner Ställa upp cykelställ Ansvar TK Klart 2026 Status TK 2027 ◐ SBN 2026 ○ ●';
    expect(readColumnStreams([paragraph(text)])).toEqual([paragraph(text)]);
  });

  it('reads no table from a table of contents, prose with numbers or an indicator table', () => {
    const contents = 'Innehåll 1.1 Bakgrund 3 1.2 Syfte 4 1.3 Åtgärder 5 2.1 Uppföljning 7';
    const prose = 'Planen har 1.2 miljoner kronor för 2.1 år. Åtgärd Bygga cykelbanor Ordna parkering Mäta trafiken ska prövas. TK 2026 anger tiden.';
    const indicators = 'Nr 1.1 1.2 1.3 Indikator Andel elever som cyklar Antal cykelparkeringar Antal olyckor Utfall 2025 42 % 310 12';
    for (const text of [contents, prose, indicators]) expect(readColumnStreams([paragraph(text)])).toEqual([paragraph(text)]);
  });
});

describe('a legend given column by column', () => {
  // A youth plan's follow-up: the legend table's symbols together, then its meanings; one symbol (⏸) no default table knows.
  const page = 'Uppföljning av ungdomsplanen 2026 Exempelby kommun Teckenförklaring Tecken ● ◐ ⏸ Förklaring Klar Påbörjad Pausad Insatser Nr 1.1 1.2 1.3 Åtgärd Öppna fritidsgården på lördagar Anställa en fältassistent Starta ett ungdomsråd Ansvar KFN Klart 2026 Status SOC 2026 ◐ Rekrytering pågår. KS 2027 ⏸ Väntar på beslut. ●';

  it('pairs each symbol with the meaning in its place, so that a row showing it gets that status', () => {
    const x = extract(read(bare('Uppföljning av ungdomsplanen', [page])));
    expect(x.activities.map((a) => a.text)).toEqual(['Öppna fritidsgården på lördagar', 'Anställa en fältassistent', 'Starta ett ungdomsråd']);
    expect(x.activities.map((a) => a.status)).toEqual(['done', 'started', 'postponed']);
  });

  it('reads no legend from symbols before prose, nor from fewer meanings than symbols', () => {
    for (const text of ['Läget ● ◐ Kommentar Arbetet har kommit i gång under våren.', 'Tecken ● ◐ ⏸ Förklaring Klar Påbörjad. Nästa uppföljning i maj.']) {
      expect(readColumnStreams([paragraph(text)])).toEqual([paragraph(text)]);
    }
  });
});
