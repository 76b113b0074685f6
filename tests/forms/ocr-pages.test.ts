import { describe, expect, it } from 'vitest';
import { transcript } from '../../scripts/forms/derive.js';
import { withoutOcrPages } from '../../scripts/forms/harness.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

/**
 * A transcript is made from a PDF's text layer. Activities the PDF's reader
 * took from OCR (a scanned page, a table pasted as a picture) cannot be in it:
 * the harness leaves them out of the comparison and counts them instead.
 */
describe('activities read by OCR are not compared with a transcript', () => {
  const pages = [
    'Avfallsplan för Norrby kommun 2025–2030 Antagen av kommunfullmäktige 2025-02-10.',
    'Fokusområde 1: Minska avfallet • Införa matavfallsinsamling i alla flerbostadshus. • Starta en återbruksbutik vid återvinningscentralen.',
    'Fokusområde 2: Nedskräpning • Ställa ut fler papperskorgar i centrum. • Genomföra en skräpplockardag varje vår.',
  ];
  const doc = readText(new TextEncoder().encode(transcript(pages, 'bare')));
  const x = extract(doc);

  it('keeps every activity of a document with no page read by OCR', () => {
    expect(x.activities).toHaveLength(4);
    expect(withoutOcrPages(x, doc)).toBe(x);
  });

  it('leaves out the activities of a page read whole by OCR, or of one whose picture of text was', () => {
    expect(withoutOcrPages(x, { ...doc, ocrPages: [2] }).activities.map((a) => a.page)).toEqual([3, 3]);
    expect(withoutOcrPages(x, { ...doc, imageOcrPages: [3] }).activities.map((a) => a.page)).toEqual([2, 2]);
  });
});
