import type { Message, RawBlock } from '../core/types.js';
import { FIELD_LABELS, YEAR_MARK, type FieldRole } from '../lang/fields.js';
import { sv } from '../lang/pattern.js';
import { UNIT_IN_PARENS } from '../lang/amounts.js';
import { SECTION_LABEL_WORDS } from '../lang/sections.js';
import { INLINE_BULLET_GLYPHS } from '../lang/structure.js';
import { joinBrokenUnits, ownerStart, statusLength, timeLength } from './cell-kinds.js';
import { follows, parseId, type ItemId } from './numbering.js';
import { isInfinitive } from '../lang/morphology.js';
import { DANGLING_WORDS, VERB_PARTICLES } from '../lang/language.js';
import { headerRole } from './header-role.js';
import { areaColumnBefore, isAreaCell, isAreaNumber, trailingAreaTitle } from './column-areas.js';
import { findAreaHeading } from './area-headings.js';
import { rejoinIdWords } from './id-words.js';
import { cutTableEnds } from './table-end.js';
import { evenOwnerColumns } from './owner-column.js';
import { titleBeforeHeader } from './header-titles.js';
import { isTextColumn, readContinuation, readRowForward, typedEnds } from './row-sequence.js';
import { recurringOwners } from './recurring-owners.js';
import { isLegendStatus, legendStatuses, type DocumentWords } from './legend-cells.js';
import { segmentRows } from './row-segments.js';
import { findTypedRows, TYPED_ROLES } from './typed-rows.js';
import { displacedHeaderWord } from './displaced-header-word.js';
import { ownerKey, readDisplacedOwner } from './displaced-cells.js';
import { readBlankOwner } from './blank-owner.js';
import { opensWithAreaColumn, holdsAsTable, learnColumnOrder, repeatsHeaderHead } from './column-order.js';
import { bandBefore, bandNumberAt, between, firstRowId, formatId, idBefore, isTitle, nextRowAt, rowIdsInside, skipsOne, type BandNumber } from './numbered-rows.js';

/**
 * A table that a transcript ran into prose: 'Id Åtgärd Ansvar Tid Status
 * Insatsområde 1 – X 1.1 Ta fram … Kommunledningskontoret 2023 Genomförd 1.2 …'.
 * The header is a run of column words, and its words give the order of the
 * cells; rows open with ids that follow each other ('1', '2'; '1.1', '1.2';
 * 'A1', 'A2'); the cells after the activity are read back from the row's end
 * by what they hold (a status phrase, a time, a unit's name); a band
 * ('Tema 2: …') stands between rows. A row that a page break cut goes on after
 * the header repeated on the next page. A row whose cells cannot be told apart
 * is kept whole as its activity, and a message says so.
 */

const HEADER_WORD = FIELD_LABELS.filter((f) => f.role !== 'goal' && f.role !== 'focus-area').map((f) => ({ role: f.role, pattern: sv(`^(?:${f.words})$`, 'i') }));
const BAND = sv(`^(?:${SECTION_LABEL_WORDS})\\s+\\d{1,2}(?:\\.\\d{1,2})*\\s*[:.–-]?\\s+`, 'i');
/** A band's label word just before a number ('… Tema' before ' 1 Företagsklimat'). */
const BAND_BEFORE = sv(`(?:^|\\s)(?:${SECTION_LABEL_WORDS})\\s$`, 'i');
const BAND_ANYWHERE = sv(`\\s(?:${SECTION_LABEL_WORDS})\\s+\\d`, 'i');
/** A row's id at the start of a text, before a capitalised word. */
const ROW_ID = /^((?:\p{Lu}{1,2})?\d{1,3}(?:\.\d{1,2}){0,2})[.:)]?\s+(?=\p{Lu})/u;
/** Units a document lists by name ('• C4 Teknik', with any bullet a PDF's symbol font gives), and abbreviations it explains ('SBF – Samhällsbyggnadsförvaltningen'). */
const LISTED_UNIT = new RegExp(`(?:^|\\s)[·${INLINE_BULLET_GLYPHS}]\\s+(\\p{Lu}[\\p{L}\\d-]*(?:\\s+(?:och\\s+)?[\\p{Lu}\\d][\\p{L}\\d-]*){0,3})(?=\\s+[·${INLINE_BULLET_GLYPHS}]|\\s*$|\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Ll})`, 'gu');
/** A column word of up to three words ('I samverkan med', 'Vad ska göras'), as a whole, possibly with a question mark or colon. */
const phraseRole = (phrase: string) => HEADER_WORD.find((h) => h.pattern.test(phrase.replace(/[?:]$/, '')))?.role;

/**
 * The column word that opens at token `j`: its role and how many tokens it
 * takes. Tried longest first; then a word a narrow column broke in two
 * ('Genomför s', 'Lägesbedömni ng'); then a compound whose head names a role
 * ('Lägesbedömning'). A column word is capitalised in a header: most tokens of
 * prose fail here at once.
 */
