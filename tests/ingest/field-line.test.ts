import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/core/build-doc.js';
import { readDocument } from '../../src/ingest/read.js';
import { processDocument } from '../../src/pipeline/process.js';
import { writePdf, type TextLine } from '../../scripts/fixtures/pdf-writer.js';

/**
 * An action plan whose items each have a line of fields set in tab stops,
 * as a word processor lays 'Ansvar: …  Klart: …  Status: …' out: every piece
 * of a field line given at the x of its tab stop.
 */
function plan(fieldLines: string[][]): Buffer {
  const actions = ['Kartlägga skolvägarna med elevrådet', 'Sänka hastigheten vid Norrskolan till 30 km/h', 'Bygga en gångbana längs Kvarnvägen'];
  const lines: TextLine[] = [
    { x: 60, y: 780, size: 16, text: 'Trafiksäkerhetsplan 2026' },
    { x: 60, y: 750, size: 12, text: 'Område 1. Säkra skolvägar' },
    { x: 60, y: 730, size: 10, text: 'Vi ska:' },
  ];
  let y = 712;
  actions.forEach((action, i) => {
    lines.push({ x: 72, y, size: 10, text: `• ${action}` });
    y -= 13;
    fieldLines[i].forEach((piece, k) => piece && lines.push({ x: [84, 300, 450][k], y, size: 8.5, text: piece }));
    y -= 20;
  });
  return writePdf([{ width: 595, height: 842, lines }], 'Trafiksäkerhetsplan');
}

async function rows(pdf: Buffer) {
  const result = await processDocument('plan.pdf', new Uint8Array(pdf));
  if (!result.ok) throw new Error(result.reason);
  return result.extraction.activities.map((a) => ({ text: a.text, owner: a.ownerRaw, status: a.status }));
}

describe('a line of labelled fields set in tab stops', () => {
  it('is the fields of the item above, not a table row that takes the next item for a cell', async () => {
    const pdf = plan([
      ['Ansvar: Trafikenheten', 'Klart: 2026', 'Status: Pågår'],
      ['Ansvar: Gatuenheten', 'Klart: VT 2026', 'Status: Klar'],
      ['Ansvar: Gatuenheten', 'Klart: 2027', 'Status: Ej påbörjad'],
    ]);
    const doc = await readDocument(pdf, 'plan.pdf');
    expect(doc.blocks.filter((b) => b.kind === 'row')).toEqual([]);
    expect(doc.blocks.map((b) => blockText(doc, b))).toContain('Ansvar: Gatuenheten Klart: VT 2026 Status: Klar');
    expect(await rows(pdf)).toEqual([
      { text: 'Kartlägga skolvägarna med elevrådet', owner: 'Trafikenheten', status: 'ongoing' },
      { text: 'Sänka hastigheten vid Norrskolan till 30 km/h', owner: 'Gatuenheten', status: 'done' },
      { text: 'Bygga en gångbana längs Kvarnvägen', owner: 'Gatuenheten', status: 'not_started' },
    ]);
  });

  it('reads other labels, a missing field and a piece whose label was lost', async () => {
    const pdf = plan([
      ['Ansvarig: Trafikenheten', 'Tidplan: 2026', 'Läge: Pågår'],
      ['Ansvarig: Gatuenheten', '', 'Läge: Klar'],
      ['Ansvarig: Gatuenheten', 'Tidplan: 2027', 'Ej påbörjad'],
    ]);
    const doc = await readDocument(pdf, 'plan.pdf');
    expect(doc.blocks.filter((b) => b.kind === 'row')).toEqual([]);
    expect((await rows(pdf)).map((r) => [r.text, r.owner])).toEqual([
      ['Kartlägga skolvägarna med elevrådet', 'Trafikenheten'],
      ['Sänka hastigheten vid Norrskolan till 30 km/h', 'Gatuenheten'],
      ['Bygga en gångbana längs Kvarnvägen', 'Gatuenheten'],
    ]);
  });

  it('leaves a table a table: a header of bare labels, and a record whose labels stand alone in their cells', async () => {
    const table = (pieces: string[][]) => writePdf([{ width: 595, height: 842, lines: [{ x: 60, y: 780, size: 16, text: 'Plan' }, ...pieces.flatMap((row, i) => row.map((text, k): TextLine => ({ x: [60, 300, 450][k], y: 750 - i * 14, size: 10, text })))] }], 'Plan');
    const header = await readDocument(table([['Åtgärd', 'Ansvar', 'Klart'], ['Kartlägga skolvägarna', 'Trafikenheten', '2026'], ['Bygga en gångbana', 'Gatuenheten', '2027']]), 'a.pdf');
    expect(header.blocks.filter((b) => b.kind === 'row').length).toBe(3);
    const record = await readDocument(table([['Aktivitet:', 'Kartlägga skolvägarna', ''], ['Ansvarig:', 'Trafikenheten', 'Status:'], ['Aktivitet:', 'Bygga en gångbana', '']]), 'b.pdf');
    expect(record.blocks.some((b) => b.kind === 'row' || blockText(record, b).startsWith('Aktivitet:'))).toBe(true);
  });
});
