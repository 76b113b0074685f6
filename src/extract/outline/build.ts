import type { Block, Doc, Message } from '../../core/types.js';
import type { FieldRole } from '../../lang/fields.js';
import { YEAR_MARK } from '../../lang/fields.js';
import { ACTION_HEADING, WHERE_CLAUSE } from '../../lang/sections.js';
import { isInfinitive } from '../../lang/morphology.js';
import { bandText } from '../constructions/band-row.js';
import { classifyLeadIn } from '../constructions/lead-in.js';
import { cleanTitle, matchSectionLabel } from '../constructions/section-label.js';
import { activityColumn, columnRoles, isActivityHeader, looksLikeHeader, type ColumnRoles } from '../constructions/table-columns.js';
import { titleLength } from '../constructions/title.js';
import { ACTION_NUMBER } from '../constructions/item-numbering.js';
import { COMMENT_LABEL, GOAL_TABLE_START, goalKey, sameWords, splitGoals, startsActivity } from '../constructions/flat-table.js';
import { SECTION_LABELS } from '../../lang/sections.js';
import { actionKind, statesObligation } from '../constructions/action-item.js';
import { trailingClause } from '../constructions/where-clause.js';
import { fieldLine, isFieldLine, splitFields, type Field } from './fields.js';
import type { Entry, Heading, LeadIn, Outline, Section, Tier } from './types.js';
import { DANGLING_WORDS } from '../../lang/language.js';

const danglingWords = new Set(DANGLING_WORDS);

/** An outline number at the start of a heading: '3.1.2 Title', '2. Title'. */
const OUTLINE_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)/u;
/** A word and a number before a colon at the start of a heading: the shape of a section label. */
const LABEL_SHAPE = /^\p{L}+\s+(\d{1,2}(?:\.\d{1,2})*)\s*[:–]\s+(?=\S)/u;
/** A table-of-contents line: a title with leader dots or a page number at its end. */
const LEADER_DOTS = /(?:\.{4,}|…{2,})\s*\d+\s*$/u;
const TITLE_AND_PAGE = /^\S.{2,80}?\s\d{1,3}$/u;

/** A table-of-contents line: leader dots and a page number, or (not in a list) a short title and a page number. */
function isTocLine(text: string, item: boolean): boolean {
  return LEADER_DOTS.test(text) || (!item && TITLE_AND_PAGE.test(text) && text.split(/\s+/).length <= 10 && !BARE_LABEL.test(text));
}

/** 'Åtgärder, mål 11-12': the goals (by label and number) a list of actions serves. */
const GOAL_REFERENCE = /\b(?:\p{L}*mål|målområde|fokusområde|tema)\s+(\d{1,2}(?:\.\d{1,2})?)(?:\s*[-–]\s*(\d{1,2}))?/iu;

/** The labelled section with outline number n (the first of a range) read last: the goal nearest above the reference. */
function findNumbered(root: Section, n: string): Section | null {
  let found: Section | null = null;
  const walk = (s: Section): void => {
    if (s.heading?.number === n && s.heading.label) found = s;
    s.children.forEach(walk);
  };
  walk(root);
  return found;
}

/** The label of goals read from a goal list. */
const GOAL_LABEL = SECTION_LABELS.find((l) => l.id === 'label/mal')!;

/** Characters of prose after a short numbered title that make the item a chapter with its text. */
const CHAPTER_PROSE = 150;

/** A section label and its number with nothing after them ('Mål 3', 'Tema 2:'). */
const BARE_LABEL = /^\p{L}+(?:\s+\p{L}+)?\s+\d{1,2}(?:\.\d{1,2})*\s*[:.]?$/u;

/** Type this much larger than the body is a title's. */
const DISPLAY_SIZE = 1.3;

/** Text set this much smaller than the body is a footnote or caption. */
const FOOTNOTE_SIZE = 0.85;

const TIERS: Tier[] = ['heading', 'clause', 'list', 'band', 'column'];

/** Whether heading a stands deeper (1), level (0) or higher (-1) than b. */
function compareHeadings(a: Heading, b: Heading): number {
  const ta = TIERS.indexOf(a.tier);
  const tb = TIERS.indexOf(b.tier);
  if (ta !== tb) return Math.sign(ta - tb);
  if (a.tier === 'list' && a.listLevel !== null && b.listLevel !== null) return Math.sign(a.listLevel - b.listLevel);
  if (a.number && b.number) {
    const d = a.number.split('.').length - b.number.split('.').length;
    if (d !== 0 || (a.label === null) === (b.label === null)) return Math.sign(d);
  }
  if (a.level !== null && b.level !== null && a.level !== b.level) return Math.sign(a.level - b.level);
  if (a.size !== null && b.size !== null && Math.abs(a.size - b.size) > 0.05) return a.size > b.size ? -1 : 1;
  if (a.label && b.label && a.label.rank !== b.label.rank) return Math.sign(a.label.rank - b.label.rank);
  if (a.number && b.number) return Math.sign(a.number.split('.').length - b.number.split('.').length);
  return 0;
}

interface TableState {
  columns: ColumnRoles;
  activity: number;
  focusColumn: number | null;
}

/**
 * One pass over a document's blocks into a tree of sections: headings (by
 * outline number, heading level, type size and label words), nested lists,
 * table band rows and focus-area columns, clauses after '…, där kommunen:';
 * the items and table rows under each, with their label–value fields.
 */
