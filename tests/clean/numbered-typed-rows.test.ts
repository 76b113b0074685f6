import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { readNumberedTypedRows } from '../../src/clean/numbered-typed-rows.js';
import type { RawBlock } from '../../src/core/types.js';

/** A table without a header whose rows carry ids, run into a transcript's line (a web page's table as a sharing site gives it). */
const read = (text: string) => readText(new TextEncoder().encode(text));
/** Pages as the seed form gives them: a list of related documents, 'Transkript:', then 'N (M)' before each page. */
const seed = (title: string, pages: string[]) =>
  [title, '', 'Relevanta dokument', 'Budget 2026', '', 'Transkript:', '', ...pages.flatMap((p, i) => [`${i + 1} (${pages.length}) ${p}`, ''])].join('\n');
const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 1 });

// A safety plan's status page: owners by unit and by post, a time and a symbol closing each row, areas as labelled bands.
const pages = [
  'Trygghetsplan 2026 – läget i juni Exempelby kommun Teckenförklaring: ✓ Klar ◐ Pågår ○ Ej påbörjad Fokusområde 1 Trygga stråk 1.1 Belysa gångvägen mellan stationen och sporthallen Tekniska förvaltningen 2026 ◐ 1.2 Röja sly längs cykelvägen vid ån Trygghetssamordnaren 2025– 2026 ✓ 1.3 Genomföra trygghetsvandringar tillsammans med Polisen Fritidsförvaltningen Våren 2026 ○ Fokusområde 2 Trygga skolor 2.1 Införa rastvärdar på alla skolgårdar Rektor 2026 ◐',
  '2.2 Utbilda personalen i våldsprevention i samverkan med Länsstyrelsen Barn- och utbildningsförvaltningen 2027 ○ 2.3 Kartlägga otrygga platser i skolorna Elevhälsoenheten Löpande ◐ Nästa uppföljning görs i december.',
];

describe('numbered rows with their cells after them and no header', () => {
  it('reads each row with its owner, time and symbol, the labelled bands as areas', () => {
    const x = extract(read(seed('Trygghetsplan 2026', pages)));
    expect(x.activities.map((a) => a.text)).toEqual([
      'Belysa gångvägen mellan stationen och sporthallen',
      'Röja sly längs cykelvägen vid ån',
      'Genomföra trygghetsvandringar tillsammans med Polisen',
      'Införa rastvärdar på alla skolgårdar',
      'Utbilda personalen i våldsprevention i samverkan med Länsstyrelsen',
      'Kartlägga otrygga platser i skolorna',
    ]);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Tekniska förvaltningen', 'Trygghetssamordnaren', 'Fritidsförvaltningen', 'Rektor', 'Barn- och utbildningsförvaltningen', 'Elevhälsoenheten']);
    expect(x.activities.map((a) => a.years)).toEqual([[2026], [2025, 2026], [2026], [2026], [2027], []]);
    expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'done', 'not_started', 'ongoing', 'not_started', 'ongoing']);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Trygga stråk', 'Trygga skolor']);
    expect(read(seed('Trygghetsplan 2026', pages)).text).toContain('Nästa uppföljning görs i december.');
  });

  it('leaves a table of contents, goals in sentences and numbered actions with prose alone', () => {
    const contents = 'Innehåll 1.1 Bakgrund 3 1.2 Syfte 4 1.3 Mål 5 2.1 Uppföljning 7';
    const goals = '1.1 Fler elever ska känna sig trygga i skolan år 2026. 1.2 Andelen anmälda brott ska minska till 2027. 1.3 Alla stråk ska vara belysta 2028.';
    const actions = '1.1 Belysa gångvägen vid stationen. Gångvägen används av många pendlare på kvällen. 1.2 Röja sly längs cykelvägen. Arbetet görs varje vår. 1.3 Införa rastvärdar på skolgårdarna. Skolorna har bett om det.';
    for (const text of [contents, goals, actions]) expect(readNumberedTypedRows([paragraph(text)])).toEqual([paragraph(text)]);
  });
});
