import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { readOwnedArea } from '../../src/extract/constructions/area-owner.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));

describe("an area's owner named once, in the sentence that closes it", () => {
  it("reads the 'ska' sentences before it as the area's actions, each with the owner and the time the sentence gives", () => {
    const text = 'Rent i parkerna. Kommunen ska tömma papperskorgarna varje dag under sommaren. Vi ska också sätta upp fler bänkar. Parkenheten ansvarar för området och arbetet ska vara klart senast 2028.';
    const r = readOwnedArea(text)!;
    expect(r.area?.title).toBe('Rent i parkerna');
    expect(r.clauses.map((c) => text.slice(c.start, c.start + c.text.length))).toEqual(['tömma papperskorgarna varje dag under sommaren', 'sätta upp fler bänkar']);
    expect(r.fields.map((f) => [f.role, text.slice(f.start, f.end)])).toEqual([['owner', 'Parkenheten'], ['time', 'senast 2028']]);
  });

  it('gives a paragraph that only names the owner to the actions before it that have none, and leaves an owner an action names itself', () => {
    const x = read('# Simskola\n- Erbjuda simskola till alla sexåringar under 2027\n- Hyra in extra bassängtid (Badhuset, 2027)\nFritidsenheten ansvarar för insatserna inom området.\n# Badplatser\n- Byta sand på stranden senast 2028\n- Sätta upp livbojar vid alla bryggor under 2027');
    expect(x.activities.map((a) => [a.text, a.ownerRaw ?? null])).toEqual([
      ['Erbjuda simskola till alla sexåringar under 2027', 'Fritidsenheten'],
      ['Hyra in extra bassängtid', 'Badhuset'],
      ['Byta sand på stranden senast 2028', null],
      ['Sätta upp livbojar vid alla bryggor under 2027', null],
    ]);
  });

  it('reads nothing where a sentence before the owner is a goal or no one shall do anything, or where the last sentence names no owner of actions', () => {
    expect(readOwnedArea('Utsläppen ska minska med hälften. Miljöenheten ansvarar för arbetet.')).toBeNull();
    expect(readOwnedArea('Badet byggdes 1975. Fritidsenheten ansvarar för området.')).toBeNull();
    expect(readOwnedArea('Kommunen ska bygga en ny brygga. Fritidsenheten ansvarar för att bryggan besiktas.')).toBeNull();
    expect(readOwnedArea('Kommunen ska bygga en ny brygga under 2027.')).toBeNull();
  });

  it("reads a paragraph on into the owner's sentence a printed page set apart as a paragraph of its own", () => {
    const x = read('# Ärendet\nInom området Säkra badplatser ska kommunen: sätta upp livbojar vid alla bryggor, märka ut badområden med bojar och erbjuda simskola för vuxna.\nFritidsenheten ansvarar för området och arbetet ska vara klart senast 2028.');
    expect(x.focusAreas.map((f) => f.title)).toContain('Säkra badplatser');
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years.join(',')])).toEqual([
      ['sätta upp livbojar vid alla bryggor', 'Fritidsenheten', '2028'],
      ['märka ut badområden med bojar', 'Fritidsenheten', '2028'],
      ['erbjuda simskola för vuxna', 'Fritidsenheten', '2028'],
    ]);
  });

  it("takes the owner from each action sentence's subject where the closing sentence gives only the time, and the numbered actions inside it", () => {
    const text = 'Gatuenheten ska (1) laga trottoaren på Storgatan, (2) sätta upp räcken vid ån och (3) måla om övergångsställena. Åtgärderna ska vara genomförda under 2027.';
    const r = readOwnedArea(text)!;
    expect(r.clauses.map((c) => [text.slice(c.start, c.start + c.text.length), c.fields.map((f) => `${f.role}:${text.slice(f.start, f.end)}`).join(',')])).toEqual([
      ['laga trottoaren på Storgatan', 'time:under 2027,owner:Gatuenheten'],
      ['sätta upp räcken vid ån', 'time:under 2027,owner:Gatuenheten'],
      ['måla om övergångsställena', 'time:under 2027,owner:Gatuenheten'],
    ]);
    // Numbers that do not count on from 1 are no list of actions.
    expect(readOwnedArea('Gatuenheten ska (2) laga trottoaren, (3) sätta upp räcken. Åtgärderna ska vara genomförda under 2027.')).toBeNull();
  });
});

describe("an area's paragraph of dated actions in one sentence, its title closed by a colon, its owner in a short sentence", () => {
  it('gives each action dated on its own, whatever joins them', () => {
    for (const [join, last] of [[' och ', ''], [', ', ' och sätta upp staket senast 2029']]) {
      const x = read(`# Planen\nLekplatser: Kommunen ska bygga om lekplatsen i Ekbacken under 2027${join}rusta upp gungorna i Norrparken senast i maj 2028${last}. Parkenheten ansvarar.`);
      expect(x.activities.map((a) => [a.text, a.ownerRaw])).toEqual([
        ['bygga om lekplatsen i Ekbacken under 2027', 'Parkenheten'],
        ['rusta upp gungorna i Norrparken senast i maj 2028', 'Parkenheten'],
        ...(last ? [['sätta upp staket senast 2029', 'Parkenheten']] : []),
      ]);
    }
  });

  it('keeps two verbs that share one time, or none, one action', () => {
    const x = read('# Planen\nTräd. Kommunen ska inventera träden och lägga in dem i ett register under 2027. Parkenheten ansvarar.');
    expect(x.activities.map((a) => a.text)).toEqual(['inventera träden och lägga in dem i ett register under 2027']);
  });

  it('reads no title before a colon that the sentence goes on after in lower case', () => {
    const x = read('# Planen\nInom området Lek ska kommunen: bygga om lekplatsen under 2027 och rusta upp gungorna under 2028. Parkenheten ansvarar för området.');
    expect(x.focusAreas.map((f) => f.title)).not.toContain('Inom området Lek ska kommunen');
  });
});
