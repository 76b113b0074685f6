import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const years = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null })).activities.map((a) => [a.text, a.years.join(',')]);

describe("the time a lead-in's sentence gives the items under it", () => {
  it('gives each item without a time of its own the lead-in’s, whatever the time’s form', () => {
    expect(years('# Badplatser\nUnder 2026–2027 ska fritidsenheten:\n- byta sand på stranden i Ryd\n- sätta upp livbojar vid bryggorna (klart: 2028)\n# Leder\nSenast 2027 ska kommunen:\n- märka ut leden runt sjön\n- bygga en rastplats vid Åby')).toEqual([
      ['byta sand på stranden i Ryd', '2026,2027'],
      ['sätta upp livbojar vid bryggorna', '2028'],
      ['märka ut leden runt sjön', '2027'],
      ['bygga en rastplats vid Åby', '2027'],
    ]);
  });

  it('gives nothing where the lead-in names no time', () => {
    expect(years('# Badplatser\nFritidsenheten ska:\n- byta sand på stranden i Ryd\n- sätta upp livbojar vid bryggorna')).toEqual([
      ['byta sand på stranden i Ryd', ''],
      ['sätta upp livbojar vid bryggorna', ''],
    ]);
  });
});
