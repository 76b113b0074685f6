import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';
import { groupFields } from '../../src/extract/constructions/group-field-line.js';

const rows = (doc: string) =>
  extract(buildDoc('text', exampleBlocks(doc.split('\n').map((l) => l.trim()).join('\n')), { pageCount: null })).activities.map((a) => [a.text, a.ownerRaw, a.timeRaw]);

describe('a field line given once for a group of items', () => {
  it('reads the label with the group after it, or the group first, blanking the group’s words', () => {
    const text = 'Ansvar för båda aktiviteterna: Biblioteket. Tid: 2027.';
    const f = groupFields(text)!.fields;
    expect(f.map((x) => [x.role, x.value])).toEqual([['owner', 'Biblioteket'], ['time', '2027']]);
    expect(text.slice(f[0].start, f[0].end)).toBe('Biblioteket');
    expect(groupFields('För de tre insatserna gäller: Ansvar: Fritidsenheten')).toMatchObject({ count: 3, fields: [{ value: 'Fritidsenheten' }] });
    expect(groupFields('Tid för samtliga åtgärder ovan: VT 2028')).toMatchObject({ count: null, fields: [{ role: 'time', value: 'VT 2028' }] });
    expect(groupFields(text)!.count).toBe(2);
  });

  it('names no group in a plain field line or in prose about every action', () => {
    expect(groupFields('Ansvar: Biblioteket. Tid: 2027.')).toBeNull();
    expect(groupFields('För alla åtgärder söker kommunen statsbidrag.')).toBeNull();
  });

  it('gives each item of the group the fields it lacks, an item’s own fields kept', () => {
    const doc = `# Läsfrämjande
      ## Bokstart
      1. Dela ut en bokpåse till alla ettåringar
      2. Starta sagostunder på familjecentralen
      Tid: HT 2027.
      Ansvar och tid för båda aktiviteterna: Biblioteket, 2027.
      ## Skolbibliotek
      1. Bemanna skolbiblioteket på Norrskolan
      Ansvar: Barn- och utbildningsförvaltningen. Tid: 2028.`;
    const read = rows(doc);
    expect(read[0][1]).toBe('Biblioteket');
    expect(read[1]).toEqual(['Starta sagostunder på familjecentralen', 'Biblioteket', 'HT 2027']);
    expect(read[2]).toEqual(['Bemanna skolbiblioteket på Norrskolan', 'Barn- och utbildningsförvaltningen', '2028']);
  });

  it('gives the fields of a counted group to that many items only, where an item before them lacks a field too', () => {
    const doc = `# Medarbetare
      ## Introduktion
      1. Ta fram ett välkomstbrev för nyanställda
      Ansvar: HR-enheten.
      2. Införa en digital introduktionsutbildning
      3. Utse faddrar på alla arbetsplatser
      Tid för båda aktiviteterna: 2027.`;
    expect(rows(doc)).toEqual([
      ['Ta fram ett välkomstbrev för nyanställda', 'HR-enheten', null],
      ['Införa en digital introduktionsutbildning', null, '2027'],
      ['Utse faddrar på alla arbetsplatser', null, '2027'],
    ]);
  });

  it('reads a bullet list whose group line comes with the group first and a dash', () => {
    const doc = `# Parker
      - Plantera tjugo träd i Stadsparken
      - Byta bänkarna vid dammen
      För båda åtgärderna – Ansvar: Parkenheten. Klart: 2028.`;
    expect(rows(doc)).toEqual([
      ['Plantera tjugo träd i Stadsparken', 'Parkenheten', '2028'],
      ['Byta bänkarna vid dammen', 'Parkenheten', '2028'],
    ]);
  });
});
