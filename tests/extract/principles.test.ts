import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';
import { namesDeliverable } from '../../src/extract/principles.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc.split('\n').map((l) => l.trim()).join('\n')), { pageCount: null }));
const texts = (doc: string) => read(doc).activities.map((a) => a.text);

describe('an item that names a thing to deliver', () => {
  it('names a counted or indefinite object, a figure or a proper name', () => {
    expect(namesDeliverable('Ta fram en rutin för felanmälan')).toBe(true);
    expect(namesDeliverable('Hålla två öppna möten per år')).toBe(true);
    expect(namesDeliverable('Rusta upp lekplatsen i Västerby')).toBe(true);
    expect(namesDeliverable('Anlägga 300 meter ny gångväg')).toBe(true);
  });

  it('names none in a principle or a commitment, nor in a capital that opens the next sentence', () => {
    expect(namesDeliverable('Bygga nära där barnen bor')).toBe(false);
    expect(namesDeliverable('bemöta alla med respekt och tålamod')).toBe(false);
    expect(namesDeliverable('Välja hållbara material. Undvika plast där det går')).toBe(false);
  });
});

describe('a guideline’s principles and a policy’s commitments', () => {
  it('are no activities in a guideline whose numbered principles name nothing to deliver', () => {
    const doc = `# Riktlinje för lekplatser
      ## Principer
      Kommunen utgår från följande principer när lekplatser byggs och byggs om:
      1. Bygga nära där barnen bor – hellre fler små än en stor långt bort
      2. Satsa på natur och träd framför färdiga lekredskap
      3. Utforma platserna så att barn med olika förmågor kan leka tillsammans
      4. Underhålla det som finns innan något nytt byggs
      ## Ansvar
      Parkenheten ansvarar för att riktlinjen följs.`;
    const x = read(doc);
    expect(x.activities).toEqual([]);
    expect(x.outcome).toBe('none');
    expect(x.messages.filter((m) => m.ruleId === 'extract/principles')).toHaveLength(4);
  });

  it('are no activities in a policy of "Vi ska:" commitments under two headings', () => {
    const doc = `# Policy för klarspråk
      ## I våra texter
      Vi ska:
      - skriva så att mottagaren förstår vad som gäller
      - undvika förkortningar och fackord
      - sätta det viktigaste först
      ## I våra möten
      Vi ska:
      - lyssna innan vi svarar
      - förklara hur ärendet går vidare`;
    expect(texts(doc)).toEqual([]);
  });

  it('are no activities where the principles come as bullets with a dash explanation and no lead-in', () => {
    const doc = `# Riktlinje för möten och resor
      ## Så reser vi
      - Välja digitala möten – när mötet inte kräver att vi ses
      - Resa kollektivt – när det går att kombinera med arbetstiden
      - Samåka – när bil behövs`;
    expect(texts(doc)).toEqual([]);
  });

  it('stay activities in a policy where one item carries an owner or a time', () => {
    const doc = `# Policy för klarspråk
      ## Åtgärder
      - Skriva om alla standardbrev i ekonomisystemet (Ansvar: Ekonomiavdelningen)
      - Utbilda handläggarna i klarspråk
      - Gå igenom webbplatsens texter`;
    expect(texts(doc)).toHaveLength(3);
  });

  it('stay activities in a policy where most items name a thing to deliver', () => {
    const doc = `# Policy för klarspråk
      ## Så arbetar vi
      - Ta fram en skrivguide för hela kommunen
      - Hålla två skrivkurser per termin
      - Utse ett klarspråksombud på varje förvaltning`;
    expect(texts(doc)).toHaveLength(3);
  });

  it('stay activities in a plan, whose kind says its lists are actions, fields or not', () => {
    const doc = `# Handlingsplan för lekplatser 2027–2028
      ## Natur i leken
      - Satsa på natur och träd framför färdiga lekredskap
      - Plantera bärbuskar vid förskolornas lekplatser
      ## Tillgänglighet
      - Utforma platserna så att barn med olika förmågor kan leka tillsammans
      - Bygga om sandlådor med ramper`;
    expect(texts(doc)).toHaveLength(4);
  });
});
