import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));

describe('a paragraph between an item and its field lines', () => {
  it('describes the item, which keeps the fields under it, and says so in a message', () => {
    const x = read('# Friluftsliv\n1.1 Rusta upp vandringslederna runt Stora sjön\nLederna har inte underhållits sedan 2015 och skyltarna saknas.\nAnsvarig: Fritidsförvaltningen\nTidplan: 2026\nStatus: Pågår\n1.2 Anlägga en badplats vid Norrviken\nAnsvarig: Tekniska förvaltningen\nTidplan: 2027');
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years.join(','), a.status])).toEqual([
      ['Rusta upp vandringslederna runt Stora sjön', 'Fritidsförvaltningen', '2026', 'ongoing'],
      ['Anlägga en badplats vid Norrviken', 'Tekniska förvaltningen', '2027', null],
    ]);
    expect(x.messages.some((m) => m.ruleId === 'trap/description' && /between an item and its field lines/.test(m.reason))).toBe(true);
  });

  it('gives no fields to the item across a paragraph that states an action, nor across one after its own fields', () => {
    expect(read('# Friluftsliv\n1.1 Rusta upp vandringslederna runt Stora sjön\nSkylta om lederna i naturreservatet vid sjön.\nAnsvarig: Fritidsförvaltningen').activities.map((a) => a.ownerRaw)).not.toContain('Fritidsförvaltningen');
    const x = read('# Friluftsliv\n1.1 Rusta upp vandringslederna runt Stora sjön\nAnsvarig: Fritidsförvaltningen\nLederna går genom två naturreservat.\nTidplan: 2026');
    expect(x.activities.map((a) => [a.ownerRaw, a.years.join(',')])).toEqual([['Fritidsförvaltningen', '']]);
  });

  it('gives the item the fields its describing paragraph closes with, and none from a paragraph that states an action', () => {
    const x = read('# Bibliotek\n3.1 Förlänga öppettiderna i Norrby\nFilialen är i dag stängd på lördagar. Ansvarig: Kulturförvaltningen. Tidplan: 2026–2027.\n3.2 Köpa in fler ljudböcker\nEfterfrågan har fördubblats sedan 2022. Ansvarig: Biblioteket. Tidplan: Löpande');
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years.join(',')])).toEqual([
      ['Förlänga öppettiderna i Norrby', 'Kulturförvaltningen', '2026,2027'],
      ['Köpa in fler ljudböcker', 'Biblioteket', ''],
    ]);
    const y = read('# Kulturarv\n2.1 Digitalisera fotoarkivet\nKommunen ska öppna arkivet för forskare. Ansvar: Arkivet. Tid: 2026.\n2.2 Skanna kartorna\nMaterialet är skört. Ansvar: Arkivet. Tid: 2027.');
    expect(y.activities.map((a) => [a.text, a.ownerRaw ?? null])).toEqual([
      ['Digitalisera fotoarkivet', null],
      ['Skanna kartorna', 'Arkivet'],
    ]);
  });

  it('reads a heading over a paragraph that closes with fields as a box when the document repeats it', () => {
    const x = read('# Idrott\n### Bygga en konstgräsplan i Västerby\nDen gamla grusplanen används sällan under vintern. Ansvarig: Fritidsförvaltningen. Tidplan: 2027.\n### Rusta upp motionsspåret\nSpåret har fått många klagomål på belysningen. Ansvarig: Tekniska förvaltningen. Tidplan: 2026.');
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years.join(',')])).toEqual([
      ['Bygga en konstgräsplan i Västerby', 'Fritidsförvaltningen', '2027'],
      ['Rusta upp motionsspåret', 'Tekniska förvaltningen', '2026'],
    ]);
    // Once is a chapter with a responsible body, not a box.
    expect(read('# Idrott\n### Konstgräsplan i Västerby\nDen gamla grusplanen används sällan under vintern. Ansvarig: Fritidsförvaltningen. Tidplan: 2027.').activities).toEqual([]);
  });
});
