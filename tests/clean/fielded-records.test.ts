import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { splitFieldedRecords } from '../../src/clean/fielded-records.js';
import type { RawBlock } from '../../src/core/types.js';

// Subject and layout of their own: an outdoor recreation plan whose actions are short paragraphs of prose, each followed by
// its owner and time as labelled sentences, which a transcript ran into one line per page with the sections' headings.
const read = (text: string) => readText(new TextEncoder().encode(text));
const bare = (title: string, pages: string[]) => [title, '', 'Transkript', '', ...pages.flatMap((p, i) => [`${i + 1} ${p}`, ''])].join('\n');
const seed = (title: string, pages: string[]) =>
  [title, '', 'Relevanta dokument', 'Naturvårdsprogram 2020', '', 'Transkript:', '', ...pages.flatMap((p, i) => [`${p} ${i + 1} (${pages.length})`, ''])].join('\n');
const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 1 });

const TITLE = 'Handlingsplan för friluftsliv 2026–2028 – Exempelby kommun';
const HEAD = 'Exempelby kommun · Friluftsplan 2026–2028';
const pages = (trails: string, baths: string) => [
  `${HEAD} Handlingsplan för friluftsliv 2026–2028 Antagen av kultur- och fritidsnämnden 2026-03-12. Planen gäller 2026–2028 och följs upp varje år.`,
  `${HEAD} Målområde 1: Leder och spår ${trails}`,
  `${HEAD} Målområde 2: Badplatser ${baths}`,
  `${HEAD} Nämnden följer upp planen i verksamhetsberättelsen.`,
];
const TRAILS =
  'Fritidsenheten ska märka upp tre nya vandringsleder runt Storsjön. Lederna ritas in på kommunens karta. Ansvar: Fritidsenheten. Klart: 2026. ' +
  'Elljusspåret i Västerskogen ska förlängas med två kilometer. Ansvar: Tekniska enheten. Klart: HT 2027. ' +
  'Vindskydd ska byggas vid fem rastplatser längs leden. Föreningarna får sköta dem. Ansvar: Fritidsenheten i samverkan med föreningarna. Klart: 2027–2028.';
const BATHS =
  'Alla kommunala badplatser ska få tillgängliga bryggor. Ansvar: Tekniska enheten. Klart: 2028. ' +
  'Vattenprover ska tas varje vecka under badsäsongen. Ansvar: Miljöenheten. Klart: Löpande.';
const TEXTS = [
  'Fritidsenheten ska märka upp tre nya vandringsleder runt Storsjön.',
  'Elljusspåret i Västerskogen ska förlängas med två kilometer.',
  'Vindskydd ska byggas vid fem rastplatser längs leden.',
  'Alla kommunala badplatser ska få tillgängliga bryggor.',
  'Vattenprover ska tas varje vecka under badsäsongen.',
];
const opening = (text: string) => text.split(/(?<=\.)\s/)[0];

