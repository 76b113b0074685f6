import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null })).activities.map((a) => [a.text, a.ownerRaw, a.years.join(',')]);

describe("a 'Label: value' line whose label no list names, among a record's field lines", () => {
  it('keeps the record open, so the fields after it are the same activity’s', () => {
    expect(read('# Simhallen\nAktivitet: Förlänga öppettiderna på helger\nAnsvarig: Fritidsförvaltningen\nUtfört: 40 %\nTidplan: 2026\nAktivitet: Erbjuda simskola för vuxna\nAnsvarig: Badmästare\nUtfört: 0 %\nTidplan: 2027')).toEqual([
      ['Förlänga öppettiderna på helger', 'Fritidsförvaltningen', '2026'],
      ['Erbjuda simskola för vuxna', 'Badmästare', '2027'],
    ]);
  });

  it("is no field when its label is a known one: 'Aktivitet:' after the fields opens the next record", () => {
    expect(read('# Simhallen\nAktivitet: Förlänga öppettiderna på helger\nAnsvarig: Fritidsförvaltningen\nNr: 2\nAktivitet: Erbjuda simskola för vuxna\nAnsvarig: Badmästare\nTidplan: 2027').map((a) => a[0])).toEqual(['Förlänga öppettiderna på helger', 'Erbjuda simskola för vuxna']);
  });
});
