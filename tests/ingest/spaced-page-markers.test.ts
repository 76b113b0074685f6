import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

/**
 * One PDF reading order writes the PDF's own page footer 'N (M)' with spaces
 * inside its brackets, 'N ( M )', at the end of a page or in its middle. Those
 * markers, when they number the pages in order, are page furniture like the
 * unspaced ones, so the running foot before them is cut and not read as the
 * last row's owner. A lone '3 ( 5 )' in prose, or spaced numbers out of order,
 * stay text.
 */
const foot = 'Kulturplan för Västby 2026–2028 – uppföljning efter första halvåret';
const pages = [
  'VÄSTBY KOMMUN – Kulturförvaltningen Uppföljning av kulturplanen Id Aktivitet Ansvarig Tid Status K1 Starta läsecirklar för unga vuxna på biblioteken Biblioteket 2026 Pågår K2 Erbjuda sommarkollo med dans och teater Kulturskolan 2026–2027 Genomförd',
  'VÄSTBY KOMMUN – Kulturförvaltningen Uppföljning av kulturplanen K3 Digitalisera det lokala fotoarkivet Kulturarvsenheten 2027 Ej påbörjad K4 Anordna konstrundan i samarbete med föreningarna Fritidsenheten 2026 Pågår',
  'VÄSTBY KOMMUN – Kulturförvaltningen Uppföljning av kulturplanen K5 Ta fram en plan för offentlig konst i nya bostadsområden Samhällsbyggnad 2028 Pågår',
];
const footer = (n: number, total: number, spaced = true) => (spaced ? `${foot} ${n} ( ${total} )` : `${foot} ${n} (${total})`);
const seed = (ps: string[], mark = footer) => `Kulturplan Västby\n\nRelevanta dokument\n\nTranskript:\n\n${ps.map((p, i) => `${i + 1} (${ps.length}) ${p} ${mark(i + 1, ps.length)}`).join('\n\n')}\n`;
const bare = (ps: string[], mark = footer) => `Kulturplan Västby\n\nTranskript\n\n${ps.map((p, i) => `${i + 1} ${p} ${mark(i + 1, ps.length)}`).join('\n\n')}\n`;
const read = (text: string) => readText(new TextEncoder().encode(text));
const texts = (doc: ReturnType<typeof read>, kind: string) => doc.blocks.filter((b) => b.kind === kind).map((b) => doc.text.slice(b.start, b.end));
const owners = (text: string) => extract(read(text)).activities.map((a) => a.ownerRaw);
const bodyText = (text: string) => { const doc = read(text); return doc.blocks.filter((b) => b.kind !== 'furniture').map((b) => doc.text.slice(b.start, b.end)).join(' '); };

describe('spaced page footers in a transcript with the site\'s markers', () => {
  it('are furniture, and the foot before them is no owner', () => {
    const doc = read(seed(pages));
    expect(doc.pageCount).toBe(3);
    expect(bodyText(seed(pages))).not.toContain(foot);
    expect(texts(doc, 'furniture').join(' ')).toContain(foot);
    for (const owner of owners(seed(pages))) expect(owner ?? '').not.toContain('Kulturplan');
  });

  it('hold on two pages', () => {
    const two = pages.slice(0, 2);
    expect(read(seed(two)).pageCount).toBe(2);
    expect(bodyText(seed(two))).not.toContain(foot);
    const found = owners(seed(two));
    expect(found.length).toBeGreaterThan(0);
    for (const owner of found) expect(owner ?? '').not.toContain('Kulturplan');
  });

  it('hold with a space on one side of the number only', () => {
    const half = (n: number, total: number) => `${foot} ${n} (${total} )`;
    expect(bodyText(seed(pages.slice(0, 2), half))).not.toContain(foot);
  });

  it('hold where the footer stands in the middle of its page', () => {
    const mid = pages.slice(0, 2).map((p, i) => p.replace(' K', ` ${footer(i + 1, 2)} K`));
    const text = `Kulturplan Västby\n\nTranskript:\n\n${mid.map((p, i) => `${i + 1} (2) ${p}`).join('\n\n')}\n`;
    const doc = read(text);
    expect(doc.pageCount).toBe(2);
    expect(bodyText(text)).not.toMatch(/\d \( 2 \)/);
  });
});

describe('spaced page footers in the page-number form', () => {
  it('are furniture with the foot before them', () => {
    const doc = read(bare(pages));
    expect(doc.pageCount).toBe(3);
    expect(bodyText(bare(pages))).not.toMatch(/\d \( 3 \)/);
  });

  it('are furniture on two pages, where the site gave no markers of its own', () => {
    const two = bare(pages.slice(0, 2));
    expect(read(two).pageCount).toBe(2);
    expect(bodyText(two)).not.toMatch(/\d \( 2 \)|Kulturplan för/);
  });
});

describe('spaced numbers that are not page footers', () => {
  it('a lone "3 ( 5 )" in prose stays text', () => {
    const text = 'Fritidsplan\n\nTranskript:\n\n1 (2) Fritidsplan för Åby. Av fem mål nåddes 3 ( 5 ) under året, enligt enkäten.\n\n2 (2) Ansvar: Fritidsenheten.\n';
    expect(bodyText(text)).toContain('3 ( 5 )');
  });

  it('spaced numbers out of order are no page sequence', () => {
    const text = 'Fritidsplan\n\nTranskript:\n\n1 (3) Antal deltagare 2 ( 3 ) per grupp och 1 ( 3 ) ledare.\n\n2 (3) Mer text om planen.\n\n3 (3) Sista sidan.\n';
    const body = bodyText(text);
    expect(body).toContain('2 ( 3 )');
    expect(body).toContain('1 ( 3 )');
  });

  it('a spaced figure in a table cell of the page-number form stays text', () => {
    const cell = pages.map((p, i) => (i === 1 ? p.replace(' K4', ' Besök 2 ( 9 ) K4') : p));
    const text = `Kulturplan Västby\n\nTranskript\n\n${cell.map((p, i) => `${i + 1} ${p}`).join('\n\n')}\n`;
    expect(bodyText(text)).toContain('( 9 )');
  });
});

describe('a running foot that ends on a year, before the page footers', () => {
  const dated = 'Kulturplan för Västby – uppföljning hösten 2026';
  for (const spaced of [true, false]) {
    it(`is furniture whole, its year too (${spaced ? "'N ( M )'" : "'N (M)'"})`, () => {
      const mark = (n: number, total: number) => (spaced ? `${dated} ${n} ( ${total} )` : `${dated} ${n} (${total})`);
      const text = seed(pages, mark);
      expect(read(text).pageCount).toBe(3);
      const paragraphs = texts(read(text), 'paragraph');
      expect(paragraphs).not.toContain('2026');
      expect(bodyText(text)).not.toContain('uppföljning hösten');
    });
  }
});
