import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { joinTableLines } from '../../src/clean/table-lines.js';
import type { Line } from '../../src/clean/segment.js';

/**
 * Tables that a PDF-to-text reading order gave line by line, each cell's
 * wrapped lines in turn: run into one line from their header, they read as
 * the tables a transcript runs into a page's line.
 */
const read = (text: string) => readText(new TextEncoder().encode(text));

/** Lines of a text with their offsets, as the text reader makes them. */
const linesOf = (text: string, page: number | null = 1): Line[] => {
  const out: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    if (raw.trim()) out.push({ text: raw, page, indented: false, fill: 0.5, source: at });
    at += raw.length + 1;
  }
  return out;
};

// A waste plan's actions, each cell's lines in turn: id and action, the owner with the partner's first line, the partner's last, the time.
const wastePlan = [
  'Avfallsplan 2026–2029',
  '',
  'Transkript:',
  '',
  '1 (2)',
  'Avfallsplanen beskriver hur kommunen och det kommunala bolaget ska minska mängden avfall och öka',
  'återanvändningen under planperioden. Åtgärderna nedan följs upp av tekniska nämnden varje år.',
  'Nr Åtgärd Ansvar Samverkan Klart',
  'Målområde 1. Mindre avfall',
  '1.1 Öppna en återbruksbutik vid',
  'återvinningscentralen i',
  'Norrby',
  'TF Avfallsbolaget 2026–2027',
  '1.2 Införa matavfallsinsamling i alla',
  'flerbostadshus',
  'TF Bostads-',
  'bolaget',
  'HT 2027',
  'Målområde 2. Nedskräpning',
  '2.1 Ställa ut fler papperskorgar med',
  'sortering i centrum',
  'SBF – 2026',
  '2.2 Genomföra skräpplockardagar med',
  'skolorna varje vår',
  'BUF Föreningar Löpande',
  'Uppföljning',
  'Tekniska nämnden får en rapport om avfallsplanens åtgärder i samband med årsredovisningen',
  'och kommunfullmäktige en sammanfattning vart annat år.',
  '',
  '2 (2)',
  'Bilaga: Avfallsmängder per invånare 2020–2025',
].join('\n');

describe('a table given line by line', () => {
  it('reads its rows, owners and times as a transcript run into one line gives them', () => {
    const x = extract(read(wastePlan));
    expect(x.activities.map((a) => a.text)).toEqual([
      'Öppna en återbruksbutik vid återvinningscentralen i Norrby',
      'Införa matavfallsinsamling i alla flerbostadshus',
      'Ställa ut fler papperskorgar med sortering i centrum',
      'Genomföra skräpplockardagar med skolorna varje vår',
    ]);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['TF', 'TF', 'SBF', 'BUF']);
    expect(x.activities.map((a) => a.years)).toEqual([[2026, 2027], [2027], [2026], []]);
    // The bands between the rows are the areas the rows stand under.
    const area = (key: number | null) => x.focusAreas.find((f) => f.key === key)?.title;
    expect(x.activities.map((a) => area(a.focusAreaKey))).toEqual(['Mindre avfall', 'Mindre avfall', 'Nedskräpning', 'Nedskräpning']);
  });

  it('leaves the heading and prose after the table out of its last row', () => {
    const doc = read(wastePlan);
    const texts = doc.blocks.map((b) => doc.text.slice(b.start, b.end));
    expect(texts).toContain('Uppföljning');
    expect(texts.some((t) => t.startsWith('Tekniska nämnden får en rapport'))).toBe(true);
    const x = extract(doc);
    expect(x.activities.some((a) => /Uppföljning|rapport/.test(a.text))).toBe(false);
  });

  it('keeps offsets: each line stands in the joined line where it stood in the text', () => {
    const text = ['Nr Åtgärd Ansvar Klart', '1.1 Rusta upp', 'badplatsen i Norrby', 'KFF 2026', '1.2 Ta fram en', 'plan för bryggorna', 'KFF 2027'].join('\n');
    const joined = joinTableLines(linesOf(text));
    expect(joined).toHaveLength(1);
    expect(joined[0].text).toBe(text.replace(/\n/g, ' '));
    expect(joined[0].source).toBe(0);
  });

  it('stops at the page end: the next page opens with its own lines', () => {
    const lines = [...linesOf('Nr Åtgärd Ansvar Klart\n1.1 Rusta upp badplatsen\nKFF 2026', 1), ...linesOf('Bilaga\nKartor över badplatserna', 2).map((l) => ({ ...l, source: l.source! + 100 }))];
    expect(joinTableLines(lines).map((l) => l.text)).toEqual(['Nr Åtgärd Ansvar Klart 1.1 Rusta upp badplatsen KFF 2026', 'Bilaga', 'Kartor över badplatserna']);
  });

  it('joins nothing without a header line of its own: indicators, contents, prose with numbers', () => {
    const indicators = 'Indikator Utgångsvärde Målvärde\n2030\nAndel återvunnet avfall (%)\n48 (2024) 60\nMatavfall per invånare (kg)\n41 (2023) 35';
    const contents = 'Innehåll\n1 Inledning 3\n2 Nuläge 5\n3 Åtgärder och ansvar 7\n4 Uppföljning 9';
    // Column words inside a sentence: a sentence names them among other words.
    const prose = 'Under varje område anges åtgärd, ansvar och tid.\nÅr 2025 sorterade 61 procent av hushållen\nsitt matavfall, mot 48 procent 2020.';
    for (const text of [indicators, contents, prose]) expect(joinTableLines(linesOf(text)).map((l) => l.text)).toEqual(text.split('\n'));
  });
});

describe('a table given line by line with its areas in a first column', () => {
  // A culture plan: the area's merged cell is read where its lines fall, after the last cell of the row before.
  const text = [
    'Kulturplan 2026–2027',
    '',
    'Transkript:',
    '',
    '1 (2)',
    'Kulturplanen gäller för alla förvaltningar och bolag och följs upp av kulturnämnden varje höst i samband med',
    'nämndens verksamhetsberättelse och budget för kommande år.',
    'Målområde Åtgärd Ansvar Tid Samverkan',
    '1. Läsande barn',
    'Starta bokklubbar på alla',
    'fritidsgårdar',
    'KFF 2026 Studieförbunden',
    'Dela ut en bok till alla nyfödda BUF Löpande Regionen',
    'Utöka bibliotekets öppettider på',
    'lördagar',
    'KFF HT 2026 Föreningar 2. Scenkonst för alla',
    'Arrangera sommarteater i',
    'parkerna',
    'KFF 2027 Amatörteatern',
    'Erbjuda skolorna en föreställning',
    'per termin',
    'BUF VT 2026 Länsteatern',
    '',
    '2 (2)',
    'Bilaga: Kulturföreningar i kommunen',
  ].join('\n');

  it('opens the next area at the title run into the last cell of the row before it', () => {
    const doc = read(text);
    const rows = doc.blocks.filter((b) => b.kind === 'row' && !b.header).map((b) => b.cells!.map((c) => doc.text.slice(c.start, c.end)));
    expect(rows.map((r) => r[1])).toEqual([
      '1. Läsande barn',
      'Starta bokklubbar på alla fritidsgårdar',
      'Dela ut en bok till alla nyfödda',
      'Utöka bibliotekets öppettider på lördagar',
      'Arrangera sommarteater i parkerna',
      'Erbjuda skolorna en föreställning per termin',
    ]);
    // The partner cell keeps its own words; the title is the next row's area.
    expect(rows[3][4]).toBe('Föreningar');
    expect(rows[4][0]).toBe('2. Scenkonst för alla');
  });
});
