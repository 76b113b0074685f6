import type { Block } from '../../core/types.js';
import type { Field } from '../outline/fields.js';
import type { Act, Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';

/** A sentence read as one action: its offset in the block's text, its words, and the fields it names. */
export interface SentenceAction {
  start: number;
  text: string;
  fields: Field[];
  /** Read by its shape alone (a subject that is a name, not a unit's): it counts only where two others are read firmly. */
  byShape?: boolean;
}

/**
 * Proposes each block's action sentences as activities under the current
 * heading, where the document writes at least two of them: prose plans that
 * give their actions as sentences of one shape write all of them so, and one
 * such sentence alone is more likely the plan's reasoning. A sentence read by
 * its shape alone counts only beside two read firmly.
 */
export function proposeSentenceActions(
  view: DocView,
  kinds: ReadonlyArray<Block['kind']>,
  read: (text: string) => SentenceAction[],
  rule: string,
  evidence: { id: string; weight: number },
): Proposal[] {
  const read0 = view.blocks.map((b, i) => (kinds.includes(b.kind) ? read(view.text(i)) : []));
  if (read0.reduce((n, s) => n + s.filter((a) => !a.byShape).length, 0) < 2) return [];
  // Two sentences read firmly show the document writes its plan so; sentences of the same shape whose subject is a name are then its actions too.
  const found = read0;
  const out: Proposal[] = [];
  found.forEach((sentences, i) => {
    if (sentences.length === 0) return;
    const acts: Act[] = sentences.flatMap((s): Act[] => [
      { op: 'entry', kind: 'item', start: view.blocks[i].start + s.start, text: s.text, rules: [rule] },
      { op: 'fields', fields: s.fields, rule },
    ]);
    out.push({ block: i, construction: rule, rule, role: 'activity', evidence: [evidence], when: (ctx) => ctx.current.heading !== null, acts });
  });
  return out;
}
