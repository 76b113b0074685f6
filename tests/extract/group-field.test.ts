import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { groupField, groupFields } from '../../src/extract/constructions/group-field.js';
import { proposeAll } from '../../src/extract/constructions/index.js';
import { extract } from '../../src/extract/index.js';
import { PRECEDENCE } from '../../src/extract/resolve/precedence.js';
import { resolve } from '../../src/extract/resolve/resolve.js';
import { buildView } from '../../src/extract/view/document-view.js';

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

const rows = (doc: string) =>
  extract(buildDoc('text', exampleBlocks(doc.split('\n').map((l) => l.trim()).join('\n')), { pageCount: null })).activities.map((a) => [a.text, a.ownerRaw, a.timeRaw]);

describe('a field line given once for a group of items', () => {
  it('reads the label with the group after it, or the group first, blanking the group’s words', () => {
    const text = 'Ansvar för båda aktiviteterna: Biblioteket. Tid: 2027.';
    const f = groupFields(text)!.fields;
    expect(f.map((x) => [x.role, x.value])).toEqual([['owner', 'Biblioteket'], ['time', '2027']]);
    expect(text.slice(f[0].start, f[0].end)).toBe('Biblioteket');
    expect(groupFields('För de tre insatserna gäller: Ansvar: Fritidsenheten')).toMatchObject({ count: 3, fields: [{ value: 'Fritidsenheten' }] });
    expect(groupFields('Tid för samtliga åtgärder ovan: VT 2028')).toMatchObject({ count: null, fields: [{ role: 'time', value: 'VT 2028' }] });
    expect(groupFields(text)!.count).toBe(2);
  });

  it('names no group in a plain field line or in prose about every action', () => {
    expect(groupFields('Ansvar: Biblioteket. Tid: 2027.')).toBeNull();
    expect(groupFields('För alla åtgärder söker kommunen statsbidrag.')).toBeNull();
  });

  it('gives each item of the group the fields it lacks, an item’s own fields kept', () => {
    const doc = `# Läsfrämjande
      ## Bokstart
      1. Dela ut en bokpåse till alla ettåringar
      2. Starta sagostunder på familjecentralen
      Tid: HT 2027.
      Ansvar och tid för båda aktiviteterna: Biblioteket, 2027.
      ## Skolbibliotek
      1. Bemanna skolbiblioteket på Norrskolan
      Ansvar: Barn- och utbildningsförvaltningen. Tid: 2028.`;
    const read = rows(doc);
    expect(read[0][1]).toBe('Biblioteket');
    expect(read[1]).toEqual(['Starta sagostunder på familjecentralen', 'Biblioteket', 'HT 2027']);
    expect(read[2]).toEqual(['Bemanna skolbiblioteket på Norrskolan', 'Barn- och utbildningsförvaltningen', '2028']);
  });

  it('gives the fields of a counted group to that many items only, where an item before them lacks a field too', () => {
    const doc = `# Medarbetare
      ## Introduktion
      1. Ta fram ett välkomstbrev för nyanställda
      Ansvar: HR-enheten.
      2. Införa en digital introduktionsutbildning
      3. Utse faddrar på alla arbetsplatser
      Tid för båda aktiviteterna: 2027.`;
    expect(rows(doc)).toEqual([
      ['Ta fram ett välkomstbrev för nyanställda', 'HR-enheten', null],
      ['Införa en digital introduktionsutbildning', null, '2027'],
      ['Utse faddrar på alla arbetsplatser', null, '2027'],
    ]);
  });

  it('reads a bullet list whose group line comes with the group first and a dash', () => {
    const doc = `# Parker
      - Plantera tjugo träd i Stadsparken
      - Byta bänkarna vid dammen
      För båda åtgärderna – Ansvar: Parkenheten. Klart: 2028.`;
    expect(rows(doc)).toEqual([
      ['Plantera tjugo träd i Stadsparken', 'Parkenheten', '2028'],
      ['Byta bänkarna vid dammen', 'Parkenheten', '2028'],
    ]);
  });
});

