import { describe, expect, it } from 'vitest';
import { segmentRows } from '../../src/clean/row-segments.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

const read = (text: string) => readText(new TextEncoder().encode(text));
const rows = (text: string) => {
  const doc = read(text);
  return doc.blocks.filter((b) => b.kind === 'row' && !b.header).map((b) => b.cells!.map((c) => doc.text.slice(c.start, c.end)));
};

describe('rows without ids cut from a run of tokens', () => {
  it('closes typed cells where their text ends and a free-text comment where the next row begins', () => {
    const words = 'Byta till LED-belysning i kommunens idrottshallar Tekniska förvaltningen 2025 Pågår Hälften av hallarna har fått ny belysning. Installera solceller på förskolornas tak Fastighetsbolaget AB 2026 Ej påbörjad Upphandlingen startar i vår. Ställa om fordonsflottan till el Serviceförvaltningen Löpande Pågår 40 av 120 fordon är elbilar. Klimatplanen följs upp varje år av kommunstyrelsen.'.split(' ');
    const read = segmentRows(words, ['owner', 'time', 'status', 'comment'], []);
    const cells = read.segments.filter((s) => s.kind === 'row').map((s) => s.cells!);
    expect(cells.map((c) => c.activity)).toEqual(['Byta till LED-belysning i kommunens idrottshallar', 'Installera solceller på förskolornas tak', 'Ställa om fordonsflottan till el']);
    expect(cells[1]).toMatchObject({ owner: 'Fastighetsbolaget AB', time: '2026', status: 'Ej påbörjad', comment: 'Upphandlingen startar i vår.' });
    // The last comment reads to its sentence end; the prose after it is not the table's.
    expect(cells[2].comment).toBe('40 av 120 fordon är elbilar.');
    expect(words.slice(read.end).join(' ')).toBe('Klimatplanen följs upp varje år av kommunstyrelsen.');
  });

  it("ends the rows before the next table's caption: its title and rows are no row of this table", () => {
    // A public health plan: its action table, then the caption of its indicator table, whose source column holds an abbreviation.
    const words = 'Erbjuda hälsosamtal till alla 70-åringar VOF Regionen 2027 50 tkr Tabell 3 Indikatorer och källor Nöjd medborgarindex SCB Medborgarundersökningen 2024 62 procent'.split(' ');
    const read = segmentRows(words, ['owner', 'partner', 'time', 'cost'], []);
    expect(read.segments.filter((s) => s.kind === 'row').map((s) => s.cells!.activity)).toEqual(['Erbjuda hälsosamtal till alla 70-åringar']);
    expect(words.slice(read.end).join(' ')).toMatch(/^Tabell 3 Indikatorer och källor/);
  });

  it('reads no rows from prose with no cell of the header\'s types', () => {
    const words = 'Planen beskriver hur kommunen arbetar med klimatet. Den följs upp varje år och revideras vid behov.'.split(' ');
    expect(segmentRows(words, ['owner', 'time'], []).segments.filter((s) => s.kind === 'row')).toHaveLength(0);
  });
});

