import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { standsForStatus, type PlacedPicture } from '../../src/ingest/pdf-pictures.js';
import type { Run } from '../../src/ingest/pdf-lines.js';
import { readFilledShape } from '../../src/ingest/picture.js';
import { processDocument } from '../../src/pipeline/process.js';

/** A drawn dot of a colour at x on the line whose baseline is y (8 pt wide, as a planning system draws them). */
function dot(hex: string, x: number, y: number): PlacedPicture {
  const reading = readFilledShape(hex)!;
  const cool = reading.colour === 'blue' || reading.colour === 'purple';
  return { x1: x, x2: x + 8, y1: y - 1, y2: y + 7, reading, source: 'shape', ...(cool ? { cool } : {}) };
}
const run = (text: string, x: number, y: number): Run => ({ x, xEnd: x + text.length * 5, y, size: 10, text });

const BLUE = '#1565C0';
const PURPLE = '#7B1FA2';

describe('a blue or purple drawn dot stands for a status only where the text says so', () => {
  it('after a status or assessment label with nothing between, whatever the label', () => {
    for (const label of ['Status:', 'Läge:', 'Bedömning:']) {
      const p = dot(BLUE, 130, 500);
      expect(standsForStatus(p, [p], [run(label, 20, 500)])).toBe(true);
    }
    const q = dot(PURPLE, 90, 300);
    expect(standsForStatus(q, [q], [run('Status:', 20, 300), run('Kommentar: Arbetet går enligt plan.', 20, 280)])).toBe(true);
  });

  it('in a line of keys in other colours (a legend)', () => {
    const keys = [dot('#2E7D32', 20, 700), dot(BLUE, 80, 700), dot('#C62828', 140, 700)];
    const words = [run('Klar', 30, 700), run('Pågår', 90, 700), run('Stoppad', 150, 700)];
    expect(standsForStatus(keys[1], keys, words)).toBe(true);
  });

  it('not as a bullet before words, after another label, with text between, or beside one other colour only', () => {
    const bullet = dot(BLUE, 20, 600);
    expect(standsForStatus(bullet, [bullet], [run('Utbilda personalen i brandskydd', 34, 600)])).toBe(false);
    const afterComment = dot(BLUE, 130, 500);
    expect(standsForStatus(afterComment, [afterComment], [run('Kommentar:', 20, 500)])).toBe(false);
    const between = dot(BLUE, 200, 500);
    expect(standsForStatus(between, [between], [run('Status:', 20, 500), run('se nedan', 120, 500)])).toBe(false);
    const pair = [dot('#2E7D32', 20, 400), dot(BLUE, 80, 400)];
    expect(standsForStatus(pair[1], pair, [run('Ja', 30, 400), run('Nej', 90, 400)])).toBe(false);
  });

  it("reads a planning system's report whose statuses are dots keyed by a legend of colours", async () => {
    const file = 'fixtures/unseen18/burlov-uppfoljning-vrakningsforebyggande-delar2-2026.pdf';
    const result = await processDocument(file, new Uint8Array(readFileSync(file)));
    if (!result.ok) throw new Error(result.reason);
    const statuses = new Map(result.extraction.activities.map((a) => [a.text.split(' ').slice(0, 3).join(' '), a.status]));
    expect(statuses.get('Erbjuda alla hushåll')).toBe('ongoing');
    expect(statuses.get('Samla hyresvärdar, Kronofogden')).toBe('ongoing');
    expect(statuses.get('Införa kommunal hyresgaranti')).toBe('not_started');
    expect(statuses.get('Utbilda handläggare inom')).toBe('done');
    expect(statuses.get('Ta fram egen')).toBe('cancelled');
  });
});
