import type { Block, Doc, Message } from '../../core/types.js';
import { SECTION_LABELS } from '../../lang/sections.js';
import { goalKey, sameWords } from '../constructions/flat-table.js';
import { matchSectionLabel } from '../constructions/section-label.js';
import { splitFields, type Field } from '../outline/fields.js';
import { makeHeading } from '../outline/heading.js';
import type { Entry, Heading, LeadIn, Section, Tier } from '../outline/types.js';
import type { OutlineContext } from './proposal.js';

const TIERS: Tier[] = ['heading', 'clause', 'list', 'band', 'column'];

/** Whether heading a stands deeper (1), level (0) or higher (-1) than b. */
export function compareHeadings(a: Heading, b: Heading): number {
  const ta = TIERS.indexOf(a.tier);
  const tb = TIERS.indexOf(b.tier);
  if (ta !== tb) return Math.sign(ta - tb);
  if (a.tier === 'list' && a.listLevel !== null && b.listLevel !== null) return Math.sign(a.listLevel - b.listLevel);
  if (a.number && b.number) {
    const d = a.number.split('.').length - b.number.split('.').length;
    if (d !== 0 || (a.label === null) === (b.label === null)) return Math.sign(d);
  }
  if (a.level !== null && b.level !== null && a.level !== b.level) return Math.sign(a.level - b.level);
  // One label word over both ('Målområde X', 'Målområde Y') sets them level, though the type sizes read on their pages differ.
  if (a.label && b.label && a.label.id === b.label.id && a.number === null && b.number === null) return 0;
  if (a.size !== null && b.size !== null && Math.abs(a.size - b.size) > 0.05) return a.size > b.size ? -1 : 1;
  if (a.label && b.label && a.label.rank !== b.label.rank) return Math.sign(a.label.rank - b.label.rank);
  if (a.number && b.number) return Math.sign(a.number.split('.').length - b.number.split('.').length);
  return 0;
}

/** The label of goals read from a goal list. */
const GOAL_LABEL = SECTION_LABELS.find((l) => l.id === 'label/mal')!;

/**
 * The outline as it is built: the tree of sections, where reading stands in
 * it, and the few generic operations the resolver applies (open a section,
 * add an entry, attach fields, revisit a goal). It decides nothing.
 */
/** Fields given to an entry from outside it (a group's, an area's): it takes those of a role it names none of, its own kept. */
function giveMissing(entry: Entry, fields: Entry['fields'], rule: string): void {
  const missing = fields.filter((f) => !entry.fields.some((g) => g.role === f.role));
  if (missing.length === 0) return;
  entry.fields.push(...missing);
  if (!entry.rules.includes(rule)) entry.rules.push(rule);
}

export class OutlineState implements OutlineContext {
  readonly root: Section = { heading: null, parent: null, children: [], entries: [] };
  readonly messages: Message[] = [];
  current: Section = this.root;
  leadIn: LeadIn | null = null;
  lastEntry: Entry | null = null;
  describing = false;
  goalList = { open: false, commenting: false };
  /** Goals read from goal lists, by their folded text, and the section that holds them. */
  readonly goalSections = new Map<string, Section>();
  goalParent: Section | null = null;
  /** Rows read before their focus-area title (the number of a merged cell stood beside them). */
  readonly pendingArea = new Set<Entry>();
  /** The tier sections of one list took, by the key their construction gives (first one decides). */
  private readonly tiers = new Map<string, Tier>();

  constructor(private readonly doc: Doc) {}

  get whereSection(): Section | null {
    for (let s: Section | null = this.current; s; s = s.parent) if (s.heading?.where) return s;
    return null;
  }

  /** The labelled section with outline number n, read last. */
  findNumbered(n: string): Section | null {
    let found: Section | null = null;
    const walk = (s: Section): void => {
      if (s.heading?.number === n && s.heading.label) found = s;
      s.children.forEach(walk);
    };
    walk(this.root);
    return found;
  }

