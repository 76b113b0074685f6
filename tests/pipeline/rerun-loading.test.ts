import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleRecorder } from '../support/module-recorder.js';

/** The built command line, as cron starts it. */
const CLI = path.resolve('dist/src/cli/main.js');

describe('an unchanged re-run', () => {
  it('loads no reader, no rule, no schema library: it stats the files and compares them with the index', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-rerun-'));
    mkdirSync(path.join(dir, 'docs'));
    cpSync('fixtures/taby-uppfoljning.pdf', path.join(dir, 'docs/taby.pdf'));
    cpSync('fixtures/sodertalje-handlingsplan.docx', path.join(dir, 'docs/sodertalje.docx'));
    cpSync('corpus/001_03ae7981294d9ca5.txt', path.join(dir, 'docs/lerum.txt'));
    const db = path.join(dir, 'styrdok.sqlite');
    const first = spawnSync(process.execPath, [CLI, 'ingest', 'docs', '--db', db, '--jobs', '0'], { cwd: dir, encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    const { hook, loaded } = moduleRecorder(dir);
    const again = spawnSync(process.execPath, ['--import', hook, CLI, 'ingest', 'docs', '--db', db, '--jobs', '0'], { cwd: dir, encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Nothing changed/);
    const modules = loaded();
    // The hook sees what is loaded: the command and the store at least.
    expect(modules.some((m) => m.endsWith('/cli/commands/ingest.js'))).toBe(true);
    expect(modules.some((m) => m.endsWith('/store/connection.js'))).toBe(true);
    const heavy = modules.filter((m) => /\/(?:ingest\/(?!errors\.js)[^/]+|extract\/.+)\.js$|\/node_modules\/(?:pdfjs-dist|zod|natural|mammoth|jszip|htmlparser2|pngjs|jpeg-js)\//.test(m));
    expect(heavy).toEqual([]);
  });
});

describe('reading one format', () => {
  it('loads that format\'s reader and not the others: a worker that reads only PDFs never compiles the DOCX and text readers', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-readers-'));
    mkdirSync(path.join(dir, 'docs'));
    cpSync('fixtures/taby-uppfoljning.pdf', path.join(dir, 'docs/taby.pdf'));
    const { hook, loaded } = moduleRecorder(dir);
    const run = spawnSync(process.execPath, ['--import', hook, CLI, 'ingest', 'docs', '--db', path.join(dir, 'styrdok.sqlite'), '--jobs', '0'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/1 ingested/);
    const modules = loaded();
    expect(modules.some((m) => m.endsWith('/ingest/pdf.js'))).toBe(true);
    expect(modules.filter((m) => /\/ingest\/(?:docx|text|convert)\.js$|\/node_modules\/(?:mammoth|jszip)\//.test(m))).toEqual([]);
  });

  it('loads the DOCX reader for a Word file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-readers-'));
    mkdirSync(path.join(dir, 'docs'));
    cpSync('fixtures/sodertalje-handlingsplan.docx', path.join(dir, 'docs/sodertalje.docx'));
    const { hook, loaded } = moduleRecorder(dir);
    const run = spawnSync(process.execPath, ['--import', hook, CLI, 'ingest', 'docs', '--db', path.join(dir, 'styrdok.sqlite'), '--jobs', '0'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(loaded().some((m) => m.endsWith('/ingest/docx.js'))).toBe(true);
  });
});
