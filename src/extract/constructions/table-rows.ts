import { cellKind } from '../../clean/cell-kinds.js';
import type { Block } from '../../core/types.js';
import { YEAR_MARK, type FieldRole } from '../../lang/fields.js';
import { isInfinitive } from '../../lang/morphology.js';
import { ID_TITLE } from '../../lang/structure.js';
import { makeHeading } from '../outline/heading.js';
import type { Entry } from '../outline/types.js';
import type { OutlineState } from '../resolve/outline-state.js';
import type { DocView } from '../view/document-view.js';
import { actionKind } from './action-item.js';
import { bandText } from './band-row.js';
import { isLegendRow } from './legend.js';
import { COMMENT_LABEL, startsActivity } from './flat-table.js';
import { cleanTitle, matchSectionLabel } from './section-label.js';
import { activityColumn, columnRoles, isActionTable, isActivityHeader, isFigure, looksLikeHeader, typeTable, type ColumnRoles } from './table-columns.js';

/** The roles of the columns whose cell may show the row's state by its colour alone. */
const STATE_ROLES: Array<FieldRole | null> = ['status', 'track', 'progress'];

/**
 * The fill that shows a row's state: the colour of its status or judgement
 * cell, else of a cell painted with no words in it (a column whose header
 * names no state, 'Trend', the colour its only content), else of its first
 * filled cell (a row shaded whole). An area's column merged down the rows is
 * shaded too, and says nothing of the row.
 */
function rowFill(b: Block, state: TableState, view: DocView): string | null {
  const judged = state.columns.roles.findIndex((r, i) => STATE_ROLES.includes(r) && b.fills?.[i]);
  if (judged >= 0) return b.fills![judged]!;
  const cells = view.cells(view.indexOf(b));
  const swatch = b.fills?.findIndex((f, i) => f && !(cells[i] ?? '').trim()) ?? -1;
  return swatch >= 0 ? b.fills![swatch]! : (b.fills?.find((f) => f) ?? null);
}

/**
 * A column that names the area of the rows it spans, whatever its header
 * calls it ('Delmål', or nothing): most of its cells open with a section
 * label ('Delmål 1.1 …', 'Insatsområde 2: …'), and its values stand over
 * several rows, repeated down them or merged (empty below the first).
 * -1 for none.
 */
function labelledAreaColumn(columns: ColumnRoles, body: string[][]): number {
  const activity = activityColumn(columns);
  return columns.roles.findIndex((role, i) => {
    if (i === activity || role === 'activity' || role === 'owner' || role === 'status' || role === 'time') return false;
    // The rows that hold an action: a band row across the table is no row of the area column.
    const rows = body.filter((r) => (r[activity] ?? '').trim());
    const filled = rows.map((r) => (r[i] ?? '').trim()).filter(Boolean);
    const labelled = filled.filter((c) => matchSectionLabel(c, true)?.number).length;
    // Fewer values than rows: a value over two rows beside one over a single row ('Delmål 3.1' twice, 'Delmål 3.2' once) is the
    // areas' column of a short table; a label on every row, each its own, is a goal per action.
    return labelled >= 1 && labelled * 3 >= filled.length * 2 && new Set(filled).size < rows.length;
  });
}

/**
 * The columns left of the actions whose cells are titles led by their ids
 * ('M1 Färre olyckor' over 'D1.1 Fler hushåll …' over the action 'Å1.1.1'),
 * each value standing over several rows (repeated down them or merged): the
 * areas of those rows, the first column the higher. A column of ids alone,
 * or of a title on every row, names no area.
 */
function idTitledColumns(columns: ColumnRoles, body: string[][]): number[] {
  const activity = activityColumn(columns);
  const rows = body.filter((r) => (r[activity] ?? '').trim());
  return columns.roles.flatMap((role, i) => {
    if (i >= activity || role === 'owner' || role === 'status' || role === 'time' || role === 'activity') return [];
    const filled = rows.map((r) => (r[i] ?? '').trim()).filter(Boolean);
    const titled = filled.filter((c) => ID_TITLE.test(c)).length;
    return titled >= 1 && titled * 3 >= filled.length * 2 && new Set(filled).size < rows.length ? [i] : [];
  });
}

