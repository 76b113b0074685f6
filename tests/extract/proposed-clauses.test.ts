import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { readProposal } from '../../src/extract/constructions/proposed-clauses.js';
import { extract } from '../../src/extract/index.js';
import { processDocument } from '../../src/pipeline/process.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));

describe('actions given as the clauses of a proposal paragraph', () => {
  it('reads each clause with the owner and time of its parenthesis, under the area the lead-in names', () => {
    const x = read('# Ärendet\nInom insatsområdet Rent vatten föreslås att rusta upp reningsverket i Åby (VA-enheten, 2026); kartlägga enskilda avlopp runt sjön (MBF, Senast hösten 2027) samt att informera fastighetsägare om egenkontroll (MBF, Löpande).\nInom insatsområdet Trygg dricksvattenförsörjning föreslås att bygga en reservvattentäkt (VA-enheten, 2027–2028) och installera larm vid vattentornen (VA-enheten, Q2 2026).');
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Rent vatten', 'Trygg dricksvattenförsörjning']);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years.join(',')])).toEqual([
      ['rusta upp reningsverket i Åby', 'VA-enheten', '2026'],
      ['kartlägga enskilda avlopp runt sjön', 'MBF', '2027'],
      ['informera fastighetsägare om egenkontroll', 'MBF', ''],
      ['bygga en reservvattentäkt', 'VA-enheten', '2027,2028'],
      ['installera larm vid vattentornen', 'VA-enheten', '2026'],
    ]);
  });

  it('gives offsets that cut the clause and its owner out of the paragraph', () => {
    const text = 'Inom temat Läsning föreslås att öppna ett meröppet bibliotek i Norrby (KUF, 2026); starta läsombud i förskolan (BUF, HT 2026).';
    const p = readProposal(text)!;
    expect(p.area && text.slice(p.area.start, p.area.start + p.area.title.length)).toBe('Läsning');
    expect(p.clauses.map((c) => text.slice(c.start, c.start + c.text.length))).toEqual(['öppna ett meröppet bibliotek i Norrby', 'starta läsombud i förskolan']);
    expect(p.clauses.map((c) => c.fields.map((f) => text.slice(f.start, f.end)))).toEqual([['KUF', '2026'], ['BUF', 'HT 2026']]);
  });

  it('needs two clauses with an owner: one owned clause among others is a remark', () => {
    expect(readProposal('Inom temat Läsning föreslås att öppna ett meröppet bibliotek i Norrby (KUF, 2026); starta läsombud i förskolan.')).toBeNull();
    expect(readProposal('Inom temat Läsning föreslås att öppna ett meröppet bibliotek i Norrby (KUF, 2026).')).toBeNull();
  });

  it('reads no decision list, goal list or paragraph of reasons as actions', () => {
    for (const text of [
      'Kommunstyrelsen föreslås besluta att anta planen (bilaga 1), att ge kommundirektören i uppdrag att återrapportera (december 2026) samt att paragrafen justeras omedelbart.',
      'Inom temat Läsning föreslås att fler barn läser varje dag (BUF, 2026); utlåningen ökar (KUF, 2027).',
      'Inom temat Läsning föreslås att satsningen görs eftersom läsandet har minskat (KUF, 2024); barnen läser mindre (BUF, 2025).',
    ]) expect(readProposal(text), text).toBeNull();
  });

  it('cuts lettered or numbered clauses at their marks, after the few words of the lead that name who acts', () => {
    const text = 'Tema 3, Levande landsbygd: Inom temat föreslås att nämnden ska a) stödja bygdegårdarna med driftbidrag (KFN, 2027), b) inventera samlingslokaler (KFF, HT 2026) samt c) öppna två servicepunkter (KLF, 2027–2028).';
    const p = readProposal(text)!;
    expect(p.area && [p.area.title, text.slice(p.area.start, p.area.start + p.area.title.length), p.area.opening]).toEqual(['Levande landsbygd', 'Levande landsbygd', true]);
    expect(p.clauses.map((c) => [text.slice(c.start, c.start + c.text.length), c.fields.map((f) => f.value).join(' | ')])).toEqual([
      ['stödja bygdegårdarna med driftbidrag', 'KFN | 2027'],
      ['inventera samlingslokaler', 'KFF | HT 2026'],
      ['öppna två servicepunkter', 'KLF | 2027–2028'],
    ]);
    // Numbered the same way, the marks counting on from 1.
    expect(readProposal('Delmål 2 – Ren luft: Miljönämnden föreslås besluta att 1. mäta partiklar vid skolorna (MHF, 2026), 2. dubbdäcksförbjuda två gator (TF, 2027).')?.clauses.map((c) => c.text)).toEqual(['mäta partiklar vid skolorna', 'dubbdäcksförbjuda två gator']);
  });

  it('reads no lettered run whose marks skip, or whose lead is a sentence before them, as marked clauses', () => {
    // 'b)' without 'a)': no run; the text is then one clause, which needs two owners to be a proposal.
    expect(readProposal('Tema 1, Idrott: Inom temat föreslås att b) bygga en konstgräsplan (FAST, 2027), d) rusta spåren (KFF, 2026).')).toBeNull();
    // A whole sentence before the first mark: the marks are part of the prose.
    expect(readProposal('Tema 1, Idrott: Inom temat föreslås att föreningarna som fått stöd under förra perioden redovisar vad de gjort enligt a) bidragsreglerna (KFF, 2026), b) avtalen (KFF, 2027).')).toBeNull();
    // Decision points lettered as clauses: no owner is given the work.
    expect(readProposal('Kommunstyrelsen föreslås besluta att a) godkänna budgeten (bilaga 1), b) lägga rapporten till handlingarna.')).toBeNull();
  });

  it('reads the plan of minutes that give it as lettered clauses under labelled areas, in DOCX and PDF alike, and none of its decision or documents', async () => {
    for (const file of ['fixtures/unseen9/koping-protokollsutdrag-ks-reservkraft-elavbrott-2026-10-19.docx', 'fixtures/unseen9/koping-protokollsutdrag-ks-reservkraft-elavbrott-2026-10-19.pdf']) {
      const result = await processDocument(file, new Uint8Array(readFileSync(file)));
      if (!result.ok) throw new Error(result.reason);
      const x = result.extraction;
      expect(x.focusAreas.length, file).toBe(3);
      expect(x.activities.length, file).toBe(8);
      expect(x.activities.every((a) => a.ownerRaw !== null && /^\p{Ll}/u.test(a.text)), file).toBe(true);
      expect(x.activities.some((a) => /^att\b|^Tjänsteskrivelse|^Förslag till/u.test(a.text)), file).toBe(false);
    }
  });

  it('reads the plan of minutes that give it only as proposal clauses, in DOCX and PDF alike', async () => {
    for (const file of ['fixtures/unseen8/vaxholm-protokollsutdrag-ks-barnrattsplan-2025-10-16.docx', 'fixtures/unseen8/vaxholm-protokollsutdrag-ks-barnrattsplan-2025-10-16.pdf']) {
      const result = await processDocument(file, new Uint8Array(readFileSync(file)));
      if (!result.ok) throw new Error(result.reason);
      const x = result.extraction;
      expect(x.focusAreas.length, file).toBe(3);
      expect(x.activities.length, file).toBe(9);
      expect(x.activities.every((a) => a.ownerRaw !== null && /^\p{Ll}/u.test(a.text)), file).toBe(true);
      // The decision's 'att anta …' items and the board members stay out.
      expect(x.activities.some((a) => /^att\b|\(M\)/u.test(a.text)), file).toBe(false);
    }
  });

  it("reads a subject before its modal and a period after it as the lead of lettered clauses, and ends the last clause before a run-on decision number", () => {
    const text = 'Miljönämnden ska under perioden a) provta alla badplatser varje sommar (MBF, 2027), b) inventera enskilda avlopp runt Ryssjön (MBF, 2027–2028), samt c) informera fastighetsägarna om bidrag (KOM, 2028). 2.';
    const p = readProposal(text)!;
    expect(p.clauses.map((c) => [c.text, c.fields.map((f) => f.value).join('|')])).toEqual([
      ['provta alla badplatser varje sommar', 'MBF|2027'],
      ['inventera enskilda avlopp runt Ryssjön', 'MBF|2027–2028'],
      ['informera fastighetsägarna om bidrag', 'KOM|2028'],
    ]);
    // What was done during the period, and the meeting's own decision points, lead no clauses.
    expect(readProposal('Miljönämnden har under perioden a) provtagit alla badplatser (MBF, 2025), b) inventerat avlopp (MBF, 2025).')).toBeNull();
    expect(readProposal('Nämnden ska under perioden a) godkänna budgeten (bilaga 1), b) lägga rapporten till handlingarna.')).toBeNull();
  });
});

