import { describe, expect, it } from 'vitest';
import { cellKind } from '../../src/clean/cell-kinds.js';
import { yearsIn } from '../../src/extract/rules/years.js';

describe('a time cell, in the forms plans write it', () => {
  it('reads each form of time as a time, with the years it covers', () => {
    const cases: Array<[string, number[]]> = [
      ['2026', [2026]],
      ['2025–2027', [2025, 2026, 2027]],
      ['Q2 2026', [2026]],
      ['kv 4 2025', [2025]],
      ['VT 2026', [2026]],
      ['Tertial 2 2025', [2025]],
      ['T3 2026', [2026]],
      ['Senast 2026-03-31', [2026]],
      ['Jan–jun 2026', [2026]],
      ['vecka 40 2025', [2025]],
      ['2025-09-01', [2025]],
      ['sep 2025–feb 2026', [2025, 2026]],
      ['2025/26', [2025, 2026]],
      ['2025-01-01 – 2026-06-30', [2025, 2026]],
      // A date a line break cut after its year's dash, run on with a space by a transcript.
      ['Senast 2026- 03-31', [2026]],
      ['2025- 11-15', [2025]],
      ['Från 2025- 08-01', [2025]],
      // Times listed, as a cell for recurring work names each year.
      ['Augusti 2026, 2027', [2026, 2027]],
      ['2025, 2026 och 2027', [2025, 2026, 2027]],
      ['VT 2026, HT 2027', [2026, 2027]],
    ];
    for (const [text, years] of cases) expect({ text, kind: cellKind(text), years: yearsIn(text) }).toEqual({ text, kind: 'time', years });
  });

  it('does not read a figure, a month alone, a unit or a status with a year as a time', () => {
    for (const [text, kind] of [['12 500', 'number'], ['mars', 'text'], ['Kulturförvaltningen', 'owner'], ['Pågår', 'status'], ['2025 års budget', 'text'], ['2026- 3 nya platser', 'text'], ['2026 och framåt', 'text'], ['2026, vilket är sent', 'text']] as const) {
      expect({ text, kind: cellKind(text) }).toEqual({ text, kind });
    }
  });
});
