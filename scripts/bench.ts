import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ingestBatch } from '../src/pipeline/batch.js';
import { poolStats } from '../src/pipeline/pool.js';
import { openDatabase } from '../src/store/connection.js';

/**
 * PDF ingest against raw pdfjs text extraction (scripts/raw-pdfjs.ts) on the
 * same files and as many threads, in one run: copies of the text PDFs of the
 * fixtures and the dev corpora at each size, and the real PDFs. The two run
 * interleaved (baseline, ours, baseline, ours …), each in a fresh process,
 * so that the load other work puts on the machine falls on both alike; the
 * ratio of each pair is printed, min and median. Peak RSS is that of our
 * process. Last, an unchanged re-run of a mixed corpus (PDF, DOCX, HTML,
 * text) through the command line, timed as cron starts it.
 *
 * Usage: npm run bench [-- --sizes 1000,2000] [--real DIR] [--rerun 1000] [--repeat 2] [--jobs N]
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

/** Text PDFs to copy: the fixtures' and, where the shared corpora are beside the project, the dev ones. */
function pdfTemplates(): string[] {
  const dirs = [path.join(root, 'fixtures'), path.join(root, '../shared/corpus/dev'), path.join(root, '../shared/corpus/dev2')];
  return dirs.filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(d, f)));
}

const MIXED = {
  pdf: ['fixtures/taby-uppfoljning.pdf', 'fixtures/sodertalje-handlingsplan.pdf'],
  docx: ['fixtures/taby-uppfoljning.docx', 'fixtures/sodertalje-handlingsplan.docx'],
  html: ['fixtures/lerum-strategi.html'],
  txt: ['corpus/000_94b9c640f4283b09.txt', 'corpus/001_03ae7981294d9ca5.txt', 'corpus/002_13546d3bc8be6ca0.txt'],
} as const;

/** A copy that differs from every other copy, so each is a document of its own to the hash check. */
function variant(kind: string, bytes: Buffer, n: number): Buffer {
  const tag = Buffer.from(`styrdok-bench-${n}`);
  if (kind === 'pdf') return Buffer.concat([bytes, Buffer.from(`\n%${tag}\n`)]);
  if (kind === 'docx') {
    // The zip comment: the end-of-central-directory record says how long it is.
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const out = Buffer.concat([bytes.subarray(0, eocd + 22), tag]);
    out.writeUInt16LE(tag.length, eocd + 20);
    return out;
  }
  return Buffer.concat([bytes, Buffer.from(`\n<!-- ${tag} -->\n`)]);
}

function copies(dir: string, sources: Array<{ kind: string; file: string }>, size: number): string {
  mkdirSync(dir, { recursive: true });
  const cache = new Map<string, Buffer>();
  for (let i = 0; i < size; i++) {
    const { kind, file } = sources[i % sources.length];
    if (!cache.has(file)) cache.set(file, readFileSync(path.resolve(root, file)));
    writeFileSync(path.join(dir, `${String(i).padStart(6, '0')}.${kind}`), variant(kind, cache.get(file)!, i));
  }
  return dir;
}

interface Measured {
  seconds: number;
  documents: number;
  pages: number;
  peakRssMb: number;
  failed?: number;
  /** Share of the workers' time with nothing to read, and of the main thread's (which hashes and writes) with nothing to do. */
  workerIdle?: number;
  writerIdle?: number;
}

/** One ingest run in this process: what the parent process asked for with --measure. */
async function measure(dbFile: string, dir: string, jobs: number): Promise<Measured> {
  const db = openDatabase(dbFile);
  const started = performance.now();
  const loop = performance.eventLoopUtilization();
  const s = await ingestBatch(db, [dir], { args: ['bench'], jobs });
  const seconds = (performance.now() - started) / 1000;
  const writerIdle = 1 - performance.eventLoopUtilization(loop).utilization;
  const workerIdle = poolStats.workerMs > 0 ? poolStats.idleMs / poolStats.workerMs : 0;
  const pages = (db.prepare("SELECT COALESCE(SUM(page_count), 0) AS n FROM documents WHERE format = 'pdf'").get() as { n: number }).n;
  db.close();
  return { seconds, documents: s.outcomes.length, pages, failed: s.failed, peakRssMb: process.resourceUsage().maxRSS / 1024, workerIdle, writerIdle };
}