describe('a paragraph holding several proposal sentences among a decision’s own', () => {
  const decision = (areas: string) => `Miljönämnden beslutar att anta planen för renare luft med följande innehåll. ${areas} Nämnden beslutar vidare att redovisa arbetet i mars 2028.`;
  const areasOf = (doc: string) => {
    const x = read(doc);
    return x.focusAreas.map((f) => [f.title, ...x.activities.filter((a) => a.focusAreaKey === f.key).map((a) => `${a.text} | ${a.ownerRaw ?? ''}`)]);
  };

  it('reads each area sentence, the decision’s sentences around them left out of its clauses and reported', () => {
    const x = read(decision('Inom området Vedeldning ska kommunen 1) erbjuda rådgivning om rätt eldning (MHF, 2027); 2) ge bidrag till nya pannor (MHF, 2027–2028). Inom området Trafik ska kommunen 3) sänka hastigheten på Storgatan (TF, VT 2027); 4) plantera träd längs infarten (TF, 2028).'));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Vedeldning', 'Trafik']);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years.join(',')])).toEqual([
      ['erbjuda rådgivning om rätt eldning', 'MHF', '2027'],
      ['ge bidrag till nya pannor', 'MHF', '2027,2028'],
      ['sänka hastigheten på Storgatan', 'TF', '2027'],
      ['plantera träd längs infarten', 'TF', '2028'],
    ]);
    expect(x.messages.filter((m) => m.ruleId === 'extract/unread-text').length).toBe(2);
  });

  it('reads the numbers restarting in each sentence, letters, or no marks at all', () => {
    const want = [['Vedeldning', 'erbjuda rådgivning om rätt eldning | MHF', 'ge bidrag till nya pannor | MHF'], ['Trafik', 'sänka hastigheten på Storgatan | TF', 'plantera träd längs infarten | TF']];
    for (const [a, b, c, d] of [['1)', '2)', '1)', '2)'], ['a)', 'b)', 'c)', 'd)'], ['', '', '', '']]) {
      const doc = decision(`Inom området Vedeldning ska kommunen ${a} erbjuda rådgivning om rätt eldning (MHF, 2027); ${b} ge bidrag till nya pannor (MHF, 2027–2028). Inom området Trafik ska kommunen ${c} sänka hastigheten på Storgatan (TF, VT 2027), samt ${d} plantera träd längs infarten (TF, 2028).`.replace(/ {2}/g, ' '));
      expect(areasOf(doc), doc).toEqual(want);
    }
  });

  it('gives the sentences that read where one among them does not (its clauses are goals)', () => {
    const doc = decision('Inom området Vedeldning ska kommunen erbjuda rådgivning om rätt eldning (MHF, 2027); ge bidrag till nya pannor (MHF, 2027–2028). Inom området Luftkvalitet ska halterna av partiklar halveras (MHF, 2030); fler dagar klara målet (MHF, 2029). Inom området Trafik ska kommunen sänka hastigheten på Storgatan (TF, VT 2027) och plantera träd längs infarten (TF, 2028).');
    expect(areasOf(doc)).toEqual([['Vedeldning', 'erbjuda rådgivning om rätt eldning | MHF', 'ge bidrag till nya pannor | MHF'], ['Trafik', 'sänka hastigheten på Storgatan | TF', 'plantera träd längs infarten | TF']]);
  });

  it('reads nothing where no area sentence reads', () => {
    const x = read(decision('Inom området Vedeldning har kommunen gett råd (MHF, 2026); delat ut bidrag (MHF, 2026). Inom området Trafik har kommunen sänkt hastigheten (TF, 2026).'));
    expect([x.focusAreas.length, x.activities.length]).toEqual([0, 0]);
  });
});