  open(h: Heading, tierKey?: string): Section {
    if (tierKey) {
      const shared = this.tiers.get(tierKey);
      if (shared && shared !== h.tier) h = { ...h, tier: shared, rule: shared === 'heading' ? 'section/numbered-heading' : 'section/list-item' };
      this.tiers.set(tierKey, h.tier);
    }
    this.describing = false;
    let parent = this.current;
    while (parent.heading && compareHeadings(h, parent.heading) <= 0) parent = parent.parent!;
    const s: Section = { heading: h, parent, children: [], entries: [] };
    parent.children.push(s);
    this.current = s;
    this.leadIn = h.leadIn;
    this.lastEntry = null;
    return s;
  }

  setLeadIn(leadIn: LeadIn): void {
    this.leadIn = leadIn;
    this.lastEntry = null;
  }

  /** A lead-in whose sentence runs on into a counted run of items governs those only ('Nämnden ska' over 'a) …, b) … samt c) ….'). */
  private countLeadInItem(): void {
    const n = this.leadIn?.items;
    if (n === undefined) return;
    this.leadIn = n > 1 ? { ...this.leadIn!, items: n - 1 } : { ...this.leadIn!, items: undefined, resumed: true };
  }

  /** Prose between a lead-in's items: items after it belong to the list only if they read as actions. */
  prose(): void {
    if (this.leadIn && !this.leadIn.heading) this.leadIn = { ...this.leadIn, resumed: true };
    this.lastEntry = null;
  }

  /** A table cell's text: its fields are the row's other columns, not labels inside it. */
  addCell(b: Block, start: number, text: string, rules: string[]): Entry {
    const entry: Entry = { kind: 'row', start, end: start + text.length, text, page: b.page, marker: null, fields: [], leadIn: this.leadIn, table: null, block: b, rules, rawEnd: start + text.length };
    this.current.entries.push(entry);
    this.lastEntry = entry;
    return entry;
  }

  addEntry(b: Block, kind: Entry['kind'], start: number, text: string, rules: string[], extra: Partial<Entry> = {}): Entry | null {
    const { bodyEnd, fields } = splitFields(text);
    const body = text.slice(0, bodyEnd).replace(/[\s,;:–-]+$/, '');
    const absolute = (f: Field) => ({ ...f, absolute: { start: start + f.start, end: start + f.end } });
    // A line of fields alone, set as an item, belongs to the item before it; with none before, it is a masthead's.
    if (!/\p{L}/u.test(body)) {
      this.lastEntry?.fields.push(...fields.map(absolute));
      return this.lastEntry;
    }
    const entry: Entry = { kind, start, end: start + body.length, text: body, page: b.page, marker: b.marker ?? null, fields: fields.map(absolute), leadIn: this.leadIn, table: null, block: b, rules, rawEnd: start + text.length, follows: this.lastEntry, ...extra };
    this.current.entries.push(entry);
    this.lastEntry = entry;
    this.countLeadInItem();
    return entry;
  }

  /** The last entry goes on over block b (a line that lost its item's glyph). */
  extendEntry(b: Block): void {
    const entry = this.lastEntry;
    if (!entry) return;
    const raw = this.doc.text.slice(entry.start, b.end);
    const { bodyEnd, fields } = splitFields(raw);
    const body = raw.slice(0, bodyEnd).replace(/[\s,;:–-]+$/, '');
    entry.text = body.replace(/\s+/g, ' ');
    entry.end = entry.start + body.length;
    entry.rawEnd = b.end;
    entry.fields = fields.map((f) => ({ ...f, value: f.value.replace(/\s+/g, ' '), absolute: { start: entry.start + f.start, end: entry.start + f.end } }));
  }

  /** Fields read at `base` (offsets relative to it) belong to the last entry. */
  attachFields(base: number, fields: Field[], rule: string): void {
    const entry = this.lastEntry;
    // An item whose text was fields alone opened no entry: its fields are reported, not pinned on another item.
    if (!entry) return this.unplacedFields(base, fields, rule);
    entry.fields.push(...fields.map((f) => ({ ...f, absolute: { start: base + f.start, end: base + f.end } })));
    if (!entry.rules.includes(rule)) entry.rules.push(rule);
  }