function columnWordAt(tokens: string[], j: number): { role: FieldRole; length: number; text?: string } | null {
  // A year column ('År 2020'; '2020' beside another year, since a year alone may be a time's): the header's words go on across it.
  const isYear = (k: number, length: number) => k >= 0 && k + length <= tokens.length && headerRole(tokens.slice(k, k + length).join(' ')).role === 'year';
  if (/^\p{Lu}/u.test(tokens[j]) && isYear(j, 2)) return { role: 'year', length: 2 };
  if (/^\d+$/.test(tokens[j]) && isYear(j, 1) && (isYear(j - 1, 1) || isYear(j + 1, 1))) return { role: 'year', length: 1 };
  if (tokens[j].length > 24 || !/^[\p{Lu}#%]/u.test(tokens[j])) return null;
  for (let k = Math.min(3, tokens.length - j); k >= 1; k--) {
    const role = phraseRole(tokens.slice(j, j + k).join(' '));
    if (role) return { role, length: k };
    // A phrase whose last word a narrow column broke ('Andel genomför t', 'Vad ska gör as'): the piece of one to three letters joins the word before it.
    const piece = tokens[j + k] ?? '';
    const glued = k >= 2 && /^\p{Ll}{1,3}$/u.test(piece) ? phraseRole(tokens.slice(j, j + k).join(' ') + piece) : undefined;
    if (glued) return { role: glued, length: k + 1, text: tokens.slice(j, j + k).join(' ') + piece };
  }
  const broken = j + 1 < tokens.length && /^\p{Ll}{1,3}$/u.test(tokens[j + 1]);
  for (const [word, length] of broken ? ([[tokens[j] + tokens[j + 1], 2], [tokens[j], 1]] as const) : ([[tokens[j], 1]] as const)) {
    const named = /^\p{L}{6,}$/u.test(word) ? headerRole(word).role : null;
    if (named && named !== 'goal' && named !== 'focus-area') return { role: named, length };
  }
  return null;
}

/** A follow-up's judgement columns, which name the day they were judged on ('Status 2026-09-30'). */
const DATED_ROLES: FieldRole[] = ['status', 'track', 'progress', 'comment'];
/** A whole date, as a follow-up writes the day its column was judged on. */
const COLUMN_DATE = /^(?:19|20)\d\d-\d\d-\d\d$/;

/**
 * A column word with the unit in parentheses after it ('Kostnad (tkr) Finansiering'), or a judgement's with
 * the day it was judged on ('Status 2026-09-30'): that is part of it, and the header goes on after it.
 */
function headerWordAt(tokens: string[], j: number): { role: FieldRole; length: number; text: string } | null {
  const word = columnWordAt(tokens, j);
  if (!word) return null;
  // A word a narrow column broke is given whole, as the column's header is known by it.
  const text = word.text ?? tokens.slice(j, j + word.length).join(' ');
  const next = tokens[j + word.length] ?? '';
  const qualified = UNIT_IN_PARENS.test(next) || (DATED_ROLES.includes(word.role) && COLUMN_DATE.test(next));
  return qualified ? { role: word.role, length: word.length + 1, text: `${text} ${next}` } : { role: word.role, length: word.length, text };
}

interface Header {
  roles: FieldRole[];
  words: string[];
  start: number;
  end: number;
  /** Two column words only ('Aktivitet Ansvarig'): a header only when rows follow it. */
  weak: boolean;
  /** The title of the area whose rows follow, set in the header among its column words; offsets in the text. */
  band?: { start: number; end: number };
  /** The header repeated with only its last columns' words, its first columns learned from the table's header. */
  tail?: boolean;
}

/**
 * Whether a line is a table's header and nothing else: three or more column
 * words, one of them naming the activity or the owner, from its first word to
 * its last ('Nr Aktivitet Ansvar Tid Status'). A sentence that names columns
 * ('Under varje område anges aktivitet, ansvar och tid.') has other words too.
 */
export function isHeaderLine(text: string): boolean {
  const t = text.trim();
  return findHeaders(t).some((h) => !h.weak && h.start === 0 && h.end === t.length);
}

/** Runs of column words naming an activity or owner column among them: three or more, or two whose rows must show. */
function findHeaders(text: string, known: FieldRole[] | null = null): Header[] {
  const out: Header[] = [];
  const tokens = [...text.matchAll(/\S+/g)];
  const words = tokens.map((t) => t[0]);
  for (let i = 0; i < tokens.length; i++) {
    const cells: Array<{ role: FieldRole; text: string; at: number }> = [];
    let wrapped = false;
    let j = i;
    for (let word = headerWordAt(words, j); word; word = j < words.length ? headerWordAt(words, j) : null) {
      cells.push({ role: word.role, text: word.text, at: j });
      j += word.length;
      // A column word whose cell wrapped ('Ansvarig för' over 'genomförande'): its first line ends on a small word, and the header's words go on after it.
      if (j + 1 < words.length && WRAP_WORDS.has(words[j]) && headerWordAt(words, j + 1)) {
        cells[cells.length - 1].text += ` ${words[j++]}`;
        wrapped = true;
      }
    }
    // 'Aktiviteter Nr Aktivitet Ansvarig …': a heading word before the header names a column the header names again; the header starts after it.
    while (cells.length > 1 && cells.findIndex((c, k) => k > 0 && c.role === cells[0].role) > 0) cells.shift();
    // Two header rows run together ('Aktivitet Ansvarig Status Färdiggrad Status Färdiggrad'): the cells are the first run's.
    // A follow-up's second judgement column under another word ('Status Läge', 'Status Bedömning') is its light, no repeat.
    judgeSecondStatus(cells);
    const repeat = cells.findIndex((c, k) => c.role !== 'year' && cells.findIndex((d) => d.role === c.role) < k);
    const own = repeat > 0 ? cells.slice(0, repeat) : cells;
    const roles = own.map((c) => c.role);
    // Words that close on a colon are a record's labels ('… Områdesansvarig Status: Startdatum: 2026-03-01'), one of them
    // left empty: a line of fields, no header of columns.
    if (own.filter((c) => /:$/.test(c.text)).length >= 2) continue;
    // Three or more of the table's last column words, in its order: its header repeated, its first columns' words set elsewhere (column-order.ts).
    const strong = roles.length >= 3 && (roles.includes('activity') || roles.includes('owner') || learnColumnOrder(roles, known) !== roles);
    // The area's column first, merged down its rows: its word opens the header, its titles come as band rows.
    if (strong && opensWithAreaColumn(words, own[0]?.at ?? 0, roles)) {
      own.unshift({ role: 'focus-area', text: words[own[0].at - 1], at: own[0].at - 1 });
      roles.unshift('focus-area');
    }
    if (strong || (roles.length === 2 && roles.includes('activity'))) {
      const start = tokens[own[0].at].index!;
      const end = tokens[j - 1].index! + tokens[j - 1][0].length;
      // 'Fokusområde Nr Åtgärd …': the areas are the table's first column (column-areas.ts).
      const area = roles[0] === 'activity' || roles[0] === 'number' ? areaColumnBefore(text, start) : null;
      if (area !== null) out.push({ roles: ['focus-area', ...roles], words: [text.slice(area, start).trim(), ...own.map((c) => c.text)], start: area, end, weak: false });
      // A header read across a wrapped cell's small word holds only where rows follow it: prose names columns with such words too ('Ansvarig för År …').
      else out.push({ roles, words: own.map((c) => c.text), start, end, weak: !strong || wrapped });
      i = j - 1;
    }
  }
  return joinBandedHeaders(text, out);
}

/**
 * A header naming two status columns under different words, the second
 * right after the first and a comment column after them ('Status Läge
 * Kommentar'): a follow-up's status in words and its judgement beside it,
 * often a fill that leaves no word in a transcript, the prose in the
 * comment. The second is the judgement (a light), unless the header names
 * one already. The same word again is a second header row run into the
 * first, which the caller cuts; so is a second status word with no comment
 * after it ('Status Lägesbeskrivning'), whose column may hold the prose.
 */
function judgeSecondStatus(cells: Array<{ role: FieldRole; text: string }>): void {
  if (cells.some((c) => c.role === 'track') || cells.filter((c) => c.role === 'status').length !== 2) return;
  const k = cells.findIndex((c, i) => i > 0 && c.role === 'status' && cells[i - 1].role === 'status' && c.text.toLowerCase() !== cells[i - 1].text.toLowerCase());
  if (k > 0 && cells.slice(k + 1).some((c) => c.role === 'comment')) cells[k] = { ...cells[k], role: 'track' };
}

/**
 * 'Nr Aktivitet Fokusområde Trygga miljöer Ansvarig Tid Status': a header
 * whose merged middle cell names the area the rows below belong to. The
 * column words before the area's label (with the activity) and after it
 * (without) are one header, and the area its band.
 */
function joinBandedHeaders(text: string, headers: Header[]): Header[] {
  const out: Header[] = [];
  for (const h of headers) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, h.start) : '';
    const lead = gap.length - gap.trimStart().length;
    const banded = prev && prev.roles.includes('activity') && !h.roles.includes('activity') && BAND_LABEL_AT_START.test(gap.trim()) && gap.trim().split(/\s+/).length <= MAX_BANDED_WORDS;
    if (banded) out[out.length - 1] = { roles: [...prev.roles, ...h.roles], words: [...prev.words, ...h.words], start: prev.start, end: h.end, weak: false, band: { start: prev.end + lead, end: prev.end + gap.trimEnd().length } };
    else out.push(h);
  }
  return out;
}

/** Small words a header cell's first line may end on when the cell wraps ('Ansvarig för'): prepositions, not a conjunction between two column words ('Status och Kommentar'). */
const WRAP_WORDS = new Set(DANGLING_WORDS.filter((w) => VERB_PARTICLES.includes(w)));
/** A section's label opening a text ('Strategiskt fokusområde Trygghet', 'Tema 2'). */
const BAND_LABEL_AT_START = sv(`^(?:${SECTION_LABEL_WORDS})(?=\\s|$)`, 'i');
/** Words of a label and title set in a header. */
const MAX_BANDED_WORDS = 12;

type Cells = import('./row-sequence.js').Cells;

interface Row {
  cells: Cells;
  /** Length of the row's own text; what follows is prose or a band. */
  length: number;
}

/** The longest run of tokens ending at `end` that a typer reads whole, as its first token's index; `end` for none. */
function typedStart(tokens: string[], end: number, floor: number, typer: (text: string) => number): number {
  for (let k = Math.max(floor, end - 4); k < end; k++) {
    const text = tokens.slice(k, end).join(' ');
    if (typer(text) === text.length) return k;
  }
  return end;
}

/** The cells after the activity, read back from token `end`: the first token of the last one read, or -1. */
function readTail(tokens: string[], end: number, tail: FieldRole[], names: DocumentWords, cells: Cells): number {
  let at = end;
  for (const role of [...tail].reverse()) {
    let k = at;
    if (role === 'status') k = typedStart(tokens, at, 1, (text) => (isLegendStatus(text, names) ? text.length : statusLength(text)));
    else if (role === 'time') k = typedStart(tokens, at, 1, timeLength);
    else if (role === 'year') k = typedStart(tokens, at, 1, (text) => (text.split(' ').every((w) => YEAR_MARK.test(w)) ? text.length : timeLength(text)));
    else if (role === 'owner') k = ownerStart(tokens, at, names, 1);
    // An owner named by a post ('Rektor', 'Förstelärare i svenska'), no unit's shape: the capitalised words the action's lower-case ends before, once the cells after it have read.
    if (k === at && role === 'owner' && at < end) k = postStart(tokens, at);
    // Other typed cells, and a status given as a share done or a symbol ('75 %', '◐'): the longest reading that ends here.
    if (k === at && role !== 'owner') k = typedStart(tokens, at, 1, (text) => ((typedEnds(role, text.split(' '), 0, names) ?? []).includes(text.split(' ').length) ? text.length : 0));
    if (k === at) return -1;
    cells[role] = tokens.slice(k, at).join(' ');
    at = k;
  }
  return at;
}

/** Words of an owner named by a post at most ('Förstelärare i svenska', 'Chef för elevhälsan'). */
const MAX_POST_WORDS = 4;

/**
 * Where an owner named by a post starts that ends at token `end`: at a
 * capitalised word after a lower-case one, its other words lower-case or
 * capitalised names of posts ('Rektor/förstelärare', 'Elevhälsochef, Individ-
 * och familjeomsorgen'); `end` for none.
 */
export function postStart(tokens: string[], end: number): number {
  for (let k = end - 1; k >= Math.max(2, end - MAX_POST_WORDS); k--) {
    // A post's name holds no figure ('Vecka 12,' is a time's) and no sentence's end.
    if (/[.!?:;]$|\d/u.test(tokens[k])) return end;
    if (/^\p{Lu}/u.test(tokens[k]) && /^[\p{Ll}\d]/u.test(tokens[k - 1]) && !/[.!?:;]$/.test(tokens[k - 1])) return k;
  }
  return end;
}

