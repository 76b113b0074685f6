import type { Block } from '../../core/types.js';
import type { Field } from '../outline/fields.js';
import type { Entry, Heading, LeadIn, Section } from '../outline/types.js';
import type { ListedGoal } from '../constructions/flat-table.js';

/**
 * What a construction says a block is. 'area' is a section of the plan (the
 * resolver's level judgement makes it a focus area or an intervention area),
 * 'goal' a goal read from a goal list (an area too), 'activity' an item or row,
 * 'field' a label–value pair of the activity before, 'lead-in' a line that says
 * what the list after it holds, 'frame' prose around the plan, 'trap' a
 * look-alike that must yield nothing, 'legend' what colours and symbols mean.
 */
export type Role = 'area' | 'goal' | 'activity' | 'field' | 'lead-in' | 'frame' | 'trap' | 'legend';

/** One piece of evidence for a proposal: what was seen, and how much it counts (0–1). */
export interface Evidence {
  id: string;
  weight: number;
}

/**
 * What the outline becomes when a proposal is chosen. These are the only
 * ways a construction can shape the tree; the tree builder knows nothing else.
 */
export type Act =
  | { op: 'open'; heading: Heading; consumes?: number; tierKey?: string }
  | { op: 'entry'; kind: Entry['kind']; start: number; text: string; rules: string[]; marker?: string; title?: string; describes?: boolean }
  | { op: 'extend' }
  | { op: 'fields'; fields: Field[]; rule: string }
  /** Fields for every entry of the current section that has none of their roles (an area's owner named once for all its actions). */
  | { op: 'area-fields'; fields: Field[]; rule: string }
  /**
   * Fields given once to a group of items. `reach` 'read': the current section's entries read so far take them now
   * (the `last` many, where the line counts them); 'section': every entry of the section and those under it, before the
   * line or after it, takes them when the outline is read. Each entry takes those of a role it lacks.
   */
  | { op: 'group-fields'; fields: Field[]; rule: string; reach: 'read' | 'section'; last?: number }
  /** Fields for every item of the list read last that has none of their roles (a list's owner named once after it). */
  | { op: 'list-fields'; fields: Field[]; rule: string }
  | { op: 'lead-in'; leadIn: LeadIn }
  | { op: 'goto-numbered'; number: string; leadIn: LeadIn }
  | { op: 'clause'; start: number; text: string }
  | { op: 'goals'; goals: Array<ListedGoal & { base: number }>; start: boolean }
  | { op: 'goal-comment' }
  | { op: 'skip' }
  /** Text kept as the description of the entry before it, and said so in a message. */
  | { op: 'describe'; reason: string }
  | { op: 'prose' }
  /** Text inside a block a construction read in part, left unread (offsets in the document) and said so in a message. */
  | { op: 'report'; start: number; end: number; reason: string }
  | { op: 'note' };

/** What a proposal may ask of the outline read so far: read-only. */
export interface OutlineContext {
  current: Section;
  leadIn: LeadIn | null;
  lastEntry: Entry | null;
  /** The last entry read was an emphasised action, so items after it describe it. */
  describing: boolean;
  /** The section that opened intervention areas with '…, där kommunen:', if the current one is inside it. */
  whereSection: Section | null;
  /** The lines read last were a goal list, and whether a goal's comment runs. */
  goalList: { open: boolean; commenting: boolean };
  findNumbered(n: string): Section | null;
}

export interface Proposal {
  /** Index of the block in the document view. */
  block: number;
  /** The id of the construction that proposes it. */
  construction: string;
  /** The reading it makes, as named in the precedence table (resolve/precedence.ts). */
  rule: string;
  role: Role;
  evidence: Evidence[];
  /** Whether the proposal holds given the outline read before its block; always, where absent. */
  when?: (ctx: OutlineContext) => boolean;
  /** What happens to the outline; a list is applied in order. */
  acts: Act[];
}

/** A construction's reading of a document: pure, one call per document. */
export type Propose = (view: import('../view/document-view.js').DocView) => Proposal[];

export type { Block };
