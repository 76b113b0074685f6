import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { planFields } from '../../src/extract/constructions/plan-owner.js';
import { extract } from '../../src/extract/index.js';
import { processDocument } from '../../src/pipeline/process.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));
const rows = (doc: string) => read(doc).activities.map((a) => [a.text, a.ownerRaw ?? null, a.years.join(',')]);
const said = (text: string) => planFields(text).map((f) => `${f.role}=${f.value}`);

describe("a plan's one owner, named once in the prose around it", () => {
  it('gives the unit named before the plan to every action that names none, before and under its sub-headings, an own owner kept', () => {
    expect(rows('Biblioteken får längre öppettider. Det är kulturförvaltningen som ansvarar för att planen genomförs.\n## Öppettider\n- hålla öppet på söndagar i Ås\n- införa meröppet i Näs (Fastighetsenheten, 2028)\n## Läsning\n- dela ut en bok till varje sexåring\n- starta en bokcirkel för unga')).toEqual([
      ['hålla öppet på söndagar i Ås', 'kulturförvaltningen', ''],
      ['införa meröppet i Näs', 'Fastighetsenheten', '2028'],
      ['dela ut en bok till varje sexåring', 'kulturförvaltningen', ''],
      ['starta en bokcirkel för unga', 'kulturförvaltningen', ''],
    ]);
  });

  it('reads the sentence in its other shapes: led by, a clause after the unit, a time for all the work, and a time in a sentence of its own', () => {
    expect(said('Arbetet leds av gatuenheten, som också svarar på felanmälningar.')).toEqual(['owner=gatuenheten']);
    expect(said('Räddningstjänsten ansvarar för genomförandet, och allt ska vara på plats under 2027.')).toEqual(['owner=Räddningstjänsten', 'time=under 2027']);
    expect(said('Planen genomförs av tekniska förvaltningen under 2027–2028.')).toEqual(['owner=tekniska förvaltningen', 'time=under 2027–2028']);
    expect(said('Ansvarig för genomförandet är barn- och utbildningsförvaltningen. Åtgärderna ska vara genomförda senast 2028.')).toEqual(['owner=barn- och utbildningsförvaltningen', 'time=senast 2028']);
    expect(rows('Kommunen har antagit en plan mot nedskräpning. Allt ska vara klart under 2028.\n## Åtgärder\n- sätta upp fler papperskorgar i centrum (Gatuenheten)\n- städa stränderna varje vår (Fritidsenheten, 2027)')).toEqual([
      ['sätta upp fler papperskorgar i centrum', 'Gatuenheten', '2028'],
      ['städa stränderna varje vår', 'Fritidsenheten', '2027'],
    ]);
  });

  it('gives the time of a sentence leading into the plan\'s sections to every action under them, the lists\' own lead-ins kept', () => {
    expect(rows('Parkerna ska bli tryggare. Detta ska genomföras senast 2028:\n# Belysning\nGatuenheten ska:\n- belysa gångstråket i Ekparken\n- byta lamporna vid lekplatsen under 2027\n# Buskage\nParkenheten ska:\n- glesa ut buskarna vid dammen\n- klippa häckarna längs Storgatan')).toEqual([
      ['belysa gångstråket i Ekparken', 'Gatuenheten', '2028'],
      ['byta lamporna vid lekplatsen under 2027', 'Gatuenheten', '2027'],
      ['glesa ut buskarna vid dammen', 'Parkenheten', '2028'],
      ['klippa häckarna längs Storgatan', 'Parkenheten', '2028'],
    ]);
    // A lead-in with no time, or one over a list of its own, gives the plan no time here.
    expect(said('Det här ska göras:')).toEqual([]);
    expect(rows('# Belysning\nDet här ska göras under 2027:\n- belysa gångstråket i Ekparken\n- byta lamporna vid lekplatsen').map((r) => r[2])).toEqual(['2027', '2027']);
  });

  it('names no owner in a person, a duty of another kind, the organisation as a whole or a sentence that only counts the work', () => {
    expect(said('Arbetet leds av Eva Lind, projektledare på fastighetsenheten.')).toEqual([]);
    expect(said('Kommunstyrelsen ansvarar för att planen följs upp varje år.')).toEqual([]);
    expect(said('Det är Eva Lind som ansvarar för frågor om planen.')).toEqual([]);
    expect(said('Vi ansvarar för arbetet.')).toEqual([]);
    expect(said('Arbetet har pågått sedan 2024.')).toEqual([]);
  });

  it('makes no list a plan by the owner it gives: related news and statements stay what they are', () => {
    expect(rows('Det är parkenheten som ansvarar för att planen genomförs.\n## Det här ska göras\n- plantera träd i Stadsparken\n- byta bänkarna vid dammen\n## Relaterade nyheter\n- Simhallen öppnar igen\n- Nya öppettider på biblioteket')).toEqual([
      ['plantera träd i Stadsparken', 'parkenheten', ''],
      ['byta bänkarna vid dammen', 'parkenheten', ''],
    ]);
    expect(rows('Simhallen öppnar igen i september. Arbetet leds av fastighetsenheten.\n## Det här finns\n- En bassäng på 25 meter\n- En bastu med utsikt')).toEqual([]);
  });

  it('reads news pages that name the owner once before the plan, in every form, and none in a page naming a person', async () => {
    const cases: Array<[string, string[], number, string[]]> = [
      ['fixtures/unseen18/gnesta-nyhet-stadsodling-2026', ['html', 'pdf'], 5, ['samhällsbyggnadsförvaltningen']],
      ['fixtures/prose-variants/surahammar-nyhet-sommarblommor-2027', ['html', 'pdf', 'docx'], 4, ['parkenheten']],
      ['fixtures/prose-variants/lekeberg-nyhet-hjartstartare-2027', ['html', 'pdf', 'docx'], 4, ['Räddningstjänsten']],
      ['fixtures/prose-variants/perstorp-nyhet-biografen-2027', ['html', 'pdf', 'docx'], 0, []],
    ];
    for (const [stem, forms, least, owners] of cases) {
      for (const form of forms) {
        const file = `${stem}.${form}`;
        const result = await processDocument(file, new Uint8Array(readFileSync(file)));
        if (!result.ok) throw new Error(result.reason);
        const acts = result.extraction.activities.filter((a) => /^\p{Ll}/u.test(a.text));
        expect(acts.length, file).toBeGreaterThanOrEqual(least);
        if (!least) expect(result.extraction.activities, file).toEqual([]);
        expect([...new Set(acts.map((a) => a.ownerRaw))], file).toEqual(owners);
      }
    }
  });
});
