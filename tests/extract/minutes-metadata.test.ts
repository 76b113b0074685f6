import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';
import { findMinutesDecision } from '../../src/extract/rules/dates.js';

const metadataOf = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null })).metadata;

describe('the date and adoption of minutes', () => {
  it('dates minutes by their meeting and adopts on that day by the body that decides', () => {
    const m = metadataOf(
      'EKBY KOMMUN PROTOKOLL\nMiljö- och byggnadsnämnden Sammanträdesdatum 2026-03-12\n§ 31 Handlingsplan för tillsyn av enskilda avlopp 2026–2028\nMiljö- och byggnadsnämnden beslutar\n1. att anta Handlingsplan för tillsyn av enskilda avlopp 2026–2028,\n2. att paragrafen justeras omedelbart.\nBeslutsunderlag\n- Tjänsteskrivelse 2026-02-20, miljöenheten',
    );
    expect(m.documentDate?.value).toBe('2026-03-12');
    // The paragraph's number is the minutes', not part of the matter's title.
    expect(m.title?.value).toBe('Handlingsplan för tillsyn av enskilda avlopp 2026–2028');
    expect(m.adopted?.value).toEqual({ date: '2026-03-12', by: 'miljö- och byggnadsnämnden' });
  });

  it('takes no adoption from a decision that adopts nothing, nor without a meeting date', () => {
    expect(findMinutesDecision('Kulturnämnden beslutar att ge förvaltningen i uppdrag att återkomma.')).toBeNull();
    expect(findMinutesDecision('Kulturnämnden beslutar att anta biblioteksplanen.')?.by).toBe('kulturnämnden');
    expect(findMinutesDecision('Förslag till beslut: Socialnämnden antar Plan mot hemlöshet 2026–2028.')?.by).toBe('socialnämnden');
    const m = metadataOf('Kulturnämnden beslutar\n1. att anta Biblioteksplan 2026–2029.\nTjänsteskrivelse 2025-11-02');
    expect(m.adopted).toBeNull();
  });
});
