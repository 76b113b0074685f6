import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { OutlineState } from '../../src/extract/resolve/outline-state.js';

const doc = () => buildDoc('text', exampleBlocks('# Vattenförsörjning\nAnsvar: Tekniska förvaltningen | Klart: 2027\nSäkra reservvatten till äldreboendena.'), { pageCount: null });

describe('fields with no activity before them', () => {
  it('are reported with their span, and the next item is read as usual', () => {
    const d = doc();
    const state = new OutlineState(d);
    const base = d.text.indexOf('Ansvar:');
    expect(() => state.attachFields(base, [{ role: 'owner', label: 'Ansvar', value: 'Tekniska förvaltningen', start: 0, end: 30, rule: 'field/following-line' }], 'field/following-line')).not.toThrow();
    expect(state.messages).toHaveLength(1);
    expect(state.messages[0]).toMatchObject({ ruleId: 'field/following-line/unplaced', start: base, end: base + 30 });
    expect(state.root.entries).toHaveLength(0);
  });

  it('and a continuation line with nothing to continue is left alone', () => {
    const d = doc();
    const state = new OutlineState(d);
    expect(() => state.extendEntry(d.blocks[1])).not.toThrow();
    expect(state.lastEntry).toBeNull();
  });

  it('fields after an item still go to that item', () => {
    const d = doc();
    const state = new OutlineState(d);
    const item = d.blocks[2];
    state.addEntry(item, 'item', item.start, d.text.slice(item.start, item.end), ['test']);
    state.attachFields(d.blocks[1].start, [{ role: 'owner', label: 'Ansvar', value: 'Tekniska förvaltningen', start: 0, end: 30, rule: 'field/following-line' }], 'field/following-line');
    expect(state.lastEntry?.fields.map((f) => f.value)).toEqual(['Tekniska förvaltningen']);
    expect(state.messages).toHaveLength(0);
  });
});
