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

describe('subjects that are names, read by the shape two unit-subject sentences show', () => {
  const plan = (extra: string) => `# 1 Lokaler\nFastighetsenheten ska byta fönster på Ekskolan senast 2028.\nKostenheten ska bygga om köket i Norrby under 2027.\n${extra}`;

  it('reads a company or a service by name, and two owners as one subject, with the lead first', () => {
    const x = read(plan('Västbo Energi ska installera solceller på tre förskolor senast den 30 juni 2028.\nElevhälsan och Fritidsgårdarna ska tillsammans starta läxhjälp under hösten 2027.'));
    expect(x.activities.slice(2).map((a) => [a.ownerRaw, a.years.join(',')])).toEqual([
      ['Västbo Energi', '2028'],
      ['Elevhälsan och Fritidsgårdarna', '2027'],
    ]);
  });

  it('reads a name-shaped subject as no owner where fewer than two sentences have a unit for subject', () => {
    expect(read('# 1 Lokaler\nFastighetsenheten ska byta fönster på Ekskolan senast 2028.\nVästbo Energi ska installera solceller senast 2028.').activities).toEqual([]);
  });

  it('reads no measure or group as a name, nor a name without a time or with a state after the modal', () => {
    const x = read(plan('Fler företag ska vilja etablera sig i kommunen senast 2028.\nAndelen ekologiska livsmedel ska öka senast 2028.\nVästbo Energi ska installera solceller på förskolorna.\nUngdomsbostäderna ska vara klara senast 2028.'));
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Fastighetsenheten', 'Kostenheten']);
  });

  it('marks the sentences read by shape alone', () => {
    expect(ownedBySubject('Västbo Energi ska installera solceller senast 2028. Fastighetsenheten ska byta fönster senast 2028.').map((s) => [s.fields[0].value, s.byShape ?? false])).toEqual([
      ['Västbo Energi', true],
      ['Fastighetsenheten', false],
    ]);
  });
});