/** The most words an area's title set in a column has: a longer cell is a sentence of its row. */
const MAX_TITLE_WORDS = 8;

/**
 * An area title as a cell holds it: opens with a capital or a number, is no
 * sentence and no action, and is text (no owner, time, status or id).
 */
function isTitleCell(value: string): boolean {
  return /^[\p{Lu}\d]/u.test(value) && !/[.!?]$/.test(value) && value.split(' ').length <= MAX_TITLE_WORDS && actionKind(value) !== 'verb' && cellKind(value) === 'text';
}

/**
 * The table's first column, left of the actions, that neither its header nor
 * its cells gave a role ('Fastighetsgrupp', 'Kategori', no header at all),
 * whose titles each stand over a run of rows, repeated down them or merged
 * (empty below the first): the areas of those rows, as a spreadsheet groups
 * them. A title that comes back after another, a title on every row, a row
 * without one before the first, or one value alone names no area. -1 for none.
 */
function titledAreaColumn(columns: ColumnRoles, body: string[][]): number {
  const activity = activityColumn(columns);
  const first = columns.roles.findIndex((r) => r !== 'number');
  if (first < 0 || first >= activity || columns.roles[first] !== null) return -1;
  const values = body.filter((r) => (r[activity] ?? '').trim()).map((r) => (r[first] ?? '').replace(/\s+/g, ' ').trim());
  if (!values[0]) return -1;
  // The titles in the order their runs open; an empty cell goes on with the run above (a merged cell).
  const runs: string[] = [];
  for (const v of values) if (v && v !== runs[runs.length - 1]) runs.push(v);
  const distinct = new Set(runs);
  return distinct.size >= 2 && distinct.size === runs.length && runs.length < values.length && runs.every(isTitleCell) ? first : -1;
}

/**
 * A column between the areas' column and the actions whose values name a
 * level under the areas ('Delmål 1.1 Varierade lekmiljöer', 'Insats: Stöd
 * till föreningar', an unlabelled 'Cykelvägar'), whatever its header calls it:
 * each value a title (no sentence, no goal's clause) standing over a run of
 * rows (repeated down them or merged), every run inside one area's run, and
 * fewer runs than rows. A column whose values come back after another, one
 * value on every row, a row without one before the first, or sentences of
 * their own ('Minst 80 % av … ska nås.') names no level. Null for none.
 */
function nestedAreaColumn(columns: ColumnRoles, body: string[][], focus: number): number | null {
  const activity = activityColumn(columns);
  const rows = body.filter((r) => (r[activity] ?? '').trim());
  const carried = (i: number) => {
    let last = '';
    return rows.map((r) => (last = (r[i] ?? '').replace(/\s+/g, ' ').trim() || last));
  };
  const areas = carried(focus);
  for (let i = focus + 1; i < activity; i++) {
    const role = columns.roles[i];
    if (role !== null && role !== 'goal' && role !== 'focus-area') continue;
    const values = carried(i);
    if (!values[0] || !values.every((v) => isLevelTitle(v))) continue;
    const opens = values.flatMap((v, j) => (j === 0 || v !== values[j - 1] || areas[j] !== areas[j - 1] ? [j] : []));
    const runs = opens.map((j) => values[j]);
    // A value that runs on into the next area is no level under the area.
    const crossing = areas.some((a, j) => j > 0 && a !== areas[j - 1] && values[j] === values[j - 1]);
    if (!crossing && runs.length >= 2 && new Set(runs).size === runs.length && runs.length < rows.length) return i;
  }
  return null;
}

/**
 * A level's title as a cell holds it, its label and number set aside ('Delmål 1.1
 * Varierade lekmiljöer' → 'Varierade lekmiljöer'): a title as `isTitleCell` reads
 * one, save that it may open on a word that is also a verb ('Skugga och skydd'),
 * since the actions stand in a column of their own.
 */
