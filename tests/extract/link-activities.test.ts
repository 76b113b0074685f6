import { describe, expect, it } from 'vitest';
import { linkActivities, type LinkActivity } from '../../src/extract/lineage.js';

/** Three yearly versions of a library plan: one activity kept word for word, one reworded, one split in two. */
const first: LinkActivity[] = [
  { id: 1, text: '1.1 Utöka bibliotekets öppettider på lördagar', focusArea: 'Läsande', owner: 'Kulturförvaltningen' },
  { id: 2, text: '1.2 Starta en läsecirkel för unga vuxna', focusArea: 'Läsande', owner: 'Biblioteket' },
  { id: 3, text: '2.1 Digitalisera lokalhistoriska arkivet och tidningsklippen', focusArea: 'Kulturarv', owner: 'Arkivet' },
];
const second: LinkActivity[] = [
  { id: 11, text: '1.1 Utöka bibliotekets öppettider på lördagar', focusArea: 'Läsande', owner: 'Kulturförvaltningen' },
  { id: 12, text: '1.2 Starta läsecirklar för unga vuxna i alla stadsdelar', focusArea: 'Läsande', owner: 'Biblioteket' },
  { id: 13, text: '2.1 Digitalisera lokalhistoriska arkivet', focusArea: 'Kulturarv', owner: 'Arkivet' },
  { id: 14, text: '2.2 Digitalisera tidningsklippen', focusArea: 'Kulturarv', owner: 'Arkivet' },
];
const third: LinkActivity[] = [
  { id: 21, text: 'Utöka bibliotekets öppettider på lördagar', focusArea: 'Läsande', owner: 'Kulturförvaltningen' },
  { id: 22, text: 'Avveckla bokbussen', focusArea: 'Läsande', owner: 'Biblioteket' },
];

const copy = (xs: LinkActivity[]) => xs.map((x) => ({ ...x }));

describe('linking activities across a family of three', () => {
  it('links the middle document the same as the later of one pair and the earlier of the next, though what it compares is kept per activity', () => {
    const fresh = [...linkActivities(copy(first), copy(second)), ...linkActivities(copy(second), copy(third))];
    const shared = [...linkActivities(first, second), ...linkActivities(second, third)];
    expect(shared).toEqual(fresh);
    // A second pass over the same activities gives the same links again.
    expect([...linkActivities(first, second), ...linkActivities(second, third)]).toEqual(fresh);
  });

  it('links the same words as the same activity, numbering aside, and leaves a new activity unlinked', () => {
    const links = linkActivities(second, third);
    expect(links.find((l) => l.from === 11)).toMatchObject({ to: 21, kind: 'same', rule: 'link/same-text' });
    expect(links.some((l) => l.to === 22)).toBe(false);
  });

  it('reads a split from the kept comparison too', () => {
    const links = linkActivities(first, second);
    expect(links.filter((l) => l.from === 3).map((l) => l.to).sort()).toEqual([13, 14]);
    expect(links.find((l) => l.from === 3)?.kind).toBe('split');
  });
});
