import { describe, expect, it } from 'vitest';
import { findTwoPageEdges } from '../../src/clean/furniture.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

/**
 * A transcript of a two-page PDF: two pages are believed only on strong
 * evidence (exactly two paragraphs, '1' and '2', and page 2 opening with
 * words that stand on page 1), and only a head or foot the same on both
 * pages is cut.
 */
const head = 'Trafiksäkerhetsprogram 2026 – åtgärdslista våren 2026';
const foot = (n: number) => `Samhällsbyggnadsförvaltningen, Nordby kommun Sida ${n} av 2`;
const pages = [
  `${head} Nordby kommun Åtgärdslista för trafiksäkerhet. Beslutad av tekniska nämnden 2026-02-10. Insatsområde 1: Säkra skolvägar • Bygga upplyft övergångsställe vid Ekskolan. Ansvar: Gatuenheten. Status: Pågår. • Sänka hastigheten till 30 km/h vid förskolorna. Ansvar: Trafikenheten. Status: Klar. ${foot(1)}`,
  `${head} Insatsområde 2: Belysning på gång- och cykelvägar • Byta armaturer längs Strandleden. Ansvar: Gatuenheten. Status: Ej påbörjad. • Sätta upp belysning vid busshållplatsen i Österby. Ansvar: Gatuenheten. Status: Pågår. ${foot(2)}`,
];
const bare = (ps: string[]) => `Trafiksäkerhetsprogram 2026\n\nTranskript\n\n${ps.map((p, i) => `${i + 1} ${p}`).join('\n\n')}\n`;
const read = (text: string) => readText(new TextEncoder().encode(text));
const texts = (doc: ReturnType<typeof read>, kind: string) => doc.blocks.filter((b) => b.kind === kind).map((b) => doc.text.slice(b.start, b.end));

describe('a two-page transcript in the page-number form', () => {
  it('is read as two pages, its running head and foot are furniture and its areas are kept', () => {
    const doc = read(bare(pages));
    expect(doc.pageCount).toBe(2);
    const furniture = texts(doc, 'furniture');
    expect(furniture).toContain(head);
    expect(furniture.join(' ')).toMatch(/Samhällsbyggnadsförvaltningen, Nordby kommun Sida 2 av 2/);
    const plan = extract(doc);
    expect(plan.focusAreas.map((f) => f.title)).toEqual(['Säkra skolvägar', 'Belysning på gång- och cykelvägar']);
    expect(plan.activities.map((a) => a.page)).toEqual([1, 1, 2, 2]);
  });

  it('cuts no head where the pages open differently', () => {
    const other = [pages[0], pages[1].replace(head, 'Trafiksäkerhetsprogram 2026 – åtgärder i tätorterna')];
    const doc = read(bare(other));
    expect(texts(doc, 'furniture')).not.toContain(head);
  });
});

describe('a two-page transcript in the marker form', () => {
  // Text before the first 'N (M)' marker may be page 1's own, so the edges of two pages are compared in the page-number form only.
  it('keeps both pages and their areas', () => {
    const text = `${head}\n\nTranskript:\n\n${pages.map((p, i) => `${i + 1} (2) ${p}`).join('\n\n')}\n`;
    const doc = read(text);
    expect(doc.pageCount).toBe(2);
    expect(extract(doc).focusAreas.map((f) => f.title)).toEqual(['Säkra skolvägar', 'Belysning på gång- och cykelvägar']);
  });
});

describe('paragraphs numbered 1 and 2 that are not pages', () => {
  it('a one-page transcript whose text holds a paragraph opening with 2 stays one text', () => {
    const text = 'Bibliotekets handlingsplan\n\nTranskript\n\n1 Bibliotekets handlingsplan 2026. Fokusområde: Läsfrämjande • Starta bokcirklar för unga vuxna. Ansvar: Biblioteket.\n\n2 nya meröppna filialer öppnar under hösten, i Västby och Åby.\n';
    expect(read(text).pageCount).toBeNull();
  });

  it('a list numbered 1, 2 whose items share only their first words is no two pages', () => {
    const text = 'Mål för fritidsgårdarna\n\nTranskript\n\n1 Fritidsgårdarna ska vara öppna fler kvällar i veckan under skolans lov.\n\n2 Fritidsgårdarna ska erbjuda läxhjälp tillsammans med föreningarna.\n';
    expect(read(text).pageCount).toBeNull();
  });

  it('three paragraphs numbered 1, 2 and a text after them are no two pages', () => {
    const text = `Trafiksäkerhetsprogram 2026\n\nTranskript\n\n${pages.map((p, i) => `${i + 1} ${p}`).join('\n\n')}\n\nKontakt: trafikenheten@nordby.se\n`;
    expect(read(text).pageCount).toBeNull();
  });
});

describe('the edges two pages share', () => {
  it('are the words both open with, or end with, numbers aside', () => {
    const texts = ['Kulturplan 2026 Västby kommun Inledning om planen Kulturförvaltningen sida 1', 'Kulturplan 2026 Västby kommun Fokusområde 2: Bibliotek Kulturförvaltningen sida 2'];
    expect(findTwoPageEdges(texts, 'head')).toEqual([texts[0].indexOf(' Inledning'), texts[1].indexOf(' Fokusområde')]);
    expect(findTwoPageEdges(texts, 'foot')).toEqual([texts[0].indexOf('Kulturförvaltningen'), texts[1].indexOf('Kulturförvaltningen')]);
  });

  it('are no edge when fewer than three words, a sentence, or the whole page', () => {
    expect(findTwoPageEdges(['Kulturplan 2026 Inledning', 'Kulturplan 2026 Bibliotek'], 'head')).toEqual([null, null]);
    expect(findTwoPageEdges(['Vi ska läsa mer. Inledning', 'Vi ska läsa mer. Bibliotek'], 'head')).toEqual([null, null]);
    expect(findTwoPageEdges(['Kulturplan för Västby', 'Kulturplan för Västby kommun'], 'head')).toEqual([null, null]);
    expect(findTwoPageEdges(['a b c d', 'a b c e', 'a b c f'], 'head')).toEqual([null, null, null]);
  });
});