function isLevelTitle(value: string): boolean {
  const label = matchSectionLabel(value, true);
  const title = cleanTitle(label ? value.slice(label.offset) : value.replace(/^\d+(?:\.\d+)*[.):]?\s+/, ''));
  return /^[\p{Lu}\d]/u.test(title) && !/[.!?]$/.test(title) && title.split(' ').length <= MAX_TITLE_WORDS && cellKind(title) === 'text';
}

/** An area's number of one part before its title: '2. Utbildning', '3) Fritid'. */
const AREA_NUMBER = /^(\d{1,2})[.)]?\s+\p{Lu}/u;

/**
 * A band whose number is one of the series the table's area column counts
 * ('1. Trygg miljö' alone across its row, '2. Skola' and '3. Fritid' in the
 * area column of the rows below): a value of that column that the reading
 * set across its row (a merged cell, a transcript that shifted it), level
 * with the others. Column values numbered deeper ('1.1 …') stand under it.
 */
function inColumnSeries(text: string, body: string[][], state: TableState): boolean {
  const own = AREA_NUMBER.exec(text)?.[1];
  if (!own || state.focusColumn === null || state.subColumn !== null) return false;
  const values = body.slice(1).map((r) => (r[state.focusColumn!] ?? '').trim()).filter(Boolean);
  const numbers = values.map((v) => AREA_NUMBER.exec(v)?.[1]);
  return values.length > 0 && numbers.every((n) => n !== undefined && n !== own);
}

/** A band's numbering before its title: '2.', '1.2', or a word naming the numbering with its number and a dash or colon ('Del 2:', 'Område 3 –'); the title is what follows. */
const BAND_NUMBER = /^(?:\d+(?:\.\d+)*[.):]?\s+|\p{Lu}\p{Ll}+\s+\d{1,2}(?:\.\d{1,2})*(?:\s*[:.]|\s+[–-])\s+)/u;

interface TableState {
  columns: ColumnRoles;
  activity: number;
  focusColumn: number | null;
  /** A second area column under the first ('Delmål' beside 'Mål'): the intervention areas. */
  subColumn: number | null;
  /** The area columns whose titles are led by ids ('M1 …'), and the title each has open. */
  idTitled: Set<number>;
  openAreas: Map<number, string>;
  /** The table whose cells alone typed the columns, where it had no header row where it began. */
  typedByCells?: number;
}

/** A table whose body the reading gave as lines: its state and where in an activity–comment pair the lines stand. */
interface FlatState {
  state: TableState;
  mode: 'start' | 'activity' | 'comment';
  lastComment: { b: Block; text: string; lead: number } | null;
  lines: boolean;
}

const OUTLINE_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)/u;

/**
 * A heading that names an area by its label and colon ('Målområde: Trygg stad'): the next area's
 * section, never a line of the table before it (a transcript sets it in body type). A numbered
 * one ('Tema 2 …') may be a band of the table read as lines.
 */
const isAreaLabelled = (text: string, next: Block | undefined) => {
  const m = matchSectionLabel(text, false);
  return !!m && m.label.rank < 2 && (m.number === null || opensItsItems(m.number, next));
};

/**
 * Whether the item after a numbered area heading carries the heading's number as its first part
 * ('Fokusområde 3: …' over '3.1 Bygga …'): the outline goes on in its own numbering, so the heading
 * opens the area's section instead of being a band of the table read as lines before it.
 */
function opensItsItems(number: string, next: Block | undefined): boolean {
  return next?.kind === 'item' && next.marker !== undefined && next.marker.replace(/[.)]$/, '').startsWith(`${number}.`);
}

/**
 * The rows of a document's tables, in reading order: each table's header
 * gives its column roles (see table-columns.ts), a continuation as wide as the
 * table before goes on from it, and each row is a band, a goal repeated, a
 * focus-area value in its column, or an activity with its column fields.
 * Tables carry state from row to row (the header read, the open band), so
 * this reader walks them in order and applies what it reads to the outline.
 */
