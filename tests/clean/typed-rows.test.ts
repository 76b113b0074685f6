import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { findTypedRows } from '../../src/clean/typed-rows.js';

/**
 * Tables with no header row, run into a transcript's line: rows of an action,
 * its owner and its time, known by what their cells hold.
 */
const read = (text: string) => readText(new TextEncoder().encode(text));
const seed = (title: string, pages: string[]) =>
  [title, '', 'Relevanta dokument', 'Budget 2025', '', 'Transkript:', '', ...pages.flatMap((p, i) => [`${i + 1} (${pages.length}) ${p}`, ''])].join('\n');

// A water plan's actions under two themes, no header: action, unit, time.
const waterPlan = seed('Vattenplan Exempelby', [
  'Vattenplan för Exempelby kommun 2026–2028 Antagen av kommunfullmäktige 2025-11-20. Planen beskriver hur kommunen ska skydda vattnet. Kommunfullmäktige antog 2019 en vattenpolicy som planen bygger på.',
  'Tema 1: Rent dricksvatten Byta gamla ledningar i Norrby Tekniska förvaltningen 2026 Utreda en reservvattentäkt för centralorten VA-avdelningen HT 2027 Ta fram ett nytt vattenskyddsområde för Storsjön Samhällsbyggnadsförvaltning en 2026–2027 Tema 2: Friska sjöar Inventera enskilda avlopp runt Lillsjön Miljöförvaltningen Q2 2026 Anlägga en våtmark vid Åbäcken Tekniska förvaltningen 2028',
  'Uppföljning Planen följs upp av kommunstyrelsen varje år i samband med årsredovisningen.',
]);

describe('a table with no header', () => {
  it('reads rows of an action, a unit and a time, under their bands', () => {
    const x = extract(read(waterPlan));
    expect(x.activities.map((a) => a.text)).toEqual([
      'Byta gamla ledningar i Norrby',
      'Utreda en reservvattentäkt för centralorten',
      'Ta fram ett nytt vattenskyddsområde för Storsjön',
      'Inventera enskilda avlopp runt Lillsjön',
      'Anlägga en våtmark vid Åbäcken',
    ]);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Tekniska förvaltningen', 'VA-avdelningen', 'Samhällsbyggnadsförvaltningen', 'Miljöförvaltningen', 'Tekniska förvaltningen']);
    expect(x.activities.map((a) => a.years)).toEqual([[2026], [2027], [2026, 2027], [2026], [2028]]);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Rent dricksvatten', 'Friska sjöar']);
  });

  it('starts the table at its first row: the prose before it is no row', () => {
    const text = 'Planen beskriver hur kommunen ska skydda vattnet. Tema 1: Rent dricksvatten Byta gamla ledningar i Norrby Tekniska förvaltningen 2026 Utreda en reservvattentäkt VA-avdelningen HT 2027 Inventera enskilda avlopp Miljöförvaltningen Q2 2026';
    expect(text.slice(findTypedRows(text, [])!)).toMatch(/^Tema 1: Rent dricksvatten Byta/);
  });

  it('finds no table in prose with units and years, in labelled fields, or in figures', () => {
    const prose = 'Kommunfullmäktige antog 2019 en vattenpolicy. Miljöförvaltningen 2024 års rapport visar att Tekniska förvaltningen 2025 har bytt ledningar. Socialförvaltningen 2023 gjorde en kartläggning.';
    const fields = 'Byta ledningar i Norrby VEM Tekniska förvaltningen NÄR 2026 Utreda en reservvattentäkt VEM VA-avdelningen NÄR 2027 Inventera avlopp VEM Miljöförvaltningen NÄR 2026';
    const figures = 'Indikator Utgångsvärde Målvärde Andel sjöar med god status 48 (2024) 60 Läckage i ledningsnätet (%) 21 (2023) 15 Innehåll Tema 1 Rent dricksvatten 3 Tema 2 Friska sjöar 5';
    for (const text of [prose, fields, figures]) expect(findTypedRows(text, [])).toBeNull();
  });

  it('leaves numbered rows to their numbering', () => {
    const text = seed('Vattenplan Exempelby', [
      'Åtgärder 1.1 Byta gamla ledningar i Norrby Tekniska förvaltningen 2026 1.2 Utreda en reservvattentäkt VA-avdelningen HT 2027 1.3 Inventera enskilda avlopp Miljöförvaltningen Q2 2026',
    ]);
    const doc = read(text);
    expect(doc.blocks.filter((b) => b.kind === 'row' && (b.table ?? 0) >= 1000)).toHaveLength(0);
  });
});
