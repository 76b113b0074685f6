import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';

/** A follow-up of an adopted plan: its own date, and its adoption's. */
const read = (line: string, title = 'Uppföljning av handlingsplan för ensamhet bland äldre 2025–2027') => {
  const blocks: RawBlock[] = [
    { kind: 'heading', text: title, page: null, level: 1 },
    { kind: 'paragraph', text: line, page: null },
    { kind: 'paragraph', text: 'Av planens nio aktiviteter är fyra genomförda och fem pågår.', page: null },
  ];
  const m = extract(buildDoc('docx', blocks, { pageCount: null })).metadata;
  return [m.documentDate?.value, m.adopted?.value.date];
};

describe("a follow-up's own date, not its plan's adoption", () => {
  it('is the day a planning system made the report', () => {
    expect(read('Rapport skapad 2024-04-03 10:12 · Äldrenämnden. Planen antogs av äldrenämnden 2023-11-14, § 88.')).toEqual(['2024-04-03', '2023-11-14']);
  });

  it('is the day a report to a body is dated, its word for a report of any kind', () => {
    expect(read('Lägesrapport till äldrenämnden 2024-05-06. Planen antogs av äldrenämnden 2023-11-14, § 88.')).toEqual(['2024-05-06', '2023-11-14']);
    expect(read('Delårsrapport 2024-08-20. Planen antogs av äldrenämnden 2023-11-14.')).toEqual(['2024-08-20', '2023-11-14']);
  });

  it("is a labelled 'Datum:' among other words", () => {
    expect(read('Äldreförvaltningen Datum: 2024-03-11 Dnr ÄN 2024/17. Planen antogs av äldrenämnden 2023-11-14.')).toEqual(['2024-03-11', '2023-11-14']);
  });

  it('is the day it reports on, where it names no later day of its own', () => {
    expect(read('Uppföljning per 2024-06-30. Fastställd av äldrenämnden 2023-11-14, § 88.')).toEqual(['2024-06-30', '2023-11-14']);
    expect(read('Tabellen visar status per den 31 augusti 2024. Planen antogs av äldrenämnden 2023-11-14.')).toEqual(['2024-08-31', '2023-11-14']);
    expect(read('Uppföljning per 2024-06-30. Rapport skapad 2024-07-08. Planen antogs av äldrenämnden 2023-11-14.')[0]).toBe('2024-07-08');
  });

  it('is no report still to come, nor a startdatum or a count per year', () => {
    expect(read('Nästa lägesrapport per 2025-02-28 lämnas till nämnden. Planen antogs av äldrenämnden 2023-11-14.')[0]).toBe('2023-11-14');
    expect(read('Startdatum 2024-01-01. Planen antogs av äldrenämnden 2023-11-14.')[0]).toBe('2023-11-14');
    expect(read('Två träffar per månad sedan 2024-01-15. Planen antogs av äldrenämnden 2023-11-14.')[0]).toBe('2023-11-14');
  });
});