export class TableReader {
  private readonly tables = new Map<number, TableState>();
  /** Tables read as of another kind (a budget, indicators, contacts): none of their rows is read. */
  private readonly refused = new Set<number>();
  private lastTable: TableState | null = null;
  private flat: FlatState | null = null;
  /** The last activity read from a row, and its table: a row that goes on with it is added to it. */
  private lastRow: { entry: Entry; state: TableState } | null = null;
  /** Goal tables by table index: which column holds the goal, which its assessment. */
  private readonly goalTables = new Map<number, { goal: number; assessment: number }>();

  constructor(private readonly view: DocView, private readonly out: OutlineState) {}

  /** A heading ends the table read before it. */
  heading(): void {
    this.lastTable = null;
    this.lastRow = null;
    this.flat = null;
  }

  /**
   * Inside a table whose body came as lines, lines are its cells; a heading in
   * body type is one of them. The body came as lines when a line follows the
   * header straight away, or a 'Kommentar:' row announced one. True where the
   * block was read so.
   */
  flatLine(index: number): boolean {
    const b = this.view.blocks[index];
    const trimmed = this.view.trimmed(index);
    if (!this.flat || !(b.kind === 'paragraph' || (b.kind === 'heading' && Math.abs((b.size ?? 1) - 1) < 0.05 && !OUTLINE_NUMBER.test(trimmed) && !isAreaLabelled(trimmed, this.view.blocks[index + 1])))) return false;
    if (this.flat.lines || this.view.blocks[index - 1]?.header || this.flat.mode === 'comment') {
      this.flat.lines = true;
      this.readFlatLine(b, trimmed, index);
      return true;
    }
    this.flat = null;
    return false;
  }

  private readFlatLine(b: Block, trimmed: string, index: number): void {
    const f = this.flat!;
    const lead = this.view.begin(index) - b.start;
    if (COMMENT_LABEL.test(trimmed)) {
      // A comment label while a comment runs: the line before it was the next activity, after all.
      if (f.mode === 'comment' && f.lastComment) this.addFlatActivity(f.lastComment.b, f.lastComment.text, f.lastComment.lead);
      f.mode = 'comment';
      f.lastComment = null;
      return;
    }
    const goal = this.out.findGoal(trimmed);
    if (goal) {
      this.out.current = goal;
      f.mode = 'start';
      return;
    }
    if (f.mode === 'start' || (f.mode === 'comment' && startsActivity(trimmed))) {
      this.addFlatActivity(b, trimmed, lead);
      return;
    }
    if (f.mode === 'comment') f.lastComment = { b, text: trimmed, lead };
  }

  private addFlatActivity(b: Block, text: string, lead: number): void {
    const entry = this.out.addCell(b, b.start + lead, text, ['activity/table-row', 'table/flattened-body']);
    entry.table = { index: -1, named: this.flat!.state.columns.named, fill: null, roles: this.flat!.state.columns.roles.filter((r): r is FieldRole => r !== null) };
    this.flat!.mode = 'activity';
    this.flat!.lastComment = null;
  }

