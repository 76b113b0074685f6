import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { ownedBySubject } from '../../src/extract/constructions/owner-subject.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));

describe('a prose plan whose sentences have the owner for subject and the time inside', () => {
  it('reads each such sentence whole as an activity, its subject the owner and its years from the time it names', () => {
    const x = read('# Bakgrund\nKommunen antog 2021 en vattenplan. Enkäten visade att många brunnar var förorenade.\n# Mål\nAndelen hushåll med rent vatten ska öka senast 2030.\n# 1 Rent vatten\nVA-enheten ska öka provtagningen i enskilda brunnar till två gånger per år senast 2027.\nMiljöenheten ska öva kommunens krisgrupp på vattenbrist under hösten 2026.\n# 2 Information\nKommunikationsenheten ska ta fram en broschyr om brunnsvatten under 2026–2027.\n# Uppföljning\nPlanen följs upp årligen.');
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Rent vatten', 'Information']);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years.join(',')])).toEqual([
      ['VA-enheten ska öka provtagningen i enskilda brunnar till två gånger per år senast 2027', 'VA-enheten', '2027'],
      ['Miljöenheten ska öva kommunens krisgrupp på vattenbrist under hösten 2026', 'Miljöenheten', '2026'],
      ['Kommunikationsenheten ska ta fram en broschyr om brunnsvatten under 2026–2027', 'Kommunikationsenheten', '2026,2027'],
    ]);
  });

  it('reads no goal, no report in the past tense, no state of a unit and no timeless task', () => {
    expect(ownedBySubject('Andelen ekologiska livsmedel ska öka senast 2028.')).toEqual([]);
    expect(ownedBySubject('Miljöenheten genomförde en kartläggning under 2025.')).toEqual([]);
    expect(ownedBySubject('Kulturenheten ska vara en del av förvaltningen från 2027.')).toEqual([]);
    expect(ownedBySubject('Näringslivsenheten ska verka för att det blir lätt att starta företag.')).toEqual([]);
    // A unit in parentheses or lettered clauses belong to the constructions that read them.
    expect(ownedBySubject('Parkenheten ska plantera träd under 2027 (Gatuenheten).')).toEqual([]);
    expect(ownedBySubject('Parkenheten ska a) plantera träd under 2027, b) bygga bänkar.')).toEqual([]);
  });

  it('reads nothing where only one sentence in the document has the shape', () => {
    expect(read('# Trafik\nGatuenheten ska bygga en cykelväg under 2027.\nTrafiken har ökat.').activities).toEqual([]);
  });
});
