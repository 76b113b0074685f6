import type { Entry } from './outline/types.js';
import { DELIVERABLE_OBJECT } from '../lang/list-content.js';
import { GENERIC_ACTOR } from '../lang/sections.js';
import { timeInSentence } from './activity-fields.js';

/**
 * Whether an item names a thing to deliver: a counted or indefinite object ('ta fram en plan',
 * 'fyra gånger per år'), a figure, or a proper name after its first word ('på Björkskolan').
 * A word capitalised after a sentence's end opens the next sentence and names nothing.
 */
export function namesDeliverable(text: string): boolean {
  const words = text.split(/[\s,;:()"”–-]+/u).filter(Boolean);
  return words.some((w, i) => {
    if (i === 0) return false;
    if (DELIVERABLE_OBJECT.figure.test(w) || DELIVERABLE_OBJECT.words.includes(w.toLowerCase())) return true;
    return /^\p{Lu}\p{Ll}/u.test(w) && !/[.!?]$/u.test(words[i - 1]);
  });
}

/** A plan's mark on one item: a field (owner, time, status), a table row or numbered action, a time in its sentence, a unit named over its list ('Tekniska förvaltningen ska:'). */
function hasPlanMark(e: Entry): boolean {
  if (e.kind !== 'item') return true;
  if (e.fields.some((f) => f.role === 'owner' || f.role === 'time' || f.role === 'status')) return true;
  if (timeInSentence(e.text)) return true;
  const actor = e.leadIn?.kind === 'shall' ? e.leadIn.actor : null;
  return !!actor && !GENERIC_ACTOR.test(actor);
}

/**
 * Whether the items a document would give as its activities state principles or commitments
 * instead ('Bygga flexibelt så att lokaler kan ändra användning', 'Vi ska: möta alla med respekt'):
 * a guideline's or a policy's lists. The evidence is what the items hold, read over all of them:
 * not one carries a plan's mark (owner, time, status, a table's row, a named unit over its list),
 * and fewer than a third name a thing to deliver. One item with a field or most items naming a
 * deliverable keep the list a plan's.
 */
export function statesPrinciples(entries: Entry[]): boolean {
  if (entries.length === 0 || entries.some(hasPlanMark)) return false;
  return entries.filter((e) => namesDeliverable(e.text)).length * 3 < entries.length;
}
