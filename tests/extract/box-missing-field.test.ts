import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';
import { processDocument } from '../../src/pipeline/process.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));
const texts = (doc: string) => read(doc).activities.map((a) => [a.text, a.ownerRaw, a.timeRaw]);

/** Activity boxes (a title, a description, the fields a line each) where one box lacks a field the others give. */
describe('a box that lacks one of its fields is read among boxes that give them', () => {
  it('reads a box without its time, in the middle, at the start, or at the end of the run', () => {
    const boxes = [
      '### Rusta upp badplatsen vid Storsjön\nBryggan och omklädningsrummen byts.\nAnsvarig: Fritidsenheten\nTidplan: 2026',
      '### Anlägga en hundrastgård i centrum\nPlatsen väljs i samråd med hundägarna.\nAnsvarig: Parkenheten',
      '### Sätta upp fler papperskorgar längs ån\nKorgarna töms två gånger i veckan.\nAnsvarig: Parkenheten\nTidplan: 2027',
    ];
    for (const order of [[0, 1, 2], [1, 0, 2], [0, 2, 1]]) {
      const got = texts(`# Utemiljö\n${order.map((k) => boxes[k]).join('\n')}`);
      expect(got).toHaveLength(3);
      expect(got.find(([t]) => t === 'Anlägga en hundrastgård i centrum')).toEqual(['Anlägga en hundrastgård i centrum', 'Parkenheten', null]);
    }
  });

  it('reads boxes whose titles carry their outline number, spaced or glued (a web page of a numbered Word outline), the number as marker', () => {
    for (const sep of [' ', '']) {
      const x = read(`# Utemiljö\n### 2.1.1${sep}Rusta upp badplatsen vid Storsjön\nBryggan byts.\nAnsvarig: Fritidsenheten\nTidplan: 2026\n### 2.1.2${sep}Anlägga en hundrastgård i centrum\nPlatsen väljs i samråd med hundägarna.\nAnsvarig: Parkenheten\n### 2.1.3${sep}Sätta upp fler papperskorgar längs ån\nKorgarna töms två gånger i veckan.\nAnsvarig: Parkenheten\nTidplan: 2027`);
      expect(x.activities.map((a) => a.text)).toEqual(['Rusta upp badplatsen vid Storsjön', 'Anlägga en hundrastgård i centrum', 'Sätta upp fler papperskorgar längs ån']);
      expect(x.focusAreas.filter((f) => f.parentKey !== null)).toEqual([]);
    }
  });

  it('reads a numbered heading over several described actions with their fields as their area, not as a box', () => {
    const x = read('# Trygg skola\n## 6.1 Förebyggande arbete\nAlla skolor ska kartlägga tryggheten varje höst.\nAnsvar: rektor. Klart: HT 2026.\nBUF ska införa ett värdegrundsprogram för alla årskurser.\nAnsvar: BUF. Klart: 2027.\n## 6.2 Uppföljning\nVarje ärende ska följas upp efter tre månader.\nAnsvar: rektor. Klart: 2027.\nElevhälsan ska erbjuda samtalsstöd inom en vecka.\nAnsvar: EH. Klart: 2026.');
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Förebyggande arbete', 'Uppföljning']);
    expect(x.activities.map((a) => a.text)).not.toContain('Förebyggande arbete');
  });

  it('reads a box that gives its time and no owner', () => {
    const got = texts('# Utemiljö\n### Rusta upp badplatsen vid Storsjön\nBryggan byts.\nAnsvarig: Fritidsenheten\nTidplan: 2026\n### Anlägga en hundrastgård i centrum\nPlatsen väljs i samråd med hundägarna.\nTidplan: HT 2026\n### Sätta upp fler papperskorgar längs ån\nKorgarna töms två gånger i veckan.\nAnsvarig: Parkenheten\nTidplan: 2027');
    expect(got.map(([t]) => t)).toEqual(['Rusta upp badplatsen vid Storsjön', 'Anlägga en hundrastgård i centrum', 'Sätta upp fler papperskorgar längs ån']);
  });

  it('reads no box from titles set otherwise than the boxes, or where no box gives two fields', () => {
    // The chapter heading one level up, with one line naming who answers for the chapter, is no box.
    const x = read('# Utemiljö\n## Parker\nParkerna sköts av kommunen.\nAnsvar: Parkenheten\n### Rusta upp badplatsen vid Storsjön\nBryggan byts.\nAnsvarig: Fritidsenheten\nTidplan: 2026\n### Sätta upp fler papperskorgar längs ån\nKorgarna töms två gånger i veckan.\nAnsvarig: Parkenheten\nTidplan: 2027');
    expect(x.activities.map((a) => a.text)).toEqual(['Rusta upp badplatsen vid Storsjön', 'Sätta upp fler papperskorgar längs ån']);
    expect(read('# Utemiljö\n### Parker\nParkerna sköts av kommunen.\nAnsvar: Parkenheten\n### Badplatser\nBadplatserna sköts av föreningar.\nAnsvar: Fritidsenheten').activities).toEqual([]);
  });
});

describe('a title that ends on a number is a contents entry only beside another', () => {
  it('reads a box whose title ends on a number, and still skips a contents of two entries', () => {
    const got = texts('# Skolan\n### Simundervisning för elever i årskurs 3 och 4\nUndervisningen ges i simhallen.\nAnsvarig: Barn- och utbildning\nTidplan: 2026\n### Läxhjälp på biblioteket\nLäxhjälpen ges av volontärer.\nAnsvarig: Biblioteket\nTidplan: 2026');
    expect(got.map(([t]) => t)).toEqual(['Simundervisning för elever i årskurs 3 och 4', 'Läxhjälp på biblioteket']);
    const x = read('# Innehåll\nSkolan 2\nFritiden 4\n## Skolan\n- Erbjuda läxhjälp på biblioteket\n- Starta en schackklubb\n## Fritiden\n- Bygga ett utegym\n- Öppna fritidsgården på söndagar');
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Skolan', 'Fritiden']);
  });

  it("keeps a transcript's page marker left between its tables ('Sida 1 av 2') out of the outline", async () => {
    const file = 'fixtures/unseen11/staffanstorp-handlingsplan-dagvatten-2026-2029.txt';
    const result = await processDocument(file, new Uint8Array(readFileSync(file)));
    if (!result.ok) throw new Error(result.reason);
    const x = result.extraction;
    expect(x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title)).toEqual(['Dagvatten i planeringen', 'Skyfall och översvämning', 'Vattenkvalitet i Höje å']);
  });

  it('reads a Word plan whose outline numbers its headings without writing them, one box lacking its time', async () => {
    const file = 'fixtures/unseen19/ovanaker-handlingsplan-brandskydd-i-hemmet-2026-2029.docx';
    const result = await processDocument(file, new Uint8Array(readFileSync(file)));
    if (!result.ok) throw new Error(result.reason);
    const x = result.extraction;
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Äldre och personer med hemtjänst', 'Hyresbostäder', 'Barn och unga']);
    expect(x.activities.map((a) => a.text)).toContain('Systematisk kontroll av brandvarnare i kommunens hyresbostäder');
    expect(x.activities.map((a) => a.text)).toContain('Brandskyddsutbildning för alla elever i årskurs 2 och 5');
    expect(x.activities).toHaveLength(8);
  });
});
