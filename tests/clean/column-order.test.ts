import { describe, expect, it } from 'vitest';
import { repeatsHeaderHead } from '../../src/clean/column-order.js';
import { readText } from '../../src/ingest/text.js';

const table = { roles: ['activity', 'owner', 'status', 'progress'] as const, words: ['Aktivitet', 'Ansvarig', 'Status', 'Färdiggrad'] };
const known = { roles: [...table.roles], words: table.words };

describe("a header repeated with its last columns' words set elsewhere", () => {
  it('takes two column words that open the known header, in its order, as that header', () => {
    expect(repeatsHeaderHead(['activity', 'owner'], known, 'Färre unga ska röka eller snusa. Genomföra tobaksfria skolgårdar Utbildningsförvaltningen')).toBe(true);
  });

  it('leaves words in another order, a header without one known before, and one whose other words follow among a row’s lines', () => {
    expect(repeatsHeaderHead(['owner', 'activity'], known, 'Genomföra tobaksfria skolgårdar')).toBe(false);
    expect(repeatsHeaderHead(['activity', 'owner'], null, 'Genomföra tobaksfria skolgårdar')).toBe(false);
    // The header interleaved with a wrapped cell's lines: its 'Status' stands a few words on.
    expect(repeatsHeaderHead(['activity', 'owner'], known, 'för alla elever Status Färdiggrad i årskurs 3')).toBe(false);
    // The header's first words set apart with the id of the first row they head.
    expect(repeatsHeaderHead(['activity', 'owner'], known, '2.3 Norrby.')).toBe(false);
  });

  // A public-health follow-up whose status columns hold drawn symbols: poppler set their header words apart from the second table's.
  it("reads the rows under a header repeated without its symbol columns' words", () => {
    const text = [
      'Folkhälsoplan uppföljning 2025',
      '',
      'Transkript',
      '',
      '1 Folkhälsoplan uppföljning 2025 1. Goda levnadsvanor Aktivitet Ansvarig Status Färdiggrad Status Färdiggrad Fler barn ska röra sig varje dag. Erbjuda simskola för alla elever i årskurs 3 Fritidsförvaltningen Anordna spontanidrott på lov Fritidsförvaltningen Aktivitet Ansvarig Färre unga ska röka eller snusa. Genomföra tobaksfria skolgårdar på alla skolor Utbildningsförvaltningen Utbilda skolsköterskor i motiverande samtal Elevhälsan 2. Trygga miljöer Kommunen ska vara trygg för alla.',
    ].join('\n');
    const doc = readText(new TextEncoder().encode(text));
    const rows = doc.blocks.filter((b) => b.kind === 'row' && !b.header).map((b) => doc.text.slice(b.start, b.end).split('\t').filter(Boolean).join(' | '));
    expect(rows).toContain('Genomföra tobaksfria skolgårdar på alla skolor | Utbildningsförvaltningen');
    expect(rows).toContain('Utbilda skolsköterskor i motiverande samtal | Elevhälsan');
  });
});

describe("a table's two-word header repeated over the next area's rows", () => {
  // A culture plan's follow-up: each theme's table has the same two column words, its status symbols' words set apart.
  it('reads the second table under the header the first had word for word', () => {
    const text = [
      'Lägesrapport kulturplan 2025',
      '',
      'Transkript',
      '',
      '1 Lägesrapport kulturplan 2025 Tema 1: Kultur för barn Aktivitet Ansvarig Starta kulturskola i Norrby Kulturförvaltningen Ordna lovaktiviteter på biblioteket Utbildningsförvaltningen Status Status Tema 2: Levande kulturarv Aktivitet Ansvarig Digitalisera hembygdsarkivet Stadsarkivet Rusta upp kvarnen vid ån Kulturförvaltningen',
    ].join('\n');
    const doc = readText(new TextEncoder().encode(text));
    const headers = doc.blocks.filter((b) => b.kind === 'row' && b.header);
    expect(headers).toHaveLength(2);
    expect(doc.blocks.some((b) => b.kind === 'heading' && doc.text.slice(b.start, b.end) === 'Tema 2: Levande kulturarv')).toBe(true);
  });
});
