import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

// Subject and layout of their own: a road-maintenance follow-up whose action table a PDF-to-text tool read in its plain order,
// the id and action columns with their bands first, then the other columns' head and their cells, a unit set on two lines
// and a comment's sentences among them, the page's footer after the table.
const ITEMS =
  'Uppföljning av underhållsplanen för vägar och diken 2026. Nr Åtgärd Insatsområde 1: Diken och trummor ' +
  '1.1 Rensa diken längs Åvägen och Kvarnvägen 1.2 Byta trummor under Skolvägen 1.3 Fräsa bort slyet vid Torpets bro ' +
  'Insatsområde 2: Beläggning 2.1 Laga potthål på infarten till Norrby 2.2 Lägga ny asfalt på Storgatan';
const CELLS =
  'Ansvar Tid Status Kommentar Driftenheten i samverkan med Trafikverket Driftenheten 2026 Genomförd Klart i maj. ' +
  'VT 2027 Pågår Trummorna är beställda. Driftenheten 2026 Ej påbörjad Gatuavdelningen Samhällsbyggnadsförvaltni ngen ' +
  'HT 2026 Pågår Upphandlingen är försenad och klar först den 30 juni 2027. 2027–2028 Försenad Nästa uppföljning görs i februari 2027. Samhällsbyggnadsförvaltningen';

const transcript = (body: string, bare: boolean) =>
  new TextEncoder().encode(
    bare
      ? `Uppföljning underhållsplan vägar 2026 – Exempelby kommun\n\nTranskript\n\n1 EXEMPELBY KOMMUN ${body}\n`
      : `Uppföljning underhållsplan vägar 2026 – Exempelby kommun\n\nTranskript:\n\nEXEMPELBY KOMMUN ${body} 1 (1)\n`,
  );

describe('columns given after the numbered items they belong to', () => {
  for (const bare of [false, true]) {
    it(`pairs each typed column back to the items in order when it gives one cell per item (${bare ? 'bare page numbers' : "'N (M)' page markers"})`, () => {
      const doc = readText(transcript(`${ITEMS} ${CELLS}`, bare));
      const x = extract(doc);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Diken och trummor', 'Beläggning']);
      expect(x.activities.map((a) => a.text)).toEqual([
        'Rensa diken längs Åvägen och Kvarnvägen',
        'Byta trummor under Skolvägen',
        'Fräsa bort slyet vid Torpets bro',
        'Laga potthål på infarten till Norrby',
        'Lägga ny asfalt på Storgatan',
      ]);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Driftenheten', 'Driftenheten', 'Driftenheten', 'Gatuavdelningen', 'Samhällsbyggnadsförvaltningen']);
      expect(x.activities.map((a) => a.years)).toEqual([[2026], [2027], [2026], [2026], [2027, 2028]]);
      expect(x.activities.map((a) => a.status)).toEqual(['done', 'ongoing', 'not_started', 'ongoing', 'ongoing']);
      expect(doc.messages.some((m) => m.ruleId === 'clean/late-columns' && m.severity === 'info')).toBe(true);
    });
  }

  it('pairs nothing of a column whose cells do not add up to the items, and says so', () => {
    // The second row's time is missing: four times for five items.
    const short = CELLS.replace('VT 2027 Pågår', 'Pågår');
    const doc = readText(transcript(`${ITEMS} ${short}`, false));
    const x = extract(doc);
    expect(x.activities).toHaveLength(5);
    expect(x.activities.map((a) => a.years)).toEqual([[], [], [], [], []]);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Driftenheten', 'Driftenheten', 'Driftenheten', 'Gatuavdelningen', 'Samhällsbyggnadsförvaltningen']);
    expect(doc.messages.find((m) => m.ruleId === 'clean/late-columns' && /time/.test(m.reason))?.reason).toMatch(/4 time cells for 5 numbered items/);
  });

  const read = (body: string) => {
    const doc = readText(transcript(body, false));
    return { doc, messages: doc.messages.filter((m) => m.ruleId === 'clean/late-columns') };
  };

  it('leaves prose with numbers, a table of contents and an indicator table as they are', () => {
    const prose =
      'Arbetet redovisas i tre steg. 1.1 Planera arbetet under våren 2026 1.2 Genomföra det under hösten 1.3 Följa upp det 2027. ' +
      'Ansvaret ligger hos driftenheten, som har rapporterat 2026 att arbetet pågår och att 40 procent är klart.';
    expect(read(prose).messages).toEqual([]);
    const contents = 'Innehåll 1.1 Bakgrund 3 1.2 Syfte 4 1.3 Uppföljning 5 2.1 Bilagor 6 Ansvar Tid Status';
    expect(read(contents).messages.filter((m) => /^Paired/.test(m.reason))).toEqual([]);
    const indicators =
      'Indikatorer 1.1 Andel vägar med god standard 1.2 Antal potthål per mil 1.3 Nöjdhet med snöröjningen Målvärde Utfall 2025 80 % 72 % 3 5 70 % 64 %';
    expect(read(indicators).messages).toEqual([]);
  });

  // Another layout: the head stands whole before the ids, which came as runs before their actions (id-runs.ts); the unit
  // column's cells come among the bands and after the last action, a key of the abbreviations and the page's footer after them.
  const RUNS =
    'Skötselplan för kommunens naturreservat 2027–2029. Nr Insats Plats Ansvar Klart senast 1.1 1.2 Gallra skogen vid Näset ' +
    'Röja sly längs strandstigen Näset Strandstigen PARK PARK Tema 1: Skog och strand Tema 2: Ängar 2.1 2.2 ' +
    'Slå ängen vid Ängsbacken varje sommar Bygga en spång över våtmarken 2.3 Sätta upp skyltar vid parkeringen ' +
    'Ängsbacken Våtmarken PARK MBF Parkeringen PARK/MBF Förkortningar: PARK = Parkenheten, MBF = Miljö- och byggförvaltningen. ' +
    'Exempelby kommun – Parkenheten';

  it('pairs a column whose head stood before the items and whose cells stand among and after them, up to the key after the table', () => {
    const doc = readText(transcript(RUNS, false));
    const x = extract(doc);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Skog och strand', 'Ängar']);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['PARK', 'PARK', 'PARK', 'MBF', 'PARK/MBF']);
    // No time reads in the 'Klart senast' column: it is left unpaired and said so.
    expect(doc.messages.some((m) => m.ruleId === 'clean/late-columns' && /0 time cells for 5 numbered items/.test(m.reason))).toBe(true);
  });
});
