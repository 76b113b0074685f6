import { leavesOpen } from '../../clean/segment.js';
import { DANGLING_WORDS } from '../../lang/language.js';
import type { Entry } from '../outline/types.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { defineConstruction } from './define.js';
import { fieldLine } from '../outline/fields.js';
import { actionKind, statesObligation } from './action-item.js';

const danglingWords = new Set(DANGLING_WORDS);

export const listItem = defineConstruction({
  id: 'activity/list-item',
  description: "Every list item not read as a section, a lead-in or a description is a candidate activity with its inline fields ('… Ansvar: SOC. Tid: 2025'); a line that lost its item's glyph after an open parenthesis, a comma or a word no sentence ends on goes on the item before. Whether a candidate is an activity the roles decide (its list, its verb, its fields).",
  positive: [
    { doc: '# Folkhälsa\n- Erbjuda hälsosamtal till alla 50-åringar (ansvarig: Vårdcentralen,\nklart: 2025)\n- Starta en simskola för vuxna', activities: ['Erbjuda hälsosamtal till alla 50-åringar', 'Starta en simskola för vuxna'] },
    // Fields set apart by a middle dot, as a web page lays them out.
    { doc: '# Folkhälsa\n- Starta en simskola för vuxna Ansvarig part: Fritidsförvaltningen · Klart senast: juni 2025\n- Erbjuda hälsosamtal till 50-åringar Ansvarig part: Vårdcentralen · Klart senast: löpande', activities: ['Starta en simskola för vuxna', 'Erbjuda hälsosamtal till 50-åringar'] },
  ],
  negative: [
    { doc: '# Kontakt\n- Folkhälsostrategen\n- Kommunens växel', activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'item') return;
      const t = view.trimmed(i);
      // A line without a glyph between two items with the same glyph is the first one's wrapped line.
      const before = view.blocks[i - 1];
      const sandwiched = !!before?.marker && before.kind === 'item' && view.blocks[i + 1]?.kind === 'item' && view.blocks[i + 1].marker === before.marker && !/^\d/.test(before.marker);
      // A line without a glyph right before the field lines of the item above it, stating no action of its own, is that item's wrapped line
      // though a name opens it ('… som besöker' / 'Norrby, Berga och Åsen' / 'Ansvar: …').
      const beforeFields = before?.kind === 'item' && !before.marker && i + 1 < view.blocks.length && fieldLine(view.text(i + 1)) !== null && !fieldLine(view.text(i)) && actionKind(t) !== 'verb' && !statesObligation(t);
      if (!b.marker) out.push({ block: i, construction: 'activity/list-item', rule: 'activity/continued-line', role: 'activity', evidence: [{ id: 'line-goes-on', weight: 0.7 }], when: (ctx) => ctx.lastEntry !== null && (b.size ?? 1) === (ctx.lastEntry.block.size ?? 1) && (sandwiched || continuesEntry(view, ctx.lastEntry, t) || (beforeFields && ctx.lastEntry.fields.length === 0 && !/[.!?]$/.test(view.trimmed(i - 1)))), acts: [{ op: 'extend' }] });
      out.push({ block: i, construction: 'activity/list-item', rule: 'activity/list-item', role: 'activity', evidence: [{ id: 'list-item', weight: 0.5 }], acts: [{ op: 'entry', kind: 'item', start: view.begin(i), text: t, rules: ['activity/list-item'] }] });
    });
    return out;
  },
});

/**
 * A PDF line that lost its item's glyph may be the item's second line: after
 * an open parenthesis, a comma or a word no sentence ends on, or opening
 * with '(' ('… varje månad (ansvarig:' + 'Näringslivsenheten, klart: 2025)').
 */
function continuesEntry(view: DocView, entry: Entry, next: string): boolean {
  if (entry.kind !== 'item') return false;
  const raw = view.slice({ start: entry.start, end: entry.rawEnd ?? entry.end });
  return leavesOpen(raw) || /^\(/.test(next) || /,$/.test(raw.trimEnd()) || danglingWords.has((raw.trim().split(/\s+/).pop() ?? '').toLowerCase());
}
