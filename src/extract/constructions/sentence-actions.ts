import type { Block } from '../../core/types.js';
import type { Field } from '../outline/fields.js';
import type { Act, Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';

/** A sentence read as one action: its offset in the block's text, its words, and the fields it names. */
export interface SentenceAction {
  start: number;
  text: string;
  fields: Field[];
}

/**
 * Proposes each block's action sentences as activities under the current
 * heading, where the document writes at least two of them: prose plans that
 * give their actions as sentences of one shape write all of them so, and one
 * such sentence alone is more likely the plan's reasoning.
 */
export function proposeSentenceActions(
  view: DocView,
  kinds: ReadonlyArray<Block['kind']>,
  read: (text: string) => SentenceAction[],
  rule: string,
  evidence: { id: string; weight: number },
): Proposal[] {
  const found = view.blocks.map((b, i) => (kinds.includes(b.kind) ? read(view.text(i)) : []));
  if (found.reduce((n, s) => n + s.length, 0) < 2) return [];
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
