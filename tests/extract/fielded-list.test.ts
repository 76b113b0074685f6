import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));

describe('a short list whose items carry a plan’s fields', () => {
  it('reads its items written as statements as activities too, with the time a closing parenthesis gives', () => {
    const x = read('# Fler ska hitta till biblioteket\nSå här ser satsningen ut:\n## Läsning för barn\n- Alla förskolor får besök av en bibliotekarie varje termin (från våren 2027) – ansvar: kulturförvaltningen.\n- Bokpåsar delas ut på barnavårdscentralen (2026–2027).\n- Sagostunder hålls även på arabiska och somaliska.\n## Öppna bibliotek\n- Meröppet i Ryd på kvällar – ansvar: biblioteksenheten.\n- Lånecykel med böcker till parkerna (sommaren 2027).');
    expect(x.activities.map((a) => [a.text.replace(/\s*\(.*$/u, '').replace(/\.$/u, ''), a.years.join(',')])).toEqual([
      ['Alla förskolor får besök av en bibliotekarie varje termin', '2027'],
      ['Bokpåsar delas ut på barnavårdscentralen', '2026,2027'],
      ['Sagostunder hålls även på arabiska och somaliska', ''],
      ['Meröppet i Ryd på kvällar', ''],
      ['Lånecykel med böcker till parkerna', '2027'],
    ]);
  });

  it('judges each list by its own items: a list of links after prose, or a quotation set as an item, is no part of it', () => {
    const x = read('# Läsning för barn\n- Alla förskolor får besök av en bibliotekarie (från våren 2027) – ansvar: kulturförvaltningen.\n- Bokpåsar delas ut på barnavårdscentralen (2026–2027).\n- Att läsa är en rättighet. Vi vill nå alla barn, säger ordföranden.\nLäs också\n- Ny läsplatta lånas ut i Ryd\n- Nya öppettider i sommar');
    expect(x.activities.map((a) => a.text)).toEqual(['Alla förskolor får besök av en bibliotekarie (från våren 2027)', 'Bokpåsar delas ut på barnavårdscentralen (2026–2027).']);
  });

  it('leaves statements alone where no more than half the list name an owner or a time', () => {
    const x = read('# Läsning\n- Alla förskolor får besök av en bibliotekarie – ansvar: kulturförvaltningen.\n- Sagostunder hålls även på arabiska.\n- Biblioteket har fått nya lokaler.\n- Utlåningen ökade med tio procent.');
    expect(x.activities.map((a) => a.text)).toEqual(['Alla förskolor får besök av en bibliotekarie']);
    // A transcript that lost the heading between a plan's items and the measures after them: half and half is no plan's list.
    const y = read('# Läsning\n- Starta läsombud i förskolan – ansvar: BUF, 2026.\n- Köpa in e-böcker – ansvar: KUF, 2027.\n- Förlänga öppettiderna – ansvar: KUF, 2026.\n- Andel barn som läser varje dag enligt enkäten\n- Lån per invånare och år\n- Nöjdhet med bibliotekens öppettider enligt medborgarundersökningen');
    expect(y.activities.map((a) => a.text)).toEqual(['Starta läsombud i förskolan', 'Köpa in e-böcker', 'Förlänga öppettiderna']);
  });
  it('reads a short list each of whose items closes with when its work is done after a dash, verbs or not', () => {
    const x = read('# Nya cykelvägar i kommunen\nKommunen bygger ut cykelnätet de kommande åren.\n## Cykelvägar i centrum\n- Ny cykelparkeringsplats vid stationen – klar hösten 2026\n- Belysning på gång- och cykelvägen till Ekskolan – klart under 2027\n## Cykelvägar på landsbygden\n- Breddning av vägrenen mellan Ryd och Åby – färdig sommaren 2027\n- Cykelbro över ån vid kvarnen – klar våren 2028');
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Cykelvägar i centrum', 'Cykelvägar på landsbygden']);
    expect(x.activities.map((a) => [a.text.replace(/\s+[–-]\s+.*$/u, ''), a.years.join(',')])).toEqual([
      ['Ny cykelparkeringsplats vid stationen', '2026'],
      ['Belysning på gång- och cykelvägen till Ekskolan', '2027'],
      ['Breddning av vägrenen mellan Ryd och Åby', '2027'],
      ['Cykelbro över ån vid kvarnen', '2028'],
    ]);
  });

  it('reads no list whose items only name a date, or only some of which say when they are done', () => {
    // Events on a news page: a date after the dash says when, not when work is done.
    expect(read('# Sommarens evenemang\n- Konsert i parken – 12 juni 2026\n- Loppis på torget – 3 juli 2026').activities).toEqual([]);
    // One item of three with a completion time is no plan's list.
    expect(read('# Nyheter\n- Ny förskola i Ryd – klar hösten 2026\n- Kommunen har fått ett nytt telefonnummer\n- Biblioteket har nya öppettider').activities).toEqual([]);
  });
});
