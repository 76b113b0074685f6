import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { processDocument } from '../../src/pipeline/process.js';
import { SUBJECTS } from '../../src/lang/subjects.js';

/**
 * Short plans on several subjects, written for these tests (fixtures/subjects/README.md says how each
 * was made: by hand as HTML or text, then through LibreOffice to DOCX and PDF, or Chromium to PDF).
 */
const DIR = 'fixtures/subjects';

async function extractionOf(name: string): Promise<Extraction> {
  const file = `${DIR}/${name}`;
  const result = await processDocument(file, new Uint8Array(readFileSync(file)));
  if (!result.ok) throw new Error(result.reason);
  return result.extraction;
}

const SUBJECT_IDS = new Set(SUBJECTS.map((s) => s.id));
const main = (x: Extraction) => x.subjects.find((s) => s.main)?.subject ?? null;
const all = (x: Extraction) => x.subjects.map((s) => s.subject);
/** The share of activities with a policy-area theme, own or inherited. */
const covered = (x: Extraction) => x.activities.filter((a) => (a.themes ?? []).some((t) => SUBJECT_IDS.has(t.theme))).length / x.activities.length;

const CASES: Array<[string, string, string]> = [
  ['klimatplan-mora.html', 'klimat', 'subject/title'],
  ['klimatplan-mora.pdf', 'klimat', 'subject/title'],
  ['folkhalsoplan-sala.txt', 'folkhalsa', 'subject/title'],
  ['folkhalsoplan-sala.docx', 'folkhalsa', 'subject/title'],
  ['avfallsplan-tranas.html', 'avfall', 'subject/title'],
  ['avfallsplan-tranas.pdf', 'avfall', 'subject/title'],
  ['trygghetsplan-ludvika.html', 'trygghet', 'subject/title'],
  ['trygghetsplan-ludvika.docx', 'trygghet', 'subject/title'],
  ['naringslivsprogram-gislaved.txt', 'naringsliv', 'subject/title'],
  ['naringslivsprogram-gislaved.pdf', 'naringsliv', 'subject/title'],
  ['kulturplan-hudiksvall.html', 'kultur-fritid', 'subject/title'],
  ['krisberedskap-arvika.txt', 'krisberedskap', 'subject/masthead'],
  ['krisberedskap-arvika.pdf', 'krisberedskap', 'subject/masthead'],
  ['aldreplan-kiruna.html', 'aldre', 'subject/title'],
  ['aldreplan-kiruna.pdf', 'aldre', 'subject/title'],
  // The title says only 'Aktivitetsplan 2025': the masthead's committee and the activities say what it is about.
  ['socialnamnden-nassjo.txt', 'socialtjanst', 'subject/masthead'],
  ['socialnamnden-nassjo.docx', 'socialtjanst', 'subject/masthead'],
];

describe('a document’s subject', () => {
  for (const [file, subject, rule] of CASES) {
    it(`files ${file} under ${subject} (${rule})`, async () => {
      const x = await extractionOf(file);
      expect(main(x)).toBe(subject);
      expect(x.subjects[0]).toMatchObject({ subject, main: true, rule });
      expect(x.subjects[0].evidence.length).toBeGreaterThan(0);
    });
  }

  it('keeps a näringslivsprogram that mentions the climate once a näringslivsprogram, with no climate subject at all', async () => {
    for (const file of ['naringslivsprogram-gislaved.txt', 'naringslivsprogram-gislaved.pdf']) {
      const x = await extractionOf(file);
      expect(main(x)).toBe('naringsliv');
      expect(all(x)).not.toContain('klimat');
      // The one activity that speaks of the climate has the theme; the document does not have the subject.
      expect(x.activities.filter((a) => a.themes?.some((t) => t.theme === 'klimat')).length).toBe(1);
    }
  });

  it('gives most activities of a plan on any subject a policy-area theme', async () => {
    for (const file of ['klimatplan-mora.html', 'folkhalsoplan-sala.txt', 'avfallsplan-tranas.html', 'trygghetsplan-ludvika.html', 'kulturplan-hudiksvall.html', 'krisberedskap-arvika.txt', 'aldreplan-kiruna.html', 'socialnamnden-nassjo.txt', 'naringslivsprogram-gislaved.txt']) {
      const x = await extractionOf(file);
      expect(x.activities.length, file).toBeGreaterThanOrEqual(7);
      expect(covered(x), file).toBeGreaterThanOrEqual(0.85);
      // The plan's own subject is among its activities' themes more than any other.
      const counts = new Map<string, number>();
      for (const a of x.activities) for (const t of a.themes ?? []) if (SUBJECT_IDS.has(t.theme)) counts.set(t.theme, (counts.get(t.theme) ?? 0) + 1);
      const top = Math.max(...counts.values());
      expect(counts.get(main(x)!), file).toBe(top);
      for (const a of x.activities) for (const t of a.themes ?? []) expect(t.confidence).toBeGreaterThan(0);
    }
  });

  it('reads no theme from the names of a person or a company in a plan', async () => {
    const x = await extractionOf('trygghetsplan-ludvika.html');
    const walk = x.activities.find((a) => a.text.includes('Vattentornet'))!;
    expect(walk.themes?.map((t) => t.theme)).toContain('trygghet');
    expect(walk.themes?.map((t) => t.theme)).not.toContain('vatten');
    const night = x.activities.find((a) => a.text.includes('Trygga Vuxna'))!;
    expect(night.themes?.find((t) => t.theme === 'trygghet')?.terms).toEqual(['nattvandring']);
  });
});

describe('Agenda 2030 links', () => {
  it('reads the goals of a column labelled Globala mål, each with its span', async () => {
    const x = await extractionOf('klimatplan-mora.html');
    const goals = x.activities.map((a) => (a.sdgs ?? []).map((s) => s.goal));
    expect(goals).toEqual([[7, 13], [7, 11], [12], [7], [7, 13], [], [11, 13], [3]]);
    const doc = readFileSync(`${DIR}/klimatplan-mora.html`, 'utf8');
    expect(doc).toContain('7 och 11');
    for (const a of x.activities) for (const s of a.sdgs ?? []) expect(s.rule).toBe('sdg/column');
  });

  it('reads goals a sentence names after a marker, and their spans give back the numbers', async () => {
    const file = `${DIR}/folkhalsoplan-sala.txt`;
    const result = await processDocument(file, new Uint8Array(readFileSync(file)));
    if (!result.ok) throw new Error(result.reason);
    const x = result.extraction;
    const linked = x.activities.filter((a) => (a.sdgs ?? []).length > 0);
    expect(linked.map((a) => a.sdgs!.map((s) => s.goal))).toEqual([[3, 4], [3]]);
    for (const a of linked) for (const s of a.sdgs!) {
      expect(result.doc.text.slice(s.start, s.end)).toBe(String(s.goal));
      expect(s.rule).toBe('sdg/marker');
      expect(s.raw).toMatch(/^globala mål 3/);
    }
  });

  it('links nothing in documents that make no Agenda 2030 reference, numbered goals of their own included', async () => {
    for (const file of ['avfallsplan-tranas.html', 'naringslivsprogram-gislaved.txt', 'trygghetsplan-ludvika.docx', 'krisberedskap-arvika.txt', 'aldreplan-kiruna.pdf']) {
      const x = await extractionOf(file);
      expect(x.activities.length, file).toBeGreaterThan(0);
      expect(x.activities.flatMap((a) => a.sdgs ?? []), file).toEqual([]);
    }
  });
});