describe('one construction for a field given once to a group, in either shape', () => {
  const chosen = (doc: string) => {
    const view = buildView(buildDoc('text', exampleBlocks(doc), { pageCount: null }));
    const rules: Array<string | null> = [];
    resolve(view, proposeAll(view), (block, p) => (rules[block] = p?.rule ?? null));
    return rules;
  };

  it('has one reading in the precedence table, whichever shape the line takes', () => {
    expect(PRECEDENCE.filter((p) => p.rule.startsWith('field/group'))).toHaveLength(1);
    expect(chosen('# Parker\n- Plantera tjugo träd i Stadsparken\nFör bägge åtgärderna: Ansvar: Parkenheten.')[2]).toBe('field/group');
    expect(chosen('# Parker\nAnsvarig för samtliga åtgärder i området: Parkenheten.\n- Plantera tjugo träd i Stadsparken')[1]).toBe('field/group');
  });

  it('gives a counted line after the items to those read last, and the same words before any item to the whole section', () => {
    // After the items: the three read last, not the first, which names no time either.
    expect(rows('# Gator\n1. Laga gropar på Storgatan\n2. Måla övergångsställen\n3. Byta skyltar vid skolan\n4. Sätta upp farthinder i Åby\nTidplan för de tre åtgärderna: 2027–2028').map((r) => r[2])).toEqual([null, '2027–2028', '2027–2028', '2027–2028']);
    // Before them, with no item read: every action of the section, as a statement for the group.
    expect(rows('# Gator\nTidplan för de tre åtgärderna: 2027–2028\n1. Laga gropar på Storgatan\n2. Måla övergångsställen\n3. Byta skyltar vid skolan').map((r) => r[2])).toEqual(['2027–2028', '2027–2028', '2027–2028']);
  });

  it("reads the synonyms of one word kind in both shapes, and lets no line that points elsewhere ('nedanstående') give at once to the items above", () => {
    expect(groupField('Ansvarig för bägge insatserna: Fritidsenheten')?.map((f) => f.value)).toEqual(['Fritidsenheten']);
    expect(groupFields('Ansvar för bägge insatserna: Fritidsenheten')).toMatchObject({ count: 2 });
    expect(groupFields('Ansvar för nedanstående åtgärder: Fritidsenheten')).toBeNull();
    expect(groupField('Ansvar för nedanstående åtgärder: Fritidsenheten')?.map((f) => f.value)).toEqual(['Fritidsenheten']);
  });
});

describe("a layout's records whose fields are stated once for the lines above", () => {
  it('gives the counted lines, one of them without a field line of its own, the group\'s owner and time, the line set small or not', () => {
    for (const mark of ['_ ', '']) {
      const x = read(`# Delmål 1.1 Fler läsare\nDela ut en bokpåse till alla ettåringar.\nStarta sagostunder på familjecentralen.\n${mark}Ansvar för båda insatserna: Biblioteket · Tid: 2027\nBemanna skolbiblioteket på Norrskolan.\n${mark}Ansvar: Skolförvaltningen · Tid: 2028\n# Delmål 1.2 Mötesplatser\nÖppna meröppet bibliotek i Skogsby.\n${mark}Ansvar: Biblioteket | När: 2026\nOrdna läxhjälp på biblioteket.\n${mark}Ansvar: Biblioteket – 2027`);
      expect(x.activities.map((a) => [a.text, a.ownerRaw ?? null, a.years.join(',')])).toEqual([
        ['Dela ut en bokpåse till alla ettåringar.', 'Biblioteket', '2027'],
        ['Starta sagostunder på familjecentralen.', 'Biblioteket', '2027'],
        ['Bemanna skolbiblioteket på Norrskolan.', 'Skolförvaltningen', '2028'],
        ['Öppna meröppet bibliotek i Skogsby.', 'Biblioteket', '2026'],
        ['Ordna läxhjälp på biblioteket.', 'Biblioteket', '2027'],
      ]);
    }
  });

  it('makes no records of counted lines where the document has no titled records, nor of a label line among them', () => {
    expect(read('# Bakgrund\nBiblioteket har öppet sex dagar i veckan.\nSkolbiblioteken är bemannade två dagar.\nAnsvar för båda verksamheterna: Kulturnämnden').activities).toEqual([]);
    const x = read('# Läsning\nMål: Fler barn läser.\nStarta sagostunder på familjecentralen.\nAnsvar för båda insatserna: Biblioteket\nBemanna skolbiblioteket.\nAnsvar: Skolförvaltningen · Tid: 2028\nÖppna meröppet bibliotek.\nAnsvar: Biblioteket | När: 2026');
    expect(x.activities.map((a) => a.text)).not.toContain('Mål: Fler barn läser.');
  });
});
