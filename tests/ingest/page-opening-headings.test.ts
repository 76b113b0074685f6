import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

const read = (text: string) => readText(new TextEncoder().encode(text));
const headings = (text: string) => {
  const doc = read(text);
  return doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end)).filter((h) => /^\d/.test(h));
};

/**
 * A transcript runs each page onto one line after its running head, so a
 * numbered heading that a new page opens with stands where a list item's
 * number would: it is a heading of the outline like the ones inside lines.
 */
describe('numbered headings that open a page of a transcript', () => {
  const head = 'Friluftsplan för Nordby kommun';
  const bare = [
    `${head}\n\nTranskript\n`,
    `1 ${head} Planen visar hur kommunen gör naturen tillgänglig för fler invånare. 1. Tillgänglig natur Alla ska ha ett grönområde nära hemmet. 1.1 Bygga en spång över våtmarken vid Kvarnsjön. 1.2 Märka upp stigar runt tätorten med nya skyltar. Skyltarna tas fram med föreningarna.`,
    `2 ${head} 2. Friluftsliv för barn Barnen i kommunen ska få uppleva naturen i skolan. 2.1 Ordna friluftsdagar för alla klasser i årskurs fyra. 2.2 Låna ut utrustning till förskolorna.`,
    `3 ${head} 3. Samverkan med föreningar Föreningarna står för mycket av friluftslivet. 3.1 Införa ett föreningsbidrag för leder. 3.2 Bjuda in föreningarna till ett årligt möte om lederna.`,
  ].join('\n\n');

  it('reads each one as a heading, its title cut from the sentence after it', () => {
    expect(headings(bare)).toEqual(['1. Tillgänglig natur', '2. Friluftsliv för barn', '3. Samverkan med föreningar']);
    const x = extract(read(bare));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Tillgänglig natur', 'Friluftsliv för barn', 'Samverkan med föreningar']);
    expect(x.activities.filter((a) => a.focusAreaKey === 1).map((a) => a.text)).toEqual(['Ordna friluftsdagar för alla klasser i årskurs fyra.', 'Låna ut utrustning till förskolorna.']);
  });

  it('leaves numbered lines of a list items where they open lines inside pages', () => {
    const lines = [
      'Plan för äldreomsorgen\n\nTranskript:\n\n1 (2)',
      'Inledning',
      'Planen beskriver hur omsorgen utvecklas de kommande åren och vem som gör vad.',
      'Trygg vård i hemmet',
      '1. Erbjuda alla nya brukare ett hembesök av en sjuksköterska inom en vecka',
      'Ansvar: Vård- och omsorgsförvaltningen',
      '2. Införa digital tillsyn nattetid för den som vill',
      'Ansvar: Hemtjänsten',
      '3. Utbilda personalen i läkemedelshantering under våren',
      'Ansvar: Vård- och omsorgsförvaltningen',
      '2 (2)',
      'Tidplan: 2025',
      '4. Se över larmkedjan vid fall i hemmet',
      'Ansvar: Hemtjänsten',
    ].join('\n');
    const doc = read(lines);
    const items = doc.blocks.filter((b) => b.kind === 'item').map((b) => doc.text.slice(b.start, b.end));
    expect(items).toHaveLength(4);
    expect(headings(lines).some((h) => /^\d\./.test(h))).toBe(false);
  });

  it('leaves a page that opens with a numbered item an item where no heading stands inside a line', () => {
    const items = [
      `${head}\n\nTranskript\n`,
      `1 ${head} Planen visar hur kommunen gör naturen tillgänglig. 1.1 Bygga en spång över våtmarken. 1.2 Märka upp stigar runt tätorten.`,
      `2 ${head} 1.3 Ordna friluftsdagar för alla klasser. 1.4 Låna ut utrustning till förskolorna.`,
    ].join('\n\n');
    expect(headings(items)).toEqual([]);
  });
});
