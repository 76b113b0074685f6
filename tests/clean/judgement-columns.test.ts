import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { readRowForward } from '../../src/clean/row-sequence.js';

// Subject and layout of their own: a library service's follow-up whose table has a status column in words, a judgement
// column beside it shown by fill alone (no word in a transcript) and a comment, some owners named by a post
// ('Bibliotekarie barn', 'Enhetschef Västra') rather than a unit.
const HEAD = 'Nr Åtgärd Ansvarig Tid Status Läge Kommentar';
const ROWS =
  'Område 1 – Läsfrämjande 1 Starta bokcirklar för unga på alla filialer Kulturförvaltningen 2026 Pågår Fyra cirklar igång. ' +
  '2 Ta fram en läslista för mellanstadiet Bibliotekarie barn VT 2026 Genomförd Listan delades ut i mars. ' +
  'Område 2 – Lokaler 3 Se över öppettiderna på filialerna Enhetschef Västra HT 2026 Försenad Facket har begärt förhandling, klart i januari. ' +
  '4 Inreda ett tyst rum på huvudbiblioteket Kulturförvaltningen 2027 Ej påbörjad';

const seed = (body: string) => new TextEncoder().encode(`Uppföljning biblioteksplan 2026 – Exempelby kommun\n\nTranskript:\n\nEXEMPELBY KOMMUN ${body} 1 (1)\n`);
const bare = (body: string) => new TextEncoder().encode(`Uppföljning biblioteksplan 2026 – Exempelby kommun\n\nTranskript\n\n1 EXEMPELBY KOMMUN ${body}\n`);

describe('a follow-up table with a status column and a judgement column beside it', () => {
  for (const [form, make] of [['seed', seed], ['bare', bare]] as const) {
    it(`reads every row with its owner, time and status, the judgement left blank (${form} form)`, () => {
      const x = extract(readText(make(`Uppföljning per 2026-09-30. ${HEAD} ${ROWS}`)));
      expect(x.activities.map((a) => a.text)).toEqual([
        'Starta bokcirklar för unga på alla filialer',
        'Ta fram en läslista för mellanstadiet',
        'Se över öppettiderna på filialerna',
        'Inreda ett tyst rum på huvudbiblioteket',
      ]);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Kulturförvaltningen', 'Bibliotekarie barn', 'Enhetschef Västra', 'Kulturförvaltningen']);
      expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'done', 'ongoing', 'not_started']);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Läsfrämjande', 'Lokaler']);
    });
  }

  it('reads the judgement where the transcript gives it as a word', () => {
    const rows = ROWS.replace('Pågår Fyra', 'Pågår Grön Fyra').replace('Genomförd Listan', 'Genomförd Grön Listan');
    const x = extract(readText(seed(`${HEAD} ${rows}`)));
    expect(x.activities).toHaveLength(4);
    expect(x.activities.slice(0, 2).map((a) => a.track)).toEqual(['on_track', 'on_track']);
  });

  it('reads the same table when the second status word is another one ("Status Utfall Kommentar")', () => {
    const x = extract(readText(seed(`${HEAD.replace('Läge', 'Utfall')} ${ROWS}`)));
    expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'done', 'ongoing', 'not_started']);
  });
});

describe('an owner named by a post, read forwards before a typed cell', () => {
  const read = (text: string) => readRowForward(text.split(' '), ['owner', 'time', 'status', 'comment'], [])?.cells ?? null;
  it('takes the capitalised words after the activity up to the time: a post, a post with its place', () => {
    expect(read('Ordna läxhjälp på biblioteket Bibliotekarie barn HT 2026 Pågår Två kvällar i veckan.')).toMatchObject({ activity: 'Ordna läxhjälp på biblioteket', owner: 'Bibliotekarie barn', time: 'HT 2026', status: 'Pågår' });
    expect(read('Byta belysning i läsesalen Driftansvarig fastighet 2027 Ej påbörjad')).toMatchObject({ owner: 'Driftansvarig fastighet', time: '2027' });
  });
  it('does not start an owner after a preposition, nor take a name inside the activity with it', () => {
    const cells = read('Inreda ett rum på Norrskolans bibliotek Rektor Norrskolan 2026 Pågår');
    expect(cells?.owner).toBe('Rektor Norrskolan');
    expect(cells?.activity).toBe('Inreda ett rum på Norrskolans bibliotek');
  });
  it('reads no owner from a sentence that a row does not hold', () => {
    expect(read('Biblioteket har öppet till klockan 20 alla vardagar under hösten')).toBeNull();
  });
});

// A judgement column that is the table's only status ('Lägesbedömning' in words), and an owner that plain
// pdftotext set after the first line of its action: the row is not read as if the judgement were a fill,
// which cut the action at the owner and lost its time ('Rusta upp' | TFF | – | Pågår).
describe('a judgement column that is the only status, an owner set inside the action', () => {
  const head = 'Nr Insats Ansvarig Genomförs Lägesbedömning Kommentar';
  const rows =
    'Område 1 – Parker 1.1 Rusta upp TFF lekplatsen i Norrparken med nya gungor och sandlåda 2026 Pågår Upphandlingen är klar. ' +
    '1.2 Plantera fler träd längs Storgatan och Kyrkogatan TFF 2026–2027 Klart Trettio träd planterades i våras.';
  for (const [form, make] of [['seed', seed], ['bare', bare]] as const) {
    it(`does not cut the action at the owner; the next row reads whole (${form} form)`, () => {
      const x = extract(readText(make(`Lägesrapport per 2026-09-30. ${head} ${rows}`)));
      const [first, second] = x.activities;
      expect(first.text).toContain('lekplatsen i Norrparken med nya gungor');
      expect([second.text, second.ownerRaw, second.years, second.status]).toEqual(['Plantera fler träd längs Storgatan och Kyrkogatan', 'TFF', [2026, 2027], 'done']);
    });
  }
});
