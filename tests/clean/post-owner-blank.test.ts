import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { readRowForward } from '../../src/clean/row-sequence.js';

/**
 * A row of a table run into a line whose owner no unit's shape shows (a
 * post, a field's name: 'Äldreomsorgen', 'Rektor Norrskolan') and whose
 * status the document left blank: read with both, as the last reading.
 */
const read = (text: string) => readText(new TextEncoder().encode(text));
const bare = (title: string, pages: string[]) => [title, '', 'Transkript', '', ...pages.flatMap((p, i) => [`${i + 1} ${p}`, ''])].join('\n');
const seed = (title: string, pages: string[]) =>
  [title, '', 'Relevanta dokument', 'Budget 2025', 'Protokoll 2025-03-01', '', 'Transkript:', '', ...pages.flatMap((p, i) => [`${i + 1} (${pages.length}) ${p}`, ''])].join('\n');

describe('an owner by its post before a blank status', () => {
  it('reads the row with the post as owner and the status blank', () => {
    const words = 'Ordna lässtunder för nyanlända elever varje termin Skolbibliotekarie 2026-2027 Utlåningen har ökat.'.split(' ');
    const r = readRowForward(words, ['owner', 'time', 'status', 'comment'], []);
    expect(r?.cells).toMatchObject({ activity: 'Ordna lässtunder för nyanlända elever varje termin', owner: 'Skolbibliotekarie', time: '2026-2027', comment: 'Utlåningen har ökat.' });
    expect(r?.cells.status ?? '').toBe('');
  });

  it('takes no post from the prose a last row ran into', () => {
    // A sentence's end inside: the activity would hold the text after the table.
    const words = 'Redovisa avfallsmängderna i nämndernas rapporter Löpand e Redovisas från augusti 2025. Ekonomi Budget 2024–2026 Totalt 54,5 Fortsatt arbete Inför 2026 prioriteras sorteringen.'.split(' ');
    expect(readRowForward(words, ['owner', 'time', 'status', 'comment'], [])?.cells.owner).not.toBe('Inför');
  });

  it('reads no post after a preposition, nor two blank cells', () => {
    expect(readRowForward('Ordna lässtunder för Skolbibliotekarie 2026-2027 Utlåningen har ökat.'.split(' '), ['owner', 'time', 'status', 'comment'], [])?.cells.owner).not.toBe('Skolbibliotekarie');
    expect(readRowForward('Ordna lässtunder för nyanlända elever Skolbibliotekarie Utlåningen har ökat.'.split(' '), ['owner', 'time', 'status', 'comment'], [])).toBeNull();
  });

  // A reading plan's follow-up in pdfjs's order, row by row: the last row names its owner by a field and leaves its status blank.
  const page = [
    'Uppföljning av läsplanen 2026 Exempelby kommun Planen följs upp varje år. Nr Aktivitet Ansvarig Tid Status Kommentar',
    '1 Starta en bokcirkel för föräldrar på biblioteket Kulturförvaltningen 2026 Pågår Tio deltagare.',
    '2 Köpa in lättlästa böcker till alla skolbibliotek Barn- och utbildningsförvaltningen VT 2026 Genomförd',
    '3 Ordna lässtunder för nyanlända elever varje termin Skolbibliotekarie 2026-2027 Utlåningen har ökat.',
  ].join(' ');
  for (const [form, make] of [
    ['bare form', bare],
    ['seed form', seed],
  ] as const) {
    it(`reads the last row's owner, time and comment with its status blank (${form})`, () => {
      const x = extract(read(make('Uppföljning läsplan 2026', [page, 'Uppföljningen redovisas i januari.'])));
      expect(x.activities.map((a) => a.text)).toEqual([
        'Starta en bokcirkel för föräldrar på biblioteket',
        'Köpa in lättlästa böcker till alla skolbibliotek',
        'Ordna lässtunder för nyanlända elever varje termin',
      ]);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Kulturförvaltningen', 'Barn- och utbildningsförvaltningen', 'Skolbibliotekarie']);
      expect(x.activities.map((a) => a.years)).toEqual([[2026], [2026], [2026, 2027]]);
      expect(x.activities.map((a) => a.status ?? null)).toEqual(['ongoing', 'done', null]);
    });
  }
});
