import type { Block } from '../../core/types.js';
import { TableReader } from '../constructions/table-rows.js';
import type { Outline } from '../outline/types.js';
import type { DocView } from '../view/document-view.js';
import { OutlineState } from './outline-state.js';
import { continuesGoalList, rankOf } from './precedence.js';
import type { Act, Proposal } from './proposal.js';
import { appendTo } from '../../core/group.js';

/** Proposals of each block, best first by the precedence table (ties in the order proposed). */
export function rankProposals(proposals: Proposal[]): Map<number, Proposal[]> {
  const byBlock = new Map<number, Proposal[]>();
  for (const p of proposals) appendTo(byBlock, p.block, p);
  for (const list of byBlock.values()) list.sort((a, b) => rankOf(a.rule) - rankOf(b.rule));
  return byBlock;
}

/**
 * Chooses one consistent outline from every construction's proposals: in
 * reading order, each block takes the first proposal (by the precedence
 * table) whose conditions hold on the outline read so far, and that
 * proposal's acts shape the tree. Table rows go through the table reader,
 * which carries each table's header from row to row. `trace` sees each
 * block's choice among its proposals (to find why a block was read as it was).
 */
export function resolve(view: DocView, proposals: Proposal[], trace?: (block: number, chosen: Proposal | null, all: Proposal[]) => void): Outline {
  const state = new OutlineState(view.doc);
  const tables = new TableReader(view, state);
  const ranked = rankProposals(proposals);
  const consumed = new Set<number>();
  view.blocks.forEach((b, i) => {
    if (consumed.has(i)) return;
    if (b.kind === 'row') return tables.row(i);
    if (tables.flatLine(i)) return;
    if (b.kind === 'heading') tables.heading();
    const chosen = (ranked.get(i) ?? []).find((p) => !p.when || p.when(state));
    trace?.(i, chosen ?? null, ranked.get(i) ?? []);
    if (!chosen) return state.prose();
    if (!continuesGoalList(chosen.rule)) state.goalList = { open: false, commenting: false };
    for (const act of chosen.acts) apply(state, b, act, consumed);
  });
  state.applyGroupFields();
  return { root: state.root, messages: state.messages };
}

function apply(state: OutlineState, b: Block, act: Act, consumed: Set<number>): void {
  switch (act.op) {
    case 'open':
      state.open(act.heading, act.tierKey);
      if (act.consumes !== undefined) consumed.add(act.consumes);
      return;
    case 'entry': {
      state.addEntry(b, act.kind, act.start, act.text, act.rules, act.marker !== undefined ? { marker: act.marker } : {});
      const entry = state.lastEntry;
      if (act.title && entry) {
        entry.text = act.title;
        entry.end = entry.start + act.title.length;
      }
      if (act.describes) state.describing = true;
      return;
    }
    case 'extend':
      return state.extendEntry(b);
    case 'fields':
      return state.attachFields(b.start, act.fields, act.rule);
    case 'area-fields':
      return state.attachAreaFields(b.start, act.fields, act.rule);
    case 'group-fields':
      return act.reach === 'read' ? state.attachAreaFields(b.start, act.fields, act.rule, act.last) : state.setGroupFields(b.start, act.fields, act.rule);
    case 'list-fields':
      return state.attachListFields(b.start, act.fields, act.rule);
    case 'lead-in':
      return state.setLeadIn(act.leadIn);
    case 'goto-numbered':
      state.current = state.findNumbered(act.number) ?? state.current;
      return state.setLeadIn(act.leadIn);
    case 'clause':
      return state.openClause(b, act.start, act.text);
    case 'goals':
      return readGoals(state, b, act);
    case 'goal-comment':
      state.goalList = { open: true, commenting: true };
      return;
    case 'prose':
      return state.prose();
    case 'describe':
      state.messages.push({ severity: 'info', reason: act.reason, ruleId: 'trap/description', start: b.start, end: b.end });
      return;
    case 'report':
      state.messages.push({ severity: 'info', reason: act.reason, ruleId: 'extract/unread-text', start: act.start, end: act.end });
      return;
    case 'skip':
    case 'note':
      return;
  }
}

function readGoals(state: OutlineState, b: Block, act: Extract<Act, { op: 'goals' }>): void {
  if (act.start) state.startGoals();
  else state.current = state.goalParent ?? state.current;
  for (const g of act.goals) {
    const at = (n: number) => g.base + n;
    state.openGoal(b, at(g.start), g.title, at(g.end), g.assessment && { raw: g.assessment.raw, start: at(g.assessment.start), end: at(g.assessment.end) });
  }
  state.goalList = { open: true, commenting: act.start && state.goalList.commenting };
}
