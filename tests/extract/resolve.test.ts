import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { CONSTRUCTIONS, proposeAll } from '../../src/extract/constructions/index.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { PRECEDENCE, rankOf } from '../../src/extract/resolve/precedence.js';
import type { Proposal } from '../../src/extract/resolve/proposal.js';
import { resolve } from '../../src/extract/resolve/resolve.js';
import { buildView } from '../../src/extract/view/document-view.js';

const viewOf = (doc: string) => buildView(buildDoc('text', exampleBlocks(doc), { pageCount: null }));

/** Which construction's proposal each block took, over a document. */
function choices(doc: string, proposals?: (all: Proposal[]) => Proposal[]) {
  const view = viewOf(doc);
  const all = proposeAll(view);
  const chosen: Array<string | null> = [];
  const outline = resolve(view, proposals ? proposals(all) : all, (block, p) => (chosen[block] = p?.rule ?? null));
  return { view, chosen, outline };
}

describe('the precedence table', () => {
  it('names each reading once, with the reason for its place', () => {
    const rules = PRECEDENCE.map((p) => p.rule);
    expect(new Set(rules).size).toBe(rules.length);
    for (const p of PRECEDENCE) expect(p.why.length).toBeGreaterThan(10);
  });

  it('has a place for every reading the constructions propose on their examples', () => {
    for (const c of CONSTRUCTIONS) {
      for (const ex of [...c.positive, ...c.negative]) {
        for (const p of proposeAll(viewOf(ex.doc))) expect(() => rankOf(p.rule)).not.toThrow();
      }
    }
  });

  it('puts structure before content: a labelled section before an item, a lead-in before prose', () => {
    expect(rankOf('section/labelled')).toBeLessThan(rankOf('activity/list-item'));
    expect(rankOf('lead-in/paragraph')).toBeLessThan(rankOf('frame/prose'));
    expect(rankOf('trap/table-of-contents')).toBe(0);
  });
});

describe('the resolver', () => {
  it('gives each block the first proposal of the table whose conditions hold', () => {
    // A line of fields with an item before it belongs to the item; the same line with none before it is prose.
    const withItem = choices('# Avfall\n1. Öppna en återbruksbutik vid centralen\nAnsvarig: Tekniska förvaltningen');
    expect(withItem.chosen).toEqual(['section/heading', 'activity/list-item', 'field/following-line']);
    const alone = choices('# Avfall\nAnsvarig: Tekniska förvaltningen');
    expect(alone.chosen[1]).not.toBe('field/following-line');
  });

  it('follows the table, not the order proposals arrive in', () => {
    const doc = '# Klimat\nTema 1: Energi\n- Byta till LED i gatubelysningen';
    const forward = choices(doc);
    const reversed = choices(doc, (all) => [...all].reverse());
    expect(reversed.chosen).toEqual(forward.chosen);
    expect(forward.chosen[1]).toBe('section/labelled');
  });

  it('lets a construction removed from the proposals change only what it read', () => {
    const doc = '# Folkhälsa\nTema 1: Rörelse\n- Bygga utegym i varje stadsdel\n- Erbjuda simskola för vuxna';
    const without = choices(doc, (all) => all.filter((p) => p.construction !== 'section/labelled'));
    expect(without.chosen[1]).toBe('frame/prose');
    expect(without.chosen.slice(2)).toEqual(['activity/list-item', 'activity/list-item']);
  });

  it('has every construction that reads documents take part in reading its positive examples', () => {
    for (const c of CONSTRUCTIONS.filter((x) => x.propose)) {
      const won = c.positive.some((ex) => choices(ex.doc).chosen.some((rule) => rule !== null && PRECEDENCE.some((p) => p.rule === rule) && proposeAll(viewOf(ex.doc)).some((p) => p.rule === rule && p.construction === c.id)));
      expect({ id: c.id, won }).toEqual({ id: c.id, won: true });
    }
  });
});
