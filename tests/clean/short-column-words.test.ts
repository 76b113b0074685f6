import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { headerRole } from '../../src/clean/header-role.js';

/**
 * A spreadsheet's head names its columns in short forms: 'Ansv' or 'Ansv.'
 * for the owner, '% klart' or '% genomfört' for how much is done. A transcript
 * that ran the sheet into a line is read as a table only when those words are
 * column words.
 */
const read = (text: string) => readText(new TextEncoder().encode(text));
const bare = (title: string, pages: string[]) => [title, '', 'Transkript', '', ...pages.flatMap((p, i) => [`${i + 1} ${p}`, ''])].join('\n');
const seed = (title: string, pages: string[]) =>
  [title, '', 'Relevanta dokument', 'Budget 2025', 'Protokoll 2025-03-01', '', 'Transkript:', '', ...pages.flatMap((p, i) => [`${i + 1} (${pages.length}) ${p}`, ''])].join('\n');

describe('short column words of a sheet', () => {
  it('names the owner and the share done', () => {
    expect(headerRole('Ansv').role).toBe('owner');
    expect(headerRole('Ansv.').role).toBe('owner');
    expect(headerRole('% klart').role).toBe('progress');
    // 'genomfört' alone names a status column: either role reads a percentage.
    expect(['progress', 'status']).toContain(headerRole('% genomfört').role);
  });

  // A bathing-site plan kept as a sheet: the area column filled on the first row of its group only, a share done per row.
  const rows = [
    ['Tillgängliga bad', '1.1', 'Bygga en ramp ner till vattnet vid Sjöviken', 'FTK', '2027-06-15', '100 %', 'Klar före midsommar'],
    ['', '1.2', 'Köpa in en badrullstol till Norrstrand', 'FTK', 'maj 2027', '50 %', ''],
    ['', '1.3', 'Märka ut djupet vid bryggorna', 'TEK', '2027-09-30', '0 %', 'Flyttas till hösten'],
    ['Rena stränder', '2.1', 'Ställa ut sopkärl med lock på alla badplatser', 'TEK', 'juni 2027', '100 %', ''],
    ['', '2.2', 'Ordna strandstädning med föreningar varje vår', 'FRI', '2027-05-31', '100 %', 'Fyra föreningar deltog'],
  ];
  /** The sheet run into one line, its cells in the order `order` gives (indexes into a row). */
  const sheet = (head: string, order: number[]) =>
    `Aktivitetsplan badplatser 2027 Uppföljning per 2027-08-31 ${head} ${rows.map((r) => order.map((i) => r[i]).filter(Boolean).join(' ')).join(' ')} Förkortningar: FTK = Fastighetskontoret; TEK = Tekniska kontoret; FRI = Fritidskontoret`;
  for (const [name, head, order] of [
    ['Ansv and % klart', 'Område Nr Aktivitet Ansv Klart senast % klart Kommentar', [0, 1, 2, 3, 4, 5, 6]],
    ["'Ansv.' with its point and '% genomfört'", 'Område Nr Aktivitet Ansv. Klart senast % genomfört Kommentar', [0, 1, 2, 3, 4, 5, 6]],
    ['no comment column, the share before the time', 'Område Nr Aktivitet Ansv % klart Klart senast', [0, 1, 2, 3, 5, 4]],
  ] as const) {
    for (const [form, make] of [
      ['bare form', bare],
      ['seed form', seed],
    ] as const) {
      it(`reads the sheet's rows with their owners, times and shares (${name}, ${form})`, () => {
        const x = extract(read(make('Aktivitetsplan badplatser 2027', [sheet(head, [...order])])));
        expect(x.activities.map((a) => a.text)).toEqual(rows.map((r) => r[2]));
        expect(x.activities.map((a) => a.ownerRaw)).toEqual(['FTK', 'FTK', 'TEK', 'TEK', 'FRI']);
        expect(x.activities.map((a) => a.years)).toEqual([[2027], [2027], [2027], [2027], [2027]]);
        expect(x.activities.map((a) => a.status)).toEqual(['done', 'ongoing', 'not_started', 'done', 'done']);
        expect(x.focusAreas.map((f) => f.title)).toEqual(['Tillgängliga bad', 'Rena stränder']);
      });
    }
  }

  it('takes no head from a share done written in a sentence', () => {
    const text = bare('Lägesrapport badplatser', [
      'Lägesrapport badplatser 2027 Rampen vid Sjöviken är 100 % klart och badrullstolen är beställd. Ansv för uppföljningen har Fritidskontoret. Tekniska kontoret ställer ut sopkärl i juni 2027.',
    ]);
    const doc = read(text);
    expect(doc.blocks.some((b) => b.kind === 'row')).toBe(false);
    expect(extract(doc).activities.filter((a) => a.ownerRaw || a.status)).toEqual([]);
  });
});

describe('a head that names no activity column', () => {
  // A playground plan's follow-up: a place column whose word ('Lokal') names no field splits the head before the owner's word.
  const rows = [
    '1.1 Byta sand i sandlådorna på förskolorna Solgläntan PE 100 % Klart i maj.',
    '1.2 Sätta upp nya gungor i parken vid torget Ekparken PE/TE 50 %',
    '2.1 Måla om klätterställningen vid skolan Norrskolan TE 0 % Väntar på färg.',
  ];
  const page = `Uppföljning lekplatsplan 2026 Exempelby kommun Nr Åtgärd Lokal Ansvar % klart Kommentar Område 1: Förskolor ${rows.slice(0, 2).join(' ')} Område 2: Skolor ${rows[2]} Förkortningar: PE = Parkenheten, TE = Tekniska enheten`;
  for (const [form, make] of [
    ['bare form', bare],
    ['seed form', seed],
  ] as const) {
    it(`heads no table whose rows would lose their actions: the items stay (${form})`, () => {
      const doc = read(make('Uppföljning lekplatsplan 2026', [page]));
      expect(doc.blocks.some((b) => b.kind === 'row' && b.header)).toBe(false);
      expect(extract(doc).activities.map((a) => a.text.split(' ').slice(0, 2).join(' '))).toEqual(['Byta sand', 'Sätta upp', 'Måla om']);
    });
  }
});
