import { describe, expect, it } from 'vitest';
import { readDisplacedOwner } from '../../src/clean/displaced-cells.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

/** An owner cell that a reading order by position set among or after the cells beside it. */
const words = (text: string) => text.split(' ');
const tail = ['owner', 'time', 'status', 'comment'] as const;

describe('an owner out of its place', () => {
  it("takes a known owner from among the activity's words into its column", () => {
    const read = readDisplacedOwner(words('Rusta upp KFF badplatsen i Norrby 2026 Pågår Bryggan är klar.'), [...tail], [], new Set(['KFF']));
    expect(read?.cells).toMatchObject({ activity: 'Rusta upp badplatsen i Norrby', owner: 'KFF', time: '2026', status: 'Pågår', comment: 'Bryggan är klar.' });
  });

  it('takes a known owner after the comment, and a unit in parentheses beside it', () => {
    const after = readDisplacedOwner(words('Rusta upp badplatsen i Norrby 2026 Pågår Bryggan är klar. KFF'), [...tail], [], new Set(['KFF']));
    expect(after?.cells).toMatchObject({ activity: 'Rusta upp badplatsen i Norrby', owner: 'KFF', comment: 'Bryggan är klar.' });
    const paired = readDisplacedOwner(words('Bygga nya TFF (KFF) omklädningsrum 2027 Ej påbörjad Upphandlas i vår.'), [...tail], [], new Set(['KFF']));
    expect(paired?.cells).toMatchObject({ activity: 'Bygga nya omklädningsrum', owner: 'TFF (KFF)' });
  });

  it('reads no owner the table has not shown, and none when the rest does not read in order', () => {
    expect(readDisplacedOwner(words('Söka EU finansiering för badplatsen 2026 Pågår Ansökan är inskickad.'), [...tail], [], new Set(['KFF']))).toBeNull();
    expect(readDisplacedOwner(words('Rusta upp KFF badplatsen i Norrby Bryggan är klar.'), [...tail], [], new Set(['KFF']))).toBeNull();
    expect(readDisplacedOwner(words('Rusta upp KFF badplatsen 2026 Pågår'), ['time', 'status'], [], new Set(['KFF']))).toBeNull();
  });
});

describe('a follow-up read by position', () => {
  // A sports facilities follow-up: row 2.2's owner stands among its activity's words, row 2.3's after its comment; page two repeats only the last column words.
  const text = [
    'Uppföljning idrottsanläggningar Exempelby',
    '',
    'Transkript',
    '',
    '1 Uppföljning idrottsanläggningar 2026 Exempelby kommun Nr Åtgärd Ansvarig Klart Status Kommentar Tema 1 – Ishallar 1.1 Byta kylaggregat i ishallen KFF 2026 Klar Aggregatet är i drift. 1.2 Se över belysningen i ishallen TFF VT 2027 Pågår Offerter är inne. Tema 2 – Bad 2.1 Rusta upp bassängen i simhallen KFF 2027 Ej påbörjad Upphandlas i vår.',
    '',
    '2 Klart Status Kommentar 2.2 Bygga nya KFF omklädningsrum vid friluftsbadet 2026 Pågår Bygglov är beviljat. 2.3 Förlänga badsäsongen vid Storsjön 2026 Klar Säsongen förlängdes två veckor. TFF',
    '',
    '3 Uppföljningen redovisas för kultur- och fritidsnämnden. Kontakt Fritidschefen',
  ].join('\n');

  it('reads every row with its owner, under the header repeated without its first columns', () => {
    const x = extract(readText(new TextEncoder().encode(text)));
    expect(x.activities.map((a) => a.text)).toEqual([
      'Byta kylaggregat i ishallen',
      'Se över belysningen i ishallen',
      'Rusta upp bassängen i simhallen',
      'Bygga nya omklädningsrum vid friluftsbadet',
      'Förlänga badsäsongen vid Storsjön',
    ]);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['KFF', 'TFF', 'KFF', 'KFF', 'TFF']);
    expect(x.activities.map((a) => a.status)).toEqual(['done', 'ongoing', 'not_started', 'ongoing', 'done']);
  });
});
