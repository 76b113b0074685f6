import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (markdown: string) => extract(buildDoc('text', exampleBlocks(markdown), { pageCount: null })).activities;

describe('a status said in an assessment column', () => {
  it('takes the status from the status word an assessment cell holds', () => {
    const activities = read([
      '# Målområde 1: Goda levnadsvanor',
      '| Åtgärd | Ansvarig | Lägesbedömning |',
      '| Erbjuda hälsosamtal till alla elever i årskurs 7 | BUF | Pågår enligt plan |',
      '| Starta en rökavvänjningsgrupp på vårdcentralen | SOC | Klart |',
      '| Införa rörelsepauser i alla skolor | BUF | Ej påbörjad |',
    ].join('\n'));
    expect(activities.map((a) => a.status)).toEqual(['ongoing', 'done', 'not_started']);
  });

  it('leaves the status empty where the assessment is only a colour word', () => {
    const activities = read([
      '# Målområde 1: Trygga offentliga miljöer',
      '| Åtgärd | Ansvarig | Bedömning |',
      '| Förbättra belysningen i gångtunnlarna | TKF | Grön |',
      '| Inventera otrygga platser med polisen | KLK | Gul |',
    ].join('\n'));
    expect(activities.map((a) => a.status)).toEqual([null, null]);
    expect(activities.map((a) => a.track)).toEqual(['on_track', 'deviation']);
  });
});
