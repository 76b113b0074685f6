import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { readLabelledClauses } from '../../src/extract/constructions/labelled-clauses.js';
import { extract } from '../../src/extract/index.js';
import { processDocument } from '../../src/pipeline/process.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));

describe('areas labelled inside prose, their actions as owned and timed clauses', () => {
  it('opens each labelled area and reads its clauses with the owner and time of their parentheses', () => {
    const x = read('# Beslut om kulturplanen\nKulturplanen har två spår. Spår 1, Kultur i skolan: ge varje elev två teaterbesök om året (KUF, 2027); starta kulturskola i Ryd (KUF, HT 2026). Spår 2, Levande bibliotek: förlänga öppettiderna i Norrby (Biblioteket, Löpande) samt köpa in en bokbuss (KUF, 2028). Kostnaden ryms i ramen.');
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Kultur i skolan', 'Levande bibliotek']);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years.join(',')])).toEqual([
      ['ge varje elev två teaterbesök om året', 'KUF', '2027'],
      ['starta kulturskola i Ryd', 'KUF', '2026'],
      ['förlänga öppettiderna i Norrby', 'Biblioteket', ''],
      ['köpa in en bokbuss', 'KUF', '2028'],
    ]);
    // The sentence after the last run is prose.
    expect(x.activities.some((a) => /Kostnaden/u.test(a.text))).toBe(false);
  });

  it('gives offsets that cut each title, clause and field out of the paragraph', () => {
    const text = 'Arbetet sker i två delar. Delmål 1, Rent vatten: rensa dikena vid Åby (VA-enheten, 2026); mäta fosfor i sjön (MBF, VT 2027). Delmål 2 – Säkra brunnar. Provta enskilda brunnar (MBF, 2027); Informera brunnsägare (MBF, Löpande).';
    const runs = readLabelledClauses(text)!;
    expect(runs.map((r) => r.area && text.slice(r.area.start, r.area.start + r.area.title.length))).toEqual(['Rent vatten', 'Säkra brunnar']);
    expect(runs.flatMap((r) => r.clauses.map((c) => text.slice(c.start, c.start + c.text.length)))).toEqual(['rensa dikena vid Åby', 'mäta fosfor i sjön', 'Provta enskilda brunnar', 'Informera brunnsägare']);
    expect(runs.flatMap((r) => r.clauses.map((c) => c.fields.map((f) => text.slice(f.start, f.end)).join(' | ')))).toEqual(['VA-enheten | 2026', 'MBF | VT 2027', 'MBF | 2027', 'MBF | Löpande']);
  });

  it('goes on over the sentences after the title while each is an owned, timed action, and stops at the first that is not', () => {
    const text = 'Insatsområde 2, Rent vatten. Rensa dikena vid Åby (VA-enheten, 2026). Mäta fosfor i sjön (MBF, VT 2027). Arbetet kostar 2 miljoner kronor (se bilaga 3). Provta brunnarna (MBF, 2028).';
    expect(readLabelledClauses(text)?.flatMap((r) => r.clauses.map((c) => c.text))).toEqual(['Rensa dikena vid Åby', 'Mäta fosfor i sjön']);
  });

  it('reads past the subject and modal a sentence of clauses opens with, after a title closed by a dash and a full stop', () => {
    const text = 'Spår 3 – Rent i parkerna. Parkenheten ska även tömma papperskorgarna dagligen under sommaren (PE, 2026); plantera fler träd vid dammen (PE, 2027) samt köpa in en sopmaskin (PE, HT 2027).';
    const runs = readLabelledClauses(text)!;
    expect(runs.map((r) => r.area?.title)).toEqual(['Rent i parkerna']);
    expect(runs[0].clauses.map((c) => text.slice(c.start, c.start + c.text.length))).toEqual(['tömma papperskorgarna dagligen under sommaren', 'plantera fler träd vid dammen', 'köpa in en sopmaskin']);
    // The modal governs every clause after the first: a strong verb the word list gives by its forms reads as the infinitive it is there.
    const strong = 'Tema 4 – Nya lokaler. Fastighetsenheten ska riva den gamla paviljongen (FE, 2026) samt ersätta den med ett nytt klassrum (FE, 2027).';
    expect(readLabelledClauses(strong)?.flatMap((r) => r.clauses.map((c) => c.text))).toEqual(['riva den gamla paviljongen', 'ersätta den med ett nytt klassrum']);
    // A verb whose past the word list cannot make from it ('sitta', 'satt') reads as an action only where the modal governs it:
    // with the modal the clause is read, without it there is no run. A strong verb the list knows by its forms needs no modal.
    expect(readLabelledClauses('Tema 4 – Nya lokaler. Fastighetsenheten ska riva den gamla paviljongen (FE, 2026) samt sitta med i skolans lokalgrupp (FE, 2027).')?.flatMap((r) => r.clauses.map((c) => c.text))).toEqual(['riva den gamla paviljongen', 'sitta med i skolans lokalgrupp']);
    expect(readLabelledClauses('Tema 4 – Nya lokaler. Riva den gamla paviljongen (FE, 2026); sitta med i skolans lokalgrupp (FE, 2027).')).toBeNull();
    expect(readLabelledClauses('Tema 4 – Nya lokaler. Riva den gamla paviljongen (FE, 2026); ersätta den med ett nytt klassrum (FE, 2027).')?.flatMap((r) => r.clauses.map((c) => c.text))).toEqual(['Riva den gamla paviljongen', 'ersätta den med ett nytt klassrum']);
    // Without owner and time in every clause the modal sentence is prose.
    expect(readLabelledClauses('Spår 3 – Rent i parkerna. Parkenheten ska tömma papperskorgarna (PE, 2026) och plantera träd.')).toBeNull();
  });

  it('takes a title run into the paragraph with no label for the area of the clauses after it, and never an action for a title', () => {
    const text = 'Stränder och bad. Kommunen ska tömma soptunnorna dagligen (PE, 2027); byta sanden på stranden (PE, VT 2028) samt sätta upp skyltar (Kommunikation, 2027).';
    const runs = readLabelledClauses(text)!;
    expect(runs.map((r) => [r.area?.title, r.area?.label ?? null])).toEqual([['Stränder och bad', null]]);
    expect(runs[0].clauses.map((c) => c.text)).toEqual(['tömma soptunnorna dagligen', 'byta sanden på stranden', 'sätta upp skyltar']);
    // A first sentence that is an action is none: the run then has no area.
    expect(readLabelledClauses('Rensa dikena. Kommunen ska mäta fosfor (MBF, 2027) samt provta brunnarna (MBF, 2028).')?.map((r) => r.area)).not.toEqual([expect.objectContaining({ title: 'Rensa dikena' })]);
    // A long first sentence is prose, not a title.
    expect(readLabelledClauses('Under många år har stranden varit sliten och full av skräp efter sommaren. Kommunen ska tömma soptunnorna (PE, 2027) samt byta sanden (PE, 2028).')?.some((r) => r.area)).toBeFalsy();
  });

  it("reads a paragraph of actions with field sentences that a transcript cut from its area's title, the title's full stop left before them", () => {
    const text = '. Laga bryggan vid badet. Ansvar: FRI. Tid: 2027. Rensa vassen i viken. Ansvar: PE. Tid: VT 2028. Kostnaden ryms i ramen.';
    expect(readLabelledClauses(text)?.flatMap((r) => r.clauses.map((c) => [text.slice(c.start, c.start + c.text.length), c.fields.map((f) => f.value).join('|')]))).toEqual([
      ['Laga bryggan vid badet', 'FRI|2027'],
      ['Rensa vassen i viken', 'PE|VT 2028'],
    ]);
  });

  it('reads a sentence of owned, timed clauses that opens a paragraph under an area set as a line of its own', () => {
    const x = read('# Beslut\nSpår 1 – Rena stränder\n. Kommunen ska städa stränderna varje vår (PE, 2027); sätta upp skräpkorgar (PE, 2027) samt låna ut påsar (FRI, VT 2028).\nSpår 2 – Fler bad\nKommunen ska bygga en brygga i Ryd (FRI, 2028) och öppna badet i Åby (FRI, 2027).');
    expect(x.activities.map((a) => [a.text, a.ownerRaw])).toEqual([
      ['städa stränderna varje vår', 'PE'], ['sätta upp skräpkorgar', 'PE'], ['låna ut påsar', 'FRI'], ['bygga en brygga i Ryd', 'FRI'], ['öppna badet i Åby', 'FRI'],
    ]);
  });

  it("keeps a goal's modal as the goal it is, not as a subject before actions", () => {
    expect(readLabelledClauses('Inriktning 1 – Fler läsare. Andelen elever som läser ska öka till 60 procent (BUF, 2027); lånen ska bli fler (Biblioteket, 2028).')).toBeNull();
    expect(readLabelledClauses('Tema 2 – Trafik. Utsläppen från trafiken ska minska med hälften (TF, 2030); antalet resor ska vara fler (TF, 2028).')).toBeNull();
  });

  it('reads actions given as sentences, each followed by its owner and time as sentences of their own, under a title with no mark after its number', () => {
    const text = 'Spår 2 Fler som cyklar. Bygga en cykelbana mellan Ryd och Åby. Ansvar: GE. Tid: 2027–2028. Ställa ut cykelställ vid badet. Ansvar: PE. Tid: VT 2027. Kostnaden ryms i ramen.';
    const runs = readLabelledClauses(text)!;
    expect(runs.map((r) => r.area?.title)).toEqual(['Fler som cyklar']);
    expect(runs[0].clauses.map((c) => [c.text, ...c.fields.map((f) => `${f.role}=${text.slice(f.start, f.end)}`)])).toEqual([
      ['Bygga en cykelbana mellan Ryd och Åby', 'owner=GE', 'time=2027–2028'],
      ['Ställa ut cykelställ vid badet', 'owner=PE', 'time=VT 2027'],
    ]);
    // Goals, sentences without a time and a decision's att-clauses make no run.
    for (const t of [
      'Mål 2 Fler simkunniga. Andelen elever som kan simma ska öka. Ansvar: BUF. Tid: 2027. Alla elever ska ha simundervisning. Ansvar: BUF. Tid: 2028.',
      'Tema 1 Idrott. Bygga en konstgräsplan. Ansvar: FAST. Rusta elljusspåret. Ansvar: FRI.',
      'Tema 1 Beslut. Att anta planen. Ansvar: KS. Tid: 2026. Att lägga rapporten till handlingarna. Ansvar: KS. Tid: 2026.',
    ]) expect(readLabelledClauses(t), t).toBeNull();
  });

  it('reads the areas of minutes whose actions carry their fields as sentences, in DOCX and PDF alike, and none of the decision', async () => {
    for (const file of ['fixtures/unseen12/amal-protokollsutdrag-ks-hedersrelaterat-vald-2026-10-14.docx', 'fixtures/unseen12/amal-protokollsutdrag-ks-hedersrelaterat-vald-2026-10-14.pdf']) {
      const result = await processDocument(file, new Uint8Array(readFileSync(file)));
      if (!result.ok) throw new Error(result.reason);
      const x = result.extraction;
      expect(x.focusAreas.length, file).toBe(3);
      expect(x.activities.length, file).toBe(7);
      expect(x.activities.every((a) => a.ownerRaw !== null && !/Ansvar|Tid:/u.test(a.text)), file).toBe(true);
      expect(x.activities.some((a) => /^att\b|Expedieras|Kostnaden/u.test(a.text)), file).toBe(false);
    }
  });

  it('needs every clause of a run to name both who and when, and two clauses in the paragraph', () => {
    // One clause without a time: the run is no plan.
    expect(readLabelledClauses('Tema 1, Idrott: bygga en konstgräsplan (FAST, 2027); rusta elljusspåren (KFF).')).toBeNull();
    // One owned clause alone is a remark.
    expect(readLabelledClauses('Tema 1, Idrott: bygga en konstgräsplan (FAST, 2027).')).toBeNull();
  });

  it('reads no references, years, expanded abbreviations, goals or decision points as actions', () => {
    for (const text of [
      'Tema 2, Avfall: följa avfallsplanen (se bilaga 2); sortera matavfall enligt förordningen (SFS 2020:614); ta fram en rutin (KS 2025/113).',
      'Nämnden har gjort följande: renovera biblioteket (2023); bygga om konsthallen (2024).',
      'Tema 1, Dagvatten: bygga dammar enligt handboken (LOD); anlägga våtmarker med bidrag (LOVA).',
      'Mål 1, Hållbara resor: andelen elbilar ökar till hälften (TF, 2026); utsläppen halveras (KLF, 2030).',
      'Nämnden beslutar: att anta planen (bilaga 1), att lägga rapporten till handlingarna (KS 2025/113).',
    ]) expect(readLabelledClauses(text), text).toBeNull();
  });

  it('reads the areas of minutes whose sentences open with a shared subject and modal, in DOCX and PDF alike, and none of the decision', async () => {
    for (const file of ['fixtures/unseen13/filipstad-protokollsutdrag-ks-parkeringsstrategi-2026-09-21.docx', 'fixtures/unseen13/filipstad-protokollsutdrag-ks-parkeringsstrategi-2026-09-21.pdf']) {
      const result = await processDocument(file, new Uint8Array(readFileSync(file)));
      if (!result.ok) throw new Error(result.reason);
      const x = result.extraction;
      expect(x.activities.length, file).toBeGreaterThanOrEqual(4);
      expect(x.activities.every((a) => a.ownerRaw !== null && /^\p{Ll}/u.test(a.text)), file).toBe(true);
      expect(x.activities.some((a) => /^att\b|Kommunen ska|yrkar/u.test(a.text)), file).toBe(false);
    }
  });

  it('reads the plan of minutes that give it as labelled runs of clauses in one paragraph, in DOCX and PDF alike, and none of the decision', async () => {
    for (const file of ['fixtures/unseen11/vara-protokollsutdrag-kfn-fritidsgardar-2026-10-21.docx', 'fixtures/unseen11/vara-protokollsutdrag-kfn-fritidsgardar-2026-10-21.pdf']) {
      const result = await processDocument(file, new Uint8Array(readFileSync(file)));
      if (!result.ok) throw new Error(result.reason);
      const x = result.extraction;
      expect(x.focusAreas.length, file).toBe(3);
      expect(x.activities.length, file).toBe(6);
      expect(x.activities.every((a) => a.ownerRaw !== null && /^\p{Ll}/u.test(a.text)), file).toBe(true);
      expect(x.activities.some((a) => /^att\b|\(C\)|Åtgärderna/u.test(a.text)), file).toBe(false);
      // The units the case description names in lower case, each with its abbreviation in parentheses.
      expect(x.owners.map((o) => `${o.abbr}=${o.name}`), file).toEqual(['FG=fritidsgårdsenheten', 'FRI=fritidsenheten', 'KFF=kultur- och fritidsförvaltningen']);
    }
  });
});

