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
});
