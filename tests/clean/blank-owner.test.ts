import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { readBlankOwner } from '../../src/clean/blank-owner.js';

/** A row of a table run into a line whose owner cell the document left blank. */
const read = (text: string) => readText(new TextEncoder().encode(text));
const bare = (title: string, pages: string[]) => [title, '', 'Transkript', '', ...pages.flatMap((p, i) => [`${i + 1} ${p}`, ''])].join('\n');
const seed = (title: string, pages: string[]) =>
  [title, '', 'Relevanta dokument', 'Budget 2025', 'Protokoll 2025-03-01', '', 'Transkript:', '', ...pages.flatMap((p, i) => [`${i + 1} (${pages.length}) ${p}`, ''])].join('\n');
const words = (text: string) => text.split(' ');

describe('readBlankOwner', () => {
  it('reads a row whose activity runs straight into its time', () => {
    const r = readBlankOwner(words('Se över taxorna för säsongsplatser 2027-12-31 Pågår'), ['owner', 'time', 'status'], []);
    expect(r?.cells).toMatchObject({ activity: 'Se över taxorna för säsongsplatser', owner: '', time: '2027-12-31', status: 'Pågår' });
  });

  it('reads the comment after the typed cells as the row’s', () => {
    const r = readBlankOwner(words('Byta belysning i gångtunneln vid stationen HT 2027 40 % Offert begärd'), ['owner', 'time', 'progress', 'comment'], []);
    expect(r?.cells).toMatchObject({ owner: '', time: 'HT 2027', progress: '40 %', comment: 'Offert begärd' });
  });

  it('reads no row where a capital after a lower-case word may be an owner the typer cannot see', () => {
    expect(readBlankOwner(words('Starta läxhjälp för unga Fritidsgården 2027 Pågår'), ['owner', 'time', 'status'], [])).toBeNull();
    expect(readBlankOwner(words('Starta läxhjälp för unga Kultur och fritid 2027 Pågår'), ['owner', 'time', 'status'], [])).toBeNull();
  });

  it('reads no row that ends its activity on an abbreviation, nor one with a second blank cell', () => {
    expect(readBlankOwner(words('Rusta upp lekplatsen vid skolan TKF 2027 Pågår'), ['owner', 'time', 'status'], [])).toBeNull();
    expect(readBlankOwner(words('Rusta upp lekplatsen vid skolan Pågår'), ['owner', 'time', 'status'], [])).toBeNull();
  });
});

describe('a transcript table with a blank owner cell', () => {
  // A cycling plan: one row names no owner.
  const row = (nr: string, text: string, owner: string, time: string, status: string, comment: string) => [nr, text, owner, time, status, comment].filter(Boolean).join(' ');
  const rows = [
    row('1', 'Bygga en cykelbana längs Strandvägen', 'Gatuenheten', '2027', 'Pågår', 'Etapp ett klar.'),
    row('2', 'Sätta upp cykelpumpar vid skolorna', 'Gatuenheten', 'VT 2027', 'Genomförd', ''),
    row('3', 'Se över vinterväghållningen av cykelstråken', '', '2027-12-31', 'Ej påbörjad', ''),
    row('4', 'Ordna en cykelvecka för skolbarn', 'Fritidsenheten', 'HT 2027', 'Påbörjad', 'Datum är satt.'),
  ];
  const page = (head: string, body: string[]) => `Cykelplan 2027 Exempelby kommun Planen följs upp varje halvår. ${head} ${body.join(' ')} Uppföljningen redovisas för tekniska nämnden i januari.`;
  // Without a comment column every cell is typed: the rows are read back from their ends.
  const typedOnly = rows.map((r) => r.replace(/ (?:Etapp ett klar|Datum är satt)\.$/, ''));
  for (const [name, head, body] of [
    ['with a comment column', 'Nr Aktivitet Ansvarig Tid Status Kommentar', rows],
    ['owner named Ansvar', 'Nr Aktivitet Ansvar Tid Status Kommentar', rows],
    ['no comment column', 'Nr Aktivitet Ansvarig Tid Status', typedOnly],
  ] as const) {
    for (const [form, make] of [
      ['bare form', bare],
      ['seed form', seed],
    ] as const) {
      it(`reads the row without its owner and keeps its time and status (${name}, ${form})`, () => {
        const x = extract(read(make('Cykelplan 2027', [page(head, [...body])])));
        expect(x.activities.map((a) => a.text)).toEqual([
          'Bygga en cykelbana längs Strandvägen',
          'Sätta upp cykelpumpar vid skolorna',
          'Se över vinterväghållningen av cykelstråken',
          'Ordna en cykelvecka för skolbarn',
        ]);
        expect(x.activities.map((a) => a.ownerRaw ?? null)).toEqual(['Gatuenheten', 'Gatuenheten', null, 'Fritidsenheten']);
        expect(x.activities.map((a) => a.years)).toEqual([[2027], [2027], [2027], [2027]]);
        expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'done', 'not_started', 'started']);
      });
    }
  }
});
