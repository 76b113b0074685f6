import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';
import { REPORTED_SPEECH } from '../../src/lang/list-content.js';

const texts = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null })).activities.map((a) => a.text);

describe("a news page's quotation set as an item after the plan's list", () => {
  it('is speech, not an action, whatever its first word, the speaker named with or without a role', () => {
    expect(texts('# Parker\n- plantera träd i Ekparken\n- byta bänkarna vid dammen\n- Träden gör parken svalare på sommaren, säger Anna Berg, ordförande i tekniska nämnden.')).toEqual(['plantera träd i Ekparken', 'byta bänkarna vid dammen']);
    expect(texts('# Skolgårdar\n- bygga en ny klätterställning i Ås\n- måla linjer för hopprep\n- Satsa på barnen, det lönar sig, menar rektorn Per Ek')).toEqual(['bygga en ny klätterställning i Ås', 'måla linjer för hopprep']);
  });

  it("keeps an action that speaks of what someone says, and a quotation's pattern holds only where the speaker closes it", () => {
    expect(texts('# Bemötande\n- ta fram en rutin för vad personalen säger till föräldrar\n- utbilda personalen i bemötande')).toEqual(['ta fram en rutin för vad personalen säger till föräldrar', 'utbilda personalen i bemötande']);
    expect(REPORTED_SPEECH.pattern.test('Vi vill ha fler bänkar, säger Eva Ek.')).toBe(true);
    expect(REPORTED_SPEECH.pattern.test('ta fram en rutin för vad personalen säger till föräldrar')).toBe(false);
  });
});
