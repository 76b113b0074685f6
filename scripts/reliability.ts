import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';

/**
 * Kills `styrdok ingest` with SIGKILL at random moments during a batch, runs
 * it again to the end, and compares the database with one made by an
 * uninterrupted run (ids and timestamps aside). The batch holds a fault
 * corpus: truncated, encrypted and corrupt PDFs, a zip bomb named .docx, a
 * 1,000-page PDF, an empty file and binary junk named .txt; each must be
 * recorded with its reason and skipped while the rest is stored.
 *
 * Usage: npm run reliability [-- --kills 8 --seed 1]
 */

const CLI = path.resolve('dist/src/cli/main.js');
/** Documents in the batch besides the faults: enough that most kills land while documents are being written. */
const COPIES = 400;
const TIMEOUT_S = 10;

/** A deterministic random sequence, so a failing run can be repeated with its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/** A zip whose one entry, word/document.xml, inflates to `inflated` bytes of zeros from about a thousandth of that. */
function zipBomb(inflated: number): Buffer {
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  const parts: Buffer[] = [];
  let crc = 0;
  // Deflate each chunk on its own and join them: valid because every block but the last is non-final.
  for (let done = 0; done < inflated; done += chunk.length) {
    const last = done + chunk.length >= inflated;
    const block = deflateRawSync(chunk, { finishFlush: last ? undefined : 2 /* Z_SYNC_FLUSH */ });
    parts.push(block);
    crc = crc32(chunk, crc);
  }
  const data = Buffer.concat(parts);
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(inflated, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(inflated, 24);
  central.writeUInt16LE(name.length, 28);
  const centralAt = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** A plain PDF of `pages` pages, each with a few lines of text, written object by object. */
function longPdf(pages: number): Buffer {
  const objects: string[] = [];
  const kids: string[] = [];
  const font = 3;
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[font] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  for (let p = 0; p < pages; p++) {
    const pageId = 4 + p * 2;
    const contentId = pageId + 1;
    const lines = Array.from({ length: 20 }, (_, l) => `BT /F1 11 Tf 72 ${760 - l * 16} Td (Aktivitet ${p + 1}.${l + 1} Skapa en plan for foretagsbesok) Tj ET`).join('\n');
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contentId} 0 R >>`;
    objects[contentId] = `<< /Length ${Buffer.byteLength(lines)} >>\nstream\n${lines}\nendstream`;
    kids.push(`${pageId} 0 R`);
  }
  objects[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let i = 1; i < objects.length; i++) {
    offsets[i] = Buffer.byteLength(out);
    out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const FAULTS: Record<string, () => Buffer> = {
  'fault/truncated.pdf': () => readFileSync('fixtures/taby-uppfoljning.pdf').subarray(0, 6000),
  'fault/encrypted.pdf': () => readFileSync('fixtures/bad/encrypted.pdf'),
  'fault/corrupt.pdf': () => readFileSync('fixtures/bad/corrupt.pdf'),
  'fault/zip-bomb.docx': () => zipBomb(1024 * 1024 * 1024),
  'fault/thousand-pages.pdf': () => longPdf(1000),
  'fault/empty.txt': () => Buffer.alloc(0),
  'fault/junk.txt': () => randomBytes(64 * 1024),
};

function makeCorpus(dir: string, copies: number): void {
  const templates = ['fixtures/taby-uppfoljning.pdf', 'fixtures/sodertalje-handlingsplan.pdf', 'fixtures/taby-uppfoljning.docx', 'fixtures/sodertalje-handlingsplan.docx', 'fixtures/lerum-strategi.html', 'corpus/000_94b9c640f4283b09.txt', 'corpus/002_13546d3bc8be6ca0.txt', 'corpus/003_36680a2d90dc5608.txt'];
  mkdirSync(path.join(dir, 'docs'), { recursive: true });
  mkdirSync(path.join(dir, 'fault'), { recursive: true });
  for (let i = 0; i < copies; i++) {
    const t = templates[i % templates.length];
    const ext = path.extname(t);
    const bytes = readFileSync(t);
    const tag = ext === '.pdf' ? `\n%copy-${i}\n` : ext === '.docx' ? '' : `\n<!-- copy ${i} -->\n`;
    const name = path.join(dir, 'docs', `${String(i).padStart(3, '0')}${ext}`);
    if (ext === '.docx') copyFileSync(t, name);
    else writeFileSync(name, Buffer.concat([bytes, Buffer.from(tag)]));
  }
  for (const [name, make] of Object.entries(FAULTS)) writeFileSync(path.join(dir, name), make());
}

function ingestArgs(dir: string, db: string): string[] {
  return [CLI, 'ingest', dir, '--db', db, '--jobs', '2', '--timeout', String(TIMEOUT_S), '--max-memory', '512', '--wait', '0', '--json'];
}

/** The database's content without ids, timestamps and runs: what two equal batches must agree on. */
function fingerprint(dbFile: string): { hash: string; documents: number; activities: number; errors: Array<{ path: string; rule: string }> } {
  const db = new Database(dbFile, { readonly: true });
  const documents = db
    .prepare(
      `SELECT source_path, sha256, format, title, doc_type, municipality_code, period_start, period_end, document_date,
              adopted_date, adopted_by, page_count, text, extractor_version, year,
              (SELECT COUNT(*) FROM blocks b WHERE b.document_id = d.id) AS blocks
       FROM documents d ORDER BY source_path`,
    )
    .all();
  const focusAreas = db.prepare('SELECT d.source_path, f.ordinal, f.title, f.page, f.char_start, f.char_end, f.rule, p.title AS parent FROM focus_areas f JOIN documents d ON d.id = f.document_id LEFT JOIN focus_areas p ON p.id = f.parent_id ORDER BY d.source_path, f.char_start').all();
  const activities = db
    .prepare('SELECT d.source_path, a.ordinal, a.text, a.owner_raw, o.name AS owner, a.years, a.status, a.status_raw, a.track, a.page, a.char_start, a.char_end, a.rule FROM activities a JOIN documents d ON d.id = a.document_id LEFT JOIN owners o ON o.id = a.owner_id ORDER BY d.source_path, a.char_start')
    .all();
  const errors = db.prepare('SELECT DISTINCT source_path AS path, rule FROM ingest_errors ORDER BY source_path, rule').all() as Array<{ path: string; rule: string }>;
  const integrity = db.pragma('integrity_check', { simple: true });
  db.close();
  if (integrity !== 'ok') throw new Error(`integrity_check: ${String(integrity)}`);
  const hash = createHash('sha256').update(JSON.stringify([documents, focusAreas, activities, errors])).digest('hex').slice(0, 16);
  return { hash, documents: documents.length, activities: activities.length, errors };
}

function runToEnd(dir: string, db: string): number {
  const out = spawnSync(process.execPath, ingestArgs(dir, db), { encoding: 'utf8', maxBuffer: 1 << 26 });
  return out.status ?? -1;
}

async function killDuring(dir: string, db: string, afterMs: number): Promise<{ killed: boolean; documentsBefore: number }> {
  const child = spawn(process.execPath, ingestArgs(dir, db), { stdio: 'ignore' });
  const exited = new Promise<boolean>((resolve) => child.on('exit', (_code, signal) => resolve(signal === 'SIGKILL')));
  const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
  const killed = await exited;
  clearTimeout(timer);
  if (!existsSync(db)) return { killed, documentsBefore: 0 };
  const probe = new Database(db, { readonly: true });
  const documentsBefore = (probe.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
  probe.close();
  return { killed, documentsBefore };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const kills = option('--kills', 8);
  const seed = option('--seed', 1);
  const next = random(seed);
  const root = mkdtempSync(path.join(tmpdir(), 'styrdok-reliability-'));
  try {
    const dir = path.join(root, 'batch');
    makeCorpus(dir, COPIES);
    console.log(`styrdok reliability: ${kills} SIGKILLs at random moments (seed ${seed}), corpus of ${COPIES} documents and ${Object.keys(FAULTS).length} faults`);

    const reference = path.join(root, 'reference.sqlite');
    let started = performance.now();
    const referenceExit = runToEnd(dir, reference);
    const referenceSeconds = (performance.now() - started) / 1000;
    const expected = fingerprint(reference);
    console.log(`uninterrupted run: exit ${referenceExit}, ${referenceSeconds.toFixed(1)} s, ${expected.documents} documents, ${expected.activities} activities, content ${expected.hash}`);

    const chaos = path.join(root, 'chaos.sqlite');
    started = performance.now();
    for (let k = 0; k < kills; k++) {
      // Spread over the run, leaving out its tail, where only the slow 1,000-page PDF is still being read.
      const after = Math.round(500 + next() * (referenceSeconds - TIMEOUT_S) * 1000);
      const { killed, documentsBefore } = await killDuring(dir, chaos, after);
      if (existsSync(chaos)) fingerprint(chaos);
      console.log(`  kill ${k + 1}: after ${after} ms ${killed ? 'SIGKILL' : '(run ended first)'}; ${documentsBefore} documents stored; integrity ok`);
    }
    const finalExit = runToEnd(dir, chaos);
    const got = fingerprint(chaos);
    console.log(`final run after the kills: exit ${finalExit}, ${((performance.now() - started) / 1000).toFixed(1)} s in all, ${got.documents} documents, ${got.activities} activities, content ${got.hash}`);
    console.log(got.hash === expected.hash ? 'SAME content as the uninterrupted run' : 'DIFFERENT content from the uninterrupted run');
    console.log('fault corpus (recorded in ingest_errors, skipped):');
    for (const name of Object.keys(FAULTS)) {
      const file = path.join(dir, name);
      const rules = got.errors.filter((e) => e.path === file).map((e) => e.rule);
      console.log(`  ${name.padEnd(26)} ${rules.join(', ') || 'NOT RECORDED'}`);
    }
    process.exitCode = got.hash === expected.hash && Object.keys(FAULTS).every((n) => got.errors.some((e) => e.path === path.join(dir, n))) ? 0 : 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