export function buildOutline(doc: Doc): Outline {
  const root: Section = { heading: null, parent: null, children: [], entries: [] };
  const messages: Message[] = [];
  let current = root;
  let leadIn: LeadIn | null = null;
  let lastEntry: Entry | null = null;
  const tables = new Map<number, TableState>();
  let lastTable: TableState | null = null;
  /** A table whose body the reading gave as lines: its state and where in an activity–comment pair the lines stand. */
  let flat: { state: TableState; mode: 'start' | 'activity' | 'comment'; lastComment: { b: Block; text: string; lead: number } | null; lines: boolean } | null = null;
  /** Goals read from goal lists, by their folded text, and the section that holds them. */
  const goalSections = new Map<string, Section>();
  let goalParent: Section | null = null;
  /** Goal tables by table index: which column holds the goal, which its assessment. */
  const goalTables = new Map<number, { goal: number; assessment: number }>();
  let goalList = false;
  let goalCommenting = false;
  const outlinePools = new Map<number, { items: number; verbs: number }>();
  /** The tier numbered list sections took, by list level and marker shape. */
  const numberedTiers = new Map<string, Tier>();
  /** Blocks already read as the title of the label before them. */
  const skip = new Set<number>();
  /** The last entry was an emphasised action: items after it are its description. */
  let describing = false;
  /** Rows read before their focus-area title (the number of a merged cell stood beside them). */
  const pendingArea = new Set<Entry>();
  const blocks = relativeSizes(doc.blocks.filter((b) => b.kind !== 'furniture'));
  const blockIndex = new Map(blocks.map((b, i) => [b, i]));
  const textOf = (b: { start: number; end: number }) => doc.text.slice(b.start, b.end);

  const open = (h: Heading): Section => {
    describing = false;
    let parent = current;
    while (parent.heading && compareHeadings(h, parent.heading) <= 0) parent = parent.parent!;
    const s: Section = { heading: h, parent, children: [], entries: [] };
    parent.children.push(s);
    current = s;
    leadIn = h.leadIn;
    lastEntry = null;
    return s;
  };
  const whereSection = (): Section | null => {
    for (let s: Section | null = current; s; s = s.parent) if (s.heading?.where) return s;
    return null;
  };
  const heading = (b: Block, start: number, title: string, tier: Tier, rule: string, extra: Partial<Heading> = {}): Heading => ({
    start,
    end: start + title.length,
    title,
    tier,
    label: null,
    number: null,
    level: b.kind === 'heading' ? (b.level ?? null) : null,
    size: b.size ?? null,
    listLevel: null,
    where: false,
    leadIn: null,
    rule,
    page: b.page,
    ...extra,
  });
  /** Where a block's text begins after its leading white space. */
  const lead = (b: Block): number => textOf(b).length - textOf(b).trimStart().length;
  /** A table cell's text: its fields are the row's other columns, not labels inside it. */
  const addCell = (b: Block, start: number, text: string, rules: string[]): Entry => {
    const entry: Entry = { kind: 'row', start, end: start + text.length, text, page: b.page, marker: null, fields: [], leadIn, table: null, block: b, rules, rawEnd: start + text.length };
    current.entries.push(entry);
    lastEntry = entry;
    return entry;
  };
  const addEntry = (b: Block, kind: Entry['kind'], start: number, text: string, rules: string[], extra: Partial<Entry> = {}): Entry | null => {
    const { bodyEnd, fields } = splitFields(text);
    const body = text.slice(0, bodyEnd).replace(/[\s,;:–-]+$/, '');
    // A line of fields alone, set as an item, belongs to the item before it; with none before, it is a masthead's.
    if (!/\p{L}/u.test(body)) {
      const previous: Entry | null = lastEntry;
      previous?.fields.push(...fields.map((f) => ({ ...f, absolute: { start: start + f.start, end: start + f.end } })));
      return previous;
    }
    const entry: Entry = {
      kind,
      start,
      end: start + body.length,
      text: body,
      page: b.page,
      marker: b.marker ?? null,
      fields: fields.map((f) => ({ ...f, absolute: { start: start + f.start, end: start + f.end } })),
      leadIn,
      table: null,
      block: b,
      rules,
      rawEnd: start + text.length,
      ...extra,
    };
    current.entries.push(entry);
    lastEntry = entry;
    return entry;
  };

  blocks.forEach((b, index) => {
    if (skip.has(index)) return;
    const text = textOf(b);
    if (b.kind === 'row') {
      readRow(b);
      return;
    }
    const trimmed = text.trim();
    // Inside a table whose body came as lines, lines are its cells; a heading in body type is one of them.
    // The body came as lines when a line follows the header straight away, or a 'Kommentar:' row announced one.
    if (flat && (b.kind === 'paragraph' || (b.kind === 'heading' && Math.abs((b.size ?? 1) - 1) < 0.05 && !OUTLINE_NUMBER.test(trimmed)))) {
      if (flat.lines || blocks[index - 1]?.header || flat.mode === 'comment') {
        flat.lines = true;
        readFlatLine(b, trimmed);
        return;
      }
      flat = null;
    }
    if (b.kind === 'heading') {
      lastTable = null;
      flat = null;
    }
    if (!trimmed || isTocLine(trimmed, b.kind === 'item')) return;

    // 'Nämndmål Bedömning X' and the goals on the lines after it: the goals (intervention areas) of the section.
    const goalStart = GOAL_TABLE_START.exec(trimmed);
    if (goalStart) {
      goalParent = current.heading?.tier === 'band' && goalSections.has(goalKey(current.heading.title)) ? current.parent! : current;
      // One line may hold several goals, each followed by its assessment ('… ska öka. Delvis uppfyllt Andelen …').
      const rest = goalStart[2];
      const base = b.start + lead(b) + trimmed.indexOf(rest);
      for (const g of splitGoals(rest)) openGoal(b, base + g.start, g.title, base + g.end, g.assessment && { raw: g.assessment.raw, start: base + g.assessment.start, end: base + g.assessment.end });
      goalList = true;
      return;
    }
    // The goal list goes on after a goal's comment ('Kommentar:' and its prose) with the next goal, a line that says what shall be.
    if (goalList && b.kind === 'paragraph') {
      if (COMMENT_LABEL.test(trimmed)) {
        goalCommenting = true;
        return;
      }
      // The goal's own assessment may close the line, or stand inside it ('… landsbygd. ✅').
      const goals = splitGoals(trimmed);
      const goal = goals.length === 1 ? goals[0] : undefined;
      const isGoal = goal !== undefined && goal.title.length <= 250 && /[.!?]$/.test(goal.title) && (!goalCommenting || /\b(?:ska|skall|bör)\b/i.test(goal.title) || actionKind(goal.title) === 'verb');
      if (isGoal) {
        current = goalParent ?? current;
        const base = b.start + lead(b);
        openGoal(b, base + goal.start, goal.title, base + goal.end, goal.assessment && { raw: goal.assessment.raw, start: base + goal.assessment.start, end: base + goal.assessment.end });
        goalCommenting = false;
        return;
      }
      if (goalCommenting) return;
    }
    goalList = false;
    goalCommenting = false;

    // Fields on the lines after an item belong to it ('Ansvarig: …', 'Tidplan: …').
    const lineFields = b.kind === 'paragraph' && lastEntry ? fieldLine(text) : null;
    if (lineFields && lastEntry) {
      const fields = lineFields;
      const entry: Entry = lastEntry;
      entry.fields.push(...fields.map((f: Field) => ({ ...f, absolute: { start: b.start + f.start, end: b.start + f.end } })));
      if (!entry.rules.includes('field/following-line')) entry.rules.push('field/following-line');
      return;
    }

    // Footnotes and captions, set well below the body size, are no part of the plan's lists.
    if ((b.size ?? 1) < FOOTNOTE_SIZE) return;

    // 'STÄRKA samarbetet i …': a line that opens with an infinitive in capitals states an action; the lines under it describe it.
    const emphasised = /^(\p{Lu}{4,})\s+\S/u.exec(trimmed);
    if (emphasised && isInfinitive(emphasised[1].toLowerCase())) {
      const lead = text.length - text.trimStart().length;
      addEntry(b, 'item', b.start + lead, trimmed, ['activity/emphasised-verb']);
      describing = true;
      return;
    }

    // 'Åtgärder' as a heading names the list under it. 'Åtgärder, mål 11–12' names the goal the list serves; a longer one is a section of actions.
    if ((b.kind === 'heading' || (trimmed.length <= 60 && !/[.!?]$/.test(trimmed) && (b.kind === 'paragraph' || !b.marker))) && ACTION_HEADING.test(trimmed) && !/:\s*$/.test(trimmed)) {
      const actionLead: LeadIn = { kind: 'action', actor: null, text: trimmed, heading: true };
      const ref = GOAL_REFERENCE.exec(trimmed);
      const target = ref ? findNumbered(root, ref[1]) : null;
      if (target) {
        current = target;
        leadIn = actionLead;
        lastEntry = null;
        return;
      }
      if (trimmed.split(/\s+/).length <= 3 && !headsChapter(b, index)) {
        leadIn = actionLead;
        lastEntry = null;
        return;
      }
      open(heading(b, b.start + (text.length - text.trimStart().length), cleanTitle(trimmed), 'heading', 'section/action-heading', { leadIn: actionLead }));
      return;
    }
    // Inside a list of actions, a heading that states an action is one.
    if (b.kind === 'heading' && leadIn?.heading && actionKind(trimmed) === 'verb') {
      addEntry(b, 'item', b.start + (text.length - text.trimStart().length), trimmed, ['activity/action-heading-line']);
      return;
    }

    // 'Mål 3' alone, its goal on the next line: a section titled by that line.
    const bare = BARE_LABEL.exec(trimmed);
    const bareLabel = bare ? matchSectionLabel(`${trimmed} X`, true) : null;
    if (bare && bareLabel) {
      const next = blocks[index + 1];
      const nextText = next && next.kind !== 'row' && next.kind !== 'furniture' ? textOf(next).trim() : '';
      const useNext = nextText.length > 0 && nextText.length <= 250 && !BARE_LABEL.test(nextText) && matchSectionLabel(nextText, false) === null;
      const h = useNext
        ? heading(next!, next!.start + (textOf(next!).length - textOf(next!).trimStart().length), nextText.replace(/[.:]$/, ''), 'heading', bareLabel.label.id.replace('label/', 'section/label-'), { label: bareLabel.label, number: bareLabel.number })
        : heading(b, b.start + (text.length - text.trimStart().length), trimmed, 'heading', bareLabel.label.id.replace('label/', 'section/label-'), { label: bareLabel.label, number: bareLabel.number });
      h.level = b.kind === 'heading' ? (b.level ?? null) : null;
      h.size = b.size ?? null;
      open(h);
      if (useNext) skip.add(index + 1);
      return;
    }

    const label = trimmed.length < 400 ? matchSectionLabel(text, b.kind === 'heading') : null;
    if (label && isTitleLine(text.slice(label.offset), b.kind === 'heading', label.number !== null || b.kind === 'item')) {
      const rest = text.slice(label.offset);
      const where = WHERE_CLAUSE.test(rest);
      const len = b.kind === 'heading' || where ? rest.length : titleLength(rest);
      const title = cleanTitle(rest.slice(0, len));
      open(heading(b, b.start + label.offset, title, 'heading', label.label.id.replace('label/', 'section/label-'), { label: label.label, number: label.number, where, leadIn: classifyLeadIn(rest) }));
      return;
    }

    if (b.kind === 'heading') {
      // 'Område 3: X', or a label word spelt as no list has it: a word, a number and a colon before the title.
      const num = OUTLINE_NUMBER.exec(trimmed) ?? LABEL_SHAPE.exec(trimmed);
      const title = cleanTitle(num ? trimmed.slice(num[0].length) : trimmed);
      const lead = text.length - text.trimStart().length + (num ? num[0].length : 0);
      open(heading(b, b.start + lead, title, 'heading', num ? 'section/numbered-heading' : 'section/heading', { number: num?.[1] ?? null, where: WHERE_CLAUSE.test(trimmed) }));
      return;
    }

    // A line in display type that the reading took for an item is a title.
    if (b.kind === 'item' && !b.marker && (b.size ?? 1) >= DISPLAY_SIZE) {
      open(heading(b, b.start + (text.length - text.trimStart().length), cleanTitle(trimmed), 'heading', 'section/display-line'));
      return;
    }
    if (b.kind === 'item' && isListSection(b, index)) {
      const body = trimmed.replace(/^\s+/, '');
      const len = titleLength(body);
      const title = cleanTitle(body.slice(0, len));
      const numbered = /^\d/.test(b.marker ?? '');
      const next = blocks.slice(index + 1).find((x) => x.kind !== 'furniture');
      const large = (b.size ?? 1) > 1.02 || /\.\d/.test(b.marker ?? '') || (numbered && isChapterItem(b, next));
      // Numbered sections of one list share one tier, whichever of them showed it first.
      const key = `${b.level ?? 0}|${b.marker?.replace(/\d+/g, 'n')}|${(b.size ?? 1).toFixed(1)}`;
      const tier = numbered ? (numberedTiers.get(key) ?? (large ? 'heading' : 'list')) : large ? 'heading' : 'list';
      if (numbered) numberedTiers.set(key, tier);
      open(heading(b, b.start + (text.length - text.trimStart().length), title, tier, tier === 'heading' ? 'section/numbered-heading' : 'section/list-item', {
        number: numbered ? b.marker!.replace(/[.)]$/, '') : null,
        listLevel: b.level ?? 0,
        leadIn: classifyLeadIn(body),
      }));
      return;
    }

    // Clauses after '…, där kommunen:' open intervention areas.
    const where = whereSection();
    if (where && /^[a-zåäö]/.test(trimmed) && leadIn?.kind !== 'shall') {
      openClause(b, b.start + (text.length - text.trimStart().length), trimmed, where);
      return;
    }

    if (b.kind === 'item' && !b.marker && (b.size ?? 1) === (lastEntry?.block.size ?? 1) && lastEntry && continuesEntry(lastEntry, trimmed)) {
      extendEntry(lastEntry, b);
      return;
    }
    // A list item that ends in a colon introduces the items after it, as a paragraph would.
    if (b.kind === 'item' && !b.marker && /:\s*$/.test(trimmed)) {
      const intro = classifyLeadIn(trimmed);
      if (intro && intro.kind !== 'plain') {
        leadIn = intro;
        lastEntry = null;
        return;
      }
    }
    // Items under an emphasised action describe it; so does text set under an outline item ('2.1 …'), without a glyph or repeating its number.
    if (describing && b.kind === 'item') return;
    const previousMarker = current.entries[current.entries.length - 1]?.marker ?? '';
    if (b.kind === 'item' && /^\d+\.\d+/.test(previousMarker) && (b.marker === '' || b.marker === previousMarker) && !isFieldLine(trimmed)) return;
    if (b.kind === 'item') {
      const lead = text.length - text.trimStart().length;
      if (where && /^[\p{Lu}\d]/u.test(trimmed)) {
        const cut = trailingClause(trimmed);
        if (cut !== null) {
          addEntry(b, 'item', b.start + lead, trimmed.slice(0, cut).trimEnd(), ['activity/list-item']);
          openClause(b, b.start + lead + cut, trimmed.slice(cut), where);
          return;
        }
      }
      addEntry(b, 'item', b.start + lead, trimmed, ['activity/list-item']);
      return;
    }

    // A paragraph: a numbered action, a lead-in, or prose.
    const action = ACTION_NUMBER.exec(trimmed);
    if (action) {
      const lead = text.length - text.trimStart().length + action[0].length;
      const rest = trimmed.slice(action[0].length);
      const { bodyEnd } = splitFields(rest);
      const firstSentence = /^(.{3,}?[^\s.]{2})\.(?:\s+\p{Lu}|$)/u.exec(rest.slice(0, bodyEnd));
      addEntry(b, 'numbered-action', b.start + lead, rest, ['activity/numbered-action'], { marker: action[1] });
      // The action's title is its first sentence; the description after it is left to the document text.
      if (firstSentence && lastEntry) {
        const entry: Entry = lastEntry;
        entry.text = firstSentence[1];
        entry.end = entry.start + firstSentence[1].length;
      }
      return;
    }
    // Under a heading that names a list of actions, each paragraph that reads as one (a verb first, or what someone shall do) is one.
    if (leadIn?.heading && /^[\p{Lu}\d"”]/u.test(trimmed) && (actionKind(trimmed) === 'verb' || statesObligation(trimmed))) {
      addEntry(b, 'item', b.start + (text.length - text.trimStart().length), trimmed, ['activity/under-action-heading']);
      return;
    }
    // A short title standing right above an activity table names the table's section: one table per focus area.
    if (isTableTitle(trimmed, index)) {
      open(heading(b, b.start + (text.length - text.trimStart().length), cleanTitle(trimmed), 'heading', 'section/table-title'));
      return;
    }
    const intro = classifyLeadIn(trimmed);
    if (intro) {
      leadIn = intro;
      lastEntry = null;
      return;
    }
    // Prose between a lead-in's items explains the item before it; items after it belong to the list only if they read as actions.
    // Each interruption starts a list of its own, judged on its own items.
    // A heading that names a list of actions governs all of its section, prose or not.
    if (leadIn && !leadIn.heading) leadIn = { ...leadIn, resumed: true };
    lastEntry = null;
  });

  /**
   * A PDF line that lost its item's glyph may be the item's second line: after
   * an open parenthesis, a comma or a word no sentence ends on, or opening
   * with '(' ('… varje månad (ansvarig:' + 'Näringslivsenheten, klart: 2025)').
   */
  function continuesEntry(entry: Entry, next: string): boolean {
    if (entry.kind !== 'item') return false;
    const raw = doc.text.slice(entry.start, entry.rawEnd ?? entry.end);
    const open = (raw.match(/\(/g) ?? []).length > (raw.match(/\)/g) ?? []).length;
    return open || /^\(/.test(next) || /,$/.test(raw.trimEnd()) || danglingWords.has((raw.trim().split(/\s+/).pop() ?? '').toLowerCase());
  }

  function extendEntry(entry: Entry, b: Block): void {
    const raw = doc.text.slice(entry.start, b.end);
    const { bodyEnd, fields } = splitFields(raw);
    const body = raw.slice(0, bodyEnd).replace(/[\s,;:–-]+$/, '');
    entry.text = body.replace(/\s+/g, ' ');
    entry.end = entry.start + body.length;
    entry.rawEnd = b.end;
    entry.fields = fields.map((f) => ({ ...f, value: f.value.replace(/\s+/g, ' '), absolute: { start: entry.start + f.start, end: entry.start + f.end } }));
  }

  /**
   * The goal a line or band repeats ('Nämndmål: X' for X of the goal list),
   * by its words: the list's own line may have lost words to the layout.
   */
  function findGoal(text: string): Section | undefined {
    const label = matchSectionLabel(text, true);
    const key = goalKey(label ? text.slice(label.offset) : text);
    return goalSections.get(key) ?? [...goalSections].find(([k]) => sameWords(k, key))?.[1];
  }

  /** A goal of a goal list: its title (assessment taken out) and the span of the text it was read from. */
  function openGoal(b: Block, start: number, title: string, end: number, assessment?: Heading['assessment']): void {
    const key = goalKey(title);
    const existing = goalSections.get(key);
    if (existing) {
      current = existing;
      return;
    }
    if (goalParent) current = goalParent;
    const section = open(heading(b, start, title.trim(), 'band', 'section/goal-list', { label: GOAL_LABEL, end, ...(assessment ? { assessment } : {}) }));
    goalSections.set(key, section);
  }

  /** A line of a table whose body came as lines (see constructions/flat-table.ts). */
  function readFlatLine(b: Block, trimmed: string): void {
    const f = flat!;
    const lead = textOf(b).length - textOf(b).trimStart().length;
    if (COMMENT_LABEL.test(trimmed)) {
      // A comment label while a comment runs: the line before it was the next activity, after all.
      if (f.mode === 'comment' && f.lastComment) addFlatActivity(f.lastComment.b, f.lastComment.text, f.lastComment.lead);
      f.mode = 'comment';
      f.lastComment = null;
      return;
    }
    const goal = findGoal(trimmed);
    if (goal) {
      current = goal;
      f.mode = 'start';
      return;
    }
    if (f.mode === 'start' || (f.mode === 'comment' && startsActivity(trimmed))) {
      addFlatActivity(b, trimmed, lead);
      return;
    }
    if (f.mode === 'comment') f.lastComment = { b, text: trimmed, lead };
  }

  function addFlatActivity(b: Block, text: string, lead: number): void {
    const entry = addCell(b, b.start + lead, text, ['activity/table-row', 'table/flattened-body']);
    entry.table = { index: -1, named: flat!.state.columns.named, fill: null, roles: flat!.state.columns.roles.filter((r): r is FieldRole => r !== null) };
    flat!.mode = 'activity';
    flat!.lastComment = null;
  }

  function openClause(b: Block, start: number, text: string, where: Section): void {
    const title = text.replace(/[\s,;:]+$/, '');
    current = where;
    open(heading(b, start, title, 'clause', 'section/where-clause'));
  }

  /**
   * A list item heads a section when items nested under it follow (a deeper
   * list level, or bullets after a numbered item), or, set in larger type,
   * when it is a numbered heading; 'N.' heads one when its 'N.1' items follow.
   */
  /** A heading with deeper headings after it (by level or type size) before any of its own rank: a chapter. */
  function headsChapter(b: Block, index: number): boolean {
    const next = blocks.slice(index + 1).find((x) => x.kind === 'heading' || (x.kind === 'item' && (x.size ?? 1) > 1.02 && /^\d/.test(x.marker ?? '')));
    if (!next) return false;
    if (b.level !== undefined && next.level !== undefined) return next.level > b.level;
    return b.size !== undefined && next.size !== undefined && next.size < b.size - 0.05;
  }

  function isTableTitle(text: string, index: number): boolean {
    if (text.split(/\s+/).length > 8 || /[.:;!?,]$/.test(text) || !/^[\p{Lu}\d]/u.test(text) || actionKind(text) === 'verb') return false;
    const next = blocks[index + 1];
    if (next?.kind !== 'row') return false;
    const cells = next.cells!.map((c) => doc.text.slice(c.start, c.end));
    return (next.header === true || looksLikeHeader(cells)) && isActivityHeader(columnRoles(cells));
  }

  function isListSection(b: Block, index: number): boolean {
    const marker = b.marker ?? '';
    const numbered = /^\d{1,2}[.)]?$/.test(marker);
    const next = blocks.slice(index + 1).find((x) => x.kind !== 'furniture');
    if (isOutlineHeadingItem(b, next)) return true;
    if (numbered && isChapterItem(b, next)) return true;
    if (!next || next.kind !== 'item') {
      // 'N. Title' above a paragraph and then 'N.1' items: an outline section.
      return numbered && followedByOutline(index, Number.parseInt(marker, 10));
    }
    // Lines of fields under an item are its own ('Ansvarig: …'), not items of a list under it.
    if (isFieldLine(textOf(next).trim())) return false;
    if ((next.level ?? 0) > (b.level ?? 0)) return true;
    // Bullets (a visible glyph) straight after a numbered item are its list; a line without a glyph is text set under it.
    if (numbered && next.marker && !/^\d/.test(next.marker) && (next.level ?? 0) >= (b.level ?? 0)) return true;
    return numbered && followedByOutline(index, Number.parseInt(marker, 10));
  }

  /**
   * '3.1 Attraktiv plats', '2.1 Uppdrag': an outline number before a short
   * title that is no action, above content rather than its next sibling, is a
   * heading that a PDF's reading took for a list item. Larger type makes it
   * one at any depth.
   */
  function isOutlineHeadingItem(b: Block, next: Block | undefined): boolean {
    const marker = b.marker ?? '';
    if (!/^\d{1,2}(?:\.\d{1,2})*[.)]?$/.test(marker)) return false;
    const deep = marker.includes('.') && /\d$/.test(marker.replace(/[.)]$/, '')) && /\.\d/.test(marker);
    if (!deep && (b.size ?? 1) <= 1.1) return false;
    const t = textOf(b).trim();
    if (t.split(/\s+/).length > 8 || /[.:;]$/.test(t)) return false;
    // Numbered lines of one depth are one kind: mostly actions ('1.1 Tilläggsisolera', so '3.4 Eco-driving' is one too), or mostly titles ('3.1.1 Mark och lokaler', so '3.3.2 Attrahera och behålla kompetens' is one too).
    const depthOf = (m: string) => m.replace(/[.)]$/, '').split('.').length;
    const pool = deep ? outlinePool(depthOf(marker)) : { items: 0, verbs: 0 };
    if (pool.items >= 3) {
      if (pool.verbs * 2 >= pool.items) return false;
    } else if (actionKind(t) === 'verb') return false;
    return !(next?.kind === 'item' && next.marker && /^\d/.test(next.marker) && depthOf(next.marker) === depthOf(marker) && (next.size ?? 1) === (b.size ?? 1));
  }

  /**
   * 'N. Title' set as a list item between paragraphs is a chapter heading: a
   * short title (no sentence, no action), with prose and no field line after it.
   */
  /** How many outline-numbered items the document has at a depth, and how many of them state actions; counted once a depth. */
  function outlinePool(depth: number): { items: number; verbs: number } {
    let pool = outlinePools.get(depth);
    if (!pool) {
      const items = blocks.filter((x) => x.kind === 'item' && x.marker && /^\d{1,2}(?:\.\d{1,2})+[.)]?$/.test(x.marker) && x.marker.replace(/[.)]$/, '').split('.').length === depth);
      pool = { items: items.length, verbs: items.filter((x) => actionKind(textOf(x).trim()) === 'verb').length };
      outlinePools.set(depth, pool);
    }
    return pool;
  }

  function isChapterItem(b: Block, next: Block | undefined): boolean {
    // The last item of a numbered list is no chapter, whatever follows it.
    const index = blockIndex.get(b)!;
    const previous = blocks[index - 1];
    if (previous?.kind === 'item' && /^\d/.test(previous.marker ?? '') && (previous.level ?? 0) === (b.level ?? 0) && Number.parseInt(previous.marker!, 10) === Number.parseInt(b.marker ?? '', 10) - 1) return false;
    const t = textOf(b).trim();
    const title = t.slice(0, titleLength(t));
    if (title.split(/\s+/).length > 6 || /[.:;]$/.test(title) || actionKind(title) === 'verb') return false;
    // A short title run into paragraphs of prose: the chapter and its text on one line (bullets after it make it a list's head instead).
    const bulletNext = next?.kind === 'item' && !/^\d/.test(next.marker ?? '');
    if (!bulletNext && t.length > title.length + CHAPTER_PROSE && /[.!?]/.test(t.slice(title.length))) return true;
    if (!next || next.kind === 'item' || next.kind === 'row') return false;
    return !isFieldLine(textOf(next).trim());
  }

  function followedByOutline(index: number, n: number): boolean {
    for (const x of blocks.slice(index + 1, index + 10)) {
      if (x.kind !== 'item' || !x.marker) continue;
      if (x.marker === `${n}.1` || x.marker === `${n}.1.`) return true;
      if (/^\d+[.)]?$/.test(x.marker)) return false;
    }
    return false;
  }

  /**
   * A table of units with people and deadlines and no activity column
   * ('Förvaltning/Bolag | Ansvarig | Tidsplan') under an activity says who
   * carries it and by when: every unit whose row names someone or a date
   * owns a share of it.
   */
  function readOwnerRow(b: Block, cells: string[], state: TableState): void {
    // The activity above: the last item of the section, whatever description stands between.
    const entry: Entry | undefined = current.entries[current.entries.length - 1];
    if (!entry || entry.kind === 'row') return;
    const ownerCols = state.columns.roles.map((r, i) => (r === 'owner' ? i : -1)).filter((i) => i >= 0);
    const timeCols = state.columns.roles.map((r, i) => (r === 'time' ? i : -1)).filter((i) => i >= 0);
    const [unitCol, ...personCols] = ownerCols;
    const unit = (cells[unitCol] ?? '').trim();
    if (!unit || ![...personCols, ...timeCols].some((i) => (cells[i] ?? '').trim() !== '')) return;
    const at = (i: number) => ({ start: b.cells![i].start, end: b.cells![i].end });
    entry.fields.push({ role: 'owner', label: 'column', value: unit, start: 0, end: 0, rule: 'field/owner-table', absolute: at(unitCol) });
    for (const i of timeCols) {
      const value = (cells[i] ?? '').trim();
      if (value) entry.fields.push({ role: 'time', label: 'column', value, start: 0, end: 0, rule: 'field/owner-table', absolute: at(i) });
    }
    if (!entry.rules.includes('field/owner-table')) entry.rules.push('field/owner-table');
  }

  /**
   * A goal table ('Mål | Bedömning', 'Nämndmål | Status'): each row's goal is
   * a goal of the section, its assessment cell (words, or the symbol written
   * for an icon) that goal's light. The activities of a later table that
   * repeats a goal go under it.
   */
  function readGoalRow(b: Block, cells: string[]): boolean {
    let known = goalTables.get(b.table!);
    // A header that names activities ends the goal table (a reading may give both one table index).
    if (known && (b.header || looksLikeHeader(cells)) && isActivityHeader(columnRoles(cells))) {
      goalTables.delete(b.table!);
      known = undefined;
    }
    if (!known) {
      if (!(b.header || looksLikeHeader(cells))) return false;
      const { roles } = columnRoles(cells);
      const goal = roles.indexOf('goal');
      const assessment = roles.findIndex((r) => r === 'track' || r === 'status');
      if (goal < 0 || assessment < 0 || roles.includes('activity')) return false;
      goalTables.set(b.table!, { goal, assessment });
      goalParent = current.heading?.tier === 'band' && goalSections.has(goalKey(current.heading.title)) ? current.parent! : current;
      return true;
    }
    if (b.header) return true;
    const text = cells[known.goal] ?? '';
    const title = text.replace(/\s+/g, ' ').trim();
    if (title.length < 8) return true;
    const goalCell = b.cells![known.goal];
    const start = goalCell.start + (text.length - text.trimStart().length);
    const raw = (cells[known.assessment] ?? '').trim();
    const cell = b.cells![known.assessment];
    const at = cell ? cell.start + (cells[known.assessment].length - cells[known.assessment].trimStart().length) : 0;
    openGoal(b, start, title, start + text.trim().length, raw ? { raw, start: at, end: at + raw.length } : undefined);
    return true;
  }

  /**
   * A cell that opens with a section label ('Strategiskt fokusområde X',
   * after the column's own word in a header) while the row's other cells hold
   * no more than short words is a band, even where it is not merged across.
   */
  function labelledBand(b: Block, cells: string[], header: boolean): boolean {
    for (let i = 0; i < cells.length; i++) {
      const raw = cells[i];
      const body = header ? raw.replace(/^\s*\p{L}+\s+(?=\p{L})/u, '') : raw;
      const label = matchSectionLabel(body, true);
      if (!label || label.label.rank > 1.5) continue;
      if (!header && cells.some((c, j) => j !== i && c.trim().length > 25)) continue;
      const offset = raw.length - body.length + label.offset;
      const title = cleanTitle(raw.slice(offset));
      if (!title) continue;
      const cell = b.cells![i];
      open(heading(b, cell.start + offset, title, 'band', `section/band-${label.label.id.replace('label/', '')}`, { label: label.label, number: label.number }));
      return true;
    }
    return false;
  }

  /**
   * A header repeated on a later page names a column the first one left
   * unnamed (a scan misread 'Målområde' on page 1): the column takes the role
   * from then on. A role once given is never changed.
   */
  function completeColumns(state: TableState, cells: string[]): void {
    const again = columnRoles(cells);
    if (again.roles.length !== state.columns.roles.length) return;
    again.roles.forEach((role, i) => {
      if (role === null || state.columns.roles[i] !== null || i === state.activity) return;
      state.columns.roles[i] = role;
      if (role === 'year') state.columns.years.set(i, again.years.get(i)!);
      if (role === 'focus-area' && state.focusColumn === null) state.focusColumn = i;
    });
  }

  function readRow(b: Block): void {
    const cells = b.cells!.map((c) => doc.text.slice(c.start, c.end));
    if (readGoalRow(b, cells)) return;
    let state = tables.get(b.table!);
    if (!state && (b.header || looksLikeHeader(cells))) {
      const columns = columnRoles(cells);
      if (isActivityHeader(columns)) {
        const focus = columns.roles.indexOf('focus-area');
        state = { columns, activity: activityColumn(columns), focusColumn: focus >= 0 ? focus : null };
        tables.set(b.table!, state);
        // Header cells that name no column role: their values are read by no rule, and a user should know.
        columns.roles.forEach((role, i) => {
          const cell = b.cells![i];
          const name = cells[i].replace(/\s+/g, ' ').trim();
          if (role === null && i !== state!.activity && name) messages.push({ severity: 'warning', reason: `Unexpected table header cell "${name}" with no column role, expected one of activity, owner, partner, time, year, status, comment, cost, indicator; its values are not read`, ruleId: 'extract/column-without-role', start: cell.start, end: cell.end });
        });
        lastTable = state;
        // 'AKTIVITETER Strategiskt fokusområde X': a band set into the header cell.
        labelledBand(b, cells, true);
        flat = { state, mode: 'start', lastComment: null, lines: false };
        goalList = false;
      }
      return;
    }
    // A table without a header of its own, as wide as the one before it, goes on from it (a page break).
    if (!state && lastTable && lastTable.columns.roles.length === cells.length) {
      state = lastTable;
      tables.set(b.table!, state);
    }
    if (!state) return;
    lastTable = state;
    // The header repeated on a new page, perhaps with the next band set into it.
    if (b.header) {
      completeColumns(state, cells);
      labelledBand(b, cells, true);
      return;
    }
    if (cells.every((c, i) => columnRoles([c]).roles[0] === state!.columns.roles[i] && c.trim() !== '')) return;
    if (state.activity < 0) {
      readOwnerRow(b, cells, state);
      return;
    }
    if (labelledBand(b, cells, false)) return;
    const band = bandText(cells);
    // A row that repeats a goal of the list above goes back to that goal's section.
    const lone = cells.filter((c) => c.trim());
    const goal = lone.length === 1 ? findGoal(lone[0]) : undefined;
    if (goal) {
      // The cell holds the goal as written; the goal list's line may have had its assessment set into it.
      const i = cells.findIndex((c) => c.trim());
      const label = matchSectionLabel(cells[i], true);
      const title = cleanTitle(label ? cells[i].slice(label.offset) : cells[i]);
      if (goal.heading && title !== goal.heading.title) {
        const start = b.cells![i].start + cells[i].indexOf(title);
        Object.assign(goal.heading, { title, start, end: start + title.length, page: b.page });
      }
      current = goal;
      if (flat) flat.mode = 'start';
      return;
    }
    if (band) {
      const label = matchSectionLabel(band.text, true);
      const raw = label ? band.text.slice(label.offset) : band.text.replace(/^\d+(?:\.\d+)*[.):]?\s+/, '');
      const title = cleanTitle(raw);
      const at = b.cells![band.cell].start + Math.max(0, doc.text.slice(b.cells![band.cell].start, b.cells![band.cell].end).indexOf(raw));
      open(heading(b, at, title, 'band', label ? `section/band-${label.label.id.replace('label/', '')}` : 'section/band-row', { label: label?.label ?? null, number: label?.number ?? null }));
      return;
    }
    let numberOnly = false;
    if (state.focusColumn !== null) {
      const value = (cells[state.focusColumn] ?? '').trim();
      const title = cleanTitle(value.replace(/^\d+(?:\.\d+)*[.):]?(?:\s+|$)/, ''));
      // A merged cell whose number stands beside the first row and its title beside the next.
      numberOnly = value !== '' && title === '';
      if (title && title !== current.heading?.title) {
        const cell = b.cells![state.focusColumn];
        const at = cell.start + Math.max(0, doc.text.slice(cell.start, cell.end).indexOf(title));
        const before = current;
        open(heading(b, at, title, 'column', 'section/table-column'));
        const moved = before.entries.filter((e) => pendingArea.has(e));
        before.entries = before.entries.filter((e) => !pendingArea.has(e));
        current.entries.push(...moved);
        pendingArea.clear();
      }
    }
    const cell = b.cells![state.activity];
    if (!cell) return;
    const raw = doc.text.slice(cell.start, cell.end);
    const body = raw.trim();
    if (flat && COMMENT_LABEL.test(body)) flat.mode = 'comment';
    if (!/\p{L}{2}/u.test(body) || /^\p{L}+:$/u.test(body)) return;
    if (flat) flat.mode = 'activity';
    const lead = raw.length - raw.trimStart().length;
    const fields: Entry['fields'] = [];
    state.columns.roles.forEach((role, i) => {
      if (role === null || i === state!.activity || role === 'activity' || role === 'focus-area') return;
      const c = b.cells![i];
      // A row with fewer cells than its header (a scan's row whose borders were not all found) holds nothing in the ones it lacks.
      if (!c) return;
      const value = doc.text.slice(c.start, c.end).trim();
      if (role === 'year') {
        if (YEAR_MARK.test(value)) fields.push({ role: 'time', label: 'år', value: String(state!.columns.years.get(i)), start: 0, end: 0, rule: 'field/year-column', absolute: { start: c.start, end: c.end } });
        return;
      }
      if (!value && role !== 'status' && role !== 'track') return;
      const at = c.start + doc.text.slice(c.start, c.end).indexOf(value);
      fields.push({ role: role as FieldRole, label: 'column', value, start: 0, end: 0, rule: 'field/column', absolute: { start: at, end: at + value.length } });
    });
    const entry = addCell(b, cell.start + lead, body, ['activity/table-row']);
    if (numberOnly) pendingArea.add(entry);
    entry.fields = fields;
    entry.table = { index: b.table!, named: state.columns.named, fill: b.fills?.find((f) => f) ?? null, roles: state.columns.roles.filter((r): r is FieldRole => r !== null) };
  }

  return { root, messages };
}