  /**
   * A goal table ('Mål | Bedömning', 'Nämndmål | Status'): each row's goal is
   * a goal of the section, its assessment cell (words, or the symbol written
   * for an icon) that goal's light. The activities of a later table that
   * repeats a goal go under it. A table whose goal column holds target
   * values in most of its cells ('Nyckeltal | Utfall 2026 | Mål 2028' with
   * '75', '≥ 90 %') is one of indicators: its figures are no goals.
   */
  private readGoalRow(b: Block, cells: string[], index: number): boolean {
    let known = this.goalTables.get(b.table!);
    // A header that names activities ends the goal table (a reading may give both one table index).
    if (known && (b.header || looksLikeHeader(cells)) && isActivityHeader(columnRoles(cells))) {
      this.goalTables.delete(b.table!);
      known = undefined;
    }
    if (!known) {
      if (!(b.header || looksLikeHeader(cells))) return false;
      const { roles } = columnRoles(cells);
      const goal = roles.indexOf('goal');
      const assessment = roles.findIndex((r) => r === 'track' || r === 'status');
      if (goal < 0 || assessment < 0 || roles.includes('activity')) return false;
      const values = this.bodyOf(index, index + 1).map((r) => r[goal] ?? '').filter((t) => t.trim());
      if (values.length > 0 && values.filter(isFigure).length * 3 >= values.length * 2) return false;
      this.goalTables.set(b.table!, { goal, assessment });
      this.out.startGoals();
      return true;
    }
    if (b.header) return true;
    const text = cells[known.goal] ?? '';
    const title = text.replace(/\s+/g, ' ').trim();
    if (title.length < 8) return true;
    const start = b.cells![known.goal].start + (text.length - text.trimStart().length);
    const raw = (cells[known.assessment] ?? '').trim();
    const cell = b.cells![known.assessment];
    const at = cell ? cell.start + (cells[known.assessment].length - cells[known.assessment].trimStart().length) : 0;
    this.out.openGoal(b, start, title, start + text.trim().length, raw ? { raw, start: at, end: at + raw.length } : undefined);
    return true;
  }