describe('a numbered run set apart from the sentence that began it', () => {
  it('reads marks that count on from any number, the last clause ending with its sentence', () => {
    const text = 'Trygga vägar ska kommunen 4) sätta upp farthinder vid Ekskolan (GE, 2026); 5) belysa gångtunneln (GE, VT 2027). Nämnden beslutar vidare att följa upp planen i december.';
    expect(readProposal(text)?.clauses.map((c) => [c.text, c.fields.map((f) => f.value).join(' | ')])).toEqual([
      ['sätta upp farthinder vid Ekskolan', 'GE | 2026'],
      ['belysa gångtunneln', 'GE | VT 2027'],
    ]);
  });

  it('reads no run whose marks skip a number', () => {
    expect(readProposal('Trygga vägar ska kommunen 4) sätta upp farthinder vid Ekskolan (GE, 2026); 6) belysa gångtunneln (GE, VT 2027).')).toBeNull();
  });
});

describe('a proposal read in part', () => {
  it('gives the clauses that read as owned actions and reports the one that reads as none', () => {
    const x = read('# Ärendet\nInom området rena stränder ska kommunen rensa tång vid Norrbadet (PE, 2027), mäta bakterier varje vecka (MHF, 2027) samt allt detta enligt föreskrifterna (MHF, 2027).\nInom området information ska kommunen sätta upp skyltar vid alla bad (PE, 2027); och publicera provsvaren på webben (MHF, 2027).');
    expect(x.activities.map((a) => [a.text, a.ownerRaw])).toEqual([
      ['rensa tång vid Norrbadet', 'PE'],
      ['mäta bakterier varje vecka', 'MHF'],
      ['sätta upp skyltar vid alla bad', 'PE'],
      ['publicera provsvaren på webben', 'MHF'],
    ]);
    expect(x.messages.filter((m) => m.ruleId === 'extract/unread-text')).toHaveLength(1);
  });

  it('reads nothing where half the clauses or more read as no action', () => {
    expect(readProposal('Inom området rena stränder ska kommunen rensa tång vid Norrbadet (PE, 2027), allt enligt föreskrifterna (MHF, 2027).')).toBeNull();
    expect(readProposal('Inom området rena stränder ska kommunen rensa tång (PE, 2027), allt enligt föreskrifterna (MHF, 2027); och bara på vardagar (PE, 2027).')).toBeNull();
  });
});