/**
 * A row's cells in the header's order: the earliest end at which every cell
 * after the activity is read. `bounded`: the next row follows the text, so
 * the text is the row's to its end.
 */
function parseRow(text: string, roles: FieldRole[], names: string[][], bounded = false): Row | null {
  const tokens = [...text.matchAll(/\S+/g)];
  const tail = cellRoles(roles.slice(roles.indexOf('activity') + 1));
  if (roles.indexOf('activity') < 0 || tail.length === 0) return null;
  // A judgement column shown by colour alone ('Bedömning' filled green or red) leaves no word in the text: the row reads without it.
  const unjudged = tail.filter((r) => r !== 'track');
  // A text column among the cells (a comment, a partner): only reading forwards finds where each cell ends.
  // The row is read without its judgement only where a status column beside it gives the words; a judgement
  // that is the row's only status holds them, and a row that fails with it has a cell
  // out of place, which the displaced-cell reading finds.
  const fillOnly = unjudged.length < tail.length && tail.includes('status');
  if (tail.some(isTextColumn)) return readForward(tokens, tail, names) ?? (fillOnly ? readForward(tokens, unjudged, names) : null);
  const typed = readBackward(text, tokens, tail, names) ?? (unjudged.length < tail.length ? readBackward(text, tokens, unjudged, names) : null);
  // A status column last that a follow-up writes in sentences ('Påbörjad. Dialog inledd med …'): read as text, kept as the status.
  const whole = typed && typed.length >= text.trimEnd().length;
  if (whole || (typed && !bounded) || tail[tail.length - 1] !== 'status') return typed;
  const read = readForward(tokens, [...tail.slice(0, -1), 'comment'], names);
  if (!read) return typed;
  const { comment, ...cells } = read.cells;
  return { cells: { ...cells, status: comment }, length: read.length };
}

/** A row read forwards, each text cell up to where the next typed cell reads (row-sequence.ts). */
function readForward(tokens: RegExpMatchArray[], tail: FieldRole[], names: string[][]): Row | null {
  const words = tokens.map((t) => t[0]);
  const read = readRowForward(words, tail, names);
  if (!read) return null;
  const last = read.words - 1;
  return { cells: read.cells, length: last >= 0 ? tokens[last].index! + words[last].length : 0 };
}

/** A row whose cells after the activity are all typed, read back from the row's end: the earliest end at which every cell reads. */
function readBackward(text: string, tokens: RegExpMatchArray[], tail: FieldRole[], names: string[][]): Row | null {
  const words = tokens.map((t) => t[0]);
  for (let e = 3; e <= words.length; e++) {
    const cells: Cells = {};
    const start = readTail(words, e, tail, names, cells);
    if (start < 2) continue;
    // The last cell may run on ('Uppskjuten' + 'till 2025'): the longest reading of it that is still whole.
    let end = e;
    for (let more = e + 1; more <= Math.min(words.length, e + 3); more++) {
      const longer: Cells = {};
      if (readTail(words, more, tail.slice(-1), names, longer) >= 0 && readTail(words, more, tail, names, {}) === start) end = more;
    }
    if (end > e) readTail(words, end, tail, names, cells);
    cells.activity = text.slice(0, tokens[start].index!).trim();
    return { cells, length: tokens[end - 1].index! + words[end - 1].length };
  }
  return null;
}

/** Units named by the document itself, as token runs: listed with bullets, explained after an abbreviation, or named again and again before rows' times; and the status keys its legend defines. */
function documentUnits(blocks: RawBlock[]): DocumentWords {
  const names = new Set<string>();
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    for (const m of b.text.matchAll(LISTED_UNIT)) names.add(m[1]);
  }
  const units: DocumentWords = [...[...names].map((n) => n.split(/\s+/)).filter((n) => n.length >= 2), ...recurringOwners(blocks)];
  units.statuses = legendStatuses(blocks);
  return units;
}

/** Words a column word no field names takes at most between a header's activity word and the rest of its words. */
const MAX_SPLIT_WORDS = 2;

/** Words after a header, no row between, that make it column words in prose. */
const MIN_PROSE_WORDS = 8;

/** Table indexes of run-on tables start here, clear of the tables a reader found (text readers find few). */
const FIRST_TABLE = 1000;

interface Table {
  index: number;
  roles: FieldRole[];
  /** The header's column words, as the transcript wrote them. */
  words: string[];
  /** The header's block, and how many rows it has headed. */
  header?: RawBlock;
  rows: number;
  last: ItemId | null;
  /** A band row whose number stood alone, waiting for its title; `parent` is that number. */
  untitled?: { row: RawBlock; parent: ItemId } | null;
  /** A row whose text may go on in the next block; `whole` when it read already (its last cell is free text). */
  open: { id: string; text: string; source?: number; page: number | null; whole?: boolean } | null;
  /** The title of the area the next row opens, where the areas are the table's first column. */
  area?: string;
  /** The header was repeated without its first columns, which poppler set apart with the first row's id: that row opens with no id. */
  guessNext?: boolean;
  /** The current area's cell gave its number alone; its title is still to come. */
  areaNumber?: boolean;
}

export function splitRunOnTables(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  const reader = new RunOnReader(documentUnits(blocks), messages);
  for (const b of blocks) reader.block(b);
  return reader.finish();
}

/** One pass over a document's blocks: the table being read, and the blocks made so far. */
class RunOnReader {
  readonly out: RawBlock[] = [];
  private table: Table | null = null;
  private tableCount = 0;
  /** The words of the owners read so far, as a displaced owner is known by them. */
  private readonly owners = new Set<string>();
  /** The number of the last numbered heading read ('6.1' of '6.1 Lokaler'), which a table's title may go on from. */
  private heading: ItemId | null = null;
  /** That heading when it ended the paragraph before a table's header, not yet cut from it. */
  private titleAbove: { block: RawBlock; text: string } | null = null;
  /** Each table's id column, by the table's index. */
  private readonly idColumns = new Map<number, number>();
  /** Each table's columns, by the table's index. */
  private readonly tableRoles = new Map<number, FieldRole[]>();
  /** The last table that gave rows: its columns and its last id. */
  private previous: { roles: FieldRole[]; words: string[]; last: ItemId | null; untitled?: Table['untitled'] } | null = null;

  constructor(
    private readonly names: string[][],
    private readonly messages: Message[],
  ) {}

  block(given: RawBlock): void {
    const from = this.out.length;
    if (given.kind === 'heading') [this.heading, this.titleAbove] = [headingNumber(given.text), null];
    this.readBlock(given);
    this.cutAreaHeadings(given, from);
  }

  /**
   * Rows made while reading a block whose cells ran on into the next area's
   * 'Label: Title' heading (area-headings.ts): the row ends before it, and
   * the heading, then the rest of the row's text, follow the row.
   */
  private cutAreaHeadings(b: RawBlock, from: number): void {
    for (let k = from; k < this.out.length; k++) {
      const row = this.out[k];
      if (row.kind !== 'row' || row.header || !row.cells || (row.table ?? 0) < FIRST_TABLE) continue;
      const cells = row.cells;
      const c = cells.findIndex((cell) => findAreaHeading(cell) !== null);
      if (c < 0) continue;
      const found = findAreaHeading(cells[c])!;
      const heading = cells[c].slice(found.start, found.end);
      const at = b.source !== undefined && row.source !== undefined ? b.text.indexOf(heading, Math.max(0, row.source - b.source)) : -1;
      const src = (i: number) => (at >= 0 ? b.source! + at + i : row.source);
      const after = [cells[c].slice(found.end), ...cells.slice(c + 1)].join(' ');
      const rest = after.trim();
      row.cells = cells.map((cell, i) => (i < c ? cell : i === c ? cell.slice(0, found.start).trimEnd() : ''));
      const extra: RawBlock[] = [{ kind: 'heading', text: heading, page: row.page, source: src(0) }];
      if (rest) extra.push({ kind: 'paragraph', text: rest, page: row.page, source: src(heading.length + after.length - after.trimStart().length) });
      this.out.splice(k + 1, 0, ...extra);
      k += extra.length;
    }
  }

