import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';

/**
 * A numbered title a PDF's reading took for a list item ('4.2 Förebygga
 * bränder') is a heading when it is set larger than the text under it,
 * whatever its first word: a word processor's heading style printed to PDF.
 * The plans here are written for the test.
 */
const numbered = (marker: string, text: string, size: number): RawBlock => ({ kind: 'item', text, page: 1, marker, level: 0, size });
const para = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 1, size: 1 });

const plan = (size: number): RawBlock[] => [
  { kind: 'heading', text: '4 Åtgärder', page: 1, size: 1.45 },
  para('Åtgärderna är ordnade i tre områden. Efter varje åtgärd anges vem som ansvarar.'),
  numbered('4.1', 'Förebygga bränder', size),
  para('Räddningstjänsten ska erbjuda hembesök hos alla som fyllt 80 år.'),
  para('Ansvar: Räddningstjänsten. Klart: 2027.'),
  numbered('4.2', 'Upptäcka och larma', size),
  para('Alla kommunens lägenheter ska ha brandvarnare som kontrolleras varje år.'),
  para('Ansvar: Bostadsbolaget. Klart: Löpande.'),
  numbered('4.3', 'Utbilda och öva', size),
  para('Personalen i hemtjänsten ska utbildas i brandskydd.'),
  para('Ansvar: Vård- och omsorgsförvaltningen. Klart: 2026.'),
];
const focus = (blocks: RawBlock[]) => extract(buildDoc('pdf', blocks, { pageCount: 1 })).focusAreas.filter((f) => f.parentKey === null).map((f) => f.title);

describe('a numbered title set larger than the text under it', () => {
  it('heads a section though its first word is a verb', () => {
    expect(focus(plan(1.18))).toEqual(['Förebygga bränder', 'Upptäcka och larma', 'Utbilda och öva']);
    // A browser's print sets the heading style only a few points up.
    expect(focus(plan(1.08))).toEqual(['Förebygga bränder', 'Upptäcka och larma', 'Utbilda och öva']);
  });

  it('ends the record above it, which keeps its fields: no list under them', () => {
    const x = extract(buildDoc('pdf', plan(1.18), { pageCount: 1 }));
    expect(x.activities.map((a) => [a.text, a.ownerRaw])).toEqual([
      ['Räddningstjänsten ska erbjuda hembesök hos alla som fyllt 80 år.', 'Räddningstjänsten'],
      ['Alla kommunens lägenheter ska ha brandvarnare som kontrolleras varje år.', 'Bostadsbolaget'],
      ['Personalen i hemtjänsten ska utbildas i brandskydd.', 'Vård- och omsorgsförvaltningen'],
    ]);
  });

  it('stays an action in body type, or above an item of its own size', () => {
    expect(focus(plan(1))).not.toContain('Upptäcka och larma');
    const list: RawBlock[] = [
      { kind: 'heading', text: '4 Åtgärder', page: 1, size: 1.45 },
      numbered('4.1', 'Bygga ut laddplatser vid kommunhuset', 1.18),
      numbered('4.2', 'Byta till elbilar i hemtjänsten', 1.18),
      numbered('4.3', 'Starta en bilpool för personalen', 1.18),
      para('Åtgärderna följs upp varje år.'),
    ];
    expect(focus(list)).toEqual([]);
  });

  it('stays an action over its own field lines, however large its type', () => {
    const actions: RawBlock[] = [
      { kind: 'heading', text: '2 Delmål', page: 1, size: 1.45 },
      para('Mått: andel ärenden som avgörs inom fyra veckor.'),
      numbered('2.1.1', 'Införa digital ansökan om parkeringstillstånd', 1.2),
      para('Ansvarig: Gatuenheten'),
      para('Tidplan: 2026'),
      para('Mått: antal besök på webbplatsen.'),
      numbered('2.1.2', 'Ta fram en ny webbplats för felanmälan', 1.2),
      para('Ansvarig: Kommunikationsenheten'),
      para('Tidplan: 2027'),
    ];
    const x = extract(buildDoc('pdf', actions, { pageCount: 1 }));
    expect(x.activities.map((a) => [a.text, a.ownerRaw])).toEqual([
      ['Införa digital ansökan om parkeringstillstånd', 'Gatuenheten'],
      ['Ta fram en ny webbplats för felanmälan', 'Kommunikationsenheten'],
    ]);
  });
});
