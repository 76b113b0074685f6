import type { Block, Message, Span } from '../../core/types.js';
import type { FieldRole } from '../../lang/fields.js';
import type { SectionLabel } from '../../lang/sections.js';
import type { Field } from './fields.js';

/**
 * How a section's heading is set, from the top of the page down: a heading
 * or numbered title, a clause that opens an intervention area ('…, där
 * kommunen: erbjuder …'), a list item with items under it, a table band row, a
 * value in a table's focus-area column.
 */
export type Tier = 'heading' | 'clause' | 'list' | 'band' | 'column';

export interface Heading extends Span {
  title: string;
  tier: Tier;
  label: SectionLabel | null;
  /** Outline number as written ('3.1.2', '2'), null where none. */
  number: string | null;
  /** Heading level from the format (1 = top), null where none. */
  level: number | null;
  /** Type size relative to body text, null where unknown. */
  size: number | null;
  /** Nesting level of a list section. */
  listLevel: number | null;
  /** The heading ends in '…, där kommunen:': its clauses are intervention areas. */
  where: boolean;
  /** The heading itself ends in a lead-in ('… Insatser under perioden:'). */
  leadIn: LeadIn | null;
  rule: string;
  page: number | null;
  /** A goal's assessment written beside it in a goal list ('Delvis uppfyllt', a light symbol), and where. */
  assessment?: { raw: string } & Span;
}

/** A paragraph ending in ':' that opens the list after it. */
export interface LeadIn {
  kind: 'action' | 'shall' | 'non-action' | 'focus-list' | 'owners' | 'plain';
  /** For 'X ska:', the actor who owns the items. */
  actor: string | null;
  text: string;
  /** Prose interrupted the list since the lead-in. */
  resumed?: boolean;
  /** The items the lead-in's sentence runs on into, where it says: past them, the list is as after prose. */
  items?: number;
  /** The lead-in is a heading naming a list of actions ('Åtgärder'): its paragraphs are actions too. */
  heading?: boolean;
}

/** One item of a plan's lists or tables: a candidate activity, with its fields. */
export interface Entry extends Span {
  kind: 'item' | 'row' | 'numbered-action';
  text: string;
  page: number | null;
  marker: string | null;
  fields: Array<Field & { absolute: Span }>;
  leadIn: LeadIn | null;
  /** For table rows: the table's index, and whether it has an activity column named by its header. */
  table: { index: number; named: boolean; fill: string | null; roles: FieldRole[] } | null;
  block: Block;
  rules: string[];
  /** Where the entry's text as written ends, fields included. */
  rawEnd?: number;
  /** The entry read right before it in the same list, no heading, lead-in or prose between them; null for a list's first. */
  follows?: Entry | null;
}

/** The outline of a document, and what its reading of structure noticed on the way. */
export interface Outline {
  root: Section;
  messages: Message[];
}

export interface Section {
  heading: Heading | null;
  parent: Section | null;
  children: Section[];
  entries: Entry[];
  /** Fields the section states once for all its actions ('Ansvarig för samtliga åtgärder i spåret: …'), with the rule that read them. */
  groupFields?: { fields: Array<Field & { absolute: Span }>; rule: string };
}
