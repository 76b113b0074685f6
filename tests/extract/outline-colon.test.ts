import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc.split('\n').map((l) => l.trim()).join('\n')), { pageCount: null }));
const areas = (doc: string) => read(doc).focusAreas.map((f) => `${f.parentKey === null ? '' : '  '}${f.title}`);

/** Word's outline numbers printed to PDF: the numbers are list markers, one sub-heading closing on a colon. */
const plan = (third: string) => `# 5 Handlingsplan
  5.1 Trygga vägar
  5.1.1 Belysning
  1. Byta armaturer längs Kvarnvägen
  Ansvar: Gatuenheten. Tid: 2027.
  5.1.2 ${third}
  1. Bygga en upphöjd passage vid Ängsskolan
  2. Sänka hastigheten till 30 km/h i Norrby
  Ansvar för båda aktiviteterna: Trafikenheten. Tid: 2028.
  5.2 Aktiva resor
  5.2.1 Cykel
  1. Anlägga cykelparkering vid stationen
  Ansvar: Gatuenheten. Tid: 2028.`;

describe('an outline-numbered heading that closes on a colon', () => {
  it('heads its numbered list as its siblings do', () => {
    expect(areas(plan('Säkra passager:'))).toEqual(['Trygga vägar', '  Belysning', '  Säkra passager', 'Aktiva resor', '  Cykel']);
    expect(read(plan('Säkra passager:')).activities.map((a) => a.text)).not.toContain('Säkra passager');
  });

  it('reads alike without the colon and with a title of one word', () => {
    expect(areas(plan('Säkra passager'))).toEqual(['Trygga vägar', '  Belysning', '  Säkra passager', 'Aktiva resor', '  Cykel']);
    expect(areas(plan('Passager:'))).toEqual(['Trygga vägar', '  Belysning', '  Passager', 'Aktiva resor', '  Cykel']);
  });

  it('leaves an action numbered in the outline an action, colon or not', () => {
    const doc = `# 2 Fossilfria transporter
      2.1 Bygga ut laddplatser vid kommunens arbetsplatser:
      2.2 Byta till fossilfria bilar i hemtjänsten
      2.3 Leda ett nätverk för samåkning`;
    expect(read(doc).activities.map((a) => a.text)).toHaveLength(3);
  });
});
