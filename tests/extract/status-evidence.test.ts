import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';

/**
 * Where a status cell holds no word, which evidence decides: the document's
 * own key (a legend of symbols or colours) before a reading of the comment's
 * prose, and a comment that says the work was halted before a bare share.
 */
const header = (cells: string[]): RawBlock => ({ kind: 'row', text: '', page: 1, table: 1, header: true, cells });
const row = (cells: string[], fills?: Array<string | null>): RawBlock => ({ kind: 'row', text: '', page: 1, table: 1, cells, ...(fills ? { fills } : {}) });
const read = (blocks: RawBlock[]) => extract(buildDoc('docx', blocks, { pageCount: 1 })).activities.map((a) => ({ status: a.status, source: a.statusSource ?? null }));

describe('a legend that names two statuses for one symbol', () => {
  // A housing plan's follow-up whose half-filled circle the legend says is 'started or under way'.
  const blocks = (legend: string): RawBlock[] => [
    { kind: 'heading', text: 'Uppföljning av bostadsförsörjningsprogrammet', page: 1, level: 1 },
    { kind: 'paragraph', text: legend, page: 1 },
    header(['Åtgärd', 'Ansvar', 'Status']),
    row(['Ta fram en markanvisningspolicy', 'Mark- och exploateringsenheten', '◐']),
    row(['Inventera behovet av trygghetsbostäder', 'Socialförvaltningen', '●']),
    row(['Starta en bostadskö för studenter', 'Bostadsbolaget', '○']),
  ];

  it("reads the symbol as what it commonly means when the legend's entry names that meaning among others", () => {
    expect(read(blocks('Teckenförklaring: ● Klar ◐ Startad eller pågående ○ Inte startad')).map((a) => a.status)).toEqual(['ongoing', 'done', 'not_started']);
  });

  it('keeps what the legend says where its entry names one status, even against the common meaning', () => {
    expect(read(blocks('Teckenförklaring: ● Klar ◐ Påbörjad ○ Inte startad')).map((a) => a.status)).toEqual(['started', 'done', 'not_started']);
  });
});

describe('the evidence for a status that no word in its cell gives', () => {
  const GREEN = '#A9D08E';
  const RED = '#F4B084';

  it("takes a fill's meaning from the legend before the comment's prose, which may speak of something else", () => {
    const got = read([
      { kind: 'heading', text: 'Lägesrapport för klimatplanen', page: 1, level: 1 },
      { kind: 'row', text: '', page: 1, table: 0, cells: ['', 'Klar'], fills: [GREEN, null] },
      { kind: 'row', text: '', page: 1, table: 0, cells: ['', 'Ej påbörjad'], fills: [RED, null] },
      header(['Åtgärd', 'Ansvar', 'Läge', 'Kommentar']),
      row(['Byta tjänstebilar till elbilar', 'Fordonsenheten', '', 'Upphandlingen har skjutits fram till hösten.'], [null, null, RED, null]),
      row(['Installera solceller på stadshuset', 'Fastighetsenheten', '', 'Anläggningen driftsattes i maj.'], [null, null, GREEN, null]),
    ]);
    expect(got).toEqual([
      { status: 'not_started', source: 'fill' },
      { status: 'done', source: 'fill' },
    ]);
  });

  it('reads a share of the work done as its status, unless the comment says the work was halted', () => {
    const got = read([
      { kind: 'heading', text: 'Uppföljning av integrationsplanen', page: 1, level: 1 },
      header(['Aktivitet', 'Ansvarig', 'Färdigställandegrad', 'Kommentar']),
      row(['Erbjuda språkcafé på biblioteken', 'Kulturförvaltningen', '0 %', 'Aktiviteten har skjutits upp till 2026.']),
      row(['Starta en jobbmässa för nyanlända', 'Arbetsmarknadsenheten', '0 %', 'Mässan planeras till mars.']),
      row(['Översätta information om förskolan', 'Kommunikationsenheten', '50 %', 'Arbetet avbröts när bidraget drogs in.']),
      row(['Utbilda samhällsvägledare', 'Arbetsmarknadsenheten', '100 %', 'Utbildningen avslutades i juni.']),
    ]);
    expect(got).toEqual([
      { status: 'postponed', source: 'comment' },
      { status: 'not_started', source: 'percent' },
      { status: 'cancelled', source: 'comment' },
      { status: 'done', source: 'percent' },
    ]);
  });
});

describe('an assessment field that says what its light means', () => {
  it("reads 'Enligt plan', 'Risk för avvikelse' and 'Avvikelse' in an assessment column as lights, and a comment's sentence as none", () => {
    const got = extract(
      buildDoc('docx', [
        { kind: 'heading', text: 'Uppföljning av planen för civilt försvar', page: 1, level: 1 },
        header(['Åtgärd', 'Ansvar', 'Bedömning']),
        row(['Inventera reservkraften i äldreboendena', 'Fastighetsenheten', 'Enligt plan']),
        row(['Öva krisledningsstaben två gånger om året', 'Säkerhetssamordnaren', 'Risk för avvikelse']),
        row(['Ta fram en plan för nödvatten', 'VA-enheten', 'Avvikelse']),
        row(['Utbilda förvaltningarnas beredskapssamordnare', 'Säkerhetssamordnaren', 'Utbildningen hölls enligt plan i mars men två förvaltningar deltog inte alls.']),
      ], { pageCount: 1 }),
    ).activities.map((a) => a.track);
    expect(got).toEqual(['on_track', 'deviation', 'off_track', null]);
  });
});

describe('a status word beside a symbol in its cell', () => {
  // A waste plan's follow-up whose legend gives the warning sign to 'Uppskjuten', though the cells set it beside other words too.
  const blocks = (cells: Array<[string, string]>): RawBlock[] => [
    { kind: 'heading', text: 'Uppföljning av avfallsplanen', page: 1, level: 1 },
    { kind: 'paragraph', text: 'Teckenförklaring: ✅ Klar ⚠ Uppskjuten ⚪ Ej påbörjad', page: 1 },
    header(['Åtgärd', 'Ansvar', 'Status', 'Kommentar']),
    ...cells.map(([status, comment], i) => row([['Öppna en återbruksbutik', 'Införa matavfallsinsamling i flerbostadshus', 'Kartlägga nedskräpningen i centrum'][i], 'Renhållningen', status, comment])),
  ];

  it('takes the word, which says what the symbol only stands for', () => {
    expect(read(blocks([['⚠ Pågår', 'Lokalen är hyrd.'], ['✅ Genomförd', ''], ['⚠ Uppskjuten', 'Leveransen dröjer.']]))).toEqual([
      { status: 'ongoing', source: 'word' },
      { status: 'done', source: 'word' },
      { status: 'postponed', source: 'word' },
    ]);
  });

  it('reads a dash as no status, whatever the dot beside it, and leaves the status to the comment', () => {
    expect(read(blocks([['⚪ –', 'Arbetet pågår sedan mars.'], ['⚪', ''], ['⚠', '']]))).toEqual([
      { status: 'ongoing', source: 'comment' },
      { status: 'not_started', source: 'legend' },
      { status: 'postponed', source: 'legend' },
    ]);
  });
});