describe('a run read in part: most clauses owned actions, the rest kept or reported', () => {
  it('keeps an action written without its parenthesis among owned ones, whatever joins it', () => {
    for (const join of ['; och ', '; ', ', samt ', ' samt ']) {
      const text = `Bättre bad. Fritidsenheten ska förlänga öppettiderna på söndagar (FRI, 2027)${join === ' samt ' ? ', ' : '; '}erbjuda simskola för vuxna (FRI, HT 2027)${join}byta ut omklädningsskåpen.`;
      expect(readLabelledClauses(text)?.flatMap((r) => r.clauses.map((c) => [c.text, c.fields.length])), text).toEqual([
        ['förlänga öppettiderna på söndagar', 2],
        ['erbjuda simskola för vuxna', 2],
        ['byta ut omklädningsskåpen', 0],
      ]);
    }
  });

  it('leaves a clause that is no action unread, says so, and reads the actions around it', () => {
    const x = read('# Badhuset\nBättre bad. Fritidsenheten ska förlänga öppettiderna på söndagar (FRI, 2027); erbjuda simskola för vuxna (FRI, HT 2027), vilket pensionärsrådet har efterfrågat (PRO, 2025); samt byta bastuaggregat (FE, 2028).');
    expect(x.activities.map((a) => [a.text, a.ownerRaw])).toEqual([
      ['förlänga öppettiderna på söndagar', 'FRI'],
      ['erbjuda simskola för vuxna', 'FRI'],
      ['byta bastuaggregat', 'FE'],
    ]);
    expect(x.messages.filter((m) => m.ruleId === 'extract/unread-text').map((m) => m.reason)).toHaveLength(1);
  });

  it('needs most clauses owned: half, or one in two, is a remark', () => {
    expect(readLabelledClauses('Bättre bad. Fritidsenheten ska förlänga öppettiderna (FRI, 2027); erbjuda simskola; samt byta skåpen; och måla om.')).toBeNull();
    expect(readLabelledClauses('Bättre bad. Fritidsenheten ska förlänga öppettiderna (FRI, 2027) samt erbjuda simskola.')).toBeNull();
  });

  it('reads field sentences after each action with a dash for the colon, one field missing, or the fields in the other order', () => {
    const text = 'Tema 1 Rena stränder. Städa stränderna varje vår. Ansvarig – Parkenheten. Tid: 2027. Sätta upp skräpkorgar vid bryggorna. Tid: 2028. Ansvar: Hamnen. Låna ut skräppåsar. Ansvarig: Hamnen.';
    expect(readLabelledClauses(text)?.flatMap((r) => r.clauses.map((c) => [c.text, c.fields.map((f) => `${f.role} ${f.value}`).join(', ')]))).toEqual([
      ['Städa stränderna varje vår', 'owner Parkenheten, time 2027'],
      ['Sätta upp skräpkorgar vid bryggorna', 'time 2028, owner Hamnen'],
      ['Låna ut skräppåsar', 'owner Hamnen'],
    ]);
  });
});