  private readBlock(given: RawBlock): void {
    const table = this.table;
    // A page that opens with the table's next row was read as a numbered item: the row goes on being read as one.
    const id = given.kind === 'item' && given.marker ? parseId(given.marker.replace(/[.)]$/, '')) : null;
    let b: RawBlock = id && table?.last && follows(table.last, id) ? { kind: 'paragraph', text: `${given.marker} ${given.text}`, page: given.page, source: given.source } : given;
    const found = b.kind === 'paragraph' ? findHeaders(b.text, (table ?? this.previous)?.roles ?? null) : [];
    // Two column words in prose ('… Aktivitet Ansvarig …') head no table unless rows read after them.
    // A header repeated with its first columns' words set elsewhere on the page is the table's own: its order is the table's (or the last header's here).
    let known: { roles: FieldRole[]; words: string[] } | null = table ?? this.previous;
    const ordered = found.map((h) => {
      const roles = learnColumnOrder(h.roles, known ? known.roles : null);
      // The words of the columns set elsewhere are the table's header's, as the page that showed them gave them.
      const learned = roles === h.roles ? h : { ...h, roles, words: [...known!.words.slice(0, roles.length - h.roles.length), ...h.words], tail: true };
      // Two column words that open the header known before, in its order, are that header repeated: a drawn column's words stood apart on the page.
      if (learned.weak && known && repeatsHeaderHead(h.roles, known, b.text.slice(h.end))) return { ...learned, roles: known.roles, words: known.words, weak: false };
      // The header repeated with one column word run into its first row (displaced-header-word.ts): the table's header, the word blanked there.
      const displaced = learned === h && !h.weak ? displacedHeaderWord(b.text, h, known) : null;
      if (displaced) {
        b = { ...b, text: b.text.slice(0, displaced.start) + ' '.repeat(displaced.end - displaced.start) + b.text.slice(displaced.end) };
        return { ...h, roles: known!.roles, words: known!.words };
      }
      // Two column words may be prose's ('Nr Insats' set apart from its header): they teach no order.
      if (!learned.weak) known = learned;
      return learned;
    });
    // Two column words the table's header had word for word, over rows read before: that header again, over the next area's rows.
    const said = (h: Header, k: number) => [table, ...headers.slice(0, k)].some((p) => p && p.words.join(' ') === h.words.join(' '));
    let headers: Header[] = [];
    ordered.forEach((h, k) => !isSplitHeader(b.text, h, table) && (!h.weak || readsAsRows(b.text.slice(h.end, ordered[k + 1]?.start ?? b.text.length), h.roles, this.names) || said(h, k)) && headers.push(h));
    const interleaved = headers.length === 0 && b.kind === 'paragraph' && table ? blankInterleavedHeader(b.text, table.words) : null;
    if (interleaved) {
      // The header repeated beside the rest of a row cut by the page break, its words read line by line among the row's: the header's words go, the row's stay.
      b = { ...b, text: interleaved.text };
      headers = [{ roles: table!.roles, words: table!.words, start: 0, end: interleaved.first, weak: false }];
    }
    // A wrapped column word's second line that the reading order set after the band in the header: blanked, so the band's title ends before it.
    for (const h of headers) {
      const rest = wrappedCellRest(b.text, h, (table ?? this.previous)?.words ?? []);
      if (rest) b = { ...b, text: b.text.slice(0, rest.start) + ' '.repeat(rest.end - rest.start) + b.text.slice(rest.end) };
    }
    const shortened = headers.length === 0 && b.kind === 'paragraph' && table ? headerTail(b.text, table) : null;
    if (shortened) headers = [shortened];
    // No header: rows may still show their columns by their cells' types (typed-rows.ts).
    if (b.kind === 'paragraph' && headers.length === 0 && !table?.open && (!table || table.words.length === 0) && this.readTyped(b)) return;
    if (b.kind !== 'paragraph' || (headers.length === 0 && !table?.open)) {
      // A heading on the open row's own page ends the table there: the row is whole before it (a row goes on only over a page break).
      if (b.kind === 'heading' && table?.open && table.open.page === b.page) this.closeOpen();
      this.out.push(b);
      return;
    }
    const src = (at: number) => (b.source === undefined ? undefined : b.source + at);
    let cursor = 0;
    // Text before the first header of this block continues a row cut by the page break, or is prose.
    const segments: Array<{ start: number; end: number; header: Header | null; title?: boolean }> = [];
    if (headers.length === 0) segments.push({ start: 0, end: b.text.length, header: null });
    else {
      if (headers[0].start > 0) segments.push({ start: 0, end: headers[0].start, header: null });
      headers.forEach((h, i) => segments.push({ start: h.end, end: i + 1 < headers.length ? headers[i + 1].start : b.text.length, header: h }));
      this.cutHeaderTitles(b.text, headers, segments);
    }
    let title: { text: string; source: number | undefined } | null = null;
    for (const seg of segments) {
      if (seg.title) {
        // A table's title run into the line before its header: the row before it is whole, and the title names the rows under the header, as a band does.
        if (this.table?.open) this.closeOpen();
        title = { text: b.text.slice(seg.start, seg.end).trim(), source: src(seg.start) };
        // A title numbered on from the heading above the table ('6.1 Kulturskola …' a heading, then '6.2 Lokaler …' before the header repeated): that heading's sibling, a heading too, as the first table's title was.
        const sibling = this.takesHeading(headingNumber(title.text));
        // A table whose rows this reading took none of (its rows set line by line) keeps the title as the text before its header.
        if (sibling || (this.table && this.table.rows === 0)) this.out.push({ kind: sibling ? 'heading' : 'paragraph', text: title.text, page: b.page, source: title.source });
        if (sibling || (this.table && this.table.rows === 0)) title = null;
        cursor = seg.end;
        continue;
      }
      if (seg.header) {
        const tail = this.table !== null && (isHeaderTail(seg.header.roles, this.table.roles) || (seg.header.tail === true && this.table.roles.join() === seg.header.roles.join()));
        if (!this.table || (this.table.roles.join() !== seg.header.roles.join() && !tail)) {
          if (this.table?.open) this.closeOpen();
          // The header repeated after prose (a page's footer) goes on with the ids of the table it repeats.
          this.endTable();
          // A band whose number stood alone keeps waiting for its title there.
          const carried = this.previous?.roles.join() === seg.header.roles.join() ? this.previous : null;
          const table: Table = { index: FIRST_TABLE + this.tableCount++, roles: seg.header.roles, words: seg.header.words, last: carried?.last ?? null, untitled: carried?.untitled, open: null, rows: 0 };
          this.table = table;
          if (table.roles.includes('number')) this.idColumns.set(table.index, table.roles.indexOf('number'));
          this.tableRoles.set(table.index, table.roles);
          const prose = b.text.slice(cursor, seg.header.start);
          if (prose.trim()) this.out.push({ kind: 'paragraph', text: prose.trim(), page: b.page, source: src(cursor + (prose.length - prose.trimStart().length)) });
          this.noteTitleAbove(b.text.slice(0, seg.header.start));
          table.header = { kind: 'row', text: '', page: b.page, cells: seg.header.words, table: table.index, header: true, source: src(seg.header.start) };
          this.out.push(table.header);
        } else {
          // Text before a header the table repeats (a page's heading, 'Målområde 3 – …') is kept, not dropped.
          const prose = b.text.slice(cursor, seg.header.start);
          if (prose.trim()) this.out.push({ kind: 'paragraph', text: prose.trim(), page: b.page, source: src(cursor + (prose.length - prose.trimStart().length)) });
          // The header repeated without its first columns: the row before it is whole (its last words went with those columns), and the next opens without its id.
          if (tail && this.table.open) this.closeOpen();
          if (tail) this.table.guessNext = true;
        }
        const band = seg.header.band;
        // A new area's band in the header: the row before it is whole, and the area may number its rows anew.
        if (band && this.table.open) this.closeOpen();
        if (band) this.table.last = null;
        if (band) this.out.push({ kind: 'row', text: '', page: b.page, cells: this.table.roles.map((r) => (r === 'activity' ? b.text.slice(band.start, band.end) : '')), table: this.table.index, source: src(band.start) });
        if (title) this.out.push({ kind: 'row', text: '', page: b.page, cells: this.table.roles.map((r) => (r === 'activity' ? title!.text : '')), table: this.table.index, source: title.source });
        title = null;
        cursor = seg.end;
      } else if (!this.table?.open) {
        // Text before the header repeated, with no row to go on (rows read without ids): prose or an area's title above the next part of the table, kept.
        const prose = b.text.slice(seg.start, seg.end);
        if (prose.trim()) this.out.push({ kind: 'paragraph', text: prose.trim(), page: b.page, source: src(seg.start + (prose.length - prose.trimStart().length)) });
        cursor = seg.end;
        continue;
      }
      this.readBody(b, b.text.slice(seg.start, seg.end), seg.start);
      cursor = seg.end;
    }
  }

  /**
   * The titles run into the text right before a header the document repeats
   * (header-titles.ts): each is cut from the end of the segment before it into
   * a segment of its own. A header is repeated when the block holds it twice or
   * it is the table's being read.
   */
  private cutHeaderTitles(text: string, headers: Header[], segments: Array<{ start: number; end: number; header: Header | null; title?: boolean }>): void {
    const key = (h: Header) => h.roles.join();
    const repeated = (h: Header) => headers.filter((o) => key(o) === key(h)).length > 1 || (this.table !== null && key(this.table as unknown as Header) === key(h));
    for (let k = segments.length - 1; k >= 0; k--) {
      const seg = segments[k];
      const next = headers.find((h) => h.start === seg.end);
      if (!next || next.band || !repeated(next)) continue;
      const found = titleBeforeHeader(text.slice(seg.start, seg.end));
      // A number that goes on from the table's last row opens the next row, cut by the page break: no title.
      const id = found?.number ? parseId(found.number.replace(/[.:]$/, '')) : null;
      if (!found || (id && this.table?.last && follows(this.table.last, id))) continue;
      const title = { start: seg.start + found.at, end: seg.end, header: null, title: true };
      if (found.at === 0 && !seg.header) segments.splice(k, 1, title);
      else {
        seg.end = title.start;
        segments.splice(k + 1, 0, title);
      }
    }
  }

  /** Rows, bands and the rest of a row cut by a page break, from a stretch of text after a header. */
  private readBody(b: RawBlock, text: string, base: number): void {
    const t = this.table!;
    const src = (at: number) => (b.source === undefined ? undefined : b.source + base + at);
    if (!t.open && !t.last && this.readIdless(b, text, src)) return;
    let i = 0;
    while (i < text.length) {
      const rest = text.slice(i);
      const lead = rest.length - rest.trimStart().length;
      const body = rest.slice(lead);
      if (!body) break;
      const found = ROW_ID.exec(body);
      // The rest of a pending area's title read between the next row's id and its text ('3.1 och etableringar Detaljplanera …'): the title's, and the row reads after it.
      const titleRest = !found && t.area && t.roles[0] === 'focus-area' ? AREA_REST_AFTER_ID.exec(body) : null;
      const guessed = !found && !titleRest && t.guessNext && !t.open && t.last ? idBefore(body, t.last) : null;
      t.guessNext = false;
      const num: readonly [string, string] | null = found ? [found[0], found[1]] : titleRest ? [titleRest[0], titleRest[1]] : guessed ? ['', guessed] : null;
      const id = num ? parseId(num[1]) : null;
      if (titleRest && id && t.last && follows(t.last, id)) t.area = `${t.area} ${titleRest[2].trim()}`;
      if (t.open && id && t.last && follows(t.last, id)) this.closeOpen();
      const numbered = bandNumberAt(body, t.last);
      // With an area column, a numbered title before its first row ('2. Trygga skolvägar 2.1 Ordna …') is the area's merged cell, not a row of its own.
      if (numbered?.title && t.roles[0] === 'focus-area') {
        if (t.open) this.closeOpen();
        t.area = `${numbered.number} ${numbered.title}`;
        t.areaNumber = false;
        i += lead + numbered.rowAt;
        continue;
      }
      if (numbered && t.roles[0] !== 'focus-area') {
        this.bandNumber(b, numbered, src(i + lead));
        i += lead + numbered.rowAt;
        continue;
      }
      const late = this.lateTitle(body) || this.idlessBetween(b, body, src(i + lead));
      if (late > 0) {
        i += lead + late;
        continue;
      }
      if (t.open?.whole) {
        // A row read whole whose free-text cell may go on after the page break: up to the next row or band, if one follows here.
        const stop = BAND.test(body) || BAND_LABEL_AT_START.test(body) ? 0 : rowStop(body, t.last);
        // The title of an area whose cell gave its number alone ('1.' before the row): the reading order set it after the page break.
        if (t.areaNumber && stop < body.length && isAreaCell(body.slice(0, stop)) && !isAreaNumber(body.slice(0, stop).split(/\s+/)[0])) {
          this.closeOpen();
          t.area = body.slice(0, stop).trim();
          i += lead + stop;
          continue;
        }
        if (stop === body.length) {
          this.closeOpen();
          this.out.push({ kind: 'paragraph', text: body.trim(), page: b.page, source: src(i + lead) });
          this.endTable();
          return;
        }
        t.open.text = `${t.open.text} ${body.slice(0, stop)}`.trim();
        this.closeOpen();
        i += lead + stop;
        continue;
      }
      if (t.open) {
        // The rest of a row cut by a page break.
        const joined = `${t.open.text} ${body}`;
        const row = this.parse(joined);
        if (!row) {
          t.open.text = joined;
          return;
        }
        this.emitRow(t.open.id, row.cells, t.open.source, t.open.page);
        t.open = null;
        i += lead + row.length - (joined.length - body.length);
        continue;
      }
      const band = BAND.exec(body);
      if (band) {
        const after = body.slice(band[0].length);
        const next = nextRowAt(after, t.last);
        const upToRow = next >= 0 ? after.slice(0, next) : after;
        // Two levels' bands before a row ('Fokusområde 2: Skyfall Delmål 2.1 Kartläggning 2.1.1 …'): the first ends where the second's label opens,
        // also where the second's number was taken for the first row's ('Fokusområde 1: Dagvatten Delmål 1.1 Tidigt …').
        const inner = next < 0 ? -1 : BAND_BEFORE.exec(`${upToRow} `)?.index ?? bandAt(upToRow);
        const title = inner > 0 && /^\p{Lu}/u.test(upToRow.slice(inner).trimStart()) ? upToRow.slice(0, inner) : upToRow;
        const label = (body.slice(0, band[0].length) + title).trimEnd();
        // Rows after it: a band row of the table. The header repeated after it: the title above a table.
        if (next >= 0) this.out.push({ kind: 'row', text: '', page: b.page, cells: t.roles.map((r) => (r === 'activity' ? label : '')), table: t.index, source: src(i + lead) });
        else this.out.push({ kind: 'paragraph', text: label, page: b.page, source: src(i + lead) });
        i += lead + band[0].length + title.length;
        continue;
      }
      // Each area's table may number its rows in a series of its own ('A1'–'A4', then 'B1'): a first id under another letter opens rows anew.
      const series = !!t.last && !!id && id.prefix !== '' && id.prefix !== t.last.prefix && id.parts.length === t.last.parts.length && id.parts.every((p) => p === 1);
      if (num && id && (t.last ? follows(t.last, id) || series || (skipsOne(t.last, id) && nextRowAt(` ${body}`, t.last) === 0) : id.parts[id.parts.length - 1] === 1)) {
        i += lead + this.readNumberedRow(b, body, num, id, src(i + lead));
        continue;
      }
      // A short title before the next row: a band that names the rows after it ('Trygg stadsmiljö 4 Ordna …'); after an area's label ('Fokusområde Trygghet 1 Ordna …') the area may number its rows anew.
      const relabelled = BAND_LABEL_AT_START.test(body) ? nextRowAt(` ${body}`, null) - 1 : -1;
      const titled = relabelled > 0 ? relabelled : nextRowAt(` ${body}`, t.last) - 1;
      if (relabelled > 0 && isTitle(body.slice(0, relabelled))) t.last = null;
      const areaColumn = t.roles[0] === 'focus-area';
      if (titled > 0 && (isTitle(body.slice(0, titled)) || (areaColumn && isAreaCell(body.slice(0, titled))))) {
        // A title in the area column (its number with it, or alone) opens the area of the row after it.
        if (areaColumn) {
          t.area = body.slice(0, titled).trim();
          t.areaNumber = isAreaNumber(t.area);
          i += lead + titled;
          continue;
        }
        this.out.push({ kind: 'row', text: '', page: b.page, cells: t.roles.map((r) => (r === 'activity' ? body.slice(0, titled).trim() : '')), table: t.index, source: src(i + lead) });
        i += lead + titled;
        continue;
      }
      // Prose after the table.
      this.out.push({ kind: 'paragraph', text: body.trim(), page: b.page, source: src(i + lead) });
      this.endTable(body);
      return;
    }
  }

  /** A row that opens with the id after the last one, read up to the next row or band: the characters of `body` it took. */
  private readNumberedRow(b: RawBlock, body: string, num: readonly [string, string], id: ItemId, at: number | undefined): number {
    const t = this.table!;
    const after = body.slice(num[0].length);
    const following = nextRowAt(after, id);
    // With an area column and no id that follows before a capital, one before the rest of an area's title that the next id confirms.
    const next = following >= 0 || t.roles[0] !== 'focus-area' ? rowStop(after, id) : Math.min(...[chainedRowAt(after, id), bandAt(after)].filter((n) => n >= 0), after.length);
    const rowText = after.slice(0, next);
    const row = this.parse(rowText, next < after.length);
    t.last = id;
    if (row && next === after.length && row.length >= rowText.trimEnd().length) {
      // The last row here, its free-text cell reaching the block's end: the next page may go on with it.
      t.open = { id: num[1], text: rowText, source: at, page: b.page, whole: true };
      return num[0].length + rowText.length;
    }
    if (row) {
      // '1.1 … 1.2 …': a row under the same area's number opens no new area, so the last cell keeps its capitalised words ('900 Statlig medfinansiering'),
      // unless the area's cell gave its number alone: then its title is still to come, and may be those words.
      const nextId = next < after.length ? firstRowId(after.slice(next)) : null;
      const sameArea = !!nextId && id.parts.length > 1 && nextId.prefix === id.prefix && nextId.parts.length === id.parts.length && id.parts.slice(0, -1).every((p, k) => nextId.parts[k] === p);
      const cut = next < after.length && !(sameArea && !t.areaNumber) ? this.cutAreaTitle(row.cells) : null;
      this.emitRow(num[1], cut?.cells ?? row.cells, at, b.page);
      if (cut) t.area = cut.title;
      if (cut) t.areaNumber = false;
      // Marks after the cells and before the next row ('*' in a column for notes): the row's, not text that ends the table.
      if (next < after.length && !/[\p{L}\d]/u.test(rowText.slice(row.length))) return num[0].length + next;
      return num[0].length + row.length;
    }
    if (next < after.length) {
      // The next row follows: this one is whole, though its cells could not be told apart.
      this.unread(num[1], b.page, 'cells');
      this.emitRow(num[1], { activity: rowText.trim() }, at, b.page);
      return num[0].length + next;
    }
    t.open = { id: num[1], text: rowText, source: at, page: b.page };
    return num[0].length + rowText.length;
  }

  /**
   * A band's number before its first row ('2. Kompetens 2.1 …'): a band row
   * of the table. A number alone ('1. 1.1 …') waits for its title, which a
   * reading order may set after the header repeated on the next page.
   */
  private bandNumber(b: RawBlock, band: BandNumber, source: number | undefined): void {
    const t = this.table!;
    if (t.open) this.closeOpen();
    const parent = parseId(band.number.replace(/\.$/, ''));
    // A band numbered as the heading above the table's next sibling ('6.1 Kulturskola …' over the table, '6.2 Lokaler …' among its rows): a heading, as that one is.
    if (band.title && this.takesHeading(parent)) {
      this.out.push({ kind: 'heading', text: `${band.number} ${band.title}`, page: b.page, source });
      return;
    }
    const row: RawBlock = { kind: 'row', text: '', page: b.page, cells: t.roles.map((r) => (r === 'activity' ? `${band.number} ${band.title}`.trim() : '')), table: t.index, source };
    this.out.push(row);
    t.untitled = band.title || !parent ? null : { row, parent };
  }

  /**
   * A numbered title right before a table's first header ('… 6.1 Kulturskola
   * för alla barn Id Aktivitet …') heads the table as a heading: cut from the
   * end of the paragraph before the header, and the number kept, as the next
   * tables' titles may go on from it ('6.2 Lokaler …' before the header repeated).
   */
  private noteTitleAbove(before: string): void {
    const title = trailingHeadingNumber(before);
    if (!title) return;
    this.heading = title.id;
    const last = this.out[this.out.length - 1];
    this.titleAbove = last?.kind === 'paragraph' && last.text.endsWith(title.text) ? { block: last, text: title.text } : null;
  }

  /** The title above the first table made a heading, once the next table's title shows the two are siblings (alone, a numbered title may be a paragraph's last words or a deeper level's). */
  private cutTitleAbove(): void {
    const above = this.titleAbove;
    this.titleAbove = null;
    const at = above ? this.out.indexOf(above.block) : -1;
    if (!above || at < 0) return;
    const { block: last, text } = above;
    const kept = last.text.slice(0, last.text.length - text.length).trimEnd();
    const source = last.source === undefined ? undefined : last.source + last.text.length - text.length;
    const heading: RawBlock = { kind: 'heading', text, page: last.page, source };
    if (kept) this.out.splice(at, 1, { ...last, text: kept }, heading);
    else this.out.splice(at, 1, heading);
  }

  /** Whether a title's number is the next sibling of the last numbered heading ('6.1' → '6.2'): then it is a heading, and the last one. */
  private takesHeading(number: ItemId | null): boolean {
    const sibling = number !== null && this.heading !== null && number.parts.length === this.heading.parts.length && follows(this.heading, number);
    if (sibling) this.heading = number;
    if (sibling) this.cutTitleAbove();
    return sibling;
  }

  /**
   * The title of a band whose number stood alone: a title's shape before the
   * next row, when that row is one of the band's. It fills the band row, and
   * a row left open is whole. How much of the text it took, 0 for none.
   */
  private lateTitle(body: string): number {
    const t = this.table!;
    if (!t.untitled) return 0;
    const at = nextRowAt(` ${body}`, t.last) - 1;
    const next = at > 0 ? firstRowId(` ${body}`.slice(at)) : null;
    const { row, parent } = t.untitled;
    const under = !!next && next.prefix === parent.prefix && parent.parts.every((p, k) => next.parts[k] === p);
    if (!under || !isTitle(body.slice(0, at))) return 0;
    const k = t.roles.indexOf('activity');
    row.cells![k] = `${row.cells![k]} ${body.slice(0, at).trim()}`;
    t.untitled = null;
    if (t.open) this.closeOpen();
    return at;
  }

  /**
   * A row whose id the reading order set elsewhere ('Nr Insats 1.3' further
   * down the page): text before the row after next ('1.4' after '1.2') that
   * reads as a row in the header's order is the row between, and takes its
   * id. A row left open before it is whole. How much text it took, 0 for none.
   */
  private idlessBetween(b: RawBlock, body: string, source: number | undefined): number {
    const t = this.table!;
    if (!t.last || ROW_ID.test(body)) return 0;
    const at = nextRowAt(` ${body}`, t.last) - 1;
    const next = at > 0 ? firstRowId(` ${body}`.slice(at)) : null;
    const missing = next ? between(t.last, next) : null;
    if (!missing) return 0;
    const row = this.parse(body.slice(0, at), true);
    if (!row || row.length < body.slice(0, at).trimEnd().length || !holdsAsTable(row.cells, t.roles)) return 0;
    if (t.open) this.closeOpen();
    t.last = missing;
    this.emitRow(formatId(missing), row.cells, source, b.page);
    return at;
  }

  /**
   * Rows without ids, cut from the text after a header by what their cells
   * hold (row-segments.ts), when the ids do not carry the rows. Bands
   * become band rows; words between rows that no row takes stay as paragraphs
   * with a message; text after the last row is prose and ends the table.
   */
  /**
   * The rows of a table without a header in a block, its columns known by its
   * cells' types; the text before them is prose. A table read so on the page
   * before goes on here, a row's last lines first. Whether rows were read.
   */
  private readTyped(b: RawBlock): boolean {
    // Rows that carry ids are read by their numbering, here or later (numbered items, labelled records).
    const start = idChain(b.text) >= MIN_TYPED_IDS ? null : findTypedRows(b.text, this.names);
    const going = this.table !== null;
    if (start === null) {
      if (going) this.endTable();
      return false;
    }
    if (!going) this.table = { index: FIRST_TABLE + this.tableCount++, roles: TYPED_ROLES, words: [], last: null, open: null, rows: 0 };
    const from = going && /^\s*\p{Ll}/u.test(b.text) ? 0 : start;
    const before = b.text.slice(0, from);
    const kept = this.out.length;
    if (before.trim()) this.out.push({ kind: 'paragraph', text: before.trim(), page: b.page, source: b.source === undefined ? undefined : b.source + before.length - before.trimStart().length });
    if (this.readIdless(b, b.text.slice(from), (at) => (b.source === undefined ? undefined : b.source + from + at))) return true;
    this.out.length = kept;
    this.table = null;
    return false;
  }

  private readIdless(b: RawBlock, text: string, src: (at: number) => number | undefined): boolean {
    const t = this.table!;
    const read = idlessRows(text, t.roles, this.names);
    // Ids that follow each other carry the rows ('1.1', '1.2', '1.3' …) unless they are a few band numbers among many rows ('1. Service …', '2. Kommunikation …').
    const ids = idChain(text);
    if (!read || (ids >= 3 && read.rows < 2 * ids) || ids >= read.rows) return false;
    const { tokens, segmentation } = read;
    const at = (k: number) => tokens[k].index!;
    const span = (s: number, e: number) => text.slice(at(s), at(e - 1) + tokens[e - 1][0].length);
    for (const [k, seg] of segmentation.segments.entries()) {
      if (k === 0 && seg.kind === 'unplaced' && this.continueRow(tokens.slice(seg.start, seg.end).map((m) => m[0]), b.page)) continue;
      // A sentence right under a header no row has followed yet (the goal the rows serve): the table's caption, set before its header.
      if (k === 0 && seg.kind === 'unplaced' && t.rows === 0 && t.header && this.out[this.out.length - 1] === t.header && /[.!?]$/.test(span(seg.start, seg.end))) {
        this.out.splice(this.out.length - 1, 0, { kind: 'paragraph', text: span(seg.start, seg.end), page: b.page, source: src(at(seg.start)) });
        continue;
      }
      if (seg.kind === 'row') {
        // The next area's title run into the row's last, free-text cell ('Föreningar 2. Utbildning och arbete') opens that area.
        const cut = this.cutAreaTitle(seg.cells!);
        this.emitRow('', cut?.cells ?? seg.cells!, src(at(seg.start)), b.page);
        if (cut) t.area = cut.title;
      }
      else if (seg.kind === 'band') this.out.push({ kind: 'row', text: '', page: b.page, cells: t.roles.map((r) => (r === 'activity' ? span(seg.start, seg.end - (endsInFirstId(tokens.slice(seg.start, seg.end).map((m) => m[0])) ? 1 : 0)) : '')), table: t.index, source: src(at(seg.start)) });
      else {
        this.out.push({ kind: 'paragraph', text: span(seg.start, seg.end), page: b.page, source: src(at(seg.start)) });
        this.messages.push({ severity: 'warning', reason: `Unexpected text between rows of a table run into the text (page ${b.page ?? '?'}): '${span(seg.start, seg.end).slice(0, 60)}', expected a row of ${t.roles.join(', ')}; kept as a paragraph`, ruleId: 'clean/run-on-unplaced' });
      }
    }
    if (segmentation.end < tokens.length) {
      this.out.push({ kind: 'paragraph', text: text.slice(at(segmentation.end)).trim(), page: b.page, source: src(at(segmentation.end)) });
      this.endTable(text.slice(at(segmentation.end)));
    }
    return true;
  }

  /**
   * Words that open a page before its first row, when the last row read was on
   * the page before: the rest of that row's cells, each cell's last lines, joined
   * to the row cell by cell. Whether they were.
   */
  private continueRow(words: string[], page: number | null): boolean {
    const t = this.table!;
    const last = this.out[this.out.length - 1];
    if (!last || last.kind !== 'row' || last.header || last.table !== t.index || page === null || last.page === null || last.page >= page) return false;
    if (!/^\p{Ll}/u.test(words[0])) return false;
    const tail = tailRoles(t.roles);
    const rest = tail && readContinuation(words, tail, this.names);
    if (!rest) return false;
    last.cells = last.cells!.map((c, i) => [c, rest[t.roles[i]] ?? ''].filter(Boolean).join(' '));
    return true;
  }

  /** A row cut by a page break whose rest never came (the next row follows, or the text ends): kept as read. */
  private closeOpen(): void {
    const open = this.table!.open!;
    this.table!.open = null;
    const row = this.parse(open.text);
    if (!row) this.unread(open.id, open.page, 'cells');
    this.emitRow(open.id, row?.cells ?? { activity: open.text.trim() }, open.source, open.page);
  }

  /** A row's cells in the header's order; else with an owner the table has shown taken from where it stands (displaced-cells.ts); else with the owner blank. */
  private parse(text: string, bounded = false): Row | null {
    const roles = this.table!.roles;
    const row = parseRow(text, roles, this.names, bounded);
    const tail = row ? null : tailRoles(roles);
    const words = text.split(/\s+/).filter(Boolean);
    // Last, a row whose owner cell is blank (blank-owner.ts): no reading with an owner held.
    const read = tail && (readDisplacedOwner(words, tail, this.names, this.owners) ?? readBlankOwner(words, tail, this.names));
    return row ?? (read ? { cells: read.cells, length: text.trimEnd().length } : null);
  }

  private unread(id: string, page: number | null, what: string): void {
    this.messages.push({ severity: 'warning', reason: `Unexpected ${what} in row ${id} of a table run into the text (page ${page ?? '?'}), expected ${this.table!.roles.join(', ')}; the row is kept whole as its activity`, ruleId: 'clean/run-on-row-unread' });
  }

  /**
   * The table ends; `prose`: the text after its header or rows here. A
   * header that prose followed before any row was column words in prose ('…
   * Aktivitet Ansvarig Status Färdiggrad Arbetet följs upp …'): kept as text,
   * not as a table of no rows whose prose a reader could take for its body.
   * A header alone in its block, before a few words, or before ids, stays: its
   * rows may come as blocks of their own, numbered items another reader takes.
   */
  private endTable(prose = ''): void {
    const t = this.table;
    this.table = null;
    if (t && this.previous?.roles.join() === t.roles.join()) this.previous.untitled = t.untitled;
    // Prose with a first row's id in it ('1. 1.1 Införa …') holds rows this reader did not cut; a later one may.
    if (prose.trim().split(/\s+/).length < MIN_PROSE_WORDS || nextRowAt(` ${prose}`, null) >= 0 || !t || t.rows > 0 || !t.header) return;
    const h = t.header;
    Object.assign(h, { kind: 'paragraph', text: t.words.join(' ') });
    delete h.cells;
    delete h.table;
    delete h.header;
  }

  /**
   * A row's cells with the next area's title cut from the end of its last
   * cell, and the title, where the areas are the table's first column and
   * that cell is free text (column-areas.ts); null otherwise.
   */
  private cutAreaTitle(cells: Cells): { cells: Cells; title: string } | null {
    const roles = this.table!.roles;
    const last = roles[roles.length - 1];
    if (roles[0] !== 'focus-area' || !isTextColumn(last) || !cells[last]) return null;
    const cut = trailingAreaTitle(cells[last]);
    return cut && { cells: { ...cells, [last]: cut.cell }, title: cut.title };
  }

  private emitRow(id: string, cells: Cells, source: number | undefined, page: number | null): void {
    const t = this.table!;
    if (t.area && t.roles[0] === 'focus-area') {
      cells = { ...cells, 'focus-area': t.area };
      t.area = undefined;
    }
    this.table!.rows++;
    if (cells.owner) cells = { ...cells, owner: joinBrokenUnits(cells.owner) };
    for (const w of (cells.owner ?? '').split(/\s+/)) if (w) this.owners.add(ownerKey(w));
    this.previous = { roles: this.table!.roles, words: this.table!.words, last: this.table!.last };
    // Marks in a row's year cell fill its year columns from the first: a transcript keeps no empty cell, so one mark under two years is read as the first year's.
    const marks = (cells.year ?? '').split(' ');
    const yearColumn = (k: number) => this.table!.roles.slice(0, k).filter((r) => r === 'year').length;
    const values = this.table!.roles.map((r, k) => (r === 'number' ? id : r === 'year' ? (YEAR_MARK.test(marks[0] ?? '') ? marks[yearColumn(k)] ?? '' : yearColumn(k) === 0 ? cells.year ?? '' : '') : cells[r] ?? ''));
    this.out.push({ kind: 'row', text: '', page, cells: values, table: this.table!.index, source });
  }

  finish(): RawBlock[] {
    if (this.table?.open) this.closeOpen();
    this.endTable();
    const tables = new Set(this.out.filter((b) => b.kind === 'row' && (b.table ?? 0) >= FIRST_TABLE).map((b) => b.table!));
    return cutTableEnds(evenOwnerColumns(rejoinIdWords(this.out, this.idColumns, this.messages), this.tableRoles, this.messages), tables, this.messages);
  }
}

