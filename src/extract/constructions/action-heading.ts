import type { Block } from '../../core/types.js';
import { ACTION_HEADING, SECTION_REFERENCE } from '../../lang/sections.js';
import { makeHeading } from '../outline/heading.js';
import type { LeadIn } from '../outline/types.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { actionKind, statesObligation } from './action-item.js';
import { defineConstruction } from './define.js';
import { cleanTitle } from './section-label.js';


export const actionHeading = defineConstruction({
  id: 'section/action-heading',
  description: "A heading that names the list under it as actions ('Åtgärder', 'Aktiviteter', 'Planerade insatser'): its items and the paragraphs that read as actions are activities. A short one names the list of its section; a longer one, or one with chapters under it, is a section of its own.",
  positive: [
    { doc: '# Minskat matsvinn\n## Åtgärder\nKartlägga matsvinnet i skolköken.\nInföra vågar i alla storkök.\nSvinnet har ökat de senaste åren.', focusAreas: [], activities: ['Kartlägga matsvinnet i skolköken.', 'Införa vågar i alla storkök.'] },
  ],
  negative: [
    { doc: '# Bakgrund\nÅtgärderna i förra planen har följts upp.\nDe flesta är genomförda.', activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    const base = { construction: 'section/action-heading', role: 'lead-in' as const };
    view.blocks.forEach((b, i) => {
      if (b.kind === 'row') return;
      const t = view.trimmed(i);
      const named = (b.kind === 'heading' || (t.length <= 60 && !/[.!?]$/.test(t) && (b.kind === 'paragraph' || !b.marker))) && ACTION_HEADING.test(t) && !/:\s*$/.test(t);
      if (named) {
        const leadIn: LeadIn = { kind: 'action', actor: null, text: t, heading: true };
        const ref = SECTION_REFERENCE.exec(t);
        if (ref) out.push({ ...base, block: i, rule: 'section/action-heading-reference', evidence: [{ id: 'names-goal-number', weight: 0.8 }], when: (ctx) => ctx.findNumbered(ref[1]) !== null, acts: [{ op: 'goto-numbered', number: ref[1], leadIn }] });
        if (t.split(/\s+/).length <= 3 && !headsChapter(view, b, i)) out.push({ ...base, block: i, rule: 'section/action-heading', evidence: [{ id: 'names-actions', weight: 0.8 }], acts: [{ op: 'lead-in', leadIn }] });
        else out.push({ ...base, block: i, rule: 'section/action-heading', role: 'area', evidence: [{ id: 'names-actions', weight: 0.8 }], acts: [{ op: 'open', heading: makeHeading(b, view.begin(i), cleanTitle(t), 'heading', 'section/action-heading', { leadIn }) }] });
        return;
      }
      // Inside a list of actions, a heading that states an action is one; so is a paragraph that reads as one (a verb first, or what someone shall do).
      const line = { ...base, block: i, role: 'activity' as const, evidence: [{ id: 'under-action-heading', weight: 0.75 }] };
      if (b.kind === 'heading' && actionKind(t) === 'verb') out.push({ ...line, rule: 'activity/action-heading-line', when: (ctx) => !!ctx.leadIn?.heading, acts: [{ op: 'entry', kind: 'item', start: view.begin(i), text: t, rules: ['activity/action-heading-line'] }] });
      if (b.kind === 'paragraph' && /^[\p{Lu}\d"”]/u.test(t) && (actionKind(t) === 'verb' || statesObligation(t))) out.push({ ...line, rule: 'activity/under-action-heading', when: (ctx) => !!ctx.leadIn?.heading, acts: [{ op: 'entry', kind: 'item', start: view.begin(i), text: t, rules: ['activity/under-action-heading'] }] });
    });
    return out;
  },
});

/** A heading with deeper headings after it (by level or type size) before any of its own rank: a chapter. */
function headsChapter(view: DocView, b: Block, index: number): boolean {
  const next = view.blocks.slice(index + 1).find((x) => x.kind === 'heading' || (x.kind === 'item' && (x.size ?? 1) > 1.02 && /^\d/.test(x.marker ?? '')));
  if (!next) return false;
  if (b.level !== undefined && next.level !== undefined) return next.level > b.level;
  return b.size !== undefined && next.size !== undefined && next.size < b.size - 0.05;
}
