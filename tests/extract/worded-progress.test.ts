import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (markdown: string) => extract(buildDoc('text', exampleBlocks(markdown), { pageCount: null })).activities;

/** A column of shares done ('Klart', 'Färdigt %', 'Andel klart') where a row writes a word instead of a share. */
describe('a word in a column of shares says the status', () => {
  it("reads 'Löpande' under a header that names a time, whose cells are shares", () => {
    const activities = read([
      '# Vattenplan',
      '| Åtgärd | Ansvar | Tid | Klart |',
      '| Provta vattnet i alla badsjöar | Miljöenheten | 2026 | 100 % |',
      '| Byta ut ledningarna under Storgatan | VA-enheten | 2026–2027 | 40 % |',
      '| Rensa dagvattendammarna | VA-enheten | 2027 | 0 % |',
      '| Spola avloppsledningarna i centrum | VA-enheten | Årligen | Löpande |',
    ].join('\n'));
    expect(activities.map((a) => a.status)).toEqual(['done', 'ongoing', 'not_started', 'ongoing']);
    expect(activities.map((a) => a.progress)).toEqual([1, 0.4, 0, null]);
  });

  it('reads a status word, a continuing one other than Löpande, and a share with its sign set apart', () => {
    const activities = read([
      '# Kulturplan',
      '| Insats | Ansvarig | Färdigt % |',
      '| Digitalisera bildarkivet | Arkivet | 60 % |',
      '| Starta en konstrunda | Kulturenheten | Pågår |',
      '| Hålla biblioteket öppet på söndagar | Biblioteket | Stående |',
      '| Köpa in en ny bokbuss | Biblioteket | Ej påbörjad |',
    ].join('\n'));
    expect(activities.map((a) => a.status)).toEqual(['ongoing', 'ongoing', 'ongoing', 'not_started']);
  });

  it('gives no status from an empty cell, a dash, or a column of times', () => {
    const activities = read([
      '# Kulturplan',
      '| Insats | Ansvarig | När | Klart |',
      '| Digitalisera bildarkivet | Arkivet | 2026 | 60 % |',
      '| Renovera hembygdsgården | Fastighetsenheten | 2026 | 20 % |',
      '| Laga orgeln i kyrkan | Kulturenheten | 2027 | 10 % |',
      '| Starta en konstrunda | Kulturenheten | Löpande | |',
      '| Köpa in en ny bokbuss | Biblioteket | 2027 | – |',
    ].join('\n'));
    expect(activities.map((a) => a.status)).toEqual(['ongoing', 'ongoing', 'ongoing', null, null]);
  });
});