/**
 * The text of a page that opens with a table's header words in their order,
 * each within a few words of the one before (the header cells' lines read
 * among the lines of a row cut by the page break), with those words blanked so
 * that offsets hold; `first` is where the first header word ends. Null when
 * the page does not open so.
 */
function blankInterleavedHeader(text: string, header: string[]): { text: string; first: number } | null {
  const wanted = header.flatMap((w) => w.split(/\s+/));
  const tokens = [...text.matchAll(/\S+/g)];
  if (wanted.length < 3 || tokens[0]?.[0] !== wanted[0]) return null;
  const taken = [0];
  for (const w of wanted.slice(1)) {
    const from = taken[taken.length - 1] + 1;
    const k = tokens.slice(from, from + MAX_INTERLEAVED + 1).findIndex((t) => t[0] === w);
    if (k < 0) return null;
    taken.push(from + k);
  }
  // Interleaved, not a header read whole: a header read whole was found already.
  if (taken[taken.length - 1] === wanted.length - 1) return null;
  let out = text;
  for (const k of taken) out = out.slice(0, tokens[k].index!) + ' '.repeat(tokens[k][0].length) + out.slice(tokens[k].index! + tokens[k][0].length);
  return { text: out, first: tokens[0].index! + tokens[0][0].length };
}

