import { describe, expect, it } from 'vitest';
import { contentRole, headerRole, typeColumns } from '../../src/extract/view/column-types.js';

describe('column headers read as words and compounds', () => {
  it('gives roles to compound and inflected headers', () => {
    const roles = ['Lägesbedömning', 'Genomförs', 'Statusbeskrivning', 'Tidsram', 'Ansvarar', 'Insatsbeskrivning'].map((h) => headerRole(h).role);
    expect(roles).toEqual(['track', 'time', 'status', 'time', 'owner', 'activity']);
  });

  it("reads 'Vad har gjorts?' as a report on the action, and 'Vad ska göras?' as the action", () => {
    expect(headerRole('Vad har gjorts?').role).toBe('comment');
    expect(headerRole('Vad gjordes under året?').role).toBe('comment');
    expect(headerRole('Vad ska göras?').role).toBe('activity');
  });

  it('leaves a header that names nothing without a role', () => {
    expect(headerRole('Bilaga').role).toBeNull();
    expect(headerRole('Målgrupp').role).toBeNull();
  });
});

describe('columns typed by what their cells hold', () => {
  const rows = [
    ['K1', 'Minska matsvinnet i skolköken', 'Serviceförvaltningen', 'HT 2025', 'Pågår'],
    ['K2', 'Införa återbruk av möbler', 'Kommunledningskontoret', '2026', 'Ej påbörjad'],
    ['K3', 'Ta fram en plan för textilinsamling', 'Tekniska förvaltningen', 'Löpande', 'Klar'],
  ];

  it('types a table without a header by position', () => {
    expect(typeColumns(null, rows).roles).toEqual(['number', 'activity', 'owner', 'time', 'status']);
  });

  it('fills a header cell that names nothing from its cells and lets cells overrule a describing header', () => {
    const { roles } = typeColumns(['Id', 'Insats', 'Vem', 'Period', 'Beskrivning'], rows);
    expect(roles).toEqual(['number', 'activity', 'owner', 'time', 'status']);
  });

  it('does not make an indicator or budget column an activity', () => {
    expect(contentRole(['62 %', '75 %', '81 %'])).toBe('indicator');
    expect(contentRole(['12 400', '8 900', '3 100'])).toBe('indicator');
    expect(contentRole(['Andel invånare som känner sig trygga', 'Antal anmälda brott', 'Andel elever som trivs'])).toBeNull();
  });
});
