import { describe, expect, it } from 'vitest';
import { isTocLine } from '../../src/extract/constructions/contents.js';
import type { Heading } from '../../src/extract/outline/types.js';
import { compareHeadings } from '../../src/extract/resolve/outline-state.js';
import { SECTION_LABELS } from '../../src/lang/sections.js';

const label = (id: string) => SECTION_LABELS.find((l) => l.id === id)!;
const heading = (title: string, size: number, extra: Partial<Heading> = {}): Heading => ({
  start: 0, end: title.length, title, tier: 'heading', label: null, number: null, level: null, size, listLevel: null, where: false, leadIn: null, rule: 'section/labelled', page: 1, ...extra,
});

describe('headings under one label word', () => {
  it('stand level though the sizes read on their pages differ (one page of small record labels, another of values)', () => {
    const first = heading('Trygga skolvägar', 1.37, { label: label('label/fokusomrade') });
    const next = heading('Säkra korsningar', 1.22, { label: label('label/fokusomrade') });
    expect(compareHeadings(next, first)).toBe(0);
    expect(compareHeadings(first, next)).toBe(0);
  });

  it('still nest by size under another label, and by number under the same one', () => {
    const area = heading('Trygga skolvägar', 1.37, { label: label('label/fokusomrade') });
    expect(compareHeadings(heading('Gångvägar', 1.16, { label: label('label/insatsomrade') }), area)).toBe(1);
    expect(compareHeadings(heading('Gångvägar', 1.16), area)).toBe(1);
    const goal = heading('Färre olyckor', 1.2, { label: label('label/mal'), number: '1' });
    expect(compareHeadings(heading('Färre olyckor vid skolor', 1.2, { label: label('label/mal'), number: '1.2' }), goal)).toBe(1);
  });
});

describe('a title and a number at its end', () => {
  it('is a contents line where the number can be a page of the document', () => {
    expect(isTocLine('Kultur i hela kommunen 7', false, 12)).toBe(true);
    expect(isTocLine('Kultur i hela kommunen 7', false, null)).toBe(true);
    expect(isTocLine('Inledning ........ 2', false, 1)).toBe(true);
  });

  it('is none where the number is past the last page (a week, a road, a count)', () => {
    expect(isTocLine('Aktivitet Stänga av gatan under vecka 47', false, 3)).toBe(false);
    expect(isTocLine('Bredda vägrenen på väg 27', false, 20)).toBe(false);
  });
});