describe('a proposal judged by what its clauses hold, whatever its subject', () => {
  const rows = (text: string) => readProposal(text)?.clauses.map((c) => [c.text, c.fields.map((f) => f.value).join(' | ')]) ?? null;

  it('gives every clause the unit its sentence names as subject, the parentheses holding only the time', () => {
    expect(rows('Inom fokusområdet Rent vatten ska va-avdelningen byta ut ledningarna under Storgatan (klart juni 2027), spola avloppsnätet i Byn (löpande); och mäta flödena vid pumpstationerna (från VT 2028).')).toEqual([
      ['byta ut ledningarna under Storgatan', 'juni 2027 | va-avdelningen'],
      ['spola avloppsnätet i Byn', 'löpande | va-avdelningen'],
      ['mäta flödena vid pumpstationerna', 'från VT 2028 | va-avdelningen'],
    ]);
  });

  it('reads a verb of intent with its att, a clause with no parenthesis, and clauses with subjects of their own', () => {
    // 'avser … att', a last clause with no time: read, its owner the lead's subject.
    expect(rows('Inom temat Musik för alla avser kulturskolan att starta en kör i Åsen (HT 2027), låna ut instrument till familjer (2027–2028) samt spela på äldreboendena varje jul.')).toEqual([
      ['starta en kör i Åsen', 'HT 2027 | kulturskolan'],
      ['låna ut instrument till familjer', '2027–2028 | kulturskolan'],
      ['spela på äldreboendena varje jul', 'kulturskolan'],
    ]);
    // 'föreslås att' with each clause's own subject and 'att' repeated; the second written with 'skall'.
    expect(rows('För insatsområdet Gröna gårdar föreslås att parkenheten ska plantera träd på tre skolgårdar (2027), att fastighetsenheten skall byta asfalt mot gräs vid Ekskolan (VT 2028) och att eleverna ska sköta odlingslådor (löpande).')).toEqual([
      ['plantera träd på tre skolgårdar', 'parkenheten | 2027'],
      ['byta asfalt mot gräs vid Ekskolan', 'fastighetsenheten | VT 2028'],
      ['sköta odlingslådor', 'eleverna | löpande'],
    ]);
  });

  it('gives a clause after a dash the unit that the dash names, with or without a parenthesis before it', () => {
    expect(rows('Inom området Trygga gator ska gatuenheten laga belysningen i gångtunnlarna (2027) – nattvandrarna ansvarar för att vandra i centrum varje fredag (löpande).')).toEqual([
      ['laga belysningen i gångtunnlarna', '2027 | gatuenheten'],
      ['vandra i centrum varje fredag', 'nattvandrarna | löpande'],
    ]);
    expect(rows('Inom området Trygga gator ska gatuenheten laga belysningen i gångtunnlarna (2027), klippa buskarna vid stationen – fältgruppen ska vandra i centrum varje fredag (löpande).')).toEqual([
      ['laga belysningen i gångtunnlarna', '2027 | gatuenheten'],
      ['klippa buskarna vid stationen', 'gatuenheten'],
      ['vandra i centrum varje fredag', 'fältgruppen | löpande'],
    ]);
  });

  it('reads a lead closed by a colon, clauses numbered by ids that count up, and an owner named in lower case by its place before the time', () => {
    expect(rows('Inom insatsområdet Ren luft planeras: Insats 1 byta ut kommunens dieselbussar (kollektivtrafikenheten, VT 2027); Insats 2 mäta partiklar vid två förskolor (miljöinspektörerna, 2027–2028) och Insats 3 sprida information om tomgångskörning (kommunikatören, löpande).')).toEqual([
      ['byta ut kommunens dieselbussar', 'kollektivtrafikenheten | VT 2027'],
      ['mäta partiklar vid två förskolor', 'miljöinspektörerna | 2027–2028'],
      ['sprida information om tomgångskörning', 'kommunikatören | löpande'],
    ]);
    // The time first and the name after it in the parenthesis.
    expect(rows('Inom temat Sång planeras: Insats 1 starta en kör för seniorer (HT 2027, kulturskolan); Insats 2 ordna en konsert i Byn (2028, fritidsgården).')).toEqual([
      ['starta en kör för seniorer', 'kulturskolan | HT 2027'],
      ['ordna en konsert i Byn', 'fritidsgården | 2028'],
    ]);
    // Ids cut short with a full stop, run on from an earlier sentence (4, 5), the last clause joined by ', samt'.
    expect(rows('Inom området Tillsyn föreslås att Åtg. 4 granska alla solarier (hälsoskyddsinspektören, HT 2027), samt Åtg. 5 besöka frisörerna (hälsoskyddsinspektören, 2028).')).toEqual([
      ['granska alla solarier', 'hälsoskyddsinspektören | HT 2027'],
      ['besöka frisörerna', 'hälsoskyddsinspektören | 2028'],
    ]);
  });

  it('keeps an id that no sequence shows, and reads no name with a figure in it as an owner', () => {
    // The numbers do not count up: no ids, and the clauses do not open on actions.
    expect(readProposal('Inom området Tillsyn föreslås: Åtg 3 granska alla solarier (hälsoskyddsinspektören, HT 2027); Åtg 1 besöka frisörerna (hälsoskyddsinspektören, 2028).')).toBeNull();
    // A reference in the owner's slot is no owner.
    expect(readProposal('Inom området Tillsyn föreslås: granska alla solarier (se bilaga 2, HT 2027); besöka frisörerna (KS 2026/14, 2028).')).toBeNull();
  });

  it('reads an area named by its title alone where the text before has named it, and no place named after Inom for the first time', () => {
    const before = 'Planen har två delar: Rörelse i skolan och Simkunnighet.';
    expect(readProposal('Inom Rörelse i skolan ska idrottslärarna ordna rastaktiviteter varje dag (HT 2027) och mäta elevernas kondition (VT 2028).', null, before)?.area?.title).toBe('Rörelse i skolan');
    // 'För' and a proposal's own lead, the area named in the paragraph before.
    expect(readProposal('För Simkunnighet föreslås att simskolan ska erbjuda lektioner (2027) och att fritidsenheten ska låna ut badkort (2027).', null, before)?.area?.title).toBe('Simkunnighet');
    // Named for the first time: a place, no area, and no lead without one.
    expect(readProposal('Inom Västerby ska idrottslärarna ordna rastaktiviteter varje dag (HT 2027) och mäta elevernas kondition (VT 2028).', null, before)).toBeNull();
    // In one paragraph, the announcement and each area's sentence.
    const x = read('# Förslag\nPlanen har två delar, Rörelse i skolan och Simkunnighet. Inom Rörelse i skolan ska idrottslärarna ordna rastaktiviteter varje dag (HT 2027) och mäta elevernas kondition (VT 2028). Inom Simkunnighet ska simskolan erbjuda lektioner för nyanlända (2027) samt låna ut badkort (löpande).');
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Rörelse i skolan', 'Simkunnighet']);
    expect(x.activities.map((a) => [a.text, a.ownerRaw])).toEqual([
      ['ordna rastaktiviteter varje dag', 'idrottslärarna'],
      ['mäta elevernas kondition', 'idrottslärarna'],
      ['erbjuda lektioner för nyanlända', 'simskolan'],
      ['låna ut badkort', 'simskolan'],
    ]);
  });

  it('names no owner for the whole organisation as subject, and reads no budget frame, goal or person as a plan', () => {
    // 'kommunen' names no unit: with times alone, no clause has an owner.
    expect(readProposal('Inom området Trygga gator ska kommunen laga belysningen i gångtunnlarna (2027) och klippa buskarna vid stationen (2028).')).toBeNull();
    for (const text of [
      'Inom området Skola ska barn- och utbildningsnämnden hålla en ram på 182 mnkr (2027) samt minska lokalkostnaderna med 3,5 miljoner kronor (2027).',
      'Inom målområdet Hälsa ska andelen rökare minska till fem procent (2027) och andelen som rör sig varje dag öka (2028).',
      'Inom området kultur ska Karin Ek (S) leda nämnden (2027–2030) och Olle Nyström (C) vara vice ordförande (2027–2030).',
      'Inom området Läsning har biblioteket startat läsombud (2026), ordnat bokcirklar (2026) och köpt in ljudböcker (2026).',
      'Inom området Läsning ska biblioteket vara öppet på lördagar (2027) och ha fler böcker på lätt svenska (2027).',
    ]) expect(readProposal(text), text).toBeNull();
  });

  it('reads minutes whose plan sits in a paragraph, the units as subjects or in parentheses, in DOCX and PDF alike, and none of the decision or background', async () => {
    const cases: Array<[string, number, number]> = [
      ['fixtures/unseen16/trosa-protokollsutdrag-kfn-folkbildning-2026-10-21', 2, 6],
      ['fixtures/prose-variants/valdemarsvik-protokollsutdrag-sn-overskuldsattning-2027-02-16', 2, 5],
      ['fixtures/prose-variants/hogsby-protokollsutdrag-mbn-vedeldning-2026-11-10', 2, 5],
      ['fixtures/prose-variants/storuman-protokollsutdrag-ks-skogsbrand-2026-09-28', 2, 6],
      ['fixtures/unseen17/vindeln-protokollsutdrag-sn-boendestod-socialpsykiatri-2026-04-22', 2, 5],
      ['fixtures/prose-variants/odeshog-protokollsutdrag-ks-feriearbete-2027-02-02', 2, 5],
    ];
    for (const [stem, areas, actions] of cases) {
      for (const file of [`${stem}.docx`, `${stem}.pdf`]) {
        const result = await processDocument(file, new Uint8Array(readFileSync(file)));
        if (!result.ok) throw new Error(result.reason);
        const x = result.extraction;
        expect([x.focusAreas.length, x.activities.length], file).toEqual([areas, actions]);
        expect(x.activities.every((a) => a.ownerRaw !== null && /^\p{Ll}/u.test(a.text) && !/\)$/u.test(a.text)), file).toBe(true);
        expect(x.activities.some((a) => /^(?:att|anta|följa upp|informerat|utreda)\b/u.test(a.text)), file).toBe(false);
      }
    }
  });

  it('reads no plan in minutes that appoint people or set budget frames', async () => {
    for (const stem of ['fixtures/prose-variants/mala-protokollsutdrag-kf-val-av-ledamoter-2027-02-22', 'fixtures/prose-variants/norsjo-protokollsutdrag-kf-budgetram-2027-2026-11-23']) {
      for (const file of [`${stem}.docx`, `${stem}.pdf`]) {
        const result = await processDocument(file, new Uint8Array(readFileSync(file)));
        if (!result.ok) throw new Error(result.reason);
        expect(result.extraction.activities.length, file).toBe(0);
      }
    }
  });
});

