import { describe, expect, it } from 'vitest';
import { splitInline } from '../../src/clean/split-inline.js';
import { alignToSource } from '../../src/clean/offsets.js';
import { readText } from '../../src/ingest/text.js';
import { extract } from '../../src/extract/index.js';

const paragraph = (text: string) => splitInline([{ kind: 'paragraph', text, page: 1, source: 0 }]);

describe('bullets run together on one line', () => {
  it('keeps every bullet of a long run as its own item, with its source offset', () => {
    const actions = Array.from({ length: 3000 }, (_, i) => `Plantera ${i + 1} träd i bostadsområdet`);
    const text = `Klimatåtgärder under året: ${actions.map((a) => `• ${a}`).join(' ')}`;
    const blocks = paragraph(text);
    const items = blocks.filter((b) => b.kind === 'item');
    expect(items).toHaveLength(3000);
    expect(items.map((b) => b.text)).toEqual(actions);
    expect(items.every((b) => text.slice(b.source!, b.source! + b.text.length) === b.text)).toBe(true);
  });

  it('takes a dash for a bullet after a sentence or a colon, and not inside a sentence', () => {
    const blocks = paragraph('Folkhälsorådet träffas fyra gånger per år. - Genomföra en enkät om matvanor - Sprida resultaten till skolorna. Vi arbetar med barn - unga och äldre i hela kommunen.');
    const items = blocks.filter((b) => b.kind === 'item').map((b) => b.text);
    expect(items[0]).toBe('Genomföra en enkät om matvanor');
    expect(items).toContain('Sprida resultaten till skolorna.');
    expect(items.some((t) => t.startsWith('unga'))).toBe(false);
  });

  it('maps cleaned text back to plain and marked source characters alike', () => {
    const source = 'Trygghet i\u00A0centrum: ﬁler och cykelbanor';
    const clean = 'Trygghet i centrum: filer och cykelbanor';
    const map = alignToSource(clean, source, 0);
    expect(map[clean.indexOf('centrum')]).toBe(source.indexOf('centrum'));
    expect(map[clean.indexOf('och')]).toBe(source.indexOf('och'));
  });

  it('takes a bullet glyph before a word in lower case for an item, and a dash there for no bullet', () => {
    const blocks = paragraph('Fritidsnämnden ska: \uF0B7 rusta upp spåren i motionsområdet \uF0B7 bygga en ny spontanidrottsplats. Barn - och unga ska ha mötesplatser.');
    const items = blocks.filter((b) => b.kind === 'item').map((b) => b.text);
    expect(items).toEqual(['rusta upp spåren i motionsområdet', 'bygga en ny spontanidrottsplats.']);
  });
});

describe('a word before a label and its colon', () => {
  it('is the title the label heads when it is a word of its own', () => {
    const headings = paragraph('Arbetet följs upp varje år. Friluftsliv Delmål: Fler ska besöka naturreservaten.').filter((b) => b.kind === 'heading');
    expect(headings.map((b) => b.text)).toEqual(['Friluftsliv']);
  });

  it('is no title when it is a table column word, a header read among the text', () => {
    const blocks = paragraph('Åtgärd Status Kommentar Delmål: Fler ska besöka naturreservaten. Märka upp leden Klar');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).not.toContain('Kommentar');
  });
});