describe('records of prose closed by their owner and time as labelled sentences', () => {
  for (const [form, make] of [['seed', seed], ['bare', bare]] as const) {
    it(`cuts each record and its fields apart, and reads them as activities under their sections (${form} form)`, () => {
      const doc = read(make(TITLE, pages(TRAILS, BATHS)));
      const x = extract(doc);
      expect(x.activities.map((a) => opening(a.text))).toEqual(TEXTS);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Fritidsenheten', 'Tekniska enheten', 'Fritidsenheten i samverkan med föreningarna', 'Tekniska enheten', 'Miljöenheten']);
      expect(x.activities.map((a) => a.years)).toEqual([[2026], [2027], [2027, 2028], [2028], []]);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Leder och spår', 'Badplatser']);
      expect(doc.messages.some((m) => m.ruleId === 'clean/fielded-records')).toBe(true);
    });
  }

  it('reads fields in the other order, with a dash for the colon, and a record that gives one field only', () => {
    const trails = TRAILS.replace('Ansvar: Fritidsenheten. Klart: 2026.', 'Klart: 2026. Ansvarig – Fritidsenheten.').replace('Ansvar: Tekniska enheten. Klart: HT 2027.', 'Klart: HT 2027.');
    const x = extract(read(bare(TITLE, pages(trails, BATHS))));
    expect(x.activities.map((a) => opening(a.text))).toEqual(TEXTS);
    // The owner after a dash ('Ansvarig – X.') is its own line's: the time before it keeps to its full stop.
    expect(x.activities.map((a) => a.timeRaw)).toEqual(['2026', 'HT 2027', '2027–2028', '2028', 'Löpande']);
    expect(x.activities.map((a) => a.ownerRaw).slice(1)).toEqual([null, 'Fritidsenheten i samverkan med föreningarna', 'Tekniska enheten', 'Miljöenheten']);
    expect(x.activities.map((a) => a.years)).toEqual([[2026], [2027], [2027, 2028], [2028], []]);
  });

  it('keeps a record with no field with the text of the record after it, never dropping a word', () => {
    const baths = `Badplatsen vid Lillsjön ska få en ny sandstrand. ${BATHS}`;
    const doc = read(seed(TITLE, pages(TRAILS, baths)));
    const x = extract(doc);
    expect(x.activities).toHaveLength(5);
    expect(x.activities[3].text.startsWith('Badplatsen vid Lillsjön ska få en ny sandstrand.')).toBe(true);
    expect(doc.text).toContain('Badplatsen vid Lillsjön');
  });

  it('cuts a paragraph into each record, a line for each of its fields, and the text after the last', () => {
    const blocks = splitFieldedRecords([paragraph(`${TRAILS} Planen följs upp i december.`)]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Fritidsenheten ska märka upp tre nya vandringsleder runt Storsjön. Lederna ritas in på kommunens karta.',
      'Ansvar: Fritidsenheten.',
      'Klart: 2026.',
      'Elljusspåret i Västerskogen ska förlängas med två kilometer.',
      'Ansvar: Tekniska enheten.',
      'Klart: HT 2027.',
      'Vindskydd ska byggas vid fem rastplatser längs leden. Föreningarna får sköta dem.',
      'Ansvar: Fritidsenheten i samverkan med föreningarna.',
      'Klart: 2027–2028.',
      'Planen följs upp i december.',
    ]);
  });

  it('cuts nothing from prose with fewer than three labelled sentences, nor from field lines that stand alone already', () => {
    const prose = [paragraph('Rektor leder arbetet. Ansvar: rektor. Skolorna rapporterar varje termin. Klart: 2027. Planen gäller i tre år.')];
    expect(splitFieldedRecords(prose)).toEqual(prose);
    const lines = ['Ansvar: Fritidsenheten. Klart: 2026.', 'Ansvar: Tekniska enheten.', 'Klart: 2028.', 'Klart: HT 2027.'].map(paragraph);
    expect(splitFieldedRecords(lines)).toEqual(lines);
  });

  it('cuts no field sentence off a field whose label the sentence before gives in its own shape (an owner of a group)', () => {
    const group = [
      paragraph('Märka upp leden. Bygga vindskydd. Ansvar för båda insatserna: Fritidsenheten. Klart: 2026. Röja slyet. Ansvar: Parkenheten. Klart: 2027. Laga broarna. Ansvar: Parkenheten. Klart: 2028. Sätta upp skyltar. Ansvar: Fritidsenheten. Klart: 2029.'),
    ];
    const texts = splitFieldedRecords(group).map((b) => b.text);
    expect(texts[0]).toBe('Märka upp leden. Bygga vindskydd. Ansvar för båda insatserna: Fritidsenheten. Klart: 2026. Röja slyet.');
    expect(texts).toContain('Laga broarna.');
  });

  it("reads no field whose value ran into the next item's number ('Tid: 2027 2. Röja …') as a sentence of its own", () => {
    const numbered = [
      paragraph('1. Märka upp leden. Ansvar: Fritidsenheten. Tid: 2026 2. Röja slyet. Ansvar: Parkenheten. Tid: 2027 3. Laga broarna. Ansvar: Parkenheten. Tid: 2028 4. Sätta upp skyltar.'),
    ];
    const texts = splitFieldedRecords(numbered).map((b) => b.text);
    expect(texts.some((t) => /^Tid: 202\d \d\.$/.test(t))).toBe(false);
    expect(texts.join(' ')).toBe(numbered[0].text);
  });

  it('reads no lower-case label inside a sentence as a field', () => {
    const prose = [paragraph('Enheten har ansvar: för lederna. Vi tar ansvar: för spåren. Nämnden har ansvar: för baden. Det gäller alla.')];
    expect(splitFieldedRecords(prose)).toEqual(prose);
  });
});
