import { describe, expect, it } from 'vitest';
import { readRowForward } from '../../src/clean/row-sequence.js';

/**
 * An owner with no unit's shape (a department named by its field, a post)
 * before a partner column a document leaves empty with a dash.
 */
describe('an owner read up to the dash of an empty partner cell', () => {
  const tail = ['owner', 'partner', 'time', 'status'] as const;
  const read = (text: string) => readRowForward(text.split(' '), [...tail], [])?.cells ?? null;

  it('takes the capitalised words before the dash as the owner', () => {
    expect(read('Rusta elljusspåret vid idrottsplatsen Fritid och idrott – 2026 Pågår')).toEqual({ activity: 'Rusta elljusspåret vid idrottsplatsen', owner: 'Fritid och idrott', partner: '–', time: '2026', status: 'Pågår' });
  });

  it('keeps a unit-shaped owner where one reads, and gives no reading where no dash ends the owner', () => {
    expect(read('Samverka med Region Halland om kollektivtrafiken Samhällsbyggnadsförvaltningen – 2026 Pågår')).toMatchObject({ activity: 'Samverka med Region Halland om kollektivtrafiken', owner: 'Samhällsbyggnadsförvaltningen' });
    expect(read('Rusta elljusspåret vid idrottsplatsen Fritid och idrott 2026 Pågår')).toBeNull();
  });
});
