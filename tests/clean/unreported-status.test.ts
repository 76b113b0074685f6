import { describe, expect, it } from 'vitest';
import { statusLength } from '../../src/clean/cell-kinds.js';
import { extract } from '../../src/extract/index.js';
import { classifyStatus } from '../../src/extract/rules/status.js';
import { readText } from '../../src/ingest/text.js';

/** A planning system's records printed with the labels before the values, run onto one line in a transcript. */
const transcript = [
  'Uppföljning av avfallsplanen 2026',
  'Transkript',
  '1',
  'Målområde 1 Mindre avfall Aktivitet: Ansvarig: Tidplan: Status: Kommentar: Införa matavfallsinsamling i alla flerbostadshus Renhållningsenheten 2026 ○ Ej påbörjad Upphandling pågår. Aktivitet: Ansvarig: Tidplan: Status: Kommentar: Öppna en återbruksbod vid återvinningscentralen Renhållningsenheten 2026–2027 Ej rapporterad Arbetet pågår; lokalen är hyrd sedan maj. Aktivitet: Ansvarig: Tidplan: Status: Kommentar: Erbjuda skolor workshops om nedskräpning Miljöenheten 2027 ● Klar Tolv skolor har deltagit.',
].join('\n');

describe("a status cell that says no report was given ('Ej rapporterad')", () => {
  it('is a status phrase: it fills the status cell, and the comment after it is read', async () => {
    const doc = await readText(new TextEncoder().encode(transcript));
    const x = extract(doc);
    expect(x.activities.map((a) => [a.text, a.status])).toEqual([
      ['Införa matavfallsinsamling i alla flerbostadshus', 'not_started'],
      ['Öppna en återbruksbod vid återvinningscentralen', 'ongoing'],
      ['Erbjuda skolor workshops om nedskräpning', 'done'],
    ]);
  });

  it('is an unknown status that gives way to a phrase saying how far the work has come', () => {
    expect(statusLength('Ej rapporterad Arbetet pågår.')).toBe('Ej rapporterad'.length);
    expect(classifyStatus('Inte bedömd')).toMatchObject({ status: 'unknown', rule: 'status/ej-rapporterad' });
    expect(classifyStatus('Ej rapporterad. Arbetet pågår enligt plan.')?.status).toBe('ongoing');
    // Only at the start of a cell: a report that something was not reported is no status of the cell.
    expect(statusLength('Resultatet är ej rapporterat')).toBe(0);
  });
});
