import { describe, expect, it } from 'vitest';
import type { RawBlock } from '../../src/core/types.js';
import { reattachWrappedIds } from '../../src/clean/wrapped-band-id.js';
import { readText } from '../../src/ingest/text.js';

const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 1, source: 0 });
const reattached = (...texts: string[]) => reattachWrappedIds(texts.map(paragraph)).map((b) => b.text);

describe("a band's title wrapped around the id of the row beside it", () => {
  it('sets the id back after the title, by the numbering', () => {
    expect(reattached('3 Ta fram en laddplan för kommunens fordon Tekniska förvaltningen 2025 Hållbara transporter 4 i staden Bygga ut cykelnätet Tekniska förvaltningen 2026')).toEqual([
      '3 Ta fram en laddplan för kommunens fordon Tekniska förvaltningen 2025 Hållbara transporter i staden 4 Bygga ut cykelnätet Tekniska förvaltningen 2026',
    ]);
  });

  it('leaves an id that does not follow the last row, one that opens a row elsewhere, and a sentence going on', () => {
    // 7 after row 3: no link of the chain.
    const gap = '3 Ta fram en laddplan Tekniska förvaltningen 2025 Hållbara transporter 7 i staden Bygga ut cykelnätet';
    expect(reattached(gap)).toEqual([gap]);
    // Row 4 opens on the next page: the '4' here is the title's own number.
    const elsewhere = ['3 Ta fram en laddplan Tekniska förvaltningen 2025 Etapp 4 av cykelplanen Bygga ut cykelnätet', '4 Bygga om busshållplatser Tekniska förvaltningen 2026'];
    expect(reattached(...elsewhere)).toEqual(elsewhere);
    // The words after the number end on a preposition: a sentence goes on ('… 4 gånger per år med Region …').
    const prose = '3 Ta fram en laddplan Tekniska förvaltningen 2025 Rådet träffas 4 gånger per år med Region Gotland';
    expect(reattached(prose)).toEqual([prose]);
  });

  // A waste plan whose areas are numbered '1.', '2.' and rows '1.1', '2.1': the area's number stands before the title's first line, a comma in it.
  it('sets back a two-level id past a numbered title whose first line ends in a comma', () => {
    expect(reattached('1.2 Införa matavfallsinsamling i flerbostadshus Renhållningen 2025 50 tkr 2. Återbruk, reparation 2.1 och delning Öppna en återbruksbutik vid återvinningscentralen Renhållningen 2026')).toEqual([
      '1.2 Införa matavfallsinsamling i flerbostadshus Renhållningen 2025 50 tkr 2. Återbruk, reparation och delning 2.1 Öppna en återbruksbutik vid återvinningscentralen Renhållningen 2026',
    ]);
    // After row '1.3' the next row is '1.4' or '2.1', not '3.1': the words stay as they stand.
    const skipped = '1.3 Införa matavfallsinsamling Renhållningen 2025 3. Återbruk, reparation 3.1 och delning Öppna en återbruksbutik Renhållningen 2026';
    expect(reattached(skipped)).toEqual([skipped]);
  });

  it("reads the row with its id in a transcript's run-on table", () => {
    const page = [
      'Transkript',
      '',
      '1 Nr Åtgärd Ansvarig Tidplan 1 Bygga laddstolpar vid alla skolor Tekniska förvaltningen 2025 2 Införa elcyklar i hemtjänsten Vård- och omsorgsförvaltningen 2026 Hållbara transporter 3 i staden Bygga ut cykelnätet mellan tätorterna Tekniska förvaltningen 2026–2027 4 Ställa om bilpoolen till el Kommunledningsförvaltningen 2027',
    ].join('\n');
    const rows = readText(new TextEncoder().encode(page)).blocks.filter((b) => b.kind === 'row' && !b.header);
    const doc = readText(new TextEncoder().encode(page));
    const texts = rows.map((r) => doc.text.slice(r.start, r.end));
    expect(texts.some((t) => t.startsWith('3') && t.includes('Bygga ut cykelnätet mellan tätorterna'))).toBe(true);
    expect(texts.some((t) => t.includes('Hållbara transporter i staden'))).toBe(true);
  });
});
