import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** The built command line over a database made from the bundled corpus, as a researcher runs it. */
const CLI = path.resolve('dist/src/cli/main.js');
let dir: string;
let db: string;

function styrdok(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const out = spawnSync(process.execPath, [CLI, ...args, '--db', db], { encoding: 'utf8' });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'styrdok-cli-'));
  db = path.join(dir, 'styrdok.sqlite');
  expect(styrdok('ingest', 'corpus', '--jobs', '2').status).toBe(0);
}, 120_000);

describe('styrdok search', () => {
  it('finds activities and documents with snippets, document and page', () => {
    const out = styrdok('search', 'upphandling');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/Activities \([1-9]\d*\):/);
    expect(out.stdout).toMatch(/Täby · Uppföljning näringslivsstrategi och handlingsplan\n\s+.*\[upphandling/);
    const json = JSON.parse(styrdok('search', 'solceller', '--json').stdout) as { documents: Array<{ sourcePath: string; hits: Array<{ page: number | null; snippet: string }> }> };
    const olofstrom = json.documents.find((d) => d.sourcePath.includes('olofstrom'));
    expect(olofstrom?.hits[0].page).toBeGreaterThan(1);
    expect(olofstrom?.hits[0].snippet).toMatch(/\[solceller/i);
  });

  it('keeps å, ä and ö distinct and says what is wrong with a broken query', () => {
    expect(JSON.parse(styrdok('search', 'foretagsbesok', '--json').stdout).activities).toEqual([]);
    expect(JSON.parse(styrdok('search', 'företagsbesök', '--json').stdout).activities.length).toBeGreaterThan(0);
    const bad = styrdok('search', '"unclosed');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unexpected search syntax/);
  });
});

describe('styrdok compare', () => {
  it("puts Täby's and Södertälje's skills focus areas under skills", () => {
    const json = JSON.parse(styrdok('compare', '--theme', 'skills', '--json').stdout) as { themes: Array<{ municipality: string; focusAreas: number; activities: number }> };
    const skills = Object.fromEntries(json.themes.map((t) => [t.municipality, t]));
    expect(skills['Täby'].focusAreas).toBeGreaterThanOrEqual(1);
    expect(skills['Södertälje'].focusAreas).toBeGreaterThanOrEqual(1);
    expect(skills['Täby'].activities).toBeGreaterThanOrEqual(5);
  });

  it('prints the matrix and the status shares, filtered by municipality', () => {
    const out = styrdok('compare', '--municipality', 'Täby', '--municipality', '0181');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^municipality\s+service\s+skills\s+establishment/m);
    expect(out.stdout).toMatch(/^Täby \(0160\)/m);
    expect(out.stdout).toMatch(/^Södertälje \(0181\)/m);
    expect(out.stdout).not.toMatch(/Lerum/);
    expect(out.stdout).toMatch(/Status shares per municipality:\n.*\n.*\nSödertälje[^\n]*\nTäby \(0160\)\s+1\s+29\s+29\s+/);
    expect(styrdok('compare', '--theme', 'weather').status).toBe(2);
  });

  it('counts each plan once, by kind of owner too, and says what it left out', () => {
    const out = styrdok('compare', '--municipality', 'Södertälje', '--municipality', 'Täby');
    expect(out.stdout).toMatch(/^Södertälje \(0181\)\s+2\s+69\s/m);
    expect(out.stdout).toMatch(/Activities by kind of owner[^\n]*\n.*kommunledning.*\n.*\n.*\nTäby \(0160\)\s+14 \(48%\)\s+11 \(38%\)\s+4 \(14%\)/);
    expect(out.stdout).toMatch(/Left out of these figures:\n\s+not the current version of its plan family: 1 document, 58 activities/);
    const json = JSON.parse(styrdok('compare', '--include-uncertain', '--json').stdout) as { scope: string; leftOut: Array<{ reason: string }> };
    expect(json.scope).toBe('with_uncertain');
    expect(json.leftOut.map((l) => l.reason)).not.toContain('confidence below threshold');
  });
});

describe('styrdok export', () => {
  it("writes Datasette's metadata for the database", () => {
    const file = path.join(dir, 'metadata.json');
    expect(styrdok('export', '--datasette-metadata', file).status).toBe(0);
    const meta = JSON.parse(readFileSync(file, 'utf8')) as { databases: Record<string, { tables: Record<string, { columns: Record<string, string>; facets?: string[] }> }> };
    const overview = meta.databases.styrdok.tables.activity_overview;
    expect(overview.facets).toContain('owner_kind');
    expect(overview.columns.confidence).toMatch(/confidence|how sure/i);
  });

  it('writes a view as CSV, JSON and JSON Lines with the same rows', () => {
    const outs = Object.fromEntries(
      (['csv', 'json', 'jsonl'] as const).map((format) => {
        const file = path.join(dir, `activities.${format}`);
        expect(styrdok('export', '--view', 'activity_overview', '--format', format, '--out', file).status).toBe(0);
        return [format, readFileSync(file, 'utf8')];
      }),
    );
    const json = JSON.parse(outs.json) as Array<Record<string, unknown>>;
    const lines = outs.jsonl.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual(json);
    expect(outs.csv.split('\r\n')[0]).toBe(Object.keys(json[0]).join(','));
    expect(json.length).toBeGreaterThan(200);
    expect(json.some((r) => r.municipality === 'Täby' && typeof r.themes === 'string')).toBe(true);
  });

  it('refuses what is not a table or view, naming those that are', () => {
    const out = styrdok('export', '--table', 'passwords', '--format', 'csv', '--out', '-');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/expected one of: .*activities/);
  });
});
