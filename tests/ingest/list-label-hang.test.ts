import { describe, expect, it } from 'vitest';
import { textAfterLabel, type Segment } from '../../src/ingest/pdf-lines.js';

/**
 * Where an item's text stands after its list label, on a line a PDF gives as
 * one segment of runs: the label's run, the tab or space after it, the text.
 */
const segment = (parts: Array<[number, string]>): Segment => {
  let text = '';
  const starts = parts.map(([x, t]) => {
    const at = text.length;
    text += t;
    return { x, at };
  });
  return { x: parts[0][0], xEnd: parts[parts.length - 1][0] + 200, text, starts };
};

describe('the text after a list label', () => {
  it('runs from where the run after the label starts to where the first word does', () => {
    expect(textAfterLabel(segment([[56.8, 'Insats 1:'], [115, ' '], [122, 'Bygga ut ledningen']]))).toEqual({ from: 115, to: 122 });
    expect(textAfterLabel(segment([[56.8, '3.'], [74.8, 'Bygga ut ledningen']]))).toEqual({ from: 74.8, to: 74.8 });
    expect(textAfterLabel(segment([[56.8, 'Steg 2.1'], [110, 'Mäta trycket']]))).toEqual({ from: 110, to: 110 });
    expect(textAfterLabel(segment([[56.8, '•'], [63, ' '], [70.9, 'Mäta trycket']]))).toEqual({ from: 63, to: 70.9 });
  });

  it('is none where the line opens with words, or is one run', () => {
    expect(textAfterLabel(segment([[56.8, 'Kommunen ska '], [120, 'bygga ut ledningen']]))).toBeNull();
    expect(textAfterLabel(segment([[56.8, 'Tekniska förvaltningen: '], [160, 'ansvarar']]))).toBeNull();
    expect(textAfterLabel({ x: 56.8, xEnd: 300, text: 'Insats 1: Bygga ut ledningen' })).toBeNull();
  });
});
