import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pLimit from 'p-limit';
import { ingestBatch } from '../src/pipeline/batch.js';
import { openDatabase } from '../src/store/connection.js';

/**
 * Throughput, memory and re-run time of `ingest` on corpora scaled up from
 * the fixtures (PDF, DOCX, HTML, text in equal parts), generated on the fly in
 * a temporary folder. Every measurement runs in a fresh process, as a cron job
 * would, so peak RSS is that of the measured run alone. Where poppler's
 * pdftotext is installed it reads the same PDFs with as many processes as we
 * have threads, and our PDF time is printed as a ratio to it.
 *
 * Usage: npm run bench [-- --sizes 100,1000,10000] [--jobs N]
 */

const TEMPLATES = {
  pdf: ['fixtures/taby-uppfoljning.pdf', 'fixtures/sodertalje-handlingsplan.pdf'],
  docx: ['fixtures/taby-uppfoljning.docx', 'fixtures/sodertalje-handlingsplan.docx'],
  html: ['fixtures/lerum-strategi.html'],
  txt: ['corpus/000_94b9c640f4283b09.txt', 'corpus/001_03ae7981294d9ca5.txt', 'corpus/002_13546d3bc8be6ca0.txt', 'corpus/003_36680a2d90dc5608.txt', 'corpus/004_5a338b9b38be5cdb.txt'],
} as const;

/** A copy that differs from every other copy, so each is a document of its own to the hash check. */
function variant(kind: keyof typeof TEMPLATES, bytes: Buffer, n: number): Buffer {
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

function makeCorpus(dir: string, size: number): { pdfDir: string } {
  const kinds = Object.keys(TEMPLATES) as Array<keyof typeof TEMPLATES>;
  const cache = new Map<string, Buffer>();
  const pdfDir = path.join(dir, 'pdf');
  for (const k of kinds) mkdirSync(path.join(dir, k), { recursive: true });
  for (let i = 0; i < size; i++) {
    const kind = kinds[i % kinds.length];
    const templates = TEMPLATES[kind];
    const source = templates[Math.floor(i / kinds.length) % templates.length];
    if (!cache.has(source)) cache.set(source, readFileSync(source));
    writeFileSync(path.join(dir, kind, `${String(i).padStart(6, '0')}.${kind}`), variant(kind, cache.get(source)!, i));
  }
  return { pdfDir };
}

interface Measured {
  seconds: number;
  documents: number;
  pages: number;
  ingested: number;
  unchanged: number;
  failed: number;
  peakRssMb: number;
}

/** One ingest run in this process: what the parent process asked for with --measure. */
async function measure(dbFile: string, dir: string, jobs: number): Promise<Measured> {
  const db = openDatabase(dbFile);
  const started = performance.now();
  const s = await ingestBatch(db, [dir], { args: ['bench'], jobs });
  const seconds = (performance.now() - started) / 1000;
  const pages = (db.prepare("SELECT COALESCE(SUM(page_count), 0) AS n FROM documents WHERE format = 'pdf'").get() as { n: number }).n;
  db.close();
  return { seconds, documents: s.outcomes.length, pages, ingested: s.ingested, unchanged: s.unchanged, failed: s.failed, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function child(dbFile: string, dir: string, jobs: number): Measured & { wallSeconds: number } {
  const started = performance.now();
  const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', dbFile, dir, String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (out.status !== 0) throw new Error(`measurement failed: ${out.stderr}`);
  return { ...(JSON.parse(out.stdout.trim().split('\n').pop()!) as Measured), wallSeconds: (performance.now() - started) / 1000 };
}

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function pdftotextSeconds(dir: string, jobs: number): Promise<number> {
  const run = promisify(execFile);
  const limit = pLimit(jobs);
  const files = readdirSync(dir).map((f) => path.join(dir, f));
  const started = performance.now();
  await Promise.all(files.map((f) => limit(() => run('pdftotext', ['-layout', f, '-'], { maxBuffer: 1 << 26 }))));
  return (performance.now() - started) / 1000;
}

const fmt = (n: number, d = 1) => n.toFixed(d);

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
  const sizes = (option('--sizes') ?? '100,1000,10000').split(',').map(Number);
  const jobs = Number(option('--jobs') ?? availableParallelism());
  const poppler = hasPdftotext();
  console.log(`styrdok bench: ${availableParallelism()} cores, --jobs ${jobs}, Node ${process.version}${poppler ? '' : ', pdftotext not installed (no ratio)'}`);
  const rows: string[][] = [['docs', 'ingest s', 'docs/s', 'pages/s', 'peak RSS MB', 'unchanged re-run s (process)', 'peak RSS MB', 'PDFs: ours s', 'pdftotext s', 'ratio']];
  for (const size of sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), `styrdok-bench-${size}-`));
    try {
      const { pdfDir } = makeCorpus(path.join(dir, 'docs'), size);
      const db = path.join(dir, 'bench.sqlite');
      const first = child(db, path.join(dir, 'docs'), jobs);
      const again = child(db, path.join(dir, 'docs'), jobs);
      if (again.unchanged !== first.documents - first.failed) throw new Error(`re-run found changes: ${JSON.stringify(again)}`);
      const pdfOnly = child(path.join(dir, 'pdf.sqlite'), pdfDir, jobs);
      const baseline = poppler ? await pdftotextSeconds(pdfDir, jobs) : null;
      rows.push([
        String(size),
        fmt(first.seconds),
        fmt(first.documents / first.seconds),
        fmt(first.pages / first.seconds),
        fmt(first.peakRssMb, 0),
        `${fmt(again.seconds, 2)} (${fmt(again.wallSeconds, 2)})`,
        fmt(again.peakRssMb, 0),
        fmt(pdfOnly.seconds, 2),
        baseline === null ? '–' : fmt(baseline, 2),
        baseline === null ? '–' : `${fmt(pdfOnly.seconds / baseline, 2)}×`,
      ]);
      console.log(`  ${size} documents done`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
  console.log('unchanged re-run: time inside ingest, and (in brackets) of the whole process as cron starts it.');
}

await main();
