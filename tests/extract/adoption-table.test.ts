import { describe, expect, it } from 'vitest';
import { findAdoption } from '../../src/extract/rules/dates.js';

const adoption = (text: string) => {
  const a = findAdoption(text);
  return a && { date: a.date, by: a.by };
};

describe('an adoption given in a table of facts or by a committee named with an adjective', () => {
  it('reads the body in one row and the date under its label in the next', () => {
    expect(adoption('Beslutad av\tKommunstyrelsens tekniska utskott\nDatum\t2026-06-10, § 33\nDokumentansvarig\tTekniska enheten')).toEqual({ date: '2026-06-10', by: 'kommunstyrelsens tekniska utskott' });
    expect(adoption('Fastställd av: Kommunstyrelsens arbetsutskott\nBeslutsdatum: 2027-03-01')).toEqual({ date: '2027-03-01', by: 'kommunstyrelsens arbetsutskott' });
  });

  it('reads a committee named by an adjective in a sentence', () => {
    expect(adoption('Riktlinjen antogs av kommunstyrelsens allmänna utskott den 4 maj 2027.')).toEqual({ date: '2027-05-04', by: 'kommunstyrelsens allmänna utskott' });
  });

  it('takes no date of another kind after the body', () => {
    expect(adoption('Beslutad av Kommunstyrelsen\nGäller från 2026-07-01')).toEqual({ date: null, by: 'kommunstyrelsen' });
  });
});
