import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';
import { reportsDoneWork } from '../../src/lang/morphology.js';
import { isPartOfWork } from '../../src/extract/rules/status.js';

const read = (markdown: string) => extract(buildDoc('text', exampleBlocks(markdown), { pageCount: null })).activities;
const statuses = (markdown: string) => read(markdown).map((a) => [a.status, a.statusRule]);

/** A follow-up of a waste plan whose status cells are left empty on some rows, the comment beside them saying what was done. */
const followUp = (comments: string[]) =>
  [
    '# Insatsområde 3: Mindre matsvinn',
    '| Nr | Åtgärd | Ansvarig | Tid | Status | Kommentar |',
    ...comments.map((c, i) => `| 3.${i + 1} | ${['Kartlägga matsvinnet i skolköken', 'Införa tallriksvåg i gymnasiets matsal', 'Erbjuda kurser i restmatlagning', 'Ta fram en kommunal rutin för livsmedelsdonation'][i]} | Kostenheten | 2026 | | ${c} |`),
  ].join('\n');

describe('the tense of a comment whose status cell is empty', () => {
  it('reads work reported in the past or the perfect as done', () => {
    expect(statuses(followUp(['Mätningarna gjordes under tre veckor i mars.', 'Vågen invigdes vid terminsstarten.', 'Fyra kurser har hållits på medborgarhuset.', 'Rutinen antogs av nämnden i juni.']))).toEqual([
      ['done', 'status/reported-done+comment'],
      ['done', 'status/reported-done+comment'],
      ['done', 'status/reported-done+comment'],
      ['done', 'status/reported-done+comment'],
    ]);
  });

  it('says nothing for a plan, a denial, the present or a goal', () => {
    expect(statuses(followUp(['Ska genomföras under hösten 2027.', 'Vågen har inte levererats.', 'Mätningen redovisas i bokslutet.', 'Matsvinnet ska minska med en tredjedel.']))).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});

describe('done work a comment reports for a part only', () => {
  it('is under way: a count of a whole, so far, the rest to come', () => {
    expect(statuses(followUp(['Kartläggningen är genomförd i tre av sju kök.', 'Vågar har köpts in till två av fyra matsalar.', 'Två kurser har hållits, resterande under våren.', 'Ett utkast är klart, remissen återstår.'])).map(([s]) => s)).toEqual([
      'ongoing',
      'ongoing',
      'ongoing',
      'ongoing',
    ]);
  });

  it('is done where the count is the whole', () => {
    expect(isPartOfWork('Sju av sju kök är kartlagda.')).toBe(false);
    expect(isPartOfWork('12 av 12 skolor har vågar.')).toBe(false);
    expect(isPartOfWork('Tre av sju kök är kartlagda.')).toBe(true);
    expect(statuses(followUp(['Klart. Sju av sju kök är kartlagda.', '', '', ''])).map(([s]) => s)).toEqual(['done', null, null, null]);
  });
});

describe('reportsDoneWork', () => {
  it('knows the past by the ending of a weak verb and the forms of a strong one', () => {
    for (const t of ['Informationsträffen hölls i Folkets hus.', 'Avtalet skrevs under i maj.', 'Laddstolparna driftsattes i april.', 'Två handläggare anställdes.', 'Planen har tagits fram.']) expect(reportsDoneWork(t), t).toBe(true);
    for (const t of ['Kommunen har ett avtal med regionen.', 'Inget beslut fattades.', 'Beslut planeras i december.', 'Mötesplatsen är öppen varje tisdag.']) expect(reportsDoneWork(t), t).toBe(false);
  });
});
