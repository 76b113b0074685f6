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

describe('a column of shares under a header that names a time', () => {
  const rows = [
    ['Rusta upp lekplatsen i Ekbacken', 'Parkenheten', '0 %'],
    ['Anlägga en hundrastgård', 'Parkenheten', '60 %'],
    ['Plantera en fruktlund vid skolan', 'Gatuenheten', '100 %'],
  ];

  it('types it as progress, not as a time', () => {
    expect(typeColumns(['Åtgärd', 'Ansvar', 'Klart'], rows).roles).toEqual(['activity', 'owner', 'progress']);
  });

  it('leaves a time column of dates and an unnamed column of figures as they were', () => {
    const dated = rows.map((r, i) => [r[0], r[1], ['2026', 'VT 2027', '2027-06-30'][i]]);
    expect(typeColumns(['Åtgärd', 'Ansvar', 'Klart'], dated).roles).toEqual(['activity', 'owner', 'time']);
    expect(typeColumns(['Åtgärd', 'Ansvar', 'Andel'], rows).roles[2]).not.toBe('progress');
    // Shares above a hundred are no share done ('140 %' of a target).
    const over = rows.map((r, i) => [r[0], r[1], ['120 %', '140 %', '180 %'][i]]);
    expect(typeColumns(['Åtgärd', 'Ansvar', 'Klart'], over).roles[2]).not.toBe('progress');
  });
});

describe('a header counted in hundredths', () => {
  it("reads the words beside the percent sign, a time word so counted as progress ('% klart', 'Slut (%)')", () => {
    expect(headerRole('% klart').role).toBe('progress');
    expect(headerRole('Slutfört (%)').role).not.toBe('time');
    expect(headerRole('Slut (%)').role).toBe('progress');
    expect(headerRole('Tidplan i procent').role).toBe('progress');
    expect(headerRole('Procent klart').role).toBe('progress');
  });

  it('keeps what any other word beside the unit names, and the time a header without one names', () => {
    expect(headerRole('Målvärde %').role).toBe('indicator');
    expect(headerRole('Budget (%)').role).toBe('cost');
    expect(headerRole('Status %').role).toBe('status');
    expect(headerRole('Klart senast').role).toBe('time');
    expect(headerRole('%').role).toBeNull();
  });

  it('types a column of shares under it as progress even where a dated column stands beside it', () => {
    const rows = [
      ['Byta belysning i gångtunneln', 'Gatuenheten', '2026-05', '100 %'],
      ['Märka upp cykelstråket', 'Trafikenheten', '2026-10', '30 %'],
      ['Bygga om busshållplatsen', 'Trafikenheten', '2027-03', '0 %'],
    ];
    expect(typeColumns(['Åtgärd', 'Ansvar', 'Klart senast', '% klart'], rows).roles).toEqual(['activity', 'owner', 'time', 'progress']);
  });
});
