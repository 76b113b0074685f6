import { makeHeading } from '../outline/heading.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { actionKind } from './action-item.js';
import { defineConstruction } from './define.js';
import { cleanTitle } from './section-label.js';
import { columnRoles, isActivityHeader, looksLikeHeader } from './table-columns.js';

export const tableTitle = defineConstruction({
  id: 'section/table-title',
  description: 'A short title standing right above an activity table names the table\'s section: one table per focus area, its title above it.',
  positive: [
    { doc: '# Kulturplan 2025\nLäsfrämjande\n| Aktivitet | Ansvarig | När |\n| Starta bokcirklar på fritidsgårdar | Biblioteket | 2025 |\nKulturarv\n| Aktivitet | Ansvarig | När |\n| Digitalisera hembygdsarkivet | Museet | 2026 |', focusAreas: ['Läsfrämjande', 'Kulturarv'], activities: ['Starta bokcirklar på fritidsgårdar', 'Digitalisera hembygdsarkivet'] },
  ],
  negative: [
    { doc: '# Trafiksäkerhet\n| Nr | Åtgärd | Ansvarig | Klart |\n| 1 | Sänka hastigheten vid skolorna | Gatuenheten | 2025 |\n7\n| Nr | Åtgärd | Ansvarig | Klart |\n| 2 | Bygga gång- och cykelbana längs Storgatan | Gatuenheten | 2026 |', focusAreas: [], activities: ['Sänka hastigheten vid skolorna', 'Bygga gång- och cykelbana längs Storgatan'] },
    { doc: '# Ekonomi\nBudget per verksamhet\n| Verksamhet | Budget 2025 | Utfall 2024 |\n| Bibliotek | 12,5 | 12,1 |', focusAreas: [], activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      const t = view.trimmed(i);
      if (b.kind === 'paragraph' && isTableTitle(view, t, i)) out.push({ block: i, construction: 'section/table-title', rule: 'section/table-title', role: 'area', evidence: [{ id: 'title-above-activity-table', weight: 0.75 }], acts: [{ op: 'open', heading: makeHeading(b, view.begin(i), cleanTitle(t), 'heading', 'section/table-title') }] });
    });
    return out;
  },
});

function isTableTitle(view: DocView, text: string, index: number): boolean {
  if (text.split(/\s+/).length > 8 || /[.:;!?,]$/.test(text) || !/^[\p{Lu}\d]/u.test(text) || actionKind(text) === 'verb') return false;
  // A number alone (a page's number left before the header the next page repeats) names nothing: a title has words.
  if (!/\p{L}/u.test(text)) return false;
  const next = view.blocks[index + 1];
  if (next?.kind !== 'row') return false;
  const cells = view.cells(index + 1);
  return (next.header === true || looksLikeHeader(cells)) && isActivityHeader(columnRoles(cells));
}
