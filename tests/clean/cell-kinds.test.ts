import { describe, expect, it } from 'vitest';
import { cellKind, joinBrokenUnits, ownerStart, statusLength } from '../../src/clean/cell-kinds.js';

describe('statusLength', () => {
  it('measures a status phrase that opens the text, with a year it is put off to', () => {
    expect(statusLength('Ej påbörjad')).toBe('Ej påbörjad'.length);
    expect(statusLength('Ej påbörjad. Startar i höst')).toBe('Ej påbörjad'.length);
    expect(statusLength('Uppskjuten till 2026')).toBe('Uppskjuten till 2026'.length);
  });

  it('finds none where the status words stand later in the text', () => {
    expect(statusLength('Arbetet är ej påbörjat')).toBe(0);
    expect(statusLength('Skolorna ska påbörja arbetet')).toBe(0);
    expect(statusLength('Bibliotekets öppettider, ej påbörjad')).toBe(0);
  });

  it('gives the same answer asked again and in any order (the patterns keep no position between texts)', () => {
    const texts = ['Pågår enligt plan', 'Vi arbetar vidare. Pågår', 'Pågår', 'Delvis genomförd', 'Inventeringen delvis genomförd'];
    const first = texts.map(statusLength);
    expect(first[0]).toBeGreaterThan(0);
    expect(first[1]).toBe(0);
    expect([...texts].reverse().map(statusLength)).toEqual([...first].reverse());
  });
});

describe('cellKind', () => {
  it('types a cell the same however often it is asked', () => {
    const cells = ['Genomförd', 'Kultur- och fritidsförvaltningen', '2024', 'Ta fram en plan för läsfrämjande', '45 %', ''];
    const once = cells.map(cellKind);
    expect(once).toEqual(['status', 'owner', 'time', 'text', 'percent', 'empty']);
    for (let i = 0; i < 3; i++) expect(cells.map(cellKind)).toEqual(once);
  });

  it('keeps typing right past the number of cells it remembers', () => {
    for (let i = 0; i < 9000; i++) cellKind(`Åtgärd nummer ${i} om cykelvägar`);
    expect(cellKind('Genomförd')).toBe('status');
    expect(cellKind('Åtgärd nummer 3 om cykelvägar')).toBe('text');
  });
});

describe("a unit's name a narrow column broke before its last letters", () => {
  it('reads the name and its broken-off letters as one owner, and joins them back', () => {
    const tokens = 'Rusta upp spåren Miljöförvaltninge n'.split(' ');
    expect(ownerStart(tokens, tokens.length)).toBe(3);
    expect(joinBrokenUnits('Miljöförvaltninge n')).toBe('Miljöförvaltningen');
    expect(joinBrokenUnits('Socialförvaltninge n Polisen')).toBe('Socialförvaltningen Polisen');
  });

  it('reads three broken-off letters as the name\'s too, and no three-letter word after a whole unit or after a word no unit ends', () => {
    const tokens = 'Ordna en bättre skyltning Gatuförvaltnin gen'.split(' ');
    expect(ownerStart(tokens, tokens.length)).toBe(4);
    expect(joinBrokenUnits('Gatuförvaltnin gen 2026')).toBe('Gatuförvaltningen 2026');
    expect(joinBrokenUnits('Kulturenheten och Fritidsenheten')).toBe('Kulturenheten och Fritidsenheten');
    expect(joinBrokenUnits('Skolan och förskolan')).toBe('Skolan och förskolan');
  });

  it('joins a definite ending broken off a unit word that reads whole without it', () => {
    expect(joinBrokenUnits('Socialförvaltning en')).toBe('Socialförvaltningen');
    expect(joinBrokenUnits('Byggnadskontor et')).toBe('Byggnadskontoret');
    // Letters that make no definite form stay apart.
    expect(joinBrokenUnits('Socialförvaltning i')).toBe('Socialförvaltning i');
  });

  it('joins no short word after a word that is no broken name, nor after a whole unit', () => {
    expect(joinBrokenUnits('Gå ut i skogen')).toBe('Gå ut i skogen');
    expect(joinBrokenUnits('Miljöförvaltningen i Norrby')).toBe('Miljöförvaltningen i Norrby');
    const tokens = 'Planera om i'.split(' ');
    expect(ownerStart(tokens, tokens.length)).toBe(tokens.length);
  });
});

describe('a post named by an abbreviation and a role', () => {
  it("reads 'IT-samordnare' and 'KF-sekreterare' as owners, alone or closing an action", () => {
    expect(cellKind('IT-samordnare')).toBe('owner');
    expect(cellKind('KF-sekreterare')).toBe('owner');
    const tokens = 'Uppdatera rutinerna för lösenord IT-samordnare'.split(' ');
    expect(ownerStart(tokens, tokens.length)).toBe(tokens.length - 1);
  });

  it('reads no owner from an abbreviation joined to a word that names no role, nor from a role head without one', () => {
    expect(cellKind('IT-stöd')).toBe('text');
    const tokens = 'Införa e-tjänster för bygglov via IT-stödet'.split(' ');
    expect(ownerStart(tokens, tokens.length)).toBe(tokens.length);
    const plain = 'Utse en ny samordnare'.split(' ');
    expect(ownerStart(plain, plain.length)).toBe(plain.length);
  });
});

describe('owners a line break cut after the slash between them', () => {
  it("reads 'KFN/ BUN' as one owner cell, the unit before the slash with it", () => {
    const tokens = 'Öppna skolbiblioteken på kvällstid KFN/ BUN'.split(' ');
    expect(ownerStart(tokens, tokens.length)).toBe(4);
  });

  it('takes no slash-ended word as an owner where the cell would end on it, nor a word that names no unit', () => {
    const tokens = 'Öppna skolbiblioteken på kvällstid KFN/'.split(' ');
    expect(ownerStart(tokens, tokens.length)).toBe(tokens.length);
    const prose = 'Läsa och/ BUN'.split(' ');
    expect(ownerStart(prose, prose.length)).toBe(2);
  });
});

describe("a unit's name with the branch it names in lower case after it", () => {
  it("reads 'Socialtjänsten barn och unga' and 'Förvaltningen äldreomsorg' whole as the owner", () => {
    const tokens = 'Starta läsombud på alla äldreboenden Förvaltningen äldreomsorg'.split(' ');
    expect(ownerStart(tokens, tokens.length)).toBe(5);
    const branch = 'Erbjuda samtalsstöd till tonåringar Socialtjänsten barn och unga'.split(' ');
    expect(ownerStart(branch, branch.length)).toBe(4);
  });

  it('reads no branch after a unit the action names, nor more than a few words, nor one ending on a word no name ends on', () => {
    const long = 'Samordna stödet med Socialtjänsten för barn och unga'.split(' ');
    expect(ownerStart(long, long.length)).toBe(long.length);
    const dangling = 'Informera Socialtjänsten om'.split(' ');
    expect(ownerStart(dangling, dangling.length)).toBe(dangling.length);
    // A unit word in its bare form ('förvaltning') names no unit a branch could follow.
    const bare = 'Bygga en ny förvaltning gemensamt'.split(' ');
    expect(ownerStart(bare, bare.length)).toBe(bare.length);
  });
});