/**
 * Type sizes relative to the body text of their own page: a scanned page read
 * by OCR, or a page set smaller, has body text of another size than the rest,
 * and its headings and items are to be compared with its own body.
 */
function relativeSizes(blocks: Block[]): Block[] {
  const byPage = new Map<number | null, number[]>();
  for (const b of blocks) if ((b.kind === 'paragraph' || b.kind === 'item') && b.size !== undefined) byPage.set(b.page, [...(byPage.get(b.page) ?? []), b.size]);
  const body = new Map<number | null, number>();
  for (const [page, sizes] of byPage) {
    if (sizes.length < 3) continue;
    const sorted = [...sizes].sort((x, y) => x - y);
    body.set(page, sorted[Math.floor(sorted.length / 2)]);
  }
  return blocks.map((b) => {
    const base = body.get(b.page);
    return b.size === undefined || base === undefined || Math.abs(base - 1) < 0.02 ? b : { ...b, size: b.size / base };
  });
}

/** A section title: short, no sentence of its own (a labelled line that is a sentence is a goal, not a heading). */
function isTitleLine(rest: string, isHeading: boolean, numbered: boolean): boolean {
  const t = rest.trim();
  if (!t) return false;
  if (isHeading) return t.length < 200;
  const len = titleLength(t);
  const title = t.slice(0, len);
  if (title.split(/\s+/).length > 14 || /\b(?:ska|skall)\b/.test(title)) return false;
  // Without a number the label must stand before a title alone: 'Mål: Företagen kan …' is a goal.
  return numbered || (len === t.length && !/[.!?]$/.test(t) && t.split(/\s+/).length <= 12);
}