/** Words of a row's cut cells that may stand between two header words of a page's repeated header. */
const MAX_INTERLEAVED = 12;

/**
 * 'Nr Aktivitet Ansvarig för Tid Status Fokusområde Trygga miljöer Genomförande 1 …':
 * a column word whose cell wrapped ends its first line on a small word ('för'),
 * and a reading order by height may set the cell's second line after the
 * area's title set in the header, right before the first row's id. That word
 * is the cell's rest when, joined to the cell, it gives a column word the
 * table's header showed whole ('Ansvarig för genomförande'): a word of the
 * title ('… Trygga miljöer 1 …') gives none. Its span in the text, or null.
 */
function wrappedCellRest(text: string, header: Header, shown: string[]): { start: number; end: number } | null {
  const k = header.words.findIndex((w) => WRAP_WORDS.has(w.split(' ').pop()!));
  if (k < 0) return null;
  const tokens = [...text.slice(header.end).matchAll(/\S+/g)].slice(0, MAX_BANDED_WORDS + 2);
  const row = tokens.findIndex((t, i) => i > 0 && ROW_ID.test(text.slice(header.end + t.index!)));
  const word = row > 0 ? tokens[row - 1][0] : '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || row < 2) return null;
  const joined = `${header.words[k]} ${word}`.toLowerCase();
  if (!shown.some((w) => w.toLowerCase() === joined)) return null;
  const start = header.end + tokens[row - 1].index!;
  return { start, end: start + word.length };
}

