import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { closesOnField, splitClosedItems, titleIn } from '../../src/clean/closed-items.js';
import type { RawBlock } from '../../src/core/types.js';

/**
 * Lists whose items are whole sentences, each closing on a time after a dash
 * or an owner in brackets, run by a transcript into one line: the items are
 * found by the field each repeats, sub-headings by their shape between them.
 */
const read = (text: string) => readText(new TextEncoder().encode(text));
const bare = (title: string, page: string) => [title, '', 'Transkript', '', `1 ${page}`, ''].join('\n');
const seed = (title: string, page: string) =>
  [title, '', 'Relevanta dokument', 'Budget 2027', 'Taxor och avgifter', '', 'Transkript:', '', `1 (1) ${page}`, ''].join('\n');
const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 1, source: 0 });
const shape = (blocks: RawBlock[]) => blocks.map((b) => [b.kind, b.text]);

describe('a news page whose items close on their fields', () => {
  // A beach-cleaning news page: two sub-headings (one with figures), items closing on time and owner, one on the owner only, one on the time only.
  const page =
    'Exempelby kommun Nyheter Publicerad 2027-04-02 Renare stränder i sommar Tekniska nämnden antog i mars en plan för stränderna. Det här görs i vår: Vid stränderna i centrum Parkenheten städar stränderna varje vecka – från maj 2027 (Parkenheten). Fler soptunnor sätts upp vid Norrviken (Gatuenheten). Skyltar om hundförbud sätts upp på alla badplatser – juni 2027. För badplatser över 100 meter Livräddare finns på plats alla helger – juli–augusti 2027 (Fritid). Provtagning av vattnet görs varannan vecka – hela sommaren. Läs mer på webbplatsen. Kontakt: parkchefen, 0100-123 45';
  for (const [form, text] of [
    ['bare form', bare('Renare stränder i sommar', page)],
    ['seed form', seed('Renare stränder i sommar', page)],
  ] as const) {
    it(`cuts each sentence closing on a field into an item, the titles between into headings (${form})`, () => {
      const doc = read(text);
      const cut = doc.blocks.filter((bl) => bl.kind === 'item' || bl.kind === 'heading').map((bl) => [bl.kind, doc.text.slice(bl.start, bl.end)]);
      expect(cut.slice(-7)).toEqual([
        ['heading', 'Vid stränderna i centrum'],
        ['item', 'Parkenheten städar stränderna varje vecka – från maj 2027 (Parkenheten).'],
        ['item', 'Fler soptunnor sätts upp vid Norrviken (Gatuenheten).'],
        ['item', 'Skyltar om hundförbud sätts upp på alla badplatser – juni 2027.'],
        ['heading', 'För badplatser över 100 meter'],
        ['item', 'Livräddare finns på plats alla helger – juli–augusti 2027 (Fritid).'],
        ['item', 'Provtagning av vattnet görs varannan vecka – hela sommaren.'],
      ]);
      const x = extract(doc);
      expect(x.activities[0].ownerRaw).toBe('Parkenheten');
      expect(x.activities[1].ownerRaw).toBe('Gatuenheten');
      expect(doc.text).toContain('Kontakt: parkchefen');
    });
  }

  it('leaves the text a side column set before the list as text, taking the last title in the first sentence', () => {
    const text =
      'Kontakt Gatuenheten Trafikplanerare Eva Ek 0100-123 45 Relaterade nyheter Ny busslinje till Norrby Säkrare skolvägar Övergångsställen målas om vid alla skolor – augusti 2027 (Gatuenheten). Farthinder byggs på Skolvägen – hösten 2027. Skolskjutsen får fler hållplatser (Skolskjuts).';
    const out = splitClosedItems([paragraph(text)]);
    expect(shape(out).slice(1)).toEqual([
      ['heading', 'Säkrare skolvägar'],
      ['item', 'Övergångsställen målas om vid alla skolor – augusti 2027 (Gatuenheten).'],
      ['item', 'Farthinder byggs på Skolvägen – hösten 2027.'],
      ['item', 'Skolskjutsen får fler hållplatser (Skolskjuts).'],
    ]);
    expect(out[0].kind).toBe('paragraph');
    expect(out[0].text).toContain('Relaterade nyheter Ny busslinje till Norrby');
  });

  it('reads a field after an em dash, and an abbreviation inside an item ends no sentence', () => {
    const text = 'Öppettider: Simhallen öppnar kl. 06 på vardagar — från mars 2027. Gymmet får nya maskiner — 2027. Bastun byggs om (Fastighet).';
    expect(shape(splitClosedItems([paragraph(text)])).filter(([k]) => k === 'item')).toEqual([
      ['item', 'Simhallen öppnar kl. 06 på vardagar — från mars 2027.'],
      ['item', 'Gymmet får nya maskiner — 2027.'],
      ['item', 'Bastun byggs om (Fastighet).'],
    ]);
  });

  it('finds a title only where it ends on a word a title may end on', () => {
    expect(titleIn('Gratis kanotpaddling för barn 7–10 år vid Sjöviken under juni – 2027.', true)).toBeNull();
    expect(titleIn('För dig som är 65 år Seniordans hålls i Folkets hus – mars 2027.', false)).toEqual([0, 'För dig som är 65 år'.length]);
    expect(closesOnField('– Vi vill att fler badar, säger Eva Ek (S).')).toBe(false);
    expect(closesOnField('Kommunen bygger en ny brygga vid sjön.')).toBe(false);
  });
});

describe('sentences that make no list', () => {
  it('leaves an event programme without closing fields as text', () => {
    const text =
      'Programmet för veckan: Måndag öppnar utställningen i biblioteket. Tisdag föreläser en audionom om hörselskador. Onsdag kan du testa din hörsel gratis. Välkommen!';
    expect(shape(splitClosedItems([paragraph(text)]))).toEqual([['paragraph', text]]);
  });

  it('leaves a news article with two dated sentences as text', () => {
    const text =
      'Kommunen bygger en ny förskola i Norrby – klar 2028. Bygget kostar 80 miljoner kronor. Förskolan får plats för 120 barn – från hösten 2028. Läs mer på webbplatsen.';
    expect(shape(splitClosedItems([paragraph(text)]))).toEqual([['paragraph', text]]);
  });

  it('ends the list at a sentence without its field, which stays text', () => {
    const text = 'Så här gör vi: Vägarna plogas före kl. 07 – hela vintern. Cykelbanorna plogas först (Gata). Vi ber om förståelse för förseningar. Trottoarerna sandas – vid halka.';
    const out = shape(splitClosedItems([paragraph(text)]));
    expect(out.filter(([k]) => k === 'item')).toEqual([]);
  });
});
