import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline/process.js';

/**
 * A worker reads many documents in one process: what it reads from one must not
 * depend on what it read before (a shared pattern's lastIndex, a cache keyed too
 * loosely). Every transcript of the bundled sets is read alone, then again after
 * all the others, and must give the same rows.
 */
const dirs = ['fixtures/unseen2', 'fixtures/unseen3', 'fixtures/unseen4'];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f)));

async function rows(file: string): Promise<string> {
  const r = await processDocument(file, new Uint8Array(readFileSync(file)));
  if (!r.ok) return `failed: ${r.reason}`;
  const x = r.extraction;
  return JSON.stringify([x.focusAreas.map((f) => f.title), x.activities.map((a) => [a.text, a.ownerRaw, a.timeRaw, a.status])]);
}

describe('documents read one after another', () => {
  it('give the rows each gives when read first', async () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    const first = new Map<string, string>();
    for (const f of files) first.set(f, await rows(f));
    // Each document again, right after every other one: what one leaves behind must not reach the next.
    for (const f of files) {
      for (const other of files) {
        if (other === f) continue;
        await rows(other);
        expect({ f, after: other, rows: await rows(f) }).toEqual({ f, after: other, rows: first.get(f) });
      }
    }
  }, 900_000);
});
