import { describe, expect, it } from 'vitest';
import { readColumnBlocks } from '../../src/clean/column-blocks.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

const paragraph = (text: string) => readColumnBlocks([{ kind: 'paragraph', text, page: 1, source: 0 }]);
const rows = (text: string) => paragraph(text).filter((b) => b.kind === 'row' && !b.header).map((b) => b.cells);

// Subject and layout of their own: a school-meals plan whose action table a PDF-to-text tool read column block by column block.
const TABLE =
  'Åtgärderna följs upp varje termin. Nr Åtgärd Kök 1 Byta ugnar i Norrskolans kök 2 Införa digitala temperaturloggar i alla tillagningskök ' +
  '3 Utreda ett gemensamt mottagningskök för förskolorna i kommunens västra del Måltidsmiljö 4 Sänka ljudnivån i matsalen på Ekskolan Ansvarig Klart Status ' +
  'KOST 2027 Pågår KOST (TF) VT 2028 Ej påbörjad Ugnarna är beställda. BUF Q3 2027 Klar Utredningen är klar. TF Löpande Pågår ' +
  '5 Låta eleverna vara med och välja rätter varje månad KOST HT 2027 Ej påbörjad';

describe('a table read column block by column block', () => {
  it('reads the rows by their numbers, the bands between them, and the k-th run of typed cells as the k-th row', () => {
    expect(rows(TABLE)).toEqual([
      ['', 'Kök', '', '', ''],
      ['1', 'Byta ugnar i Norrskolans kök', 'KOST', '2027', 'Pågår'],
      ['2', 'Införa digitala temperaturloggar i alla tillagningskök', 'KOST (TF)', 'VT 2028', 'Ej påbörjad'],
      ['3', 'Utreda ett gemensamt mottagningskök för förskolorna i kommunens västra del', 'BUF', 'Q3 2027', 'Klar'],
      ['', 'Måltidsmiljö', '', '', ''],
      ['4', 'Sänka ljudnivån i matsalen på Ekskolan', 'TF', 'Löpande', 'Pågår'],
      ['5', 'Låta eleverna vara med och välja rätter varje månad', 'KOST', 'HT 2027', 'Ej påbörjad'],
    ]);
    const head = paragraph(TABLE).find((b) => b.header);
    expect(head?.cells).toEqual(['Nr', 'Åtgärd', 'Ansvarig', 'Klart', 'Status']);
    expect(paragraph(TABLE)[0]).toMatchObject({ kind: 'paragraph', text: 'Åtgärderna följs upp varje termin.' });
  });

  it('leaves a table whose head stands whole before its rows, and a numbered list with no head', () => {
    const whole = 'Nr Åtgärd Ansvarig Klart Status 1 Byta ugnar i Norrskolans kök KOST 2027 Pågår 2 Införa temperaturloggar KOST VT 2028 Ej påbörjad 3 Utreda ett mottagningskök BUF Q3 2027 Klar';
    expect(paragraph(whole)).toHaveLength(1);
    const list = 'Så här gör du: 1 Logga in i e-tjänsten 2 Välj skola 3 Skriv in elevens allergier Ansvarig Klart Status KOST 2027 Pågår';
    expect(paragraph(list)).toHaveLength(1);
  });

  it('gives the rows to extraction with their areas and owners', () => {
    const doc = readText(new TextEncoder().encode(`Måltidsplan 2027–2028 Exempelby kommun\n\nTranskript:\n\nMåltidsplan för Exempelby kommun 2027–2028. ${TABLE}\n`));
    const x = extract(doc);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Kök', 'Måltidsmiljö']);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['KOST', 'KOST (TF)', 'BUF', 'TF', 'KOST']);
    expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'not_started', 'done', 'ongoing', 'not_started']);
  });
});