/** The cells after the activity, in the header's order; null when the header names no activity first. */
function tailRoles(roles: FieldRole[]): FieldRole[] | null {
  const a = roles.indexOf('activity');
  if (a < 0 || roles.slice(0, a).some((r) => r !== 'number' && r !== 'focus-area')) return null;
  const tail = cellRoles(roles.slice(a + 1));
  return tail.length ? tail : null;
}

/** The cells a row is read into: ids aside, and year columns next to each other as one cell of their marks ('X X'). */
function cellRoles(roles: FieldRole[]): FieldRole[] {
  return roles.filter((r, k) => r !== 'number' && !(r === 'year' && roles[k - 1] === 'year'));
}

/** The text after a header cut into rows without ids; null unless a row reads with a cell by its type. */
function idlessRows(text: string, roles: FieldRole[], names: string[][]) {
  const tail = tailRoles(roles);
  if (!tail) return null;
  const tokens = [...text.matchAll(/\S+/g)];
  const segmentation = segmentRows(tokens.map((m) => m[0]), tail, names);
  const rows = segmentation.segments.filter((s) => s.kind === 'row');
  // Rows whose cells show nothing by type (owners without a unit's shape, statuses as icons) stand when every one opens as an action.
  const actions = rows.filter((r) => isInfinitive(r.cells?.activity?.split(' ')[0] ?? '')).length;
  return rows.length > 0 && (segmentation.typedRows > 0 || actions === rows.length) ? { tokens, segmentation, rows: rows.length } : null;
}

