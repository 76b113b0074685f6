import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignToSource } from '../../src/clean/offsets.js';
import { decodeText } from '../../src/ingest/decode.js';
import { readText } from '../../src/ingest/text.js';
import { processDocument } from '../../src/pipeline/process.js';

/** Text compared the way a reader compares it: line-end hyphens and line breaks do not count. */
function squash(s: string): string {
  return s.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ').trim();
}

describe('offsets back to the original text', () => {
  it('follows hyphen joins, page markers, soft hyphens, ligatures and composed diacritics', () => {
    const source = 'Skapa rekryterings-\r\narrangemang 3 (9) med ﬁrmor och fo\u0308retag, kom\u00ADmunen.';
    const clean = 'Skapa rekryteringsarrangemang med firmor och företag, kommunen.';
    const map = alignToSource(clean, source, 0);
    const at = (word: string) => map[clean.indexOf(word)];
    expect(source.slice(at('arrangemang'), at('arrangemang') + 11)).toBe('arrangemang');
    expect(source.slice(at('med'), at('med') + 3)).toBe('med');
    expect(source[at('firmor')]).toBe('ﬁ');
    expect(source.slice(at('företag'), at('företag') + 3)).toBe('fo\u0308');
    expect(source.slice(at('kommunen'))).toBe('kom\u00ADmunen.');
  });

  it('keeps block offsets right across CRLF line ends', () => {
    const bytes = new TextEncoder().encode('Rubrik\r\n\r\nFörsta stycket här.\r\n\r\n• Skapa en plan\r\n');
    const doc = readText(bytes);
    const source = decodeText(bytes).text;
    for (const b of doc.blocks) expect(source.slice(b.source!, b.source! + 5)).toBe(doc.text.slice(b.start, b.start + 5));
  });

  for (const seed of ['000_94b9c640f4283b09', '002_13546d3bc8be6ca0', '003_36680a2d90dc5608']) {
    it(`${seed}: every focus area and activity points at its own words in the file`, async () => {
      const file = `corpus/${seed}.txt`;
      const bytes = new Uint8Array(readFileSync(file));
      const result = await processDocument(file, bytes);
      if (!result.ok) throw new Error(result.reason);
      const source = decodeText(bytes).text;
      const rows = [...result.extraction.focusAreas.map((f) => ({ text: f.title, source: f.source })), ...result.extraction.activities];
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows) {
        expect(row.source).toBeTruthy();
        const got = squash(source.slice(row.source!.start, row.source!.end));
        const want = squash(row.text);
        expect(got.slice(0, 12)).toBe(want.slice(0, 12));
        expect(got.slice(-8)).toBe(want.slice(-8));
      }
    });
  }
});
