import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

/**
 * A table a plain PDF-to-text order gave block by block: actions of a few
 * rows, the typed columns' head, the cells of the rows read so far (a
 * comment among them), more actions, more cells.
 */
const read = (text: string) => readText(new TextEncoder().encode(text));
const bare = (title: string, pages: string[]) => [title, '', 'Transkript', '', ...pages.flatMap((p, i) => [`${i + 1} ${p}`, ''])].join('\n');
const seed = (title: string, pages: string[]) =>
  [title, '', 'Relevanta dokument', 'Budget 2025', 'Protokoll 2025-03-01', '', 'Transkript:', '', ...pages.flatMap((p, i) => [`${i + 1} (${pages.length}) ${p}`, ''])].join('\n');

// A trail plan's follow-up: six rows under two labelled areas.
const actions = [
  'Röja sly längs vandringsleden runt Storsjön',
  'Bygga en spång över myren vid badplatsen',
  'Sätta upp nya skyltar vid parkeringen',
  'Ordna guidade vandringar för skolklasser',
  'Ta fram en karta över leden i appen',
  'Laga rastplatsens vindskydd',
];
const OWNERS = ['Parkenheten', 'Fritid och idrott', 'Parkenheten', 'Naturskolan', 'Kommunikationsenheten', 'Parkenheten'];
const intro = 'Uppföljning av friluftsplanen 2027 Exempelby kommun Planen följs upp varje år. Nr Aktivitet';
const end = 'Uppföljningen redovisas för fritidsnämnden i februari 2028.';

/** The order a plain PDF-to-text tool gives: two rows' actions, the head, their cells, and so on; the table ends its page. */
const popplerOrder = (cells: string[]) =>
  [
    intro,
    `Område 1: Leder 1.1 ${actions[0]} 1.2 ${actions[1]} Ansvarig Tid Status ${cells[0]} Halva leden är röjd. ${cells[1]}`,
    `1.3 ${actions[2]} ${cells[2]} Skyltarna är beställda. Område 2: Besökare 2.1 ${actions[3]} 2.2 ${actions[4]} ${cells[3]} ${cells[4]}`,
    `2.3 ${cells[5]} ${actions[5]}`,
  ].join(' ');

const CELLS = ['Parkenheten 2027 Pågår', 'Fritid och idrott HT 2027 Ej påbörjad', 'Parkenheten 202705-31 Genomförd', 'Naturskolan Löpande Pågår', 'Kommunikationsenheten VT 2028 Försenad', 'Parkenheten 2027–2028 Påbörjad'];

describe('typed cells set among the rows by a plain reading order', () => {
  for (const [form, make] of [
    ['bare form', bare],
    ['seed form', seed],
  ] as const) {
    it(`pairs each group of cells with its row in order (${form})`, () => {
      const x = extract(read(make('Uppföljning friluftsplan 2027', [popplerOrder(CELLS), end])));
      expect(x.activities.map((a) => a.text)).toEqual(actions);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(OWNERS);
      // '202705-31' is a day whose hyphen a line break took: 2027.
      expect(x.activities.map((a) => a.years)).toEqual([[2027], [2027], [2027], [], [2028], [2027, 2028]]);
      expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'not_started', 'done', 'ongoing', 'ongoing', 'started']);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Leder', 'Besökare']);
    });
  }

  it('reads a row whose status cell is blank', () => {
    const cells = [...CELLS];
    cells[1] = 'Fritid och idrott HT 2027';
    const x = extract(read(bare('Uppföljning friluftsplan 2027', [popplerOrder(cells), end])));
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(OWNERS);
    expect(x.activities.map((a) => a.status ?? null)).toEqual(['ongoing', null, 'done', 'ongoing', 'ongoing', 'started']);
  });

  it('reads a head in another order, the time before the owner', () => {
    const cells = CELLS.map((c) => c.replace(/^(.+?) ((?:HT |VT )?\d\S*|Löpande) (.+)$/, '$2 $1 $3'));
    // The last row's cells after its action: an id before a time is cut from the text by no reader.
    const text = popplerOrder(cells).replace('Ansvarig Tid Status', 'Tid Ansvarig Status').replace(`${cells[5]} ${actions[5]}`, `${actions[5]} ${cells[5]}`);
    const x = extract(read(bare('Uppföljning friluftsplan 2027', [text, end])));
    expect(x.activities.map((a) => a.text)).toEqual(actions);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(OWNERS);
    expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'not_started', 'done', 'ongoing', 'ongoing', 'started']);
  });

  it('pairs nothing where a row gives no cells at all, and keeps the rows and the cells as text', () => {
    const cells = [...CELLS];
    cells[3] = '';
    const doc = read(bare('Uppföljning friluftsplan 2027', [popplerOrder(cells), end]));
    expect(doc.messages.some((m) => m.ruleId === 'clean/interleaved-cells' && /not paired/.test(m.reason))).toBe(true);
    expect(doc.text).toContain('Kommunikationsenheten VT 2028 Försenad');
    expect(extract(doc).activities.map((a) => a.ownerRaw ?? null)).not.toEqual(OWNERS);
  });

  it('takes no cells from a sentence with a time and a unit after numbered items without a head', () => {
    const text = bare('Friluftsplan 2027', [
      `Friluftsplan 2027 Exempelby kommun 1.1 ${actions[0]} 1.2 ${actions[1]} 1.3 ${actions[2]} Parkenheten ansvarar för leden och arbetet ska vara klart under hösten 2027. Fritid och idrott följer upp planen.`,
    ]);
    const doc = read(text);
    expect(doc.blocks.some((b) => b.kind === 'row')).toBe(false);
  });

  it('takes no time from inside a comment sentence', () => {
    const cells = [...CELLS];
    const text = popplerOrder(cells).replace('Halva leden är röjd.', 'Arbetet flyttas till hösten 2027 och följs upp.');
    const x = extract(read(bare('Uppföljning friluftsplan 2027', [text, end])));
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(OWNERS);
  });
});

describe('the same table in the row-by-row order pdfjs gives', () => {
  it('is read by the run-on table reader as before', () => {
    const rows = actions.map((a, k) => `${['1.1', '1.2', '1.3', '2.1', '2.2', '2.3'][k]} ${a} ${CELLS[k].replace('202705-31', '2027-05-31')}`);
    const text = `${intro} Ansvarig Tid Status Område 1: Leder ${rows.slice(0, 3).join(' ')} Område 2: Besökare ${rows.slice(3).join(' ')}`;
    const x = extract(read(seed('Uppföljning friluftsplan 2027', [text, end])));
    expect(x.activities.map((a) => a.text)).toEqual(actions);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(OWNERS);
  });
});
