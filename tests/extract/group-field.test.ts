import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { groupField } from '../../src/extract/constructions/group-field.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));
const owners = (doc: string) => read(doc).activities.map((a) => [a.text, a.ownerRaw ?? null]);
const fieldsOf = (text: string) => groupField(text)?.map((f) => [f.role, text.slice(f.start, f.end)]) ?? null;

describe('a field stated once for a group of actions', () => {
  it('reads the label, whatever separates it from the value and however the group is named', () => {
    expect(fieldsOf('Ansvarig för samtliga åtgärder i spåret: Fritidsenheten.')).toEqual([['owner', 'Fritidsenheten']]);
    expect(fieldsOf('Ansvar för aktiviteterna under strategi 3 är KFF i samverkan med pensionärsföreningarna.')).toEqual([['owner', 'KFF i samverkan med pensionärsföreningarna']]);
    expect(fieldsOf('Ansvarig för områdets alla insatser – VA-enheten')).toEqual([['owner', 'VA-enheten']]);
    expect(fieldsOf('Ansvarig (gäller alla aktiviteter nedan): Miljöenheten')).toEqual([['owner', 'Miljöenheten']]);
    expect(fieldsOf('För samtliga insatser inom området ansvarar Gatuenheten.')).toEqual([['owner', 'Gatuenheten']]);
    expect(fieldsOf('Tidplan för de tre åtgärderna: 2027–2028')).toEqual([['time', '2027–2028']]);
    expect(fieldsOf('Ansvarig för samtliga åtgärder: Kulturenheten, klart 2027.')).toEqual([['owner', 'Kulturenheten'], ['time', '2027']]);
    // A sentence after the field's own is no part of its value.
    expect(fieldsOf('Ansvar för samtliga punkter: Tekniska förvaltningen. Förvaltningen samverkar med vägföreningarna.')).toEqual([['owner', 'Tekniska förvaltningen']]);
  });

  it('reads no field from a sentence about the actions that names no label, nor from a label for one action', () => {
    expect(groupField('Samtliga åtgärder ska vara klara till 2030.')).toBeNull();
    expect(groupField('Ansvarig: Gatuenheten')).toBeNull();
    expect(groupField('Ansvarig för uppföljningen av planen: kommunstyrelsen.')).toBeNull();
    expect(groupField('Alla aktiviteter följs upp av Kulturenheten; ansvaret ligger hos nämnden.')).toBeNull();
  });

  it("gives the owner named before a section's actions to each of them that names none, and leaves an action's own owner", () => {
    expect(owners('# Spår 1 – Badplatser\nAnsvarig för samtliga åtgärder i spåret: Fritidsenheten.\n1. Byta sand på stranden i Ryd\nKlart: 2027\n2. Sätta upp livbojar vid bryggorna\nAnsvarig: Räddningstjänsten\nKlart: 2026\n# Spår 2 – Vandringsleder\n3. Märka ut leden runt sjön\nKlart: 2027')).toEqual([
      ['Byta sand på stranden i Ryd', 'Fritidsenheten'],
      ['Sätta upp livbojar vid bryggorna', 'Räddningstjänsten'],
      ['Märka ut leden runt sjön', null],
    ]);
  });

  it('gives the owner named after the list, with its partner, to the items before it', () => {
    const x = read('# Läsning\nAktiviteter:\n1. Dela ut en bok till varje nyfödd\nTid: 2027\n2. Starta en bokcirkel på äldreboendet\nTid: HT 2026\nFör samtliga aktiviteter under området ansvarar Biblioteket i samverkan med Studieförbundet.\n# Kultur\nAktiviteter:\n1. Ordna en konstvecka i skolorna\nAnsvar: Kulturskolan');
    expect(x.activities.map((a) => [a.text, a.owners?.[0] ?? null, a.partners ?? null])).toEqual([
      ['Dela ut en bok till varje nyfödd', 'Biblioteket', 'Studieförbundet'],
      ['Starta en bokcirkel på äldreboendet', 'Biblioteket', 'Studieförbundet'],
      ['Ordna en konstvecka i skolorna', 'Kulturskolan', null],
    ]);
  });

  it("gives a sub-area's own group owner before the area's, and the area's to its other sub-areas", () => {
    expect(owners('# Område 1: Vatten\nAnsvarig för samtliga åtgärder inom området: VA-enheten\n## 1.1 Dricksvatten\n1. Byta ledningar i Ryd\nTid: 2027\n2. Provta brunnarna i Åby\nTid: 2026\n## 1.2 Dagvatten\nAnsvarig för alla åtgärder nedan: Parkenheten\n1. Anlägga en damm i Norrby\nTid: 2028\n2. Rensa diket vid skolan\nAnsvarig: Gatuenheten\nTid: 2027')).toEqual([
      ['Byta ledningar i Ryd', 'VA-enheten'],
      ['Provta brunnarna i Åby', 'VA-enheten'],
      ['Anlägga en damm i Norrby', 'Parkenheten'],
      ['Rensa diket vid skolan', 'Gatuenheten'],
    ]);
  });

  it("makes no item an action: a goal bullet under the group's owner stays a goal", () => {
    const x = read('# Strategi 2: Trygga gator\nMål\n- Fler ska känna sig trygga i centrum.\nAktiviteter:\n1. Sätta upp belysning i gångtunnlarna\nTid: 2027\nAnsvar för samtliga aktiviteter under strategi 2: Gatuenheten.');
    expect(x.activities.map((a) => [a.text, a.ownerRaw])).toEqual([['Sätta upp belysning i gångtunnlarna', 'Gatuenheten']]);
  });

  it('gives nothing from a statement before any section: the plan as a whole is no group of actions', () => {
    expect(owners('Ansvarig för samtliga åtgärder i planen: kommunstyrelsen.\n# Cykel\n1. Bygga en cykelbana längs Ringvägen\nKlart: 2027\n2. Sätta upp cykelpumpar vid skolorna\nKlart: 2026')).toEqual([['Bygga en cykelbana längs Ringvägen', null], ['Sätta upp cykelpumpar vid skolorna', null]]);
  });
});
