import { describe, expect, it } from 'vitest';
import { unfoldFieldRows } from '../../src/clean/field-rows.js';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { splitLabelledRecords } from '../../src/clean/labelled-records.js';

const row = (table: number, ...cells: string[]): RawBlock => ({ kind: 'row', text: '', page: 1, table, cells });
const para = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 1 });

describe('rows of labels and values, as a planning system prints its records to PDF', () => {
  // A climate plan's follow-up: each activity a small table of label and value, one record set as one row.
  const printed: RawBlock[] = [
    { kind: 'heading', text: 'Uppföljning av klimatplanen, delår 2025', page: 1, level: 1 },
    para('Målområde 1: Fossilfria transporter'),
    row(0, 'Aktivitet:', '', 'Ställa om kommunens fordonsflotta till el och biogas i samverkan med'),
    para('regionen'),
    { kind: 'heading', text: 'Ansvarig: Fordonsenheten', page: 1 },
    row(0, 'Status:', '', 'Pågående'),
    row(1, 'Aktivitet:', 'Bygga ut laddplatser vid kommunens arbetsplatser'),
    row(1, 'Ansvarig:', 'Fastighetsavdelningen'),
    row(1, 'Status:', 'Ej påbörjad'),
    para('Målområde 2: Energieffektiva lokaler'),
    row(2, 'Aktivitet: Installera solceller på tre skolor Ansvarig: Fastighetsavdelningen Status: Avslutad'),
  ];

  it('gives each labelled row as the line of fields it reads as, joining a value wrapped out of its cell', () => {
    const out = unfoldFieldRows(printed);
    expect(out.filter((b) => b.kind === 'row')).toEqual([]);
    expect(out.map((b) => b.text).filter((t) => t.startsWith('Aktivitet:'))).toEqual([
      'Aktivitet: Ställa om kommunens fordonsflotta till el och biogas i samverkan med regionen',
      'Aktivitet: Bygga ut laddplatser vid kommunens arbetsplatser',
      'Aktivitet: Installera solceller på tre skolor Ansvarig: Fastighetsavdelningen Status: Avslutad',
    ]);
  });

  it('reads the records as activities under their areas, with owner and status', () => {
    const x = extract(buildDoc('pdf', splitLabelledRecords(unfoldFieldRows(printed)), { pageCount: 1 }));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Fossilfria transporter', 'Energieffektiva lokaler']);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.status])).toEqual([
      ['Ställa om kommunens fordonsflotta till el och biogas i samverkan med regionen', 'Fordonsenheten', 'ongoing'],
      ['Bygga ut laddplatser vid kommunens arbetsplatser', 'Fastighetsavdelningen', 'not_started'],
      ['Installera solceller på tre skolor', 'Fastighetsavdelningen', 'done'],
    ]);
  });

  it('leaves tables whose labels do not recur: a masthead, a legend, an indicator table', () => {
    const tables: RawBlock[] = [
      row(0, 'Dokument:', 'Lägesrapport'),
      row(0, 'Datum:', '2025-09-30'),
      row(0, 'Diarienummer:', 'KS 2025/112'),
      row(1, 'Grön:', 'Enligt plan'),
      row(1, 'Gul:', 'Viss avvikelse'),
      row(1, 'Röd:', 'Stor avvikelse'),
      row(2, 'Indikator', 'Utfall 2024', 'Målvärde 2026'),
      row(2, 'Andel fossilfria fordon', '41 %', '80 %'),
    ];
    expect(unfoldFieldRows(tables)).toEqual(tables);
  });
});

describe('labelled records run onto one line, looked for only where a colon stands', () => {
  const runOn = (n: number) => `Aktivitet: Rusta upp ${n} badplatser Ansvarig: Fritidsenheten Status: Pågående`;

  it('cuts records whose labels stand beside prose without any colon, and leaves that prose whole', () => {
    const prose = 'Badplatserna är välbesökta under sommaren och behöver ses över i tid. '.repeat(40).trim();
    const out = splitLabelledRecords([para(prose), para(`${runOn(2)} ${runOn(3)}`), para(prose)]);
    expect(out[0]).toEqual(para(prose));
    expect(out[out.length - 1]).toEqual(para(prose));
    expect(out.map((b) => b.text).filter((t) => t.startsWith('Aktivitet:'))).toEqual(['Aktivitet: Rusta upp 2 badplatser', 'Aktivitet: Rusta upp 3 badplatser']);
  });

  it('cuts nothing where the label words stand without their colons', () => {
    const blocks = [para('Aktivitet Rusta upp badplatser Ansvarig Fritidsenheten Status Pågående'), para('Aktivitet Bygga bryggor Ansvarig Fritidsenheten Status Klar')];
    expect(splitLabelledRecords(blocks)).toEqual(blocks);
  });
});
