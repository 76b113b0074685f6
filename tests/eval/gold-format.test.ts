import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold } from '../../src/eval/gold.js';

describe('reading a gold file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-gold-'));
  const write = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };

  it('reads a file in the gold format', () => {
    const file = write('ok.json', JSON.stringify({
      source: 'plan.pdf', municipality: { name: 'Mora kommun', code: '2062' }, doc_type: 'handlingsplan',
      focus_areas: [{ n: 1, title: 'Friluftsliv för alla' }],
      activities: [{ fa: 1, text: 'Rusta upp vindskydden vid sjön', owner: 'Tekniska förvaltningen', status: 'ongoing' }],
    }));
    const read = readGold(file);
    expect(read.ok && read.gold.activities[0]!.status).toBe('ongoing');
  });

  it('names the faults of a file that does not follow the format, by their path', () => {
    const file = write('bad.json', JSON.stringify({
      source: 'plan.pdf', municipality: { name: 'Mora kommun', code: '2062' }, doc_type: 'handlingsplan', focus_areas: [],
      activities: [{ fa: 1, text: 'Rusta upp vindskydden', owner: null, status: null, track: 'green' }],
    }));
    const read = readGold(file);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(/activities\.0\.track/);
  });

  it('says when a file is not JSON', () => {
    const read = readGold(write('broken.json', '{ "source": '));
    expect(!read.ok && read.reason).toMatch(/expected JSON/);
  });
});
