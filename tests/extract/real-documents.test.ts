import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { processDocument } from '../../src/pipeline/process.js';
import { ocrAvailable, resetOcrTools } from '../../src/ingest/ocr.js';

/** Real PDFs as municipalities published them (corpus/, SOURCES.tsv in ../shared/corpus/real), read as a careful reader would. */
async function extractionOf(name: string): Promise<Extraction> {
  // The bundled corpus holds most of them; the rest are read where the shared corpus stands beside the project.
  const file = existsSync(`corpus/${name}`) ? `corpus/${name}` : `../shared/corpus/real/${name}`;
  const result = await processDocument(file, new Uint8Array(readFileSync(file)));
  if (!result.ok) throw new Error(result.reason);
  return result.extraction;
}

/** Every activity lies in the text after its focus area's heading and before the next top-level heading. */
function expectUnderTheirHeadings(x: Extraction): void {
  const top = x.focusAreas.filter((f) => f.parentKey === null).sort((a, b) => a.start - b.start);
  for (const a of x.activities) {
    const area = x.focusAreas[a.focusAreaKey!];
    const root = area.parentKey === null ? area : x.focusAreas[area.parentKey];
    const next = top[top.indexOf(root) + 1];
    expect({ activity: a.text, after: a.start > root.start, before: next ? a.start < next.start : true }).toEqual({ activity: a.text, after: true, before: true });
  }
}

