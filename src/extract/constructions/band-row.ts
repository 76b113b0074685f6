import { actionKind } from './action-item.js';
import { defineConstruction } from './define.js';
import { TOTAL_ROW } from '../../lang/sections.js';

export const bandRow = defineConstruction({
  id: 'section/band-row',
  description: "A table row with one cell of text spanning the others ('Prioriterat område 1: Service', 'Nämndmål: …') heads the rows under it; a focus-area column merged down its rows does the same, and so does a short title right above a table of its own.",
  positive: [
    { doc: '| Aktivitet | Ansvar | Status |\n| Fokusområde 1 – Service |  |  |\n| Införa en digital felanmälan | KLF | Klar |\n| Fokusområde 2 – Mark |  |  |\n| Köpa in mark för industri | SBF | Pågår |', focusAreas: ['Service', 'Mark'], activities: ['Införa en digital felanmälan', 'Köpa in mark för industri'] },
    { doc: '| Målområde | Aktivitet | Ansvar |\n| 1. Service | Införa en digital felanmälan | KLF |\n|  | Mäta nöjdheten | KLF |\n| 2. Mark | Köpa in mark för industri | SBF |', focusAreas: ['Service', 'Mark'] },
    { doc: '# Handlingsplan näringsliv 2025\nAttraktiv plats\n| Aktivitet | Ansvarig | När |\n| Ta fram en centrumplan | Samhällsbyggnad | 2025 |\nFöretagsklimat\n| Aktivitet | Ansvarig | När |\n| Införa en digital felanmälan | Näringsliv | VT 2025 |', focusAreas: ['Attraktiv plats', 'Företagsklimat'], activities: ['Ta fram en centrumplan', 'Införa en digital felanmälan'] },
    // The same layouts as other producers give them: a band with a title and no label, and a merged first column whose text the reading repeats on each row.
    { doc: '| Åtgärd | Ansvarig | Klart |\n| Trafiksäkerhet |  |  |\n| Sänka hastigheten vid skolorna | Trafikenheten | 2025 |\n| Parker och grönområden |  |  |\n| Byta belysningen i stadsparken | Parkenheten | 2026 |', focusAreas: ['Trafiksäkerhet', 'Parker och grönområden'], activities: ['Sänka hastigheten vid skolorna', 'Byta belysningen i stadsparken'] },
    // A band numbered under a word of its own ('Etapp 2 –'): the numbering goes, the title stays.
    { doc: '| Åtgärd | Ansvarig | Klart |\n| Etapp 1 – Gång och cykel |  |  |\n| Bygga en gång- och cykelbro över ån | Gatuenheten | 2026 |\n| Etapp 2 – Kollektivtrafik |  |  |\n| Förlänga busslinje 3 till Norrby | Kollektivtrafiken | 2027 |', focusAreas: ['Gång och cykel', 'Kollektivtrafik'], activities: ['Bygga en gång- och cykelbro över ån', 'Förlänga busslinje 3 till Norrby'] },
    { doc: '| Område | Insats | Ansvar |\n| Fysisk aktivitet | Erbjuda seniorgympa i alla kommundelar | Fritid |\n| Fysisk aktivitet | Bygga utegym vid skolorna | Fritid |\n| Psykisk hälsa | Utbilda skolpersonal i första hjälpen till psykisk hälsa | Elevhälsan |', focusAreas: ['Fysisk aktivitet', 'Psykisk hälsa'] },
    // The first value of a numbered area column set across its row (merged, or shifted by a transcript): level with the column's other values.
    { doc: '| Område | Åtgärd | Ansvar | Tid |\n|  | 1. Rena stränder |  |  |\n|  | Städa badplatserna varje vecka under sommaren | Parkenheten | 2026 |\n| 2. Levande parker | Plantera ängsytor i stadsparken | Parkenheten | 2027 |\n|  | Sätta ut fler bänkar i parkerna | Parkenheten | 2026 |\n| 3. Lekplatser | Rusta upp lekplatsen i Norrby | Parkenheten | 2026 |', focusAreas: ['Rena stränder', 'Levande parker', 'Lekplatser'], subAreas: [] },
  ],
  negative: [
    { doc: '| Aktivitet | Ansvar | Status |\n| Införa en digital felanmälan | KLF | Klar |\n| Totalt |  |  |', focusAreas: [] },
    // A numbered band over a column numbered one level deeper: the column's values are its parts.
    { doc: '| Delområde | Åtgärd | Ansvar | Tid |\n| 1. Rena stränder |  |  |  |\n| 1.1 Badplatser | Städa badplatserna varje vecka under sommaren | Parkenheten | 2026 |\n|  | Sätta upp fler soptunnor vid badplatserna | Parkenheten | 2026 |\n| 1.2 Hamnen | Rensa hamnbassängen från skräp | Hamnenheten | 2027 |\n|  | Märka upp tömningsstationen för båtar | Hamnenheten | 2026 |\n| 2. Friska sjöar |  |  |  |\n| 2.1 Övergödning | Kartlägga enskilda avlopp runt sjön | Miljöenheten | 2026 |\n|  | Anlägga en fosfordamm vid inloppet | VA-enheten | 2027 |', focusAreas: ['Rena stränder', 'Friska sjöar'], subAreas: ['Badplatser', 'Hamnen', 'Övergödning'] },
    // A row of an action alone in its first cell is an activity whose other cells are empty, no band.
    { doc: '| Åtgärd | Ansvarig | Klart |\n| Sänka hastigheten vid skolorna | Trafikenheten | 2025 |\n| Måla om övergångsställena vid skolorna |  |  |', focusAreas: [], activities: ['Sänka hastigheten vid skolorna', 'Måla om övergångsställena vid skolorna'] },
  ],
});

/** The band text of a row: its one non-empty cell (or the one text repeated by a merge), or null. */
export function bandText(cells: string[]): { cell: number; text: string } | null {
  const filled = cells.map((c, i) => ({ c: c.trim(), i })).filter((x) => x.c !== '');
  if (cells.length < 2 || filled.length === 0) return null;
  const distinct = new Set(filled.map((x) => x.c));
  if (distinct.size !== 1) return null;
  const text = filled[0].c;
  // A total, a lone number or a field label introducing the next row ('Kommentar:') is no band.
  if (!/\p{L}{3}/u.test(text) || /^\p{L}+:$/u.test(text) || TOTAL_ROW.test(text)) return null;
  // A title opens with a capital or a number: a lone cell in lower case goes on with the row above.
  if (/^\p{Ll}/u.test(text)) return null;
  // Without a label or a number, a band is a title: an action or a sentence alone in its row is an activity whose other cells are empty.
  if (!/^(?:\d|\p{L}+\s+\d)/u.test(text) && !/:/.test(text) && (actionKind(text) === 'verb' || /[.!?]$/.test(text) || text.split(/\s+/).length > 10)) return null;
  return { cell: filled[0].i, text };
}
