import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';
import { emptyFieldLine } from '../../src/extract/outline/fields.js';

describe("a field label left empty in a planning system's record ('Status:')", () => {
  it('reads the label as an empty field, and a line that is no field label as none', () => {
    expect(emptyFieldLine('Status:')?.map((f) => [f.role, f.value])).toEqual([['status', '']]);
    expect(emptyFieldLine('Ansvarig :')?.map((f) => f.role)).toEqual(['owner']);
    expect(emptyFieldLine('Vi ska:')).toBeNull();
    expect(emptyFieldLine('Status: Pågår')).toBeNull();
  });

  it("keeps the record's later fields with its activity: the light and a status the comment states", () => {
    const doc = '# Idrottsplatser\n1. Byta konstgräs på Norrvallen\nAnsvarig: Fritidsförvaltningen\nStatus:\nBedömning: Gul\nKommentar: Arbetet pågår men leveransen är sen.\n2. Bygga omklädningsrum vid Södervallen\nAnsvarig: Fastighetsavdelningen\nStatus: Ej påbörjad\nBedömning: Grön';
    const got = extract(buildDoc('text', exampleBlocks(doc), { pageCount: null })).activities.map((a) => [a.text, a.status, a.track]);
    expect(got).toEqual([
      ['Byta konstgräs på Norrvallen', 'ongoing', 'deviation'],
      ['Bygga omklädningsrum vid Södervallen', 'not_started', 'on_track'],
    ]);
  });
});
