import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { smallType } from '../../src/extract/constructions/small-type.js';
import { buildView } from '../../src/extract/view/document-view.js';

const skipped = (doc: string) => {
  // The body's own size given too, as a PDF gives every line's.
  const blocks = exampleBlocks(doc).map((b) => (b.kind !== 'row' && b.size === undefined ? { ...b, size: 1 } : b));
  const view = buildView(buildDoc('pdf', blocks, { pageCount: 1 }));
  return smallType.propose!(view).map((p) => view.trimmed(p.block));
};

describe('a line in small type', () => {
  it('is a footnote, unless it ends in a colon right over a list it introduces', () => {
    const doc = ['# Uppföljning', '_ Planen följs upp varje år av miljönämnden.', '_ Till uppföljningen hör dessa indikatorer:', '- Andel som känner sig trygga i centrum', '- Antal anmälda skadegörelser', '_ 1 Enligt trygghetsmätningen 2024:', 'Resultaten redovisas i årsberättelsen.'].join('\n');
    expect(skipped(doc)).toEqual(['Planen följs upp varje år av miljönämnden.', '1 Enligt trygghetsmätningen 2024:']);
  });
});
