import { describe, expect, it } from 'vitest';
import { pairStack, unstackLabels, unstackText } from '../../src/clean/stacked-labels.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';

const para = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 1 });
const readText = async (text: string) => extract(await readDocument(new TextEncoder().encode(text), 'export.txt'));

describe('a record whose labels stand stacked before their values', () => {
  it('pairs each value to its label by its content', () => {
    expect(unstackText('Aktivitet: Ansvarig: Slutdatum: Status: Digitalisera lokalhistoriska arkivet Kulturenheten 2026-06-30 ● Pågår')).toBe(
      'Aktivitet: Digitalisera lokalhistoriska arkivet Ansvarig: Kulturenheten Slutdatum: 2026-06-30 Status: ● Pågår',
    );
  });

  it('reads a stack split over the record, a label or two at a time', () => {
    const got = unstackText('Aktivitet: Starta läsombud på två äldreboenden Ansvarig: Slutdatum: Biblioteksenheten 2025-11-30 Status: Kommentar: Klar Båda boendena har läsombud.');
    expect(got).toBe('Aktivitet: Starta läsombud på två äldreboenden Ansvarig: Biblioteksenheten Slutdatum: 2025-11-30 Status: Klar Kommentar: Båda boendena har läsombud.');
  });

  it('leaves a label whose value is missing empty, without inventing one', () => {
    expect(pairStack(['activity', 'owner', 'time', 'status'], 'Rusta upp spåren i motionsspåret Fritidsförvaltningen 2027')).toEqual({
      values: ['Rusta upp spåren i motionsspåret', 'Fritidsförvaltningen', '2027', null],
      end: 'Rusta upp spåren i motionsspåret Fritidsförvaltningen 2027'.length,
      unsure: false,
    });
    // The status missing between two dates: the end date is not taken for it.
    expect(unstackText('Startdatum: Status: Slutdatum: 2025-02-01 2025-12-31')).toBe('Startdatum: 2025-02-01 Status: Slutdatum: 2025-12-31');
  });

  it('reads labels in another order, an abbreviated owner and a percentage', () => {
    expect(pairStack(['status', 'time', 'owner', 'activity'], 'Försenad VT 2026 KFN Inventera konstsamlingen i stadshuset').values).toEqual([
      'Försenad',
      'VT 2026',
      'KFN',
      'Inventera konstsamlingen i stadshuset',
    ]);
    // A time that opens on a word closes the owner's name before it.
    expect(unstackText('Aktivitet: Ansvarig: Tidplan: Kartlägga gångvägarnas belysning Gatuenheten HT 2026')).toBe('Aktivitet: Kartlägga gångvägarnas belysning Ansvarig: Gatuenheten Tidplan: HT 2026');
    expect(unstackText('Andel klart: Kommentar: 40 % Upphandlingen är överprövad.')).toBe('Andel klart: 40 % Kommentar: Upphandlingen är överprövad.');
  });

  it('keeps the words no label takes after the record', () => {
    expect(unstackText('Ansvarig: Slutdatum: Kulturenheten 2026-06-30 ● Klar')).toBe('Ansvarig: Kulturenheten Slutdatum: 2026-06-30 ● Klar');
  });

  it('reads no record from a form of empty labels, a glossary, or labels over prose', () => {
    expect(unstackText('Aktivitet: Ansvarig: Slutdatum: Status:')).toBeNull();
    expect(unstackText('Ansvarig: Den som leder arbetet. Status: Hur långt arbetet har kommit.')).toBeNull();
    expect(unstackText('Aktivitet: Ansvarig: Fyll i blanketten och skicka den till nämnden.')).toBeNull();
    // No unit's name before the status: where the activity ends is unknown, so the record stays as it stood.
    expect(unstackText('Aktivitet: Ansvarig: Status: Ordna läxhjälp på biblioteket Lärcentrum Norr ◐ Pågår')).toBeNull();
  });

  it('reads the activities, owners and statuses of a transcript whose records stand so', async () => {
    const x = await readText(
      [
        'Uppföljning av biblioteksplanen 2025',
        '',
        '1 Fokusområde 1: Läsning för alla Aktivitet: Ansvarig: Slutdatum: Status: Starta läsombud på två äldreboenden Biblioteksenheten 2025-11-30 ● Klar Kommentar: Båda boendena har läsombud. Aktivitet: Införa meröppet på filialen i Bergby Ansvarig: Slutdatum: Kultur- och fritidsförvaltningen 2026-06-30 Status: ● Pågår',
        '',
        '2 Fokusområde 2: Digital delaktighet Aktivitet: Ansvarig: Slutdatum: Status: Erbjuda kurser i e-legitimation för seniorer Medborgarkontoret 2026-12-31 ● Ej påbörjad',
      ].join('\n'),
    );
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.status])).toEqual([
      ['Starta läsombud på två äldreboenden', 'Biblioteksenheten', 'done'],
      ['Införa meröppet på filialen i Bergby', 'Kultur- och fritidsförvaltningen', 'ongoing'],
      ['Erbjuda kurser i e-legitimation för seniorer', 'Medborgarkontoret', 'not_started'],
    ]);
  });

  it('joins a record set a line a block, leaving the blocks after its values as they were', () => {
    const blocks = ['Åtgärd:', 'Ansvarig:', 'Klart:', 'Anlägga en spontanidrottsplats', 'vid Norrbyskolan', 'Fritidsförvaltningen', '2026', 'Arbetet följs upp i bokslutet.'].map(para);
    expect(unstackLabels(blocks).map((b) => b.text)).toEqual([
      'Åtgärd: Anlägga en spontanidrottsplats vid Norrbyskolan Ansvarig: Fritidsförvaltningen Klart: 2026',
      'Arbetet följs upp i bokslutet.',
    ]);
    // A form's labels over a line of instructions: nothing is typed, nothing joined.
    const form = ['Aktivitet:', 'Ansvarig:', 'Status:', 'Fyll i en rad per aktivitet och skicka till kansliet.'].map(para);
    expect(unstackLabels(form)).toEqual(form);
  });

  it('reads the activities of a transcript that gives each label and value a line', async () => {
    const x = await readText(
      ['Uppföljning av idrottsplanen 2025', '', 'Område 1: Fler i rörelse', '', 'Aktivitet:', 'Ansvarig:', 'Slutdatum:', 'Status:', 'Bygga en spontanidrottsplats i Norrby', 'Fritidsförvaltningen', '2026-09-30', '● Pågår', '', 'Aktivitet:', 'Ansvarig:', 'Slutdatum:', 'Status:', 'Erbjuda gratis simskola för alla sexåringar', 'Fritidsförvaltningen', '2025-08-31', '● Klar'].join('\n'),
    );
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.status])).toEqual([
      ['Bygga en spontanidrottsplats i Norrby', 'Fritidsförvaltningen', 'ongoing'],
      ['Erbjuda gratis simskola för alla sexåringar', 'Fritidsförvaltningen', 'done'],
    ]);
  });
});