/** Whether the text after two column words reads as rows: two or more, each of most showing a cell by its type. */
function readsAsRows(text: string, roles: FieldRole[], names: string[][]): boolean {
  const read = idlessRows(text, roles, names);
  return !!read && read.rows >= 2 && read.segmentation.typedRows * 2 >= read.rows && read.segmentation.typedRows >= 2;
}

/**
 * A band's words that end in the id of the first row under it ('Strategiskt
 * område 2: Rent vatten B1'), where rows read by their cells leave their ids
 * unread: an id that opens a numbering ('B1', '2.1'), after a title of its
 * own. A bare number ('Tema 1') is the band's.
 */
function endsInFirstId(words: string[]): boolean {
  const id = words.length > 2 ? parseId(words[words.length - 1]) : null;
  return !!id && (id.prefix !== '' || id.parts.length > 1) && id.parts[id.parts.length - 1] === 1;
}

/** Ids in a chain that make a text's rows numbered ones, not rows known by their cells' types alone. */
const MIN_TYPED_IDS = 3;

/** Characters before an id within which a band's label is looked for: the longest label and its spaces. */
const LABEL_REACH = 48;

/** How many row ids follow each other in a text, in the longest chain from a first one ('1', '1.1', 'A1'); a band's number ('Tema 1 …') is no row's id. */
function idChain(text: string): number {
  const padded = ` ${text}`;
  const ids = rowIdsInside(padded)
    .filter((m) => !BAND_BEFORE.test(padded.slice(Math.max(0, m.at + 1 - LABEL_REACH), m.at + 1))).map((m) => parseId(m.id)).filter((id): id is ItemId => id !== null);
  let longest = 0;
  ids.forEach((first, k) => {
    if (first.parts[first.parts.length - 1] !== 1) return;
    let last = first;
    let count = 1;
    for (const id of ids.slice(k + 1)) {
      if (!follows(last, id)) continue;
      last = id;
      count++;
    }
    longest = Math.max(longest, count);
  });
  return longest;
}

/** Whether a header's columns are the last ones of the table's, its first ones (the id and the activity) missing. */
/**
 * A header whose activity column word stands a few words before it, a column
 * word no field names between ('Nr Åtgärd Lokal Ansvar % klart'): its rows'
 * actions have no column in it, so no row reads under it. The table's own
 * header repeated without its first columns is no such header.
 */
function isSplitHeader(text: string, h: Header, table: Table | null): boolean {
  if (h.roles.includes('activity') || (table !== null && isHeaderTail(h.roles, table.roles))) return false;
  return text.slice(0, h.start).split(/\s+/).slice(-1 - MAX_SPLIT_WORDS).some((w) => headerRole(w).role === 'activity');
}

function isHeaderTail(roles: FieldRole[], full: FieldRole[]): boolean {
  return roles.length >= 2 && roles.length < full.length && !roles.includes('activity') && full.includes('activity') && full.slice(-roles.length).join() === roles.join();
}

/** The table's last column words, three or more, as they open a stretch of a block's text: its header repeated without its first columns. */
function headerTail(text: string, table: Table): Header | null {
  const tokens = [...text.matchAll(/\S+/g)];
  const words = tokens.map((t) => t[0]);
  for (let k = table.words.length - 1; k >= MIN_TAIL_WORDS; k--) {
    const roles = table.roles.slice(-k);
    if (!isHeaderTail(roles, table.roles)) continue;
    const wanted = table.words.slice(-k).flatMap((w) => w.split(/\s+/));
    const at = words.findIndex((_, i) => wanted.every((w, j) => words[i + j] === w));
    if (at >= 0) return { roles, words: table.words.slice(-k), start: tokens[at].index!, end: tokens[at + wanted.length - 1].index! + tokens[at + wanted.length - 1][0].length, weak: false };
  }
  return null;
}
const MIN_TAIL_WORDS = 3;

/**
 * Where the text of a row ends: at the next row, a labelled band or a band's
 * number, whichever comes first; the text's end for none. A band is looked for
 * only up to the next row, so that reading a page of rows costs its length.
 */
function rowStop(text: string, last: ItemId | null): number {
  const next = nextRowAt(text, last);
  // The next row's id and a few words after it: a label right before it ('Tema 3.1 …') still reads as a band.
  const upto = next >= 0 ? text.slice(0, next + BAND_REACH) : text;
  return Math.min(...[next, bandAt(upto), bandBefore(text, last)].filter((n) => n >= 0), text.length);
}

/** Characters past the next row's start within which a band that opens before it is still found. */
const BAND_REACH = 16;

/** A row's id, then lower-case words before the row's capitalised text. */
const AREA_REST_AFTER_ID = /^((?:\p{Lu}{1,2})?\d{1,3}(?:\.\d{1,2}){0,2})\s+((?:\p{Ll}[\p{Ll}-]*,?\s+){1,4})(?=\p{Lu})/u;

/** An id inside a text before any word: where the reading order set an area cell's second line between a row's id and its text ('3.1 och etableringar Detaljplanera …'). */
const LOOSE_ID_INSIDE = /\s((?:\p{Lu}{1,2})?\d{1,3}(?:\.\d{1,2}){0,2})\s+(?=\p{Ll})/gu;

/**
 * Where the row after `last` opens in a table with an area column, when no id
 * that follows it stands before a capital, but one stands before a lower-case word (the rest of the area's title, read between
 * the id and the row's text): the id counts when the row after it follows with
 * an id of its own, so the numbering confirms it. -1 for nowhere.
 */
function chainedRowAt(text: string, last: ItemId): number {
  for (const m of text.matchAll(LOOSE_ID_INSIDE)) {
    const id = parseId(m[1]);
    if (id && follows(last, id) && nextRowAt(text.slice(m.index! + m[0].length), id) >= 0) return m.index!;
  }
  return -1;
}

function bandAt(text: string): number {
  return BAND_ANYWHERE.exec(text)?.index ?? -1;
}

/** The number of a short numbered title that ends a text ('… 6.1 Kulturskola för alla barn'), its words with no figure or sentence end; null for none. */
function trailingHeadingNumber(text: string): { id: ItemId; text: string } | null {
  const found = /(?:^|\s)((\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\p{Lu}[^\d.!?:;]*))$/u.exec(text.trimEnd());
  const id = found && found[3].split(/\s+/).length <= MAX_TITLE_WORDS ? parseId(found[2]) : null;
  return id && { id, text: found![1] };
}

/** Words of a title before a table's header at most. */
const MAX_TITLE_WORDS = 8;

/** The number that opens a heading's text ('6.2' of '6.2 Lokaler och utrustning'), or null. */
function headingNumber(text: string): ItemId | null {
  const first = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{Lu}/u.exec(text.trim());
  return first ? parseId(first[1]) : null;
}
