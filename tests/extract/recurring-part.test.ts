import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const areas = (doc: string) =>
  extract(buildDoc('text', exampleBlocks(doc), { pageCount: null })).focusAreas.map((f) => `${f.parentKey === null ? '' : '  '}${f.title}`);

describe('a heading that recurs over each focus area’s list', () => {
  it('is no intervention area: the activities stay with their chapter', () => {
    const doc = [
      '# Rent vatten',
      'Kommunen ansvarar för dricksvattnet.',
      '## Vi vill se',
      '- Alla vattenverk har reservkraft.',
      '## Detta gör vi',
      '- Bygga en reservvattentäkt i Öster (Tekniska förvaltningen, 2027)',
      '- Förnya ledningsnätet i centrum (VA-enheten, 2026)',
      '# Trygga avlopp',
      '## Vi vill se',
      '- Inga bräddningar till sjön.',
      '## Detta gör vi',
      '- Inventera enskilda avlopp (Miljöenheten, 2026)',
      '- Bygga ut dagvattendammar (VA-enheten, 2028)',
    ].join('\n');
    expect(areas(doc)).toEqual(['Rent vatten', 'Trygga avlopp']);
  });

  it('keeps sub-sections of their own names, and two recurring ones that split each area in parts', () => {
    const named = [
      '# Rent vatten',
      '## Reservvatten',
      '- Bygga en reservvattentäkt i Öster (Tekniska förvaltningen, 2027)',
      '## Ledningsnät',
      '- Förnya ledningsnätet i centrum (VA-enheten, 2026)',
      '# Trygga avlopp',
      '## Enskilda avlopp',
      '- Inventera enskilda avlopp (Miljöenheten, 2026)',
    ].join('\n');
    expect(areas(named)).toEqual(['Rent vatten', '  Reservvatten', '  Ledningsnät', 'Trygga avlopp', '  Enskilda avlopp']);
    const parts = [
      '# Rent vatten',
      '## Kort sikt',
      '- Bygga en reservvattentäkt i Öster (Tekniska förvaltningen, 2027)',
      '## Lång sikt',
      '- Förnya ledningsnätet i centrum (VA-enheten, 2030)',
      '# Trygga avlopp',
      '## Kort sikt',
      '- Inventera enskilda avlopp (Miljöenheten, 2026)',
      '## Lång sikt',
      '- Bygga ut dagvattendammar (VA-enheten, 2032)',
    ].join('\n');
    expect(areas(parts)).toEqual(['Rent vatten', '  Kort sikt', '  Lång sikt', 'Trygga avlopp', '  Kort sikt', '  Lång sikt']);
  });
});
