import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { comparePlans, groupDifferences } from '../../src/eval/plan-diff.js';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';

const read = async (file: string) => extract(await readDocument(new Uint8Array(readFileSync(file)), file));

describe('comparing the plans of two readings', () => {
  it('finds no difference between a plan and itself', async () => {
    const x = await read('fixtures/taby-fargstatus.docx');
    const diff = comparePlans(x, x);
    expect(x.activities.length).toBeGreaterThan(10);
    expect(diff.differences).toEqual([]);
    expect(diff.equalShare).toBe(1);
  });

  it('names what a second reading lost, gained or changed, by the construction that made the row', async () => {
    const ref = await read('fixtures/taby-fargstatus.docx');
    const other: Extraction = structuredClone(ref);
    const [first, second, third, fourth] = other.activities;
    other.activities = other.activities.filter((a) => a !== first);
    second.ownerRaw = second.ownerRaw === null ? 'Tekniska förvaltningen' : null;
    third.status = third.status === 'done' ? 'ongoing' : 'done';
    fourth.years = [1999];
    const diff = comparePlans(ref, other);
    const kinds = diff.differences.map((d) => d.kind);
    expect(kinds).toContain('missing activity');
    expect(kinds).toContain(ref.activities[1].ownerRaw === null ? 'owner gained' : 'owner lost');
    expect(kinds).toContain(ref.activities[2].status === null ? 'status gained' : 'status differs');
    expect(kinds).toContain(ref.activities[3].years.length ? 'years differ' : 'years gained');
    expect(diff.matched).toBe(ref.activities.length - 1);
    expect(diff.equalShare).toBeCloseTo((ref.activities.length - 4) / ref.activities.length, 5);
    const groups = groupDifferences(diff.differences);
    expect(Object.keys(groups['missing activity'])).toEqual([ref.activities[0].rule.split('+')[0]]);
  });

  it('leaves traffic lights out when told to (a transcript has no colours)', async () => {
    const ref = await read('fixtures/taby-fargstatus.docx');
    const other: Extraction = structuredClone(ref);
    for (const a of other.activities) a.track = null;
    expect(ref.activities.some((a) => a.track !== null)).toBe(true);
    expect(comparePlans(ref, other).differences.some((d) => d.kind === 'track lost')).toBe(true);
    expect(comparePlans(ref, other, { track: false }).differences).toEqual([]);
  });
});

describe('a status the source showed only as a drawing', () => {
  it('is left out when told to (a transcript holds the text alone), and a worded status is still compared', async () => {
    const ref = await read('fixtures/ljungby-vektorstatus.pdf');
    expect(ref.activities.length).toBeGreaterThan(3);
    expect(ref.activities.every((a) => a.statusSource === 'bar')).toBe(true);
    const other: Extraction = structuredClone(ref);
    for (const a of other.activities) a.status = null;
    expect(comparePlans(ref, other).differences.filter((d) => d.kind === 'status lost')).toHaveLength(ref.activities.length);
    expect(comparePlans(ref, other, { graphicStatus: false }).differences).toEqual([]);
    // A status read from words is text a transcript carries: losing it is still a difference.
    const worded: Extraction = structuredClone(ref);
    worded.activities[0].statusSource = 'word';
    expect(comparePlans(worded, other, { graphicStatus: false }).differences.map((d) => d.kind)).toEqual(['status lost']);
  });
});
