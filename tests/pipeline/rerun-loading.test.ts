import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The built command line, as cron starts it. */
const CLI = path.resolve('dist/src/cli/main.js');

/** A loader hook that writes every module the process loads to a file. */
function recorder(dir: string): { hook: string; loaded: () => string[] } {
  const log = path.join(dir, 'loaded.txt');
  const hooks = path.join(dir, 'hooks.mjs');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`);
  const hook = path.join(dir, 'register.mjs');
  writeFileSync(hook, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  writeFileSync(log, '');
  return { hook, loaded: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

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
    const { hook, loaded } = recorder(dir);
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