describe('a table without ids run into a transcript line', () => {
  // A public-health plan in the page-number form, as a PDF's text in content order: labelled bands, a page break, a stray note between rows.
  const folkhalsa = [
    'Folkhälsoplan 2025–2026 Exempelå kommun',
    '',
    'Transkript',
    '',
    '1 Folkhälsoplan 2025–2026 Exempelå kommun Planen antogs av kommunfullmäktige 2025-02-10 och gäller i två år. Åtgärd Ansvarig Tidplan Status Tema 1: Goda levnadsvanor Erbjuda hälsosamtal till alla 50-åringar Vårdförvaltningen 2025 Pågår Starta simskola för vuxna Kultur- och fritidsförvaltningen VT 2026 Ej påbörjad Sprida kostråd i förskolan Barn- och utbildningsförvaltningen 2025–2026 Klar Tema 2: Trygg uppväxt Utveckla föräldrastöd i alla stadsdelar Socialförvaltningen Löpande Pågår',
    '',
    '2 Åtgärd Ansvarig Tidplan Status Inrätta fritidsgårdar med kvällsöppet Kultur- och fritidsförvaltningen HT 2025 Försenad se även bilaga 2 Kartlägga ungas psykiska hälsa Socialförvaltningen 2026 Ej påbörjad Uppföljning Planen följs upp varje år av folkhälsorådet och redovisas för kommunstyrelsen.',
    '',
    '3 Kontakt Folkhälsostrategen nås via kommunens växel.',
  ].join('\n');

  it('cuts the rows by their cells, keeps bands as areas and reports words no row takes', () => {
    const doc = read(folkhalsa);
    const table = rows(folkhalsa);
    expect(table.filter((r) => r[1]).map((r) => r[0])).toEqual([
      'Erbjuda hälsosamtal till alla 50-åringar',
      'Starta simskola för vuxna',
      'Sprida kostråd i förskolan',
      'Utveckla föräldrastöd i alla stadsdelar',
      'Inrätta fritidsgårdar med kvällsöppet',
      'Kartlägga ungas psykiska hälsa',
    ]);
    expect(table[2]).toEqual(['Starta simskola för vuxna', 'Kultur- och fritidsförvaltningen', 'VT 2026', 'Ej påbörjad']);
    const note = doc.messages.find((m) => m.ruleId === 'clean/run-on-unplaced');
    expect(note?.reason).toContain('se även bilaga 2');
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && doc.text.slice(b.start, b.end) === 'se även bilaga 2')).toBe(true);
    const x = extract(doc);
    const area = new Map(x.focusAreas.map((f) => [f.key, f.title]));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Goda levnadsvanor', 'Trygg uppväxt']);
    expect(x.activities.map((a) => area.get(a.focusAreaKey!))).toEqual(['Goda levnadsvanor', 'Goda levnadsvanor', 'Goda levnadsvanor', 'Trygg uppväxt', 'Trygg uppväxt', 'Trygg uppväxt']);
    expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'not_started', 'done', 'ongoing', 'ongoing', 'not_started']);
  });

  // A safety plan in the 'Transkript:' form, as another extractor orders the page: a colour-only column's word left at the page's end, bands as bare titles.
  const trygghet = [
    'Relevanta dokument',
    'Trafikplan för Exempelå',
    'Avfallsplan 2024–2030',
    '',
    'Transkript:',
    '',
    '1 (2) Trygghetsplan 2025 Exempelå kommun Insatserna redovisas i tabellen. Insats Ansvar Klart Trygg stadsmiljö Ordna trygghetsvandringar i varje stadsdel Socialförvaltningen HT 2025 Sätta upp belysning längs gång- och cykelvägar Tekniska förvaltningen 2025–2026 Status Skolan som trygg plats Anställa fler fritidsledare på högstadiet Barn- och utbildningsförvaltningen Löpande',
    '',
    '2 (2) Insats Ansvar Klart Starta en grannsamverkan med polisen Kommunledningsförvaltningen VT 2026 Status Kontakt Trygghetssamordnaren svarar på frågor om planen.',
  ].join('\n');

  it('reads the other transcript form and order the same way, titles between rows heading the rows after them', () => {
    const x = extract(read(trygghet));
    const area = new Map(x.focusAreas.map((f) => [f.key, f.title]));
    expect(x.activities.map((a) => [a.text, a.owners?.[0], area.get(a.focusAreaKey!)])).toEqual([
      ['Ordna trygghetsvandringar i varje stadsdel', 'Socialförvaltningen', 'Trygg stadsmiljö'],
      ['Sätta upp belysning längs gång- och cykelvägar', 'Tekniska förvaltningen', 'Trygg stadsmiljö'],
      ['Anställa fler fritidsledare på högstadiet', 'Barn- och utbildningsförvaltningen', 'Skolan som trygg plats'],
      ['Starta en grannsamverkan med polisen', 'Kommunledningsförvaltningen', 'Skolan som trygg plats'],
    ]);
    expect(x.activities.map((a) => a.years)).toEqual([[2025], [2025, 2026], [], [2026]]);
  });

  it('makes no table of prose that names column words, together or apart', () => {
    const text = [
      'Klimatstrategi Exempelå kommun',
      '',
      'Transkript',
      '',
      '1 Klimatstrategi 2025–2030 Exempelå kommun Varje förvaltning tar fram en egen åtgärdslista. I listan anges Åtgärd Ansvarig och status för varje insats. Arbetet samordnas av Miljöförvaltningen under 2025 och följs upp av kommunstyrelsen. Ansvarig för uppföljningen är Kommunledningsförvaltningen. Status för arbetet redovisas i årsredovisningen 2026 Pågår enligt plan.',
      '',
      '2 Kolumnen Ansvarig Status anger vem som leder arbetet. Tekniska förvaltningen 2025 Klar. Klimatrådet träffas fyra gånger per år.',
      '',
      '3 Uppföljning Strategin följs upp vartannat år.',
    ].join('\n');
    expect(rows(text)).toHaveLength(0);
    expect(extract(read(text)).activities).toHaveLength(0);
  });

  it('reads a short title before the next id as a band, and a header repeated after prose goes on with the ids', () => {
    const text = [
      'Avfallsplan 2025–2028 Exempelå kommun',
      '',
      'Transkript',
      '',
      '1 Avfallsplan 2025–2028 Exempelå kommun Åtgärderna redovisas per målområde. Nr Åtgärd Ansvar Tid Minskat matsvinn 1 Mäta matsvinnet i alla skolkök Kostenheten 2025 2 Ta fram en rutin för att skänka överbliven mat Socialförvaltningen 2026 Tabellen fortsätter på nästa sida.',
      '',
      '2 Nr Åtgärd Ansvar Tid Ökad återanvändning 3 Öppna en återbruksbutik vid återvinningscentralen Renhållningsbolaget AB 2025–2026 4 Införa möbelbank för kommunens verksamheter Serviceförvaltningen HT 2027',
      '',
      '3 Uppföljning Planen följs upp årligen av kommunstyrelsen.',
    ].join('\n');
    expect(rows(text).filter((r) => r[0]).map((r) => r[0])).toEqual(['1', '2', '3', '4']);
    const x = extract(read(text));
    const area = new Map(x.focusAreas.map((f) => [f.key, f.title]));
    expect(x.activities.map((a) => [a.owners?.[0], area.get(a.focusAreaKey!)])).toEqual([
      ['Kostenheten', 'Minskat matsvinn'],
      ['Socialförvaltningen', 'Minskat matsvinn'],
      ['Renhållningsbolaget AB', 'Ökad återanvändning'],
      ['Serviceförvaltningen', 'Ökad återanvändning'],
    ]);
  });
});
