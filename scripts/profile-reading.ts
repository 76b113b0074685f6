import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from '../src/cli/format.js';
import { processDocument } from '../src/pipeline/process.js';

/**
 * Where a warm reading thread spends its time: every PDF under the folders
 * given (default the fixtures and the development sets, the plans the bench
 * copies) is read once to warm the thread, then read --rounds times more
 * under V8's sampling profiler. Prints the thread's CPU time, the ten
 * functions with the most time of their own, and the time by stage (pdfjs,
 * each of our folders, the garbage collector). Time a function spends in a
 * pattern it runs counts as its own. Self times, unlike the bench's wall
 * clock, hold when other jobs share the machine.
 *
 * Usage: node dist/scripts/profile-reading.js [DIR|FILE ...] [--rounds N] [--top N] [--out FILE.cpuprofile]
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function pdfsUnder(p: string): string[] {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => path.join(p, f));
}

/** A frame as 'name file:line', the file with its folder. */
const frameName = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;

/** The stage a sample belongs to: the nearest frame of ours by folder, else pdfjs or what V8 names it. */
function stageOf(node: ProfileNode, parentOf: Map<number, ProfileNode>): string {
  for (let n: ProfileNode | undefined = node; n; n = parentOf.get(n.id)) {
    const ours = /dist\/src\/([a-z]+)\//.exec(n.callFrame.url);
    if (ours) return ours[1];
  }
  const { functionName, url } = node.callFrame;
  // the worker code is loaded from its patched copy (src/ingest/pdfjs-worker.ts)
  if (url.includes('pdfjs-dist') || url.includes('styrdok-pdfjs')) return 'pdfjs';
  return functionName.startsWith('(') ? functionName : 'node and other';
}

function summarise(profile: Profile, top: number): { functions: string[][]; stages: string[][]; totalMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
  const own = new Map<string, number>();
  const stages = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id)!;
    total += us;
    own.set(frameName(node), (own.get(frameName(node)) ?? 0) + us);
    const stage = stageOf(node, parentOf);
    stages.set(stage, (stages.get(stage) ?? 0) + us);
  });
  const rows = (m: Map<string, number>, n: number) =>
    [...m]
      .filter(([k]) => k !== '(idle)' && !k.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => [k, (us / 1000).toFixed(0), `${((100 * us) / total).toFixed(1)} %`]);
  return { functions: rows(own, top), stages: rows(stages, 20), totalMs: total / 1000 };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const option = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv.splice(i, 2)[1] : undefined;
  };
  const rounds = Number(option('rounds') ?? 3);
  const top = Number(option('top') ?? 10);
  const out = option('out');
  const roots = argv.length ? argv : ['fixtures', '../shared/corpus/dev', '../shared/corpus/dev2'].map((d) => path.join(root, d)).filter(existsSync);
  const files = roots.flatMap(pdfsUnder);
  const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
  for (let i = 0; i < files.length; i++) await processDocument(files[i], bytes[i]);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (let i = 0; i < files.length; i++) await processDocument(files[i], bytes[i]);
  const used = process.cpuUsage(cpu);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  if (out) writeFileSync(out, JSON.stringify(profile));
  const { functions, stages, totalMs } = summarise(profile as Profile, top);
  console.log(`${files.length} PDFs read ${rounds}× in a warm thread: CPU ${(used.user / 1e6).toFixed(2)} s user, ${(used.system / 1e6).toFixed(2)} s system; ${(totalMs / 1000).toFixed(2)} s sampled`);
  console.log(table(['function (own time)', 'ms', 'share'], functions));
  console.log('');
  console.log(table(['stage', 'ms', 'share'], stages));
}

await main();