  private unplacedFields(base: number, fields: Field[], rule: string): void {
    if (fields.length === 0) return;
    const start = base + Math.min(...fields.map((f) => f.start));
    const end = base + Math.max(...fields.map((f) => f.end));
    this.messages.push({ severity: 'info', reason: `Fields (${fields.map((f) => f.role).join(', ')}) with no activity before them to belong to; they are not placed`, ruleId: `${rule}/unplaced`, start, end });
  }

  /**
   * Fields a sentence gives all of the current section's entries ('Parkenheten ansvarar för åtgärderna.'), or the
   * `last` entries read where it counts them ('för båda aktiviteterna'): each entry takes those of a role it lacks.
   */
  attachAreaFields(base: number, fields: Field[], rule: string, last?: number): void {
    const entries = last === undefined ? this.current.entries : this.current.entries.slice(-last);
    const placed = fields.map((f) => ({ ...f, absolute: { start: base + f.start, end: base + f.end } }));
    for (const entry of entries) giveMissing(entry, placed, rule);
  }

  /** Fields a sentence right after a list gives each of its items ('Arbetet leds av fritidsenheten.'): the items read in a run up to it, each taking those of a role it lacks. */
  attachListFields(base: number, fields: Field[], rule: string): void {
    const placed = fields.map((f) => ({ ...f, absolute: { start: base + f.start, end: base + f.end } }));
    for (let entry = this.lastEntry; entry; entry = entry.follows ?? null) giveMissing(entry, placed, rule);
  }

  /** Fields stated once for the current section's actions; a line of its own, so the entry before it takes no more lines. */
  setGroupFields(base: number, fields: Field[], rule: string): void {
    this.current.groupFields = { fields: fields.map((f) => ({ ...f, absolute: { start: base + f.start, end: base + f.end } })), rule };
    this.prose();
  }

  /**
   * Gives each section's group fields to every entry in it and below it that has none of their
   * roles once all is read: a group's owner may be named before its actions or after them, and an
   * action's own field, on the lines after it, is known only then. A nearer section's group wins.
   */
  applyGroupFields(): void {
    const walk = (s: Section, inherited: Array<NonNullable<Section['groupFields']>>): void => {
      const groups = s.groupFields ? [s.groupFields, ...inherited] : inherited;
      for (const entry of s.entries) for (const g of groups) giveMissing(entry, g.fields, g.rule);
      for (const c of s.children) walk(c, groups);
    };
    walk(this.root, []);
  }

  openClause(b: Block, start: number, text: string): void {
    this.current = this.whereSection ?? this.current;
    this.open(makeHeading(b, start, text.replace(/[\s,;:]+$/, ''), 'clause', 'section/where-clause'));
  }

  /** The goal a line or band repeats ('Nämndmål: X' for X of the goal list), by its words. */
  findGoal(text: string): Section | undefined {
    const label = matchSectionLabel(text, true);
    const key = goalKey(label ? text.slice(label.offset) : text);
    return this.goalSections.get(key) ?? [...this.goalSections].find(([k]) => sameWords(k, key))?.[1];
  }

  /** A goal list starts here: its goals go under the current section, or beside the goal it repeats. */
  startGoals(): void {
    const h = this.current.heading;
    this.goalParent = h?.tier === 'band' && this.goalSections.has(goalKey(h.title)) ? this.current.parent! : this.current;
  }

  /** A goal of a goal list: its title (assessment taken out) and the span of the text it was read from. */
  openGoal(b: Block, start: number, title: string, end: number, assessment?: Heading['assessment']): void {
    const key = goalKey(title);
    const existing = this.goalSections.get(key);
    if (existing) {
      this.current = existing;
      return;
    }
    if (this.goalParent) this.current = this.goalParent;
    const section = this.open(makeHeading(b, start, title.trim(), 'band', 'section/goal-list', { label: GOAL_LABEL, end, ...(assessment ? { assessment } : {}) }));
    this.goalSections.set(key, section);
  }
}