describe('real documents', () => {
  it('Olofström: four headings, numbered actions 1.1–4.9, each with the units and deadline of its table', async () => {
    const x = await extractionOf('olofstrom_handlingsplan-klimat-och-energi_2023.pdf');
    expect(x.metadata.municipality?.value).toBe('1060');
    expect(x.metadata.docType.value).toBe('handlingsplan');
    expect(x.metadata.title?.value).toBe('Handlingsplan för klimat och energi');
    expect(x.metadata.documentDate?.value).toBe('2023-03-31');
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Minskad energianvändning', 'Förnybar energi', 'Transporter', 'Engagera flera']);
    expect(x.focusAreas.every((f) => f.rule === 'section/numbered-heading')).toBe(true);
    expect(x.outcome).toBe('plan');
    // Each action stands on the page under its own heading: after that heading and before the next.
    expectUnderTheirHeadings(x);
    const first = x.activities[0];
    expect(first.text).toBe('Tilläggsisolera, byta fönster osv.');
    expect(first.ownerRaw?.split('; ')).toEqual(['Kommunledningsförv', 'Kultur- och fritidsförv.', 'Olofströms Hus AB', 'Socialförvaltningen', 'Utbildningsförvaltningen']);
    expect(first.years).toEqual([2026]);
    expect(x.activities.filter((a) => a.years.length > 0).length).toBeGreaterThanOrEqual(22);
  });

  it('Haparanda: the cover title gives type and period', async () => {
    const x = await extractionOf('haparanda_klimatstrategi-2020-2050_2013.pdf');
    expect(x.metadata.municipality?.value).toBe('2583');
    expect(x.metadata.docType.value).toBe('strategi');
    expect(x.metadata.period?.value).toEqual({ start: 2020, end: 2050 });
  });

  it('Sundsvall: the title stands in the running header', async () => {
    const x = await extractionOf('sundsvall_tillvaxtstrategi_KS-2025-00512_2025.pdf');
    expect(x.metadata.municipality?.value).toBe('2281');
    expect(x.metadata.title).toMatchObject({ value: 'Tillväxtstrategi', rule: 'title/running-header' });
    expect(x.metadata.documentDate?.value).toBe('2025-10-06');
  });

  it('Borlänge read from its text layer alone: a risk analysis, with chapters and a table of contents, yields no plan structure and says so', async () => {
    // Without OCR the one action table, a picture, is not read; what remains is no plan.
    const before = process.env.STYRDOK_TESSERACT;
    process.env.STYRDOK_TESSERACT = 'none';
    resetOcrTools();
    const x = await extractionOf('borlange_risk-och-sarbarhetsanalys_2023.pdf').finally(() => {
      if (before === undefined) delete process.env.STYRDOK_TESSERACT;
      else process.env.STYRDOK_TESSERACT = before;
      resetOcrTools();
    });
    expect(x.metadata.municipality?.value).toBe('2081');
    expect(x.metadata.docType.value).toBe('ovrigt');
    expect(x.focusAreas).toEqual([]);
    expect(x.activities).toEqual([]);
    expect(x.outcome).toBe('none');
    expect(x.messages.map((m) => m.ruleId)).toContain('extract/no-plan');
  });

  it('Sundsvall: four priority areas (4.1–4.4), each with the five directions the page sets under it', async () => {
    const x = await extractionOf('sundsvall_tillvaxtstrategi_KS-2025-00512_2025.pdf');
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Omvärld', 'Omställningskraft', 'Näringsliv', 'Befolkningsförsörjning och platsattraktion']);
    // Five directions under each of the four areas, as the page sets them, each one under its own area.
    expect(x.activities).toHaveLength(20);
    expect(x.focusAreas.map((f) => x.activities.filter((a) => a.focusAreaKey === f.key).length)).toEqual([5, 5, 5, 5]);
    expectUnderTheirHeadings(x);
    // The success factors ('Timrå Airport') and the reference list ('förhåller sig till') are no activities.
    expect(x.activities.some((a) => /Timrå|förhåller/.test(a.text))).toBe(false);
  });

  it('Vansbro: the actions of chapter 8 under the goals they serve, the chapter titles no focus areas', async () => {
    const x = await extractionOf('vansbro_energi-och-klimatplan.pdf');
    const titles = x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title);
    expect(titles).not.toContain('Sammanfattning');
    expect(titles).not.toContain('Uppföljning');
    expect(titles.some((t) => /^Kommunerna ska verka för en förlängning av den befintliga Västerdalsbanan/.test(t))).toBe(true);
    // The chapter '8. Åtgärder' names the actions; its goals are the areas.
    expect(titles).not.toContain('Åtgärder');
    expect(x.activities.length).toBeGreaterThanOrEqual(25);
    expect(x.activities.length).toBeLessThanOrEqual(45);
    const under = (pattern: RegExp) => x.activities.filter((a) => pattern.test(x.focusAreas[a.focusAreaKey!].title)).map((a) => a.text);
    expect(under(/Västerdalsbanan/)).toContain('Vansbro kommun ska verka för att persontrafiken på Västerdalsbanan kan återuppstå');
    // 'Åtgärder, mål 11-12' puts its actions under goal 11.
    expect(under(/^Tillförd normalårskorrigerad energi för uppvärmning och tappvarmvatten till lokaler/)).toContain('Utbilda driftpersonal på värmekamera');
  });

  it('Simrishamn: six goal areas, eleven goals and the 22 activity rows of a report exported as lines', async () => {
    const x = await extractionOf('simrishamn_kultur-och-fritidsnamnden_arsbokslut_2025.pdf');
    const areas = x.focusAreas.filter((f) => f.parentKey === null);
    const goals = x.focusAreas.filter((f) => f.parentKey !== null);
    expect(areas.map((f) => f.title)).toEqual(['Ekonomin sätter gränsen för verksamhetens omfattning', 'Hav och marina resurser', 'Hållbart samhällsbyggande', 'Klimatanpassning', 'Hälsa och välbefinnande', 'Partnerskap och samverkan']);
    expect(goals).toHaveLength(11);
    expect(x.activities).toHaveLength(22);
    expect(x.activities.every((a) => a.focusAreaKey !== null && x.focusAreas[a.focusAreaKey].parentKey !== null)).toBe(true);
    // The committee's mandate and the year's events are no activities.
    expect(x.activities.some((a) => /^(?:Fullgöra|Bedriva|Nytt bibliotekssystem)/.test(a.text))).toBe(false);
  });

  it('Simrishamn: each activity’s green check icon, each progress bar as drawn, each goal’s green dot', async () => {
    const x = await extractionOf('simrishamn_kultur-och-fritidsnamnden_arsbokslut_2025.pdf');
    // Every status is the same green check image; the lights are read from its pixels.
    expect(x.activities.map((a) => a.track)).toEqual(Array(22).fill('on_track'));
    expect(x.activities.every((a) => /^✅ #[0-9A-F]{6}$/.test(a.trackRaw ?? '') && a.trackRule === 'track/icon-green')).toBe(true);
    // 'Färdiggrad' is a drawn bar: 18 full, three at about nine tenths, one at about eight.
    const measured = x.activities.map((a) => a.progress ?? -1).sort((p, q) => p - q);
    const drawn = [0.8, 0.9, 0.9, 0.9, ...Array(18).fill(1)];
    measured.forEach((p, i) => expect(Math.abs(p - drawn[i])).toBeLessThanOrEqual(0.05));
    expect(x.activities.filter((a) => a.progress === 1).every((a) => a.status === 'done' && a.statusSource === 'bar')).toBe(true);
    expect(x.activities.filter((a) => (a.progress ?? 1) < 1).every((a) => a.status === 'ongoing')).toBe(true);
    // The goals' assessments ('Bedömning') are green dots.
    const goals = x.focusAreas.filter((f) => f.parentKey !== null);
    expect(goals.map((g) => g.track)).toEqual(Array(11).fill('on_track'));
    expect(goals.every((g) => g.trackRule === 'track/icon-green')).toBe(true);
  });

  it('risk analyses, a climate brochure, a goal compilation and a Norwegian plan: no rows a reader would not accept (Borlänge below)', async () => {
    const shared = ['bjurholm_rsa-risk-och-sarbarhetsanalys_2023.pdf', 'hagfors_rsa-risk-och-sarbarhetsanalys_2023.pdf'].filter((n) => existsSync(`../shared/corpus/real/${n}`));
    for (const name of [...shared, 'haparanda_klimatstrategi-2020-2050_2013.pdf', 'soderkoping_samordning-mal-och-strategier-miljo-klimat_uppfoljning_2022.pdf', 'telemark-fylke_ungdomsrad_handlingsplan_2025_NO.pdf']) {
      const x = await extractionOf(name);
      expect({ name, activities: x.activities.length, outcome: x.outcome }).toEqual({ name, activities: 0, outcome: 'none' });
    }
  });

  it.skipIf(!ocrAvailable() && !process.env.STYRDOK_REQUIRE_OCR)('Borlänge: the action table pasted as a picture on page 58 is read by OCR, row by row, column by column', async () => {
    const file = 'corpus/borlange_risk-och-sarbarhetsanalys_2023.pdf';
    const result = await processDocument(file, new Uint8Array(readFileSync(file)));
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.messages.find((m) => m.ruleId === 'ingest/pdf-image-ocr')?.reason).toMatch(/page 58 \(403×521 pt/);
    // Its page keeps a text layer (the chapter's introduction): a transcript of that layer has no table.
    expect(result.doc.imageOcrPages).toContain(58);
    const rows = result.extraction.activities.filter((a) => a.page === 58);
    expect(rows).toHaveLength(12);
    expect(rows.every((a) => a.confidence === 0.95 && a.ownerRaw !== null)).toBe(true);
    expect(rows[0].text).toBe('Beslutad nödbränsleplan innehållande planer för transport och krislager');
    expect(rows.map((a) => a.ownerRaw?.split(' ')[0])).toEqual([
      'Kommunskydd', 'Miljökontoret', 'Kommunskydd', 'Kommunskydd', 'Kommunskydd', 'Kommunskydd', 'Alla', 'Kommunfastigheter', 'Kommunskydd', 'Kommunskydd', 'Kommunskydd', 'Kommunskydd',
    ]);
    // A risk analysis is no plan: no focus areas, and everything outside the table is uncertain at most.
    expect(result.extraction.outcome).toBe('partial');
    expect(result.extraction.activities.filter((a) => a.page !== 58).every((a) => (a.confidence ?? 1) < 0.7)).toBe(true);
  });

  it('Telemark: a Norwegian county is no Swedish municipality', async () => {
    const x = await extractionOf('telemark-fylke_ungdomsrad_handlingsplan_2025_NO.pdf');
    expect(x.metadata.municipality).toBeNull();
  });

  it('Simrishamn and Söderköping: follow-up reports of their municipality', async () => {
    const s = await extractionOf('simrishamn_kultur-och-fritidsnamnden_arsbokslut_2025.pdf');
    expect(s.metadata.municipality?.value).toBe('1291');
    expect(s.metadata.docType.value).toBe('uppfoljning');
    expect(s.activities.some((a) => /^Kommentar/.test(a.text))).toBe(false);
    const k = await extractionOf('soderkoping_samordning-mal-och-strategier-miljo-klimat_uppfoljning_2022.pdf');
    expect(k.metadata.municipality?.value).toBe('0582');
    expect(k.metadata.documentDate?.value).toBe('2022-04-21');
  });
});