describe('action headings run into the line', () => {
  it('cuts a capitalised action heading out of the line, with the goals it names, before the actions it lists', () => {
    const blocks = paragraph('Delmål 2 Fler barn ska låna böcker på biblioteken. Åtgärder Biblioteket ska erbjuda bokpåsar till alla förskolor. Aktiviteter, mål 3-4 Läsombud utbildas i varje kommundel.');
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toContain('Åtgärder');
    expect(headings).toContain('Aktiviteter, mål 3-4');
    expect(blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('Biblioteket ska erbjuda bokpåsar'))).toBe(true);
    const cut = blocks.find((b) => b.text === 'Aktiviteter, mål 3-4')!;
    expect(cut.source).toBe('Delmål 2 Fler barn ska låna böcker på biblioteken. Åtgärder Biblioteket ska erbjuda bokpåsar till alla förskolor. '.length);
  });

  it('leaves a table header read into the line, a lower-case noun in a sentence and a lead-in with a colon in their line', () => {
    const texts = [
      'Plan för kulturskolan Åtgärder Ansvar Tidplan Utöka antalet platser Kulturskolan 2025',
      'Uppföljning av kulturplanen AKTIVITETER Kulturskolan ska utöka antalet platser',
      'Uppföljning av kulturplanen Ansvar Åtgärder Kulturområde Status 1 Utöka antalet platser Kulturskolan',
      'Kommunen har sett över vilka åtgärder Kulturskolan behöver för att nå fler elever.',
      'Under året genomförs följande. Åtgärder: Kulturskolan erbjuder fler kurser.',
      'Kommunen ska prioritera Åtgärder som ger effekt.',
    ];
    for (const text of texts) expect(paragraph(text).filter((b) => b.kind === 'heading' && /^(?:Åtgärder|Aktiviteter)/.test(b.text))).toEqual([]);
  });
});

describe('actions under an action heading run into the line', () => {
  const text = 'Skolmåltider Åtgärder Skolan ska servera vegetarisk mat två dagar i veckan. Detta minskar klimatavtrycket. Införa mätning av matsvinnet i alla kök. Kostenheten bör ta fram nya recept.';

  it('gives each sentence that reads as an action a block of its own, and keeps an explaining sentence with its action', () => {
    const paragraphs = paragraph(text).filter((b) => b.kind === 'paragraph');
    expect(paragraphs.map((b) => b.text)).toEqual([
      'Skolmåltider',
      'Skolan ska servera vegetarisk mat två dagar i veckan. Detta minskar klimatavtrycket.',
      'Införa mätning av matsvinnet i alla kök.',
      'Kostenheten bör ta fram nya recept.',
    ]);
    expect(paragraphs.every((b) => text.slice(b.source!, b.source! + b.text.length) === b.text)).toBe(true);
  });

  it('leaves the same sentences together where no action heading stands before them', () => {
    const prose = text.replace('Skolmåltider Åtgärder ', '');
    expect(paragraph(prose).map((b) => b.text)).toEqual([prose]);
  });
});

describe('a section named for actions that tells about the plan', () => {
  it('keeps its sentences together when the first of them is no action', () => {
    const text = 'Insatser Planen innehåller tolv insatser inom fyra områden. Varje område har ett mål som insatserna ska bidra till. Nämnden bör följa upp dem varje år.';
    const paragraphs = paragraph(text).filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(paragraphs).toEqual([text.replace('Insatser ', '')]);
  });
});

describe("'o' after the first half of a compound", () => {
  it("reads 'Vatten- o avloppsplanen' as one word group, and ' o ' after a sentence as a bullet", () => {
    const joined = paragraph('Arbetet följer Vatten- o Avloppsplanen som antogs i fjol.');
    expect(joined.filter((b) => b.kind === 'item')).toEqual([]);
    const listed = paragraph('Arbetet följer planen. o Bygga ut ledningsnätet o Se över taxan');
    expect(listed.filter((b) => b.kind === 'item').map((b) => b.text)).toEqual(['Bygga ut ledningsnätet', 'Se över taxan']);
  });
});

describe('a section label and its number opening a sentence', () => {
  it('is the subject of the sentence, not a heading, when a finite verb follows the number', () => {
    const blocks = paragraph('Kommunen följer tre mål för trafiken. Mål 2 handlar om att barn ska kunna gå säkert till skolan. Mål 3 har av kommunen getts högst prioritet.');
    expect(blocks.filter((b) => b.kind === 'heading')).toEqual([]);
  });

  it('is a heading when its title follows the number', () => {
    const blocks = paragraph('Kommunen följer tre mål för trafiken. Mål 2 Säkra skolvägar Barn ska kunna gå säkert till skolan.');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Mål 2 Säkra skolvägar']);
  });
});