describe('clauses whose parentheses label their fields', () => {
  const rows = (doc: string) => read(doc).activities.map((a) => [a.text, a.ownerRaw, a.years.join(',')]);

  it('reads the owner and time by their labels, whatever the separator after the label or between the fields, and in either order', () => {
    expect(rows('# Ärendet\nInom området Lekplatser i byarna ska kommunen bygga om lekplatsen i Ås (ansvar: Parkenheten, HT 2027), sätta upp gungor i Näs (ansvarig Parkenheten; klart 2028), rusta sandlådan i Berg (tid VT 2028, ansvar Gatuenheten) samt måla klätterställningen i Ön (huvudansvar – Fastighetsenheten · 2027).')).toEqual([
      ['bygga om lekplatsen i Ås', 'Parkenheten', '2027'],
      ['sätta upp gungor i Näs', 'Parkenheten', '2028'],
      ['rusta sandlådan i Berg', 'Gatuenheten', '2028'],
      ['måla klätterställningen i Ön', 'Fastighetsenheten', '2027'],
    ]);
  });

  it('reads a labelled owner without its time, a remark among the fields, a second owner, and a label with no value of its kind as no field', () => {
    expect(rows('# Ärendet\nInom området Simskola ska kommunen erbjuda simskola i Ås (ansvar: Fritidsenheten), köpa bassängtid i grannkommunen (ansvar: Fritidsenheten, se bilaga 2, 2027) samt utbilda simlärare (ansvarig: Fritidsenheten, BUF, VT 2028).')).toEqual([
      ['erbjuda simskola i Ås', 'Fritidsenheten', ''],
      ['köpa bassängtid i grannkommunen', 'Fritidsenheten', '2027'],
      ['utbilda simlärare', 'Fritidsenheten, BUF', '2028'],
    ]);
    // 'tid' with no colon before a word that is no time is no label: the parenthesis is no field.
    expect(readProposal('Inom området Simskola ska kommunen erbjuda simskola (tid enligt schema), hyra bassängtid (tid efter behov) samt utbilda simlärare (ansvar: Fritidsenheten).')).toBeNull();
  });

  it('keeps a semicolon inside a parenthesis within its clause, and cuts a clause at a dash before a join word', () => {
    const p = readProposal('Inom området Läsning ska biblioteket starta bokcirklar (ansvarig: Biblioteket; klart: 2027); låna ut läsplattor – och besöka förskolorna (ansvarig: Biblioteket; klart: löpande).')!;
    expect(p.clauses.map((c) => [c.text, c.fields.map((f) => `${f.role}=${f.value}`).join(' ')])).toEqual([
      ['starta bokcirklar', 'owner=Biblioteket time=2027'],
      ['låna ut läsplattor', 'owner=biblioteket'],
      ['besöka förskolorna', 'owner=Biblioteket time=löpande'],
    ]);
  });

  it('reads the last clause after a join word and an adverb of addition, with or without att', () => {
    for (const join of ['samt även', 'och dessutom', '; och också att']) {
      const text = `Inom området Läsning ska biblioteket starta bokcirklar (ansvar: Biblioteket, 2027), låna ut läsplattor (BUF, 2028)${join.startsWith(';') ? '' : ' '}${join} besöka förskolorna (ansvar: Biblioteket, 2028).`;
      expect(readProposal(text)?.clauses.map((c) => c.text), text).toEqual(['starta bokcirklar', 'låna ut läsplattor', 'besöka förskolorna']);
    }
  });

  it('takes an area title set as a name whatever its length, but a title in lower case only when short', () => {
    const long = readProposal('Inom området Stöd till de som bor långt från en vårdcentral ska regionen starta en mobil mottagning (ansvar: Hälsocentralen, 2027) och ordna digitala besök (ansvar: Hälsocentralen, 2028).');
    expect(long?.area?.title).toBe('Stöd till de som bor långt från en vårdcentral');
    const lower = readProposal('Inom området stöd till de som bor långt från en vårdcentral ska regionen starta en mobil mottagning (ansvar: Hälsocentralen, 2027) och ordna digitala besök (ansvar: Hälsocentralen, 2028).');
    expect(lower?.area ?? null).toBeNull();
  });

  it('ends the last clause with its sentence where the paragraph goes on, and reports the rest', () => {
    const text = 'Inom området Isbanor ska kommunen spola en isbana i Ås (ansvar: Gatuenheten, 2027) samt ploga en skridskoled (ansvar: Gatuenheten, 2028). Kostnaden ryms i ramen.';
    const p = readProposal(text)!;
    expect(p.clauses.at(-1)!.text).toBe('ploga en skridskoled');
    expect(p.unread!.map((u) => text.slice(u.start, u.end))).toEqual(['Kostnaden ryms i ramen.']);
  });

  it('reads no plan in fees set with labelled parentheses, in a proposal or in prose sentences', () => {
    expect(readProposal('Inom området Simhallen ska entrén kosta 60 kronor (ansvar: Fritidsenheten, 2027), barn gå in gratis (ansvar: Fritidsenheten, 2027) samt årskortet vara oförändrat (ansvar: Fritidsenheten, 2027).')).toBeNull();
    expect(read('# Ärendet\nTaxan har inte ändrats sedan 2019. Avgiften för bygglov höjs till 9 000 kronor (ansvar: Byggenheten, 2027). Avgiften för strandskyddsdispens blir 4 000 kronor (ansvar: Miljöenheten, 2027).').activities).toEqual([]);
  });

  it('reads minutes and a report whose parentheses label their fields, in DOCX and PDF alike, and no plan in minutes that set fees', async () => {
    const cases: Array<[string, number, number]> = [
      ['fixtures/unseen18/svalov-protokollsutdrag-sn-skuldradgivning-2026-10-21', 2, 6],
      ['fixtures/prose-variants/dorotea-protokollsutdrag-sn-brottsofferstod-2027-01-26', 2, 6],
      ['fixtures/prose-variants/robertsfors-tjansteskrivelse-isbanor-2027', 2, 5],
      ['fixtures/prose-variants/vilhelmina-protokollsutdrag-kfn-fabodar-2027-05-11', 2, 5],
      ['fixtures/prose-variants/gullspang-protokollsutdrag-ks-parkeringsavgifter-2026-11-30', 0, 0],
    ];
    for (const [stem, areas, actions] of cases) {
      for (const file of [`${stem}.docx`, `${stem}.pdf`]) {
        const result = await processDocument(file, new Uint8Array(readFileSync(file)));
        if (!result.ok) throw new Error(result.reason);
        const x = result.extraction;
        expect([x.focusAreas.length, x.activities.length], file).toEqual([areas, actions]);
        // No owner keeps its label, no text its parenthesis or the join word before it.
        expect(x.activities.filter((a) => /^(?:ansvar|ansvarig|utförare|huvudansvar)\b/iu.test(a.ownerRaw ?? '') || /\)$|^(?:och|samt)\s/u.test(a.text)), file).toEqual([]);
      }
    }
  });
});
