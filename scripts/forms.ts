import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { table } from '../src/cli/format.js';
import { defaultCacheDir, FORMS, type FormId } from './forms/derive.js';
import { formCases, formsToRun, runCase, type FormResult } from './forms/harness.js';

/**
 * One plan, whatever the form: every document with gold (fixtures, dev, dev2)
 * and every real PDF is turned into the other forms it could be published in
 * (scripts/forms/derive.ts), each form is read and extracted, scored against
 * the source's gold and its plan compared with the source's own. Prints one
 * row per document × form and the differences by kind and construction, and
 * writes everything as JSON.
 *
 * Usage: npm run forms [-- --docs NAME,...] [--forms FORM,...] [--skip-forms FORM,...]
 *                      [--sets fixtures,dev,dev2,real,unseen3,...] [--json FILE] [--cache DIR] [--quiet]
 * NAME matches any part of a document's path, FORM any part of a form's id
 * (docx>pdf, docx>html, docx>html>pdf, html>pdf, pdf>seed:poppler,
 * pdf>seed:pdfjs, pdf>bare:poppler, pdf>bare:pdfjs, pdf>scan): '--forms seed,bare'
 * is the transcripts, '--skip-forms scan' all but the scans. Without --sets the
 * run covers fixtures, dev, dev2 and real; the sets written blind
 * (fixtures/unseenN) join when named, 'unseen' naming them all.
 */
const { values } = parseArgs({
  options: {
    docs: { type: 'string' },
    forms: { type: 'string' },
    'skip-forms': { type: 'string' },
    sets: { type: 'string' },
    json: { type: 'string' },
    cache: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const list = (s: string | undefined) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : null);
const docs = list(values.docs);
const forms = list(values.forms);
const skip = list(values['skip-forms']);
const sets = list(values.sets);
const cacheDir = values.cache ?? defaultCacheDir();
const jsonOut = values.json ?? path.join(cacheDir, 'forms-report.json');
const wanted = (f: FormId) => (!forms || forms.some((w) => f.includes(w))) && !(skip ?? []).some((w) => f.includes(w));
if (forms && !FORMS.some(wanted)) {
  console.error(`no form matches --forms ${values.forms}; forms: ${FORMS.join(', ')}`);
  process.exit(2);
}

const DEFAULT_SETS = ['fixtures', 'dev', 'dev2', 'real'];
const inSets = (set: string) => (sets ?? DEFAULT_SETS).some((s) => s === set || (s === 'unseen' && /^unseen\d*$/.test(set)));
const cases = formCases().filter((c) => inSets(c.set) && (!docs || docs.some((d) => c.file.includes(d))));
const results: FormResult[] = [];
const skipped: string[] = [];
for (const c of cases) {
  const { run, missing } = formsToRun(c.file, wanted);
  for (const m of missing) skipped.push(`${path.basename(c.file)} ${m.form}: ${m.tools.join(', ')} not installed`);
  if (!run.length) continue;
  const rows = await runCase(c, run, cacheDir);
  results.push(...rows);
  if (!values.quiet) for (const r of rows) console.error(`${path.basename(r.file)} ${r.form}: ${f2(r.scores.activityF1)} ${r.error ?? ''} (${r.seconds.toFixed(0)} s)`);
}

function f2(v: number | null | undefined): string | null {
  return v === null || v === undefined ? null : v.toFixed(2);
}
function delta(v: number | null, ref: number | null): string | null {
  if (v === null || ref === null) return null;
  const d = v - ref;
  return Math.abs(d) < 0.005 ? '=' : (d > 0 ? '+' : '') + d.toFixed(2);
}
/** The most frequent kinds of difference, 'missing activity 3, owner lost 2'. */
function topKinds(r: FormResult, n = 3): string {
  if (r.error) return `error: ${r.error}`.slice(0, 80);
  const counts = Object.entries(r.groups ?? {}).map(([k, byRule]) => [k, Object.values(byRule).reduce((a, b) => a + b, 0)] as const);
  const kinds = counts.sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${v}`);
  // Activities the source read by OCR are in no transcript of its text layer: said, not counted as missing.
  return [...(r.notComparable ? [`${r.notComparable} read by OCR, not in a transcript`] : []), ...kinds].join(', ');
}

const sourceOf = new Map(results.filter((r) => r.form === 'source').map((r) => [r.file, r]));
const rows = results.map((r) => {
  const src = sourceOf.get(r.file)!;
  const isSource = r.form === 'source';
  return [
    r.set,
    path.basename(r.file),
    r.form,
    f2(r.scores.activityF1),
    isSource ? '' : delta(r.scores.activityF1, src.scores.activityF1),
    f2(r.scores.focusF1),
    isSource ? '' : delta(r.scores.focusF1, src.scores.focusF1),
    isSource ? '' : r.diff ? `${f2(r.diff.equalShare)} (${r.diff.matched}/${r.diff.activities})` : null,
    isSource ? '' : topKinds(r),
  ];
});
console.log(table(['set', 'document', 'form', 'act F1', 'Δ', 'focus F1', 'Δ', 'plan equal', 'differences'], rows));

// Per form: how many documents hold their source's figures (0.05; scans 0.10) and their plan (95 %).
const byForm = new Map<string, { n: number; act: number; focus: number; plan: number }>();
for (const r of results.filter((r) => r.form !== 'source')) {
  const src = sourceOf.get(r.file)!;
  const tol = r.form === 'pdf>scan' ? 0.1 : 0.05;
  const holds = (v: number | null, ref: number | null) => v === null || ref === null || v >= ref - tol;
  const s = byForm.get(r.form) ?? { n: 0, act: 0, focus: 0, plan: 0 };
  s.n++;
  if (!r.error && holds(r.scores.activityF1, src.scores.activityF1) && (r.scores.activityF1 !== null || (r.diff?.matched ?? 0) >= (r.diff?.activities ?? 0) * 0.95)) s.act++;
  if (!r.error && holds(r.scores.focusF1, src.scores.focusF1)) s.focus++;
  if (!r.error && (r.diff?.equalShare ?? 0) >= 0.95) s.plan++;
  byForm.set(r.form, s);
}
console.log('\n' + table(['form', 'documents', 'activity F1 held', 'focus F1 held', 'plan ≥ 95 % equal'], [...byForm].map(([f, s]) => [f, s.n, s.act, s.focus, s.plan])));

// Differences over all forms, by kind and construction: the work list.
const kinds: Record<string, Record<string, number>> = {};
for (const r of results) for (const [k, byRule] of Object.entries(r.groups ?? {})) for (const [rule, n] of Object.entries(byRule)) (kinds[k] ??= {})[rule] = ((kinds[k] ??= {})[rule] ?? 0) + n;
const kindRows = Object.entries(kinds)
  .map(([k, byRule]) => [k, Object.values(byRule).reduce((a, b) => a + b, 0), Object.entries(byRule).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([rule, n]) => `${rule} ${n}`).join(', ')] as [string, number, string])
  .sort((a, b) => b[1] - a[1]);
console.log('\n' + table(['difference', 'count', 'by construction (rule of the source row)'], kindRows));
if (skipped.length) console.log(`\nnot run (programs missing):\n  ${skipped.join('\n  ')}`);

mkdirSync(path.dirname(path.resolve(jsonOut)), { recursive: true });
writeFileSync(jsonOut, JSON.stringify({ generated: new Date().toISOString(), results, skipped }, null, 2));
console.log(`\nJSON: ${jsonOut}`);
