import { describe, expect, it } from 'vitest';
import type { PageLine } from '../../src/ingest/pdf-lines.js';
import { withoutToggle } from '../../src/ingest/pdf-toggles.js';

/**
 * An accordion's title printed with its toggle glyph is read as the title
 * alone; a list's bullet, a sentence and an empty cell's dash are left as
 * they are. Titles on other subjects than the page that showed it.
 */
const line = (...texts: Array<[string, number]>): PageLine => ({ y: 700, size: 12, segments: texts.map(([text, x]) => ({ x, xEnd: x + text.length * 6, text })) });
const texts = (l: PageLine) => l.segments.map((s) => s.text);

describe("an accordion's toggle glyph", () => {
  it('is dropped after a title set apart from it, and before a title', () => {
    expect(texts(withoutToggle(line(['Trygg skolväg', 40], ['+', 560])))).toEqual(['Trygg skolväg']);
    expect(texts(withoutToggle(line(['Säkra cykelstråk', 40], ['−', 560])))).toEqual(['Säkra cykelstråk']);
    expect(texts(withoutToggle(line(['▸ Kollektivtrafik på landsbygden', 40])))).toEqual(['Kollektivtrafik på landsbygden']);
  });

  it("stays where it is a bullet, a sign before a line, a sentence's end or an empty cell's dash", () => {
    const kept = [
      line(['► Bygga en gång- och cykelbana till skolan', 40]),
      line(['− Bygga en gång- och cykelbana till skolan', 40]),
      line(['Kommunen ska bygga fler cykelbanor under perioden.', 40], ['+', 560]),
      line(['Kostnad', 40], ['–', 300]),
      line(['Trygg skolväg', 40], ['Tekniska nämnden', 300], ['+', 560]),
    ];
    for (const l of kept) expect(withoutToggle(l)).toBe(l);
    const row = { ...line(['Trygg skolväg', 40], ['+', 560]), cells: ['Trygg skolväg', '+'] };
    expect(withoutToggle(row)).toBe(row);
  });
});
