import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';

const dateOf = (first: string) => {
  const blocks: RawBlock[] = [
    { kind: 'paragraph', text: first, page: null },
    { kind: 'heading', text: 'Handlingsplan för hemlöshet 2025–2027', page: null, level: 1 },
    { kind: 'paragraph', text: 'Planen gäller 2025–2027 och följs upp varje år.', page: null },
  ];
  const d = extract(buildDoc('docx', blocks, { pageCount: null })).metadata.documentDate;
  return d && [d.value, d.rule];
};

describe('the date of a masthead set as one paragraph above the title', () => {
  it('dates the document, its lines run together by the reading, a word that dates it or not', () => {
    expect(dateOf('HAGA KOMMUN Socialförvaltningen 2025-04-02 Dnr SN 2025/41')).toEqual(['2025-04-02', 'date/masthead']);
    expect(dateOf('Haga kommun Socialnämnden Rapport: Tertial 2 · Utskriftsdatum 2025-09-03')).toEqual(['2025-09-03', 'date/masthead']);
  });

  it('is no sentence, holds one date only, and names no decision', () => {
    for (const first of [
      'Förvaltningen presenterade planen för nämnden 2025-03-01.',
      'HAGA KOMMUN Socialförvaltningen 2025-04-02 Reviderad 2025-06-10',
      'Antagen av socialnämnden 2025-02-20, § 14',
    ]) expect(dateOf(first)?.[1], first).not.toBe('date/masthead');
  });
});

describe('a revision that dates the document', () => {
  const read = (line: string) => {
    const blocks: RawBlock[] = [
      { kind: 'heading', text: 'Handlingsplan för hemlöshet 2025–2027', page: null, level: 1 },
      { kind: 'paragraph', text: line, page: null },
    ];
    const m = extract(buildDoc('docx', blocks, { pageCount: null })).metadata;
    return [m.documentDate?.value, m.adopted?.value.date];
  };

  it('takes the revision, the work it was revised with named or not, before the adoption', () => {
    expect(read('Antagen av socialnämnden 2025-02-20, § 14. Reviderad med uppföljning 2025-09-30.')).toEqual(['2025-09-30', '2025-02-20']);
    expect(read('Antagen av socialnämnden 2025-02-20, § 14. Reviderad 2025-11-03.')).toEqual(['2025-11-03', '2025-02-20']);
  });

  it('reads no date far after the word as the revision', () => {
    expect(read('Antagen av socialnämnden 2025-02-20, § 14. Reviderad efter synpunkter från brukarråden och pensionärsrådet 2025-09-30.')[0]).toBe('2025-02-20');
  });
});

describe("a range of years that ends the title", () => {
  const periodOf = (title: string) => {
    const blocks: RawBlock[] = [
      { kind: 'heading', text: title, page: null, level: 1 },
      { kind: 'paragraph', text: 'Nämnden har tagit fram planen tillsammans med föreningarna under 2024–2025.', page: null },
    ];
    const p = extract(buildDoc('docx', blocks, { pageCount: null })).metadata.period;
    return p && [p.value.start, p.value.end, p.rule];
  };

  it("is the title's period, however many words stand between the document's word and it", () => {
    expect(periodOf('Handlingsplan för trygga och säkra skolvägar i centrala Haga 2026–2028')).toEqual([2026, 2028, 'period/title-end-title']);
  });

  it('is not a range inside the title, which the prose may then give', () => {
    expect(periodOf('Handlingsplan för trygga skolvägar efter inventeringen 2024–2025 i centrala Haga')?.[2]).not.toBe('period/title-end-title');
  });
});
