import { describe, expect, it } from 'vitest';
import { headerRole } from '../../src/clean/header-role.js';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (markdown: string) => extract(buildDoc('text', exampleBlocks(markdown), { pageCount: null })).activities;

/** A column headed by the word for a share before a word of done work ('Andel genomfört', 'Andel utfört'): its percentages say how far the work has come. */
describe('a header that names a share of the work done', () => {
  it("names its field by the words after 'andel'", () => {
    expect(headerRole('Andel genomfört').role).toBe('status');
    expect(headerRole('Andel klart').role).toBe('progress');
    // 'Andel' alone, or a share of something that is no field, names nothing.
    expect(headerRole('Andel').role).toBeNull();
    expect(headerRole('Andel elever med godkända betyg').role).toBeNull();
  });

  it('gives each row its share and a status from it; a word in the cell is read as a word', () => {
    const activities = read([
      '# Insatsområde 2: Trygga gångstråk',
      '| Id | Aktivitet | Ansvar | Tid | Andel genomfört |',
      '| 2.1 | Byta armaturer längs strandpromenaden | Gatuenheten | 2026 | 100 % |',
      '| 2.2 | Röja sly vid tunneln under järnvägen | Parkenheten | 2026–2027 | 40 % |',
      '| 2.3 | Sätta upp kameror vid resecentrum | Trafikenheten | 2028 | 0 % |',
      '| 2.4 | Genomföra trygghetsvandringar i stadsdelarna | Trafikenheten | Årligen | Löpande |',
    ].join('\n'));
    expect(activities.map((a) => a.progress)).toEqual([1, 0.4, 0, null]);
    expect(activities.map((a) => a.status)).toEqual(['done', 'ongoing', 'not_started', 'ongoing']);
  });

  it("leaves an indicator table's shares alone: an outcome is no progress", () => {
    const activities = read([
      '# Insatsområde 2: Trygga gångstråk',
      '| Id | Aktivitet | Ansvar | Tid |',
      '| 2.1 | Byta armaturer längs strandpromenaden | Gatuenheten | 2026 |',
      '| 2.2 | Röja sly vid tunneln under järnvägen | Parkenheten | 2026–2027 |',
      'Arbetet följs upp med dessa indikatorer:',
      '| Indikator | Utgångsvärde | Andel 2030 |',
      '| Andel som känner sig trygga i centrum | 62 % | 75 % |',
      '| Andel upplysta gångstråk | 80 % | 95 % |',
    ].join('\n'));
    expect(activities.map((a) => a.text)).toEqual(['Byta armaturer längs strandpromenaden', 'Röja sly vid tunneln under järnvägen']);
    expect(activities.map((a) => a.status)).toEqual([null, null]);
  });
});