function spawnJson(args: string[]): Measured {
  const out = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (out.status !== 0) throw new Error(`measurement failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as Measured;
}

const ours = (dir: string, jobs: number, db: string) => spawnJson([fileURLToPath(import.meta.url), '--measure', db, dir, String(jobs)]);
const raw = (dir: string, jobs: number) => spawnJson([path.join(here, 'raw-pdfjs.js'), dir, '--jobs', String(jobs)]);

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const med = (xs: number[]) => (sorted(xs)[Math.floor((xs.length - 1) / 2)] + sorted(xs)[Math.ceil((xs.length - 1) / 2)]) / 2;
const fmt = (n: number, d = 1) => n.toFixed(d);
const minMed = (xs: number[], d = 1, unit = '') => (xs.length === 1 ? `${fmt(xs[0], d)}${unit}` : `${fmt(Math.min(...xs), d)} / ${fmt(med(xs), d)}${unit}`);

/** Baseline and ours, interleaved `repeat` times on the same files. */
function compare(label: string, dir: string, jobs: number, repeat: number, work: string): string[] {
  const base: number[] = [];
  const mine: number[] = [];
  const ratios: number[] = [];
  const rss: number[] = [];
  const idle: string[] = [];
  let pages = 0;
  let documents = 0;
  let failed = 0;
  for (let r = 0; r < repeat; r++) {
    const b = raw(dir, jobs);
    const db = path.join(work, `run-${r}.sqlite`);
    const o = ours(dir, jobs, db);
    rmSync(db, { force: true });
    base.push(b.seconds);
    mine.push(o.seconds);
    ratios.push(o.seconds / b.seconds);
    rss.push(o.peakRssMb);
    idle.push(`${Math.round((o.workerIdle ?? 0) * 100)}/${Math.round((o.writerIdle ?? 0) * 100)}`);
    pages = o.pages;
    documents = o.documents;
    failed = Math.max(failed, o.failed ?? 0);
  }
  return [label, `${documents}${failed ? ` (${failed} failed)` : ''}`, String(pages), minMed(base), minMed(mine), minMed(ratios, 2, '×'), `${fmt(Math.max(...rss), 0)}`, idle.join(' ')];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--measure') {
    console.log(JSON.stringify(await measure(argv[1], argv[2], Number(argv[3]))));
    return;
  }
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (option('--sizes') ?? '1000,2000').split(',').filter(Boolean).map(Number);
  const jobs = Number(option('--jobs') ?? availableParallelism());
  const repeat = Number(option('--repeat') ?? 2);
  const rerun = Number(option('--rerun') ?? 1000);
  const realDir = option('--real') ?? path.join(root, '../shared/corpus/real');
  const templates = pdfTemplates();
  console.log(`styrdok bench: ${availableParallelism()} cores, --jobs ${jobs}, Node ${process.version}; PDFs copied from ${templates.length} plans; each pair run ${repeat}× interleaved (min / median)`);
  const work = mkdtempSync(path.join(tmpdir(), 'styrdok-bench-'));
  const rows: string[][] = [['corpus', 'docs', 'pages', 'raw pdfjs s', 'styrdok s', 'ratio', 'peak RSS MB', 'idle % workers/main']];
  try {
    const sources = templates.map((file) => ({ kind: 'pdf', file }));
    for (const size of sizes) {
      const dir = copies(path.join(work, `pdf-${size}`), sources, size);
      rows.push(compare(`${size} PDFs`, dir, jobs, repeat, work));
      rmSync(dir, { recursive: true, force: true });
      console.log(`  ${size} PDFs done`);
    }
    if (existsSync(realDir)) {
      rows.push(compare(`real PDFs (${path.relative(root, realDir)})`, realDir, jobs, repeat, work));
      console.log('  real PDFs done');
    }
    let rerunRow = '';
    if (rerun > 0) {
      const mixed = Object.entries(MIXED).flatMap(([kind, files]) => files.map((file) => ({ kind, file })));
      const dir = copies(path.join(work, 'mixed'), mixed, rerun);
      const db = path.join(work, 'mixed.sqlite');
      const cli = [path.join(here, '../src/cli/main.js'), 'ingest', dir, '--db', db, '--jobs', String(jobs)];
      const first = spawnSync(process.execPath, cli, { encoding: 'utf8' });
      if (first.status !== 0) throw new Error(`ingest failed: ${first.stderr}`);
      const times: number[] = [];
      for (let r = 0; r < Math.max(3, repeat); r++) {
        const started = performance.now();
        const again = spawnSync(process.execPath, cli, { encoding: 'utf8' });
        times.push((performance.now() - started) / 1000);
        if (again.status !== 0 || !/ 0 ingested, \d+ unchanged/.test(` ${again.stdout}`)) throw new Error(`re-run found changes: ${again.stdout}${again.stderr}`);
      }
      rerunRow = `Unchanged re-run of ${rerun} files (PDF, DOCX, HTML, text), whole process: ${minMed(times, 2)} s (min / median of ${times.length})`;
    }
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
    if (rerunRow) console.log(rerunRow);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
