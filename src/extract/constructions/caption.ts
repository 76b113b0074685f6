import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { defineConstruction } from './define.js';
import { matchSectionLabel } from './section-label.js';

/** A word and a number with a period or colon opening a line: 'Tabell 3. …', 'Figur 2: …'. */
const NUMBERED_WORD = /^(\p{Lu}\p{Ll}{2,})\s+(\d{1,2})[.:]\s+\S/u;

export const caption = defineConstruction({
  id: 'trap/caption',
  description: "Captions numbered in a series of their own ('Tabell 1. …', 'Tabell 2. …' — the same word, counting up, each right above or below a table) name a table, not a section: the section is the heading above them.",
  positive: [
    { doc: '# Område 1: Trygga miljöer\nTabell 1. Åtgärder för trygga miljöer\n| Åtgärd | Ansvarig | Klart |\n| Förbättra belysningen i parker | Tekniska förvaltningen | 2025 |\nTabell 2. Indikatorer för trygga miljöer\n| Indikator | Utgångsvärde | Målvärde |\n| Andel som känner sig trygga | 71 | 80 |\n# Område 2: Förebyggande arbete\nTabell 3. Åtgärder för förebyggande arbete\n| Åtgärd | Ansvarig | Klart |\n| Starta en fältgrupp för unga | Socialförvaltningen | 2025 |', focusAreas: ['Trygga miljöer', 'Förebyggande arbete'], activities: ['Förbättra belysningen i parker', 'Starta en fältgrupp för unga'] },
  ],
  negative: [
    // Titles above tables that do not count in a series of their own are the tables' sections.
    { doc: '# Kulturplan 2025\nLäsfrämjande\n| Aktivitet | Ansvarig | När |\n| Starta bokcirklar på fritidsgårdar | Biblioteket | 2025 |\nKulturarv\n| Aktivitet | Ansvarig | När |\n| Digitalisera hembygdsarkivet | Museet | 2026 |', focusAreas: ['Läsfrämjande', 'Kulturarv'] },
  ],
  propose(view) {
    const lines = view.blocks
      .map((b, i) => ({ i, m: b.kind === 'paragraph' || b.kind === 'heading' ? NUMBERED_WORD.exec(view.trimmed(i)) : null }))
      .filter((x): x is { i: number; m: RegExpExecArray } => x.m !== null && besideTable(view, x.i) && matchSectionLabel(view.trimmed(x.i), true) === null);
    const out: Proposal[] = [];
    for (const word of new Set(lines.map((x) => x.m[1]))) {
      const series = lines.filter((x) => x.m[1] === word);
      const numbers = new Set(series.map((x) => Number(x.m[2])));
      // A series: two or more, numbered apart, one of them 1.
      if (numbers.size < 2 || !numbers.has(1)) continue;
      for (const x of series) out.push({ block: x.i, construction: 'trap/caption', rule: 'trap/caption', role: 'trap', evidence: [{ id: 'numbered-caption-series', weight: 0.8 }], acts: [{ op: 'skip' }] });
    }
    return out;
  },
});

function besideTable(view: DocView, i: number): boolean {
  return view.blocks[i + 1]?.kind === 'row' || view.blocks[i - 1]?.kind === 'row';
}