describe('a labelled title that a line runs on into what stands under it', () => {
  const headings = (text: string) => paragraph(text).filter((b) => b.kind === 'heading').map((b) => b.text);

  it('ends the title where an indicator table’s header begins, a verb in the title or not, and where the next label begins', () => {
    const text = 'Läget i korthet. Inriktning: Trygg skola Verksamhetsmål: Alla elever känner sig trygga i skolan Indikator Andel trygga elever årskurs 9 Utfall 2025 82 % Målvärde 2027 90 % Aktivitet Införa rastvärdar på alla skolor';
    expect(headings(text)).toEqual(['Inriktning: Trygg skola', 'Verksamhetsmål: Alla elever känner sig trygga i skolan']);
    const blocks = paragraph(text);
    expect(blocks.every((b) => text.slice(b.source!, b.source! + b.text.length) === b.text)).toBe(true);
  });

  it('cuts nothing where a sentence ends the words after the label, no second column word follows, or the label is a word in a sentence', () => {
    expect(headings('Mål: Buller i centrum ska minska. Ansvar: Miljöenheten följer upp Status varje år.')).toEqual([]);
    expect(headings('Verksamhetsmål: Fler besökare i simhallen Ansvarig förvaltning redovisar antalet besökare i årsredovisningen varje år.')).toEqual([]);
    expect(headings('Nämnden har ett mål: Fler besökare i simhallen Indikator Antal besök Målvärde 2027 120 000')).toEqual([]);
  });
});

describe('a field line for the items above it, run into the last item', () => {
  const read = (text: string) => readText(new TextEncoder().encode(text));
  // A park plan whose lists start again at 1 under each section, two items sharing one owner's line, the others with their own fields.
  const page =
    'Grönplan 2027–2030 4 Parker 4.1 Lekplatser 1. Rusta upp lekplatsen i Norrby Ansvar: Parkenheten. Tid: 2027. 2. Bygga en ny lekplats vid Sjövallen Ansvar: Parkenheten – Tid: 2028 4.2 Stråk och bäckar 1. Anlägga ett gångstråk längs ån 2. Plantera träd längs Kvarnbäcken Ansvarig för båda åtgärderna: Gatuenheten. Tid: 2029. 4.3 Skötsel 1. Ta fram en skötselplan för ängarna Ansvar: Parkenheten. Tid: 2027. 2. Byta ut parkbänkar i centrum Ansvar: Gatuenheten. Tid: 2028. Kontakt: Eva Ek, parkchef';
  for (const [form, text] of [
    ['bare form', ['Grönplan', '', 'Transkript', '', `1 ${page}`, ''].join('\n')],
    ['seed form', ['Grönplan', '', 'Relevanta dokument', 'Budget 2027', '', 'Transkript:', '', `1 (1) ${page}`, ''].join('\n')],
  ] as const) {
    it(`gives the line's owner to the items it names, the line no part of the last one (${form})`, () => {
      const doc = read(text);
      const items = doc.blocks.filter((b) => b.kind === 'item').map((b) => doc.text.slice(b.start, b.end));
      expect(items).toContain('Plantera träd längs Kvarnbäcken');
      const x = extract(doc);
      const owners = Object.fromEntries(x.activities.map((a) => [a.text, a.ownerRaw]));
      expect(owners['Anlägga ett gångstråk längs ån']).toBe('Gatuenheten');
      expect(owners['Plantera träd längs Kvarnbäcken']).toBe('Gatuenheten');
      expect(owners['Rusta upp lekplatsen i Norrby']).toBe('Parkenheten');
    });
  }
});
