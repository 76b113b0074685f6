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

describe('items that close on labelled fields run into the next item', () => {
  // A reading plan for libraries: items closing on 'Ansvar: … | Tid: …' with no stop after the time, titles run in between,
  // one item with its owner only, one with a dash between its fields, one with the time first.
  const page =
    'Läsplan för barn och unga 2027–2029 Målområde 1 Läsning i förskolan Mål 1.1 Fler böcker i förskolan Varje förskola får en boklåda som byts varje termin. Ansvar: Biblioteket | Tid: HT 2027 Pedagogerna läser högt för barnen varje dag och lånar böcker med barnen en gång i månaden. Ansvar: Förskolechef – Tid: Löpande Mål 1.2 Språk hemma Biblioteket delar ut bokpåsar till alla familjer vid barnens tvåårsbesök. Ansvarig: Barnhälsovården Bild: Lena Holm 2 Målområde 2 Läsning i skolan Mål 2.1 Läslyft Skolbiblioteken har öppet alla skoldagar. Tid: VT 2028 · Ansvar: Rektor Kontakt Bibliotekschef Per Lind, 0100-222 33';
  for (const [form, text] of [
    ['bare form', bare('Läsplan för barn och unga', page)],
    ['seed form', seed('Läsplan för barn och unga', page)],
  ] as const) {
    it(`cuts each item at the end of its last field, with its owner and time (${form})`, () => {
      const doc = read(text);
      const items = doc.blocks.filter((bl) => bl.kind === 'item').map((bl) => doc.text.slice(bl.start, bl.end));
      expect(items).toEqual([
        'Varje förskola får en boklåda som byts varje termin. Ansvar: Biblioteket | Tid: HT 2027',
        'Pedagogerna läser högt för barnen varje dag och lånar böcker med barnen en gång i månaden. Ansvar: Förskolechef – Tid: Löpande',
        'Biblioteket delar ut bokpåsar till alla familjer vid barnens tvåårsbesök. Ansvarig: Barnhälsovården',
        'Skolbiblioteken har öppet alla skoldagar. Tid: VT 2028 · Ansvar: Rektor',
      ]);
      const x = extract(doc);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Biblioteket', 'Förskolechef', 'Barnhälsovården', 'Rektor']);
      // The caption between items is text, never an item, and the contact after the list stays.
      expect(doc.text).toMatch(/Bild:\s+Lena Holm/);
      expect(doc.text).toContain('Kontakt Bibliotekschef Per Lind');
    });
  }

  it('reads fields given as sentences of their own, and leaves fields after only a space to the readers of titled items', () => {
    const text =
      'Inledning om planen. Gång- och cykelvägen vid Ån byggs ut. Ansvar: Gatuenheten – Tid: 2027 Belysningen byts mot LED längs alla stråk. Ansvar: Gatuenheten. Tid: 2028. Avslutande text följer här.';
    expect(shape(splitClosedItems([paragraph(text)]))).toEqual([
      ['paragraph', 'Inledning om planen.'],
      ['item', 'Gång- och cykelvägen vid Ån byggs ut. Ansvar: Gatuenheten – Tid: 2027'],
      ['item', 'Belysningen byts mot LED längs alla stråk. Ansvar: Gatuenheten. Tid: 2028.'],
      ['paragraph', 'Avslutande text följer här.'],
    ]);
    const spaced = 'Inledning. Cykelvägen byggs ut. Ansvar: Gatuenheten Tid: 2027 Belysningen byts. Ansvar: Gatuenheten Tid: 2028';
    expect(shape(splitClosedItems([paragraph(spaced)]))).toEqual([['paragraph', spaced]]);
  });

  it('takes one item that closes on a pair of fields, not one that names a single field alone', () => {
    const pair = 'Om projektet. Vi bygger en ny lekplats i Norrby. Ansvar: Parkenheten ; Tid: 2027';
    expect(shape(splitClosedItems([paragraph(pair)])).map(([k]) => k)).toEqual(['paragraph', 'item']);
    const single = 'Om projektet. Vi bygger en ny lekplats i Norrby. Ansvar: Parkenheten';
    expect(shape(splitClosedItems([paragraph(single)]))).toEqual([['paragraph', single]]);
  });

  it('leaves items whose fields are sentences of their own, with no mark between, to the readers of fielded items', () => {
    const text = 'Utbilda personalen i bemötande. Ansvar: HR. Tid: 2027. Ta fram en rutin för uppföljning. Ansvar: SoF. Tid: HT 2027. Sprid information om stödet. Ansvar: KoF. Tid: Löpande.';
    expect(shape(splitClosedItems([paragraph(text)]))).toEqual([['paragraph', text]]);
  });

  it('reads no contact line as an item\'s fields', () => {
    const text = 'Frågor om planen besvaras av kommunen. Kontakt: Anna Berg | Tel: 0100-123 45. Mejla gärna. Kontaktperson: Eva Ek | E-post: eva.ek@exempel.se';
    expect(shape(splitClosedItems([paragraph(text)]))).toEqual([['paragraph', text]]);
  });

  it('leaves a field whose value is the sentence before it to the item before that ("Ansvar: HR. Tid: 2027.")', () => {
    const text = '1. Ta fram en plan för friskvård Ansvar: HR-avdelningen. Tid: 2027. 2. Inför cykelförmån Ansvar: HR-avdelningen. Tid: 2028.';
    expect(shape(splitClosedItems([paragraph(text)]))).toEqual([['paragraph', text]]);
  });
});
