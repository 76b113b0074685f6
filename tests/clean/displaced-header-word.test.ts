import { describe, expect, it } from 'vitest';
import { displacedHeaderWord } from '../../src/clean/displaced-header-word.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

const read = (text: string) => readText(new TextEncoder().encode(text));
/** Pages as the seed form gives them: a list of related documents, 'Transkript:', then 'N (M)' before each page. */
const seed = (title: string, pages: string[]) =>
  [title, '', 'Relevanta dokument', 'Budget 2025', 'Protokoll 2025-03-01', '', 'Transkript:', '', ...pages.flatMap((p, i) => [`${i + 1} (${pages.length}) ${p}`, ''])].join('\n');

const known = { roles: ['number', 'activity', 'owner', 'time', 'status'] as const, words: ['Nr', 'Åtgärd', 'Ansvar', 'Tid', 'Status'] };
const table = { roles: [...known.roles], words: known.words };

describe('a table\'s header repeated with one column word run into its first row', () => {
  it('finds the word inside the first row, where the header is the table\'s but for it', () => {
    const text = 'Nr Ansvar Tid Status 2.1 Rusta badplatsen vid sjön Åtgärd Fritidsenheten 2026 Pågår 2.2 Märka upp vandringsleden Fritidsenheten 2027 Ny';
    const header = { roles: ['number', 'owner', 'time', 'status'] as ('number' | 'owner' | 'time' | 'status')[], words: ['Nr', 'Ansvar', 'Tid', 'Status'], end: 'Nr Ansvar Tid Status'.length };
    const span = displacedHeaderWord(text, header, table);
    expect(span && text.slice(span.start, span.end)).toBe('Åtgärd');
  });

  it('finds nothing when the word opens the row, stands only in a later row, or the header lacks more than one word', () => {
    const header = { roles: ['number', 'owner', 'time', 'status'] as ('number' | 'owner' | 'time' | 'status')[], words: ['Nr', 'Ansvar', 'Tid', 'Status'], end: 'Nr Ansvar Tid Status'.length };
    expect(displacedHeaderWord('Nr Ansvar Tid Status 2.1 Åtgärd mot buller vid badplatsen Fritidsenheten 2026 Pågår', header, table)).toBeNull();
    expect(displacedHeaderWord('Nr Ansvar Tid Status 2.1 Rusta badplatsen Fritidsenheten 2026 Pågår 2.2 Märka upp leden Åtgärd Fritidsenheten 2027 Ny', header, table)).toBeNull();
    const short = { roles: ['number', 'time', 'status'] as ('number' | 'time' | 'status')[], words: ['Nr', 'Tid', 'Status'], end: 'Nr Tid Status'.length };
    expect(displacedHeaderWord('Nr Tid Status 2.1 Rusta badplatsen Åtgärd Ansvar Fritidsenheten 2026 Pågår', short, table)).toBeNull();
  });

  it('reads the rows of a two-page outdoor-life plan whose second header lost its activity word into the first row', () => {
    const text = seed('Friluftsplan Exempelby', [
      'Friluftsplan 2026–2027 Exempelby kommun Nr Åtgärd Ansvarig När Status 1.1 Bygga en ny spång över mossen Fritidsenheten HT 2026 Pågår 1.2 Ta fram en karta över vandringslederna Kommunikationsenheten VT 2026 Ej påbörjad',
      'Nr Ansvarig När Status 2.1 Rusta badplatsen vid Storsjön Åtgärd Tekniska förvaltningen 2027 Ej påbörjad 2.2 Anlägga en grillplats vid naturreservatet Fritidsenheten 2026 Genomförd',
    ]);
    const x = extract(read(text));
    expect(x.activities.map((a) => a.text)).toEqual([
      'Bygga en ny spång över mossen',
      'Ta fram en karta över vandringslederna',
      'Rusta badplatsen vid Storsjön',
      'Anlägga en grillplats vid naturreservatet',
    ]);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Fritidsenheten', 'Kommunikationsenheten', 'Tekniska förvaltningen', 'Fritidsenheten']);
  });
});
