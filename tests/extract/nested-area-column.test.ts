import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';
import { processDocument } from '../../src/pipeline/process.js';
import type { Extraction } from '../../src/core/types.js';

/** Each activity with the area it stands in and that area's parent ('' for a focus area). */
function outline(x: Extraction): Array<[string, string, string]> {
  return x.activities.map((a) => {
    const area = x.focusAreas[a.focusAreaKey!];
    return [a.text, area.title, area.parentKey === null ? '' : x.focusAreas[area.parentKey].title];
  });
}

const ofText = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));
const subAreas = (x: Extraction) => x.focusAreas.filter((f) => f.parentKey !== null).map((f) => f.title);

describe('a second area column left of the actions names the intervention areas', () => {
  it('reads labelled, numbered values repeated down the rows under the first column', () => {
    const x = ofText('# Avfallsplan\n| Målområde | Delmål | Åtgärd | Ansvar | Tid |\n| Målområde 1: Mindre avfall | Delmål 1.1 Återbruk | Öppna en återbruksbutik vid ÅVC | Renhållningen | 2026 |\n| Målområde 1: Mindre avfall | Delmål 1.1 Återbruk | Samla in möbler från flyttstädningar | Bostadsbolaget | 2027 |\n| Målområde 1: Mindre avfall | Delmål 1.2 Matsvinn | Mäta matsvinnet i skolköken | Kostenheten | 2026 |\n| Målområde 2: Rätt sortering | Delmål 2.1 Flerbostadshus | Ställa ut fyrfackskärl i alla hus | Renhållningen | 2026–2027 |\n| Målområde 2: Rätt sortering | Delmål 2.1 Flerbostadshus | Informera hyresgästerna om sorteringen | Bostadsbolaget | 2026 |');
    expect(outline(x)).toEqual([
      ['Öppna en återbruksbutik vid ÅVC', 'Återbruk', 'Mindre avfall'],
      ['Samla in möbler från flyttstädningar', 'Återbruk', 'Mindre avfall'],
      ['Mäta matsvinnet i skolköken', 'Matsvinn', 'Mindre avfall'],
      ['Ställa ut fyrfackskärl i alla hus', 'Flerbostadshus', 'Rätt sortering'],
      ['Informera hyresgästerna om sorteringen', 'Flerbostadshus', 'Rätt sortering'],
    ]);
  });

  it('reads the values merged down the rows (empty below the first), unlabelled, under a header that names no level', () => {
    const x = ofText('# Trafiksäkerhet\n| Område | Del | Åtgärd | Ansvarig |\n| Skolvägar | Passager | Bygga en upphöjd passage vid Ekskolan | Gatuenheten |\n| | | Måla om övergångsställena vid skolorna | Gatuenheten |\n| | Hastighet | Sätta upp hastighetsdisplayer vid förskolorna | Trafikenheten |\n| Landsväg | Belysning | Belysa busshållplatsen i Västby | Trafikverket |\n| | | Röja sly i korsningarna | Gatuenheten |');
    expect(subAreas(x)).toEqual(['Passager', 'Hastighet', 'Belysning']);
    expect(outline(x).map(([, area, parent]) => `${parent}/${area}`)).toEqual(['Skolvägar/Passager', 'Skolvägar/Passager', 'Skolvägar/Hastighet', 'Landsväg/Belysning', 'Landsväg/Belysning']);
  });

  it('reads a level whose title opens on a word that is also a verb, and an area with one sub-area over one row', () => {
    const x = ofText('# Grönplan\n| Fokusområde | Insatsområde | Aktivitet | Ansvar |\n| Parker | Skugga och svalka | Plantera lindar längs Parkgatan | Parkenheten |\n| Parker | Skugga och svalka | Bygga en pergola vid plaskdammen | Parkenheten |\n| Parker | Dagvatten | Anlägga regnbäddar i Norrparken | VA-enheten |\n| Skogen | Friluftsliv | Röja stigarna i tätortsskogen | Parkenheten |');
    expect(subAreas(x)).toEqual(['Skugga och svalka', 'Dagvatten', 'Friluftsliv']);
  });

  it('takes no level from a column of a value per row, a value that comes back, one that runs on into the next area, or sentences', () => {
    const none = (doc: string) => subAreas(ofText(doc));
    expect(none('# Grönplan\n| Fokusområde | Plats | Aktivitet | Ansvar |\n| Parker | Parkgatan | Plantera lindar längs Parkgatan | Parkenheten |\n| Parker | Plaskdammen | Bygga en pergola vid plaskdammen | Parkenheten |\n| Skogen | Tätortsskogen | Röja stigarna i tätortsskogen | Parkenheten |')).toEqual([]);
    expect(none('# Grönplan\n| Fokusområde | Slag | Aktivitet | Ansvar |\n| Parker | Nyanläggning | Plantera lindar längs Parkgatan | Parkenheten |\n| Parker | Skötsel | Klippa gräset glesare i Norrparken | Parkenheten |\n| Parker | Nyanläggning | Bygga en pergola vid plaskdammen | Parkenheten |\n| Skogen | Skötsel | Röja stigarna i tätortsskogen | Parkenheten |')).toEqual([]);
    expect(none('# Grönplan\n| Fokusområde | Budget | Aktivitet | Ansvar |\n| Parker | Driftbudget | Plantera lindar längs Parkgatan | Parkenheten |\n| Parker | Driftbudget | Klippa gräset glesare i Norrparken | Parkenheten |\n| Skogen | Driftbudget | Röja stigarna i tätortsskogen | Parkenheten |\n| Skogen | Statsbidrag | Märka upp naturstigen | Parkenheten |')).toEqual([]);
    expect(none('# Grönplan\n| Fokusområde | Bakgrund | Aktivitet | Ansvar |\n| Parker | Parkerna är för varma. | Plantera lindar längs Parkgatan | Parkenheten |\n| Parker | Parkerna är för varma. | Bygga en pergola vid plaskdammen | Parkenheten |\n| Skogen | Stigarna växer igen. | Röja stigarna i tätortsskogen | Parkenheten |\n| Skogen | Stigarna växer igen. | Märka upp naturstigen | Parkenheten |')).toEqual([]);
  });

  it('reads the levels of a plan table in Word and as its PDF', async () => {
    for (const ext of ['docx', 'pdf']) {
      const file = `fixtures/unseen19/sorsele-handlingsplan-forskolans-utemiljo-2026-2028.${ext}`;
      const result = await processDocument(file, new Uint8Array(readFileSync(file)));
      if (!result.ok) throw new Error(result.reason);
      const x = result.extraction;
      expect(x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title)).toEqual(['Lek och rörelse', 'Lärande utomhus', 'Säkerhet och tillgänglighet']);
      expect(subAreas(x)).toEqual(['Varierade lekmiljöer', 'Skugga och skydd', 'Utomhuspedagogik', 'Närnatur', 'Säker och tillgänglig utemiljö']);
      expect(x.activities).toHaveLength(10);
    }
  });
});