  /**
   * A cell that opens with a section label ('Strategiskt fokusområde X',
   * after the column's own word in a header) while the row's other cells hold
   * no more than short words is a band, even where it is not merged across.
   */
  private labelledBand(b: Block, cells: string[], header: boolean): boolean {
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
      this.out.open(makeHeading(b, cell.start + offset, title, 'band', `section/band-${label.label.id.replace('label/', '')}`, { label: label.label, number: label.number }));
      return true;
    }
    return false;
  }

  /**
   * A header repeated on a later page names a column the first one left
   * unnamed (a scan misread 'Målområde' on page 1): the column takes the role
   * from then on. A role once given is never changed.
   */
  private completeColumns(state: TableState, cells: string[]): void {
    const again = columnRoles(cells);
    if (again.roles.length !== state.columns.roles.length) return;
    again.roles.forEach((role, i) => {
      if (role === null || state.columns.roles[i] !== null || i === state.activity) return;
      state.columns.roles[i] = role;
      if (role === 'year') state.columns.years.set(i, again.years.get(i)!);
      if (role === 'focus-area' && state.focusColumn === null) state.focusColumn = i;
    });
  }

  /**
   * A table of units with people and deadlines and no activity column
   * ('Förvaltning/Bolag | Ansvarig | Tidsplan') under an activity says who
   * carries it and by when: every unit whose row names someone or a date
   * owns a share of it.
   */
  private readOwnerRow(b: Block, cells: string[], state: TableState): void {
    const section = this.out.current;
    const entry: Entry | undefined = section.entries[section.entries.length - 1];
    if (!entry || entry.kind === 'row') return;
    const cols = (role: FieldRole) => state.columns.roles.map((r, i) => (r === role ? i : -1)).filter((i) => i >= 0);
    const timeCols = cols('time');
    const [unitCol, ...personCols] = cols('owner');
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

  /** The cells of the body rows of the table whose row `index` is, from that row on (header rows left out). */
  private bodyOf(index: number, from: number): string[][] {
    const table = this.view.blocks[index].table;
    const body: string[][] = [];
    for (let j = from; j < this.view.blocks.length; j++) {
      const b = this.view.blocks[j];
      if (b.kind !== 'row' || b.table !== table) break;
      if (!b.header && !isLegendRow(this.view.doc, b)) body.push(this.view.cells(j));
    }
    return body;
  }

  private openTable(b: Block, columns: ColumnRoles, body: string[][]): TableState {
    const labelled = columns.roles.includes('focus-area') ? -1 : labelledAreaColumn(columns, body);
    if (labelled >= 0) columns.roles[labelled] = 'focus-area';
    let focus = columns.roles.indexOf('focus-area');
    // A column its header or labels already made the areas' keeps its own reading of numbers ('1.' alone, merged).
    const titled = idTitledColumns(columns, body).filter((i) => i !== focus);
    if (focus < 0 && titled.length > 0) focus = titled[0];
    if (focus < 0) focus = titledAreaColumn(columns, body);
    const sub = titled.find((i) => i > focus) ?? (focus >= 0 ? nestedAreaColumn(columns, body, focus) : null);
    for (const i of [focus, sub]) if (i !== null && i >= 0) columns.roles[i] = 'focus-area';
    const state: TableState = {
      columns,
      activity: activityColumn(columns),
      focusColumn: focus >= 0 ? focus : null,
      subColumn: focus >= 0 ? sub : null,
      idTitled: new Set(titled),
      openAreas: new Map(),
    };
    this.tables.set(b.table!, state);
    this.lastTable = state;
    this.out.goalList = { open: false, commenting: false };
    return state;
  }

  /**
   * A header row opens an activity table: its columns typed by the header and
   * the body's cells together, and a warning for each header cell whose column
   * has no role. A table of another kind (indicators, a budget: figures in its
   * cells) ends the activity table before it: its rows continue nothing.
   */
  private readHeader(b: Block, cells: string[], index: number): void {
    const body = this.bodyOf(index, index + 1);
    const columns = typeTable(cells, body);
    if (!isActionTable(columns, body, true)) {
      this.refused.add(b.table!);
      this.lastTable = null;
      return;
    }
    const state = this.openTable(b, columns, body);
    columns.roles.forEach((role, i) => {
      // The body can be wider than its header (a cell split in two on a page the header is not on).
      const cell = b.cells?.[i];
      const name = (cells[i] ?? '').replace(/\s+/g, ' ').trim();
      if (cell && role === null && i !== state.activity && name) this.out.messages.push({ severity: 'warning', reason: `Unexpected table header cell "${name}" with no column role, expected one of activity, owner, partner, time, year, status, comment, cost, indicator; its values are not read`, ruleId: 'extract/column-without-role', start: cell.start, end: cell.end });
    });
    // 'AKTIVITETER Strategiskt fokusområde X': a band set into the header cell.
    this.labelledBand(b, cells, true);
    this.flat = { state, mode: 'start', lastComment: null, lines: false };
  }

  /**
   * A table without a header row: a continuation as wide as the table before
   * it (a page break that did not repeat the header) goes on from it, column
   * by column; any other is typed by its cells alone, and read when they show
   * an activity column beside an owner, a time or a status.
   */
  private headerless(b: Block, cells: string[], index: number): TableState | null {
    if (this.lastTable && this.lastTable.columns.roles.length === cells.length) {
      this.tables.set(b.table!, this.lastTable);
      return this.lastTable;
    }
    if (this.refused.has(b.table!)) return null;
    const body = this.bodyOf(index, index);
    const columns = typeTable(null, body);
    if (!isActionTable(columns, body, false)) {
      this.refused.add(b.table!);
      return null;
    }
    const state = this.openTable(b, columns, body);
    state.typedByCells = b.table!;
    return state;
  }

  row(index: number): void {
    const b = this.view.blocks[index];
    const cells = this.view.cells(index);
    // A legend drawn as a row of the table says what its symbols mean: read with the document's legend, it is no header and no action.
    if (isLegendRow(this.view.doc, b)) return;
    if (this.readGoalRow(b, cells, index)) return;
    let state = this.tables.get(b.table!);
    // A header row inside a table typed by its cells alone (a key of abbreviations read as the same table
    // above it) names the columns better than the cells did: the rows after it are read by it.
    const retype = b.header && state?.typedByCells === b.table;
    if ((!state || retype) && (b.header || looksLikeHeader(cells))) return this.readHeader(b, cells, index);
    state ??= this.headerless(b, cells, index) ?? undefined;
    if (!state) return;
    this.lastTable = state;
    // The header repeated on a new page, perhaps with the next band set into it.
    if (b.header) {
      this.completeColumns(state, cells);
      this.labelledBand(b, cells, true);
      return;
    }
    if (cells.every((c, i) => columnRoles([c]).roles[0] === state!.columns.roles[i] && c.trim() !== '')) return;
    if (state.activity < 0) return this.readOwnerRow(b, cells, state);
    if (this.labelledBand(b, cells, false)) return;
    if (this.goalRepeated(b, cells) || this.band(b, cells, state, index)) return;
    this.bodyRow(b, cells, state);
  }

  /** A row that repeats a goal of the list above goes back to that goal's section. */
  private goalRepeated(b: Block, cells: string[]): boolean {
    const lone = cells.filter((c) => c.trim());
    const goal = lone.length === 1 ? this.out.findGoal(lone[0]) : undefined;
    if (!goal) return false;
    // The cell holds the goal as written; the goal list's line may have had its assessment set into it.
    const i = cells.findIndex((c) => c.trim());
    const label = matchSectionLabel(cells[i], true);
    const title = cleanTitle(label ? cells[i].slice(label.offset) : cells[i]);
    if (goal.heading && title !== goal.heading.title) {
      const start = b.cells![i].start + cells[i].indexOf(title);
      Object.assign(goal.heading, { title, start, end: start + title.length, page: b.page });
    }
    this.out.current = goal;
    if (this.flat) this.flat.mode = 'start';
    return true;
  }

  private band(b: Block, cells: string[], state: TableState, index: number): boolean {
    const band = bandText(cells);
    if (!band) return false;
    // A value of the area column set across its row is level with the column's values, not a band above them.
    const tier = inColumnSeries(band.text, this.bodyOf(index, index), state) ? 'column' : 'band';
    const label = matchSectionLabel(band.text, true);
    const raw = label ? band.text.slice(label.offset) : band.text.replace(BAND_NUMBER, '');
    const title = cleanTitle(raw);
    const cell = b.cells![band.cell];
    const at = cell.start + Math.max(0, this.view.slice(cell).indexOf(raw));
    this.out.open(makeHeading(b, at, title, tier, label ? `section/band-${label.label.id.replace('label/', '')}` : 'section/band-row', { label: label?.label ?? null, number: label?.number ?? null }));
    return true;
  }

  /** A value in the focus-area column opens that area; a merged cell whose number stood beside the first row leaves that row pending. */
  private focusValue(b: Block, cells: string[], state: TableState): boolean {
    if (state.focusColumn === null) return false;
    const numberOnly = this.areaValue(b, cells, state, state.focusColumn);
    if (state.subColumn !== null) this.areaValue(b, cells, state, state.subColumn);
    return numberOnly;
  }

  /**
   * Opens the area a column's cell names where it differs from the one open. A
   * second area column nests under the first (its heading one level down),
   * and a new area in the first closes the second's.
   */
  private areaValue(b: Block, cells: string[], state: TableState, column: number): boolean {
    const value = (cells[column] ?? '').trim();
    const nested = state.subColumn !== null;
    // 'Delmål 1.1 Effektiv tillsyn': the label and number place the area in the outline; the title is what follows.
    const label = matchSectionLabel(value, true);
    const unnumbered = state.idTitled.has(column) ? value.replace(ID_TITLE, '') : value.replace(/^\d+(?:\.\d+)*[.):]?(?:\s+|$)/, '');
    const title = cleanTitle(label ? value.slice(label.offset) : unnumbered);
    const open = nested ? state.openAreas.get(column) : this.out.current.heading?.title;
    if (title && title !== open) {
      const cell = b.cells![column];
      const at = cell.start + Math.max(0, this.view.slice(cell).indexOf(title));
      const before = this.out.current;
      const depth = nested ? { level: column === state.focusColumn ? 1 : 2 } : {};
      this.out.open(makeHeading(b, at, title, 'column', 'section/table-column', label ? { label: label.label, number: label.number, ...depth } : depth));
      if (column === state.focusColumn) state.openAreas.clear();
      state.openAreas.set(column, title);
      const moved = before.entries.filter((e) => this.out.pendingArea.has(e));
      before.entries = before.entries.filter((e) => !this.out.pendingArea.has(e));
      this.out.current.entries.push(...moved);
      this.out.pendingArea.clear();
    }
    return value !== '' && title === '';
  }

  private bodyRow(b: Block, cells: string[], state: TableState): void {
    const numberOnly = this.focusValue(b, cells, state);
    const cell = b.cells![state.activity];
    if (!cell) return;
    const raw = this.view.slice(cell);
    const body = raw.trim();
    if (this.flat && COMMENT_LABEL.test(body)) this.flat.mode = 'comment';
    if (!/\p{L}{2}/u.test(body) || /^\p{L}+:$/u.test(body)) return;
    if (this.continueRow(b, cells, body, state)) return;
    if (this.flat) this.flat.mode = 'activity';
    const lead = raw.length - raw.trimStart().length;
    const entry = this.out.addCell(b, cell.start + lead, body, ['activity/table-row']);
    if (numberOnly) this.out.pendingArea.add(entry);
    entry.fields = this.columnFields(b, state);
    entry.table = { index: b.table!, named: state.columns.named, fill: rowFill(b, state, this.view), roles: state.columns.roles.filter((r): r is FieldRole => r !== null) };
    this.lastRow = { entry, state };
  }

  /**
   * A row that goes on with the row above: a reading that set each line of a
   * cell as a row of its own ('Anlägga utegym och' / 'spontanidrottsytor i …'),
   * or a page break inside a row. The activity above ends without a sentence's
   * end, and this one opens in lower case or a bracket, or it opens with no
   * action's verb and the row names no owner, time or status of its own. Its
   * text and cells are added to the row above.
   */
  private continueRow(b: Block, cells: string[], body: string, state: TableState): boolean {
    const last = this.lastRow;
    if (!last || last.state !== state || this.out.lastEntry !== last.entry || /[.!?:;]$/.test(last.entry.text)) return false;
    const own = state.columns.roles.some((r, i) => (r === 'owner' || r === 'time' || r === 'status' || r === 'track') && (cells[i] ?? '').trim() !== '');
    const lower = /^[\p{Ll}(]/u.test(body);
    if (!lower && (own || isInfinitive(body.split(/\s+/)[0]) || !/^\p{L}/u.test(body))) return false;
    const entry = last.entry;
    const cell = b.cells![state.activity];
    entry.text = `${entry.text} ${body.replace(/\s+/g, ' ')}`;
    entry.end = cell.end;
    entry.rawEnd = cell.end;
    for (const f of this.columnFields(b, state)) {
      const same = entry.fields.find((g) => g.role === f.role && g.rule === f.rule && g.absolute);
      if (!same || f.rule === 'field/year-column') entry.fields.push(f);
      else if (f.value) Object.assign(same, { value: same.value ? `${same.value} ${f.value}` : f.value, absolute: { start: same.absolute!.start, end: f.absolute!.end } });
    }
    return true;
  }

  /** The row's other cells as fields by their column's role; a year column's mark gives its year. */
  private columnFields(b: Block, state: TableState): Entry['fields'] {
    const fields: Entry['fields'] = [];
    state.columns.roles.forEach((role, i) => {
      if (role === null || i === state.activity || role === 'activity' || role === 'focus-area') return;
      const c = b.cells![i];
      // A row with fewer cells than its header (a scan's row whose borders were not all found) holds nothing in the ones it lacks.
      if (!c) return;
      const value = this.view.slice(c).trim();
      if (role === 'year') {
        if (YEAR_MARK.test(value)) fields.push({ role: 'time', label: 'år', value: String(state.columns.years.get(i)), start: 0, end: 0, rule: 'field/year-column', absolute: { start: c.start, end: c.end } });
        return;
      }
      if (!value && role !== 'status' && role !== 'track') return;
      const at = c.start + this.view.slice(c).indexOf(value);
      fields.push({ role: role as FieldRole, label: 'column', value, start: 0, end: 0, rule: 'field/column', absolute: { start: at, end: at + value.length } });
    });
    return fields;
  }
}
