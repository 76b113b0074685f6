import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';

/**
 * A numbered heading that the reading of its page gave as a paragraph (the
 * first line of a printed page, '3.3Dagvatten' where a browser printed a saved
 * page) is known by its number: it comes next after a numbered heading set in
 * the same type. The plans here are written for the test.
 */
const heading = (text: string, page = 1): RawBlock => ({ kind: 'heading', text, page, size: 1.1 });
const item = (text: string, page = 1): RawBlock => ({ kind: 'item', text, page, marker: '•', level: 0, size: 1 });
const areas = (blocks: RawBlock[]) => extract(buildDoc('pdf', blocks, { pageCount: 2 })).focusAreas.filter((f) => f.parentKey === null).map((f) => f.title);

const plan = (third: RawBlock): RawBlock[] => [
  { kind: 'heading', text: '3 Åtgärder', page: 1, size: 1.4 },
  heading('3.1 Dricksvatten'),
  item('Ta fram en reservvattenplan för tätorterna'),
  item('Bygga en ny vattenledning till Norrby'),
  heading('3.2 Avlopp'),
  item('Inventera enskilda avlopp runt sjön'),
  item('Byta ut pumpstationen i hamnen'),
  third,
  item('Anlägga en dagvattendamm vid skolan', 2),
  item('Kartlägga översvämningsrisker i centrum', 2),
];

describe('a numbered heading read as a paragraph', () => {
  it('opens the next section when its number follows a heading’s in the same type', () => {
    expect(areas(plan({ kind: 'paragraph', text: '3.3Dagvatten och skyfall', page: 2, size: 1.1 }))).toEqual(['Dricksvatten', 'Avlopp', 'Dagvatten och skyfall']);
  });

  it('stays a paragraph in body type, as a sentence, or out of the sequence', () => {
    expect(areas(plan({ kind: 'paragraph', text: '3.3 Dagvatten och skyfall', page: 2, size: 1 }))).toEqual(['Dricksvatten', 'Avlopp']);
    expect(areas(plan({ kind: 'paragraph', text: '3.3 Dagvattnet ska tas om hand lokalt.', page: 2, size: 1.1 }))).toEqual(['Dricksvatten', 'Avlopp']);
    expect(areas(plan({ kind: 'paragraph', text: '3.5 Dagvatten och skyfall', page: 2, size: 1.1 }))).toEqual(['Dricksvatten', 'Avlopp']);
  });
});
