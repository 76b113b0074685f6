import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { cellEnd } from '../../src/clean/action-stretches.js';

// Subject and layout of their own: an environmental-health office's follow-up whose action table a PDF-to-text tool read in
// its plain order, ids and actions with their bands first, then the other columns' head and their cells, where the owner is
// a person's post, not a unit: one word whose head names the post, or two posts sharing the work joined by a slash.
const ITEMS =
  'Uppföljning av tillsynsplanen för miljö och hälsa 2026. Nr Åtgärd Område 1: Livsmedel ' +
  '1.1 Inspektera alla skolkök under våren 1.2 Ta fram en checklista för foodtrucks ' +
  'Område 2: Buller och luft 2.1 Mäta buller vid de tre största byggarbetsplatserna 2.2 Ordna en utbildning om eldstäder för sotare';
const CELLS =
  'Ansvar Tid Status Miljöinspektör VT 2026 Genomförd Miljöinspektör/handläggare 2026 Pågår ' +
  'Projektledare HT 2026 Ej påbörjad HR-konsult 2027 Ej påbörjad';

const transcript = (body: string) =>
  new TextEncoder().encode(`Uppföljning tillsynsplan 2026 – Exempelby kommun\n\nTranskript:\n\nEXEMPELBY KOMMUN ${body} 1 (1)\n`);

describe('owners given as a post in columns read after their items', () => {
  it('reads a post by its head as the row\'s owner, one word or posts joined by a slash', () => {
    const x = extract(readText(transcript(`${ITEMS} ${CELLS}`)));
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Miljöinspektör', 'Miljöinspektör/handläggare', 'Projektledare', 'HR-konsult']);
    expect(x.activities.map((a) => a.status)).toEqual(['done', 'ongoing', 'not_started', 'not_started']);
  });
});

describe('the end of an owner cell that is a post', () => {
  const end = (text: string) => {
    const words = text.split(' ');
    return words.slice(0, cellEnd('owner', words, 0)).join(' ');
  };
  it('takes a post as one cell: a compound on a post\'s head, the head alone, posts joined by a slash', () => {
    expect(end('Rektor HT 2025 Genomförd')).toBe('Rektor');
    expect(end('Specialpedagog 2026 Pågår')).toBe('Specialpedagog');
    expect(end('Enhetschef/projektledare Löpande')).toBe('Enhetschef/projektledare');
    expect(end('Kulturkonsulten 2027')).toBe('Kulturkonsulten');
  });
  it('takes no plural, no word the head opens, no lower-case word of a sentence, no person\'s name', () => {
    for (const text of ['Rektorerna ska följa upp arbetet', 'Chefsdagar genomförs varje termin', 'Ledarskapsutbildning för alla', 'rektor och lärare planerar', 'Anna Lindqvist 2026', 'Lärarna ansvarar'])
      expect(end(text)).toBe('');
  });
});
