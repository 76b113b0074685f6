import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/core/build-doc.js';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';

const read = (file: string) => readDocument(readFileSync(file), file);

describe('Word tables, lists and text boxes (fixtures/taby-fargstatus.docx)', () => {
  it('gives a vertically merged focus-area cell to every row it spans', async () => {
    const doc = await read('fixtures/taby-fargstatus.docx');
    const rows = doc.blocks.filter((b) => b.kind === 'row' && !b.header && b.cells!.length === 5);
    expect(rows).toHaveLength(29);
    const first = (b: (typeof rows)[number]) => blockText(doc, b.cells![0]);
    expect(rows.slice(0, 10).every((b) => first(b) === '1. Service, bemötande och myndighetsutövning')).toBe(true);
    expect(first(rows[10])).toBe('2. Kommunikation, marknadsföring och dialog');
  });

  it('reads a table nested in a cell as a table of its own, its text only once', async () => {
    const doc = await read('fixtures/taby-fargstatus.docx');
    const dated = doc.blocks.filter((b) => b.kind === 'row' && blockText(doc, b).includes('2020-06-15'));
    expect(dated).toHaveLength(1);
    expect(dated[0].cells!.map((c) => blockText(doc, c))).toEqual(['Datum', '2020-06-15']);
  });

  it("numbers a list that continues after a paragraph as Word does ('3.', not '1.')", async () => {
    const doc = await read('fixtures/taby-fargstatus.docx');
    const item = doc.blocks.find((b) => b.kind === 'item' && blockText(doc, b).startsWith('Företagsklimatmätningen'));
    expect(item?.marker).toBe('3.');
  });

  it('keeps the text of a text box drawn without a VML fallback', async () => {
    const doc = await read('fixtures/taby-fargstatus.docx');
    expect(doc.text).toContain('Grön: genomförs enligt plan.');
    expect(doc.messages.map((m) => m.ruleId)).toContain('ingest/docx-text-box');
  });

  for (const file of ['fixtures/taby-fargstatus.docx', 'fixtures/taby-fargstatus.pdf']) {
    it(`${file}: reads each status cell's fill colour as the traffic light, with the colour as raw value`, async () => {
      const x = extract(await read(file));
      const lights = x.activities.map((a) => [a.track, a.trackRaw, a.trackRule]);
      expect(lights[0]).toEqual(['deviation', '#FFC000', 'track/colour-yellow']);
      expect(lights[2]).toEqual(['off_track', '#FF0000', 'track/colour-red']);
      // The third focus area uses a spreadsheet's pastel fills.
      const third = x.activities.filter((a) => a.focusAreaKey === 2);
      expect(new Set(third.map((a) => a.trackRaw))).toEqual(new Set(['#C6EFCE', '#FFEB9C', '#FFC7CE']));
      expect(x.activities.every((a) => a.status === null)).toBe(true);
    });
  }
});
