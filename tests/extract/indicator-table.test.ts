import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => {
  const r = extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));
  return { areas: r.focusAreas.map((f) => f.title), activities: r.activities.map((a) => a.text) };
};

const actions = ['# Åtgärder', '| Åtgärd | Ansvar | Tid |', '| Starta läsecirklar för föräldrar | Biblioteket | HT 2026 |', '| Dela ut boktips på förskolorna | Kulturenheten | 2027 |'];

describe('an indicator table: a goal column of target values', () => {
  it('yields no areas and no activities, whether its values are figures, percentages or a rank', () => {
    const r = read([
      '# Läsfrämjande',
      '| Indikator | Utfall 2025 | Mål 2027 |',
      '| Andel elever i åk 5 som läser på fritiden | 41 % | 50 % |',
      '| Placering i länets biblioteksindex | 9 | Topp 20 i länet |',
      '| Antal lån per invånare och år | 4,2 | 5 |',
      ...actions,
    ].join('\n'));
    expect(r.areas).not.toContain('Topp 20 i länet');
    expect(r.areas).toEqual([]);
    expect(r.activities).toEqual(['Starta läsecirklar för föräldrar', 'Dela ut boktips på förskolorna']);
  });

  it('leaves a goal table whose goals are sentences a goal table', () => {
    const r = read([
      '# Läsfrämjande',
      '| Mål | Bedömning |',
      '| Fler barn ska läsa på fritiden. | Delvis uppfyllt |',
      '| Biblioteken ska nå fler familjer. | Uppfyllt |',
      ...actions,
    ].join('\n'));
    expect(r.areas).toEqual(expect.arrayContaining(['Fler barn ska läsa på fritiden.', 'Biblioteken ska nå fler familjer.']));
  });
});
