import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { matchSectionLabel } from '../../src/extract/constructions/section-label.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));
const title = (text: string, loose = true) => {
  const m = matchSectionLabel(text, loose);
  return m ? [m.number, text.slice(m.offset).trim()] : null;
};

describe("a layout's numbered box before a section label that repeats its number", () => {
  it('reads the label and its title after the badge, whatever separates them', () => {
    expect(title('1 Insatsområde 1 Tidig upptäckt')).toEqual(['1', 'Tidig upptäckt']);
    expect(title('2  Fokusområde 2: Rent vatten')).toEqual(['2', 'Rent vatten']);
    expect(title('3 Målområde 3 – Trygga gator')).toEqual(['3', 'Trygga gator']);
  });

  it('reads no badge where the number before the label is another, or where no label follows it', () => {
    expect(title('2 Insatsområde 1 Tidig upptäckt')).toBeNull();
    expect(title('12 Elever hade hög frånvaro')).toBeNull();
    expect(title('1 Insatsområde Tidig upptäckt', false)).toBeNull();
  });

  it('makes the titles of badged labels the focus areas, their actions under them', () => {
    const x = read('# 1 Insatsområde 1 Tidig upptäckt\n- Införa ett gemensamt system för frånvaro\nAnsvar: Rektor\n- Kontakta hemmet samma dag vid ogiltig frånvaro\nAnsvar: Mentor\n# 2 Insatsområde 2 Stöd\n- Starta ett närvaroteam med kurator\nAnsvar: Elevhälsan\n- Öppna en flexibel studiemiljö\nAnsvar: Förvaltningen');
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Tidig upptäckt', 'Stöd']);
    expect(x.activities.map((a) => a.focusAreaKey)).toEqual([x.focusAreas[0].key, x.focusAreas[0].key, x.focusAreas[1].key, x.focusAreas[1].key]);
  });
});
