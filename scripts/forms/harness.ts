import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Doc, Extraction } from '../../src/core/types.js';
import { loadGold, type Gold } from '../../src/eval/gold.js';
import { comparePlans, groupDifferences, type PlanDiff } from '../../src/eval/plan-diff.js';
import { scoreExtraction } from '../../src/eval/score.js';
import { extract } from '../../src/extract/index.js';
import { ocrAvailable } from '../../src/ingest/ocr.js';
import { readDocument } from '../../src/ingest/read.js';
import { deriveForm, extensionOf, findChromium, findPdftotext, findSoffice, formsOf, isTranscript, toolsOf, type FormId, type Tool } from './derive.js';

/** One source document of the harness: a file with its gold, or a real PDF without (compared with its own reading only). */
export interface FormCase {
  /** 'fixtures', 'dev', 'dev2', 'real', or the directory of a blind set ('unseen12'). */
  set: string;
  file: string;
  gold: Gold | null;
}

const SHARED = '../shared';

/** Every document with gold in fixtures/, the development sets and the real PDFs, as files on disk. */
export function formCases(root = '.'): FormCase[] {
  const out: FormCase[] = [];
  const add = (set: string, dir: string, goldDir: string, filesOf: (g: Gold) => string[]) => {
    if (!existsSync(goldDir)) return;
    for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
      const gold = loadGold(path.join(goldDir, f));
      for (const file of filesOf(gold)) if (existsSync(path.join(dir, file)) && formsOf(file).length) out.push({ set, file: path.join(dir, file), gold });
    }
  };
  // A fixture's gold may name its renderings together: 'fixtures/x.{docx,pdf}'.
  add('fixtures', root, path.join(root, 'fixtures/gold'), (g) => {
    const m = g.source.match(/^(.*)\{([^}]*)\}$/);
    return m ? m[2].split(',').map((ext) => m[1] + ext) : [g.source];
  });
  add('dev', path.join(root, SHARED, 'corpus/dev'), path.join(root, SHARED, 'gold/dev'), (g) => [g.source]);
  add('dev2', path.join(root, SHARED, 'corpus/dev2'), path.join(root, SHARED, 'gold/dev2'), (g) => [g.source]);
  // The sets written blind keep one gold file per rendering, named after it.
  const fixtures = path.join(root, 'fixtures');
  for (const d of readdirSync(fixtures).filter((d) => /^unseen\d*$/.test(d)).sort(byNumber)) {
    add(d, path.join(fixtures, d), path.join(fixtures, d, 'gold'), (g) => [g.source]);
  }
  const real = path.join(root, SHARED, 'corpus/real');
  if (existsSync(real)) for (const f of readdirSync(real).filter((f) => f.endsWith('.pdf')).sort()) out.push({ set: 'real', file: path.join(real, f), gold: null });
  return out;
}

/** 'unseen2' before 'unseen10'. */
function byNumber(a: string, b: string): number {
  return Number(a.replace(/\D/g, '') || 1) - Number(b.replace(/\D/g, '') || 1);
}

/** Whether the program a form needs is installed. */
export function toolAvailable(tool: Tool): boolean {
  if (tool === 'soffice') return findSoffice() !== null;
  if (tool === 'chromium') return findChromium() !== null;
  if (tool === 'pdftotext') return findPdftotext() !== null;
  return ocrAvailable();
}

export interface FormScores {
  activityF1: number | null;
  focusF1: number | null;
  owner: number | null;
  status: number | null;
  years: number | null;
  track: number | null;
}

export interface FormResult {
  set: FormCase['set'];
  file: string;
  /** 'source' for the document as it is, else the form it was turned into. */
  form: FormId | 'source';
  scores: FormScores;
  /** Against the source's plan (absent for the source itself). */
  diff?: PlanDiff;
  groups?: Record<string, Record<string, number>>;
  /**
   * Transcripts: the source's activities on pages whose text it read by OCR
   * (a scanned page, a table pasted as a picture). A transcript is made from
   * the text layer and cannot hold them, so they are left out of the
   * comparison and counted here instead.
   */
  notComparable?: number;
  error?: string;
  seconds: number;
}

function scoresOf(x: Extraction, gold: Gold | null, transcript: boolean): FormScores {
  if (!gold) return { activityF1: null, focusF1: null, owner: null, status: null, years: null, track: null };
  const s = scoreExtraction(x, gold);
  return { activityF1: s.activities.f1, focusF1: s.focusAreas.f1, owner: s.owner.value, status: s.status.value, years: s.years.value, track: transcript ? null : s.track.value };
}

async function readForm(bytes: Uint8Array, name: string): Promise<Extraction> {
  return extract(await readDocument(bytes, name));
}

/** The plan without the activities on pages whose text came from OCR, wholly or in part (a picture of text). */
export function withoutOcrPages(x: Extraction, doc: Doc): Extraction {
  const ocr = new Set([...(doc.ocrPages ?? []), ...(doc.imageOcrPages ?? [])]);
  if (ocr.size === 0) return x;
  return { ...x, activities: x.activities.filter((a) => a.page === null || !ocr.has(a.page)) };
}

/**
 * Reads one source document and each of `forms` made from it, scoring each
 * against the gold and comparing its plan with the source's. A form that
 * cannot be made or read gives a row with the error; the others go on.
 */
export async function runCase(c: FormCase, forms: FormId[], cacheDir?: string): Promise<FormResult[]> {
  const results: FormResult[] = [];
  let started = Date.now();
  const sourceDoc = await readDocument(new Uint8Array(readFileSync(c.file)), c.file);
  const source = extract(sourceDoc);
  const textLayer = withoutOcrPages(source, sourceDoc);
  results.push({ set: c.set, file: c.file, form: 'source', scores: scoresOf(source, c.gold, false), seconds: (Date.now() - started) / 1000 });
  for (const form of forms) {
    started = Date.now();
    const base = { set: c.set, file: c.file, form };
    try {
      const bytes = await deriveForm(c.file, form, cacheDir);
      const name = `${path.basename(c.file, path.extname(c.file))}.${extensionOf(form)}`;
      const x = await readForm(bytes, name);
      const transcript = isTranscript(form);
      const reference = transcript ? textLayer : source;
      const diff = comparePlans(reference, x, { track: !transcript, graphicStatus: !transcript });
      const notComparable = source.activities.length - reference.activities.length;
      results.push({ ...base, scores: scoresOf(x, c.gold, transcript), diff, groups: groupDifferences(diff.differences), ...(notComparable ? { notComparable } : {}), seconds: (Date.now() - started) / 1000 });
    } catch (error) {
      const empty = scoresOf(source, null, false);
      results.push({ ...base, scores: empty, error: (error as Error).message.split('\n')[0], seconds: (Date.now() - started) / 1000 });
    }
  }
  return results;
}

/** The forms of a case to run: those its format has, passing the filter, whose programs are installed. */
export function formsToRun(file: string, wanted: (f: FormId) => boolean): { run: FormId[]; missing: Array<{ form: FormId; tools: Tool[] }> } {
  const run: FormId[] = [];
  const missing: Array<{ form: FormId; tools: Tool[] }> = [];
  for (const form of formsOf(file).filter(wanted)) {
    const absent = toolsOf(form).filter((t) => !toolAvailable(t));
    if (absent.length) missing.push({ form, tools: absent });
    else run.push(form);
  }
  return { run, missing };
}
