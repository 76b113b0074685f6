import { CHANGE_OF_MEASURE, GOAL_STATE, MEASURE_HEAD, QUANTITY, SHALL_VERB } from '../../lang/list-content.js';
import { GOAL_CLAUSE, REPORTED_TENSE, isImperative, isInfinitive } from '../../lang/morphology.js';
import { splitFields } from '../outline/fields.js';
import { actionKind, statesObligation } from './action-item.js';

/** What the items of a list hold, as shares of its items (0–1). */
export interface ListContent {
  items: number;
  /** Items headed by an action: an infinitive ('Införa …'), or 'X ska + verb' that is no goal. */
  actions: number;
  /** Items that carry an activity's fields: owner, time or status. */
  fields: number;
  /** Items that name a measure ('Antal …', '80 %'): an indicator list. */
  measures: number;
  /** Items that state a goal ('Fler …', 'Öka andelen …', '… ska öka'). */
  goals: number;
  /** Items that report what was done, in the perfect or past tense ('Har genomfört …', 'Nya riktlinjer antogs'). */
  reported: number;
  /** Items that open with an imperative that is no infinitive ('Förstör …', 'Läs …'): steps a reader is told to take. */
  instructions: number;
}

/** What a list is, judged by its items; null when they do not say. */
export type ListVerdict = 'action' | 'indicator' | 'goal' | 'report' | 'instruction' | null;

const PLAN_FIELDS = new Set(['owner', 'time', 'status']);

function isGoalItem(t: string): boolean {
  return CHANGE_OF_MEASURE.pattern.test(t) || GOAL_STATE.pattern.test(t) || GOAL_CLAUSE.test(t);
}

/** 'X ska + an active infinitive' states what someone will do; a passive ('ska tas fram', 'ska inte tillåtas') states a norm. */
function shallDo(t: string): boolean {
  if (!statesObligation(t) || GOAL_CLAUSE.test(t)) return false;
  const verb = SHALL_VERB.pattern.exec(t)?.[1];
  return !!verb && isInfinitive(verb) && !/s$/u.test(verb);
}

function isActionItem(t: string): boolean {
  if (isGoalItem(t)) return false;
  return actionKind(t) === 'verb' || shallDo(t);
}

/** The shares of a list's items that read as actions, carry fields, name measures or state goals. */
export function readListContent(items: string[]): ListContent {
  const n = items.length || 1;
  const share = (test: (t: string) => boolean) => items.filter(test).length / n;
  return {
    items: items.length,
    actions: share(isActionItem),
    fields: share((t) => splitFields(t).fields.some((f) => PLAN_FIELDS.has(f.role))),
    measures: share((t) => MEASURE_HEAD.pattern.test(t) || QUANTITY.pattern.test(t)),
    goals: share(isGoalItem),
    reported: share((t) => !isActionItem(t) && REPORTED_TENSE.test(t.split(/(?<=[.!?])\s/)[0].toLowerCase())),
    instructions: share((t) => isImperative(/^\p{L}+/u.exec(t)?.[0] ?? '')),
  };
}

/**
 * What a list is by what it holds. Fields make a plan's entries whatever the
 * words; then measures, goals, instructions to the reader, actions and reports of what was done each need most of the items. Two
 * items at least: one line says nothing of its list.
 */
export function judgeList(items: string[]): ListVerdict {
  if (items.length < 2) return null;
  const c = readListContent(items);
  if (c.fields >= 0.5) return 'action';
  if (c.measures >= 0.5 && c.actions < 0.5) return 'indicator';
  if (c.goals >= 0.5 && c.actions < 0.5) return 'goal';
  // Steps of a procedure ('Kontrollera …', 'Sortera ut …', 'Förstör …'): verbs first, none with a field, one at least an
  // imperative no plan would write for its actions; the -a verbs among them read alike as both forms.
  if (c.fields === 0 && c.instructions > 0 && c.actions + c.instructions >= 0.75) return 'instruction';
  if (c.actions >= 0.75) return 'action';
  if (c.reported >= 0.75) return 'report';
  return null;
}
