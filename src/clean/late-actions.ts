import type { Message, RawBlock } from '../core/types.js';
import type { FieldRole } from '../lang/fields.js';
import { SECTION_LABEL_WORDS } from '../lang/sections.js';
import { sv } from '../lang/pattern.js';
import { headerRole } from './header-role.js';
import { opensAction } from './action-stretches.js';
import { isGovernedInfinitive, isInfinitive } from '../lang/morphology.js';
import { isTextColumn, typedEnds } from './row-sequence.js';
import { ownerStart } from './cell-kinds.js';
import { isAreaColumnWord } from './column-areas.js';
import { DANGLING_WORDS, RUN_ON_WORDS } from '../lang/language.js';
import { PARTNER_JOIN } from '../lang/structure.js';
import { follows, parseId } from './numbering.js';

/**
 * A table whose activity cells a PDF-to-text order set after the whole
 * table, as a spreadsheet's print gives it when its activity column is the
 * tall one: the header, then each row's id and its short cells (unit, time,
 * a comment) with the bands between them, then a legend perhaps, and only
 * then the actions, one after another:
 *
 *   'Id Åtgärd Ansvar Tid Kommentar Område 1: Parker Id 1 PARK 2026 Klart i
 *    maj. Id 2 TEK HT 2026 Id 3 PARK 2027 … Rensa dammen i Stadsparken Byta
 *    bänkar längs ån Plantera träd på torget'
 *
 * The ids (the id column's word before a number, 'Id 1', 'Åtg 2', or numbers
 * alone under a number column, '1, 2, 3' or an area's rows lettered '1a, 1b,
 * 2a'; never the number of a band's label, 'Fokusområde 2 –') say how many
 * rows there are; the actions are cut before each capitalised infinitive,
 * and as many as there are ids are paired in order. Each row's cells are read
 * forwards in the header's order by their type, a typed cell left blank
 * where nothing reads; the last row's text cell ends on its sentence, and
 * what follows it (a legend) stays as text. A tall row's cells that came
 * with its action ('Sanera klotter inom 48 timmar Medeltid 31 timmar …': a
 * comment, a wrapped unit or time) fill the row's blank cells when they take
 * them all (ownAction). Not read: a header with no activity column, fewer
 * than three rows, ids that do not follow each other, a row whose text holds
 * a capitalised action of its own (then the activity is in the row and the
 * run-on table reader reads it), fewer actions than rows.
 */

const FIRST_TABLE = 3000;
const MIN_ROWS = 3;
/** An id column's word: a short abbreviation ('Åtg', 'Akt', 'Id'). */
const ID_WORD = /^\p{Lu}\p{Ll}{0,3}\.?$/u;
/** A band between rows: a section's label and number, then its title ('Tema 2: Internationella kontakter'). */
const BAND = sv(`^(?:${SECTION_LABEL_WORDS})\\s+\\d{1,2}\\s*[:.–-]`, 'i');
const SENTENCE_END = /[.!?]$/;
/** Words that end the header: another id or activity column, or a band's label ('Tema 1: …') right after it. */
const NOT_TAIL: FieldRole[] = ['activity', 'number', 'focus-area', 'goal'];

const roleOf = (word: string): FieldRole | null => (/^\p{Lu}/u.test(word) ? headerRole(word).role : null);

/** The column's word or two-word phrase at token j ('Klart %', 'Klart senast'), the phrase first; null for none. */
function columnWordAt(words: string[], j: number): { role: FieldRole; length: number } | null {
  // Two words that each name a column ('Ansvarig Start') are two columns, and a number after a column's word is the first row's id.
  const second = words[j + 1] ?? '';
  const phrase = /^\p{Lu}/u.test(words[j]) && second && !/^\d/.test(second) && roleOf(second) === null ? headerRole(`${words[j]} ${second}`).role : null;
  const role = roleOf(words[j] ?? '');
  // A capitalised word that adds nothing to the column its first word names alone ('Kommentar Fordonsinnehav') follows the
  // header (the first area's title); a lower-case one is the name's own ('Ansvarig enhet').
  if (phrase && (phrase !== role || !/^\p{Lu}/u.test(second))) return { role: phrase, length: 2 };
  return role ? { role, length: 1 } : null;
}

interface Head {
  start: number;
  end: number;
  /** The id column's word before each row's number, or null for numbers alone. */
  idWord: string | null;
  words: string[];
  /** The roles of the cells after the activity, in order. */
  tail: FieldRole[];
}

/** The header at token i: an id column's word (or a number column's), the activity's, and two or more other columns' words; or null. */
function headAt(words: string[], i: number): Head | null {
  const number = roleOf(words[i]) === 'number';
  if (!number && (roleOf(words[i]) !== null || !ID_WORD.test(words[i]))) return null;
  if (roleOf(words[i + 1] ?? '') !== 'activity') return null;
  let j = i + 2;
  const tail: FieldRole[] = [];
  const names: string[] = [];
  for (let word = columnWordAt(words, j); word && !NOT_TAIL.includes(word.role); word = columnWordAt(words, j)) {
    tail.push(word.role);
    names.push(words.slice(j, j + word.length).join(' '));
    j += word.length;
  }
  if (tail.length < 2) return null;
  // Rows open with the column's word before their number ('Åtg 1', 'Nr 1'), or, under a number column, with the number alone.
  const head: Head = { start: i, end: j, idWord: words[i], words: [words[i], words[i + 1], ...names], tail };
  return number && rowStarts(words, head, words.length).length < MIN_ROWS ? { ...head, idWord: null } : head;
}

/** An id under a number column: a number alone ('3') or a number with a letter, as sub-rows of an area are numbered ('2b'). */
const LETTERED_ID = /^(\d{1,2})([a-z])?$/;
/** An id whose letters name its area, numbered afresh in each ('F1, F2, T1, T2'). */
const PREFIXED_ID = /^(\p{Lu}{1,2})(\d{1,2})$/u;
/** An outline id, the area's number then the row's, numbered afresh in each area ('1.1, 1.2, 2.1'). */
const OUTLINE_ID = /^(\d{1,2})\.(\d{1,2})\.?$/;

/**
 * Whether `word` may be the id after `prev` under a number column: the next
 * number ('3' after '2'); the next letter of the same number or the next
 * number's first ('2c' or '3a' after '2b'); where the ids carry their
 * area's letters, the next number of the same letters or the first of
 * letters not used yet ('F3' or 'T1' after 'F2'); or, where they carry the
 * area's number, the next row of the area or the next area's first ('1.3' or
 * '2.1' after '1.2'). The first id for none.
 */
function followsId(prev: string | null, word: string, used: Set<string>): boolean {
  if (prev === null) return word === '1' || word === '1a' || PREFIXED_ID.exec(word)?.[2] === '1' || /^1\.1\.?$/.test(word);
  if (OUTLINE_ID.test(prev)) {
    const [a, b] = [prev, word].map((id) => parseId(id.replace(/\.$/, '')));
    return OUTLINE_ID.test(word) && a !== null && b !== null && follows(a, b);
  }
  const prefixed = PREFIXED_ID.exec(prev);
  if (prefixed) {
    const m = PREFIXED_ID.exec(word);
    if (!m) return false;
    return m[1] === prefixed[1] ? Number(m[2]) === Number(prefixed[2]) + 1 : m[2] === '1' && !used.has(m[1]);
  }
  const [, n, letter] = LETTERED_ID.exec(prev) ?? [];
  if (n === undefined) return false;
  if (!letter) return word === String(Number(n) + 1);
  return word === `${n}${String.fromCharCode(letter.charCodeAt(0) + 1)}` || word === `${Number(n) + 1}a`;
}

/** A section's label before a number: the number is a band's ('Fokusområde 2 – …'), not a row's id. */
const LABEL_WORD = sv(`^(?:${SECTION_LABEL_WORDS})$`, 'i');

/** Where the row after `prev` opens at or after token k: 'Åtg 3' (its word then the number), or the next id alone; -1 for none before `limit`. */
function rowAt(words: string[], k: number, prev: string | null, idWord: string | null, limit: number, used: Set<string>): number {
  const n = prev === null ? '1' : String(Number(LETTERED_ID.exec(prev)?.[1] ?? prev) + 1);
  for (let q = k; q < limit; q++) {
    const outline = OUTLINE_ID.test(words[q + 1] ?? '') && followsId(prev, words[q + 1], used);
    if (idWord !== null ? words[q] === idWord && (words[q + 1] === n || outline) : followsId(prev, words[q], used) && !LABEL_WORD.test(words[q - 1] ?? '')) return q;
  }
  return -1;
}

/** The row's cells after the activity, read forwards by type from its words; a text cell runs to where the next typed cell reads, or to the end; the words no cell took last. */
function readCells(words: string[], tail: FieldRole[]): { cells: string[]; left: string } {
  const cells: string[] = [];
  let at = 0;
  tail.forEach((role, r) => {
    const ends = typedEnds(role, words, at, []);
    if (ends !== null) {
      const own = ends[0] ?? (role === 'owner' ? namedOwnerEnd(words, at, tail[r + 1]) : at);
      const end = role === 'owner' && own > at ? partnerEnd(words, ownerOwnEnd(words, at, own), tail.slice(r + 1)) : own;
      cells.push(words.slice(at, end).join(' '));
      at = end;
      return;
    }
    let end = at;
    const later = tail.slice(r + 1).filter((l) => !isTextColumn(l));
    while (end < words.length && !later.some((l) => (typedEnds(l, words, end, []) ?? []).length > 0)) end++;
    cells.push(words.slice(at, end).join(' '));
    at = end;
  });
  return { cells, left: words.slice(at).join(' ') };
}

/** Words of an owner without a unit's shape at most ('Förvaltningscheferna', 'Rektor Västra skolan', 'Fritid och kultur'). */
const MAX_OWNER_WORDS = 4;
/** What ties a partner to the owner before it, read where it opens a text ('i samverkan med', 'tillsammans med'). */
const PARTNER_AT = new RegExp(`^(?:${PARTNER_JOIN.source})`, PARTNER_JOIN.flags);
/** Whether a partner's tie opens at token `e`: the owner's cell goes on with its partner. */
const opensPartner = (words: string[], e: number) => e < words.length && PARTNER_AT.test(` ${words.slice(e, e + 4).join(' ')}`);

/** Where the owner's own words end in [at, end): before a partner's tie that the unit's reading took as its own words ('Gatuenheten tillsammans'). */
function ownerOwnEnd(words: string[], at: number, end: number): number {
  for (let e = at + 1; e < end; e++) if (opensPartner(words, e)) return e;
  return end;
}

/**
 * Where an owner's cell ends that names its partner after it ('Parkenheten i
 * samverkan med föreningarna'), the owner's own words ending at token `own`:
 * the partner runs a few words, no figure or sentence's end, up to where the
 * next typed cell reads or the words end; `own` where no partner follows.
 */
function partnerEnd(words: string[], own: number, later: FieldRole[]): number {
  if (!opensPartner(words, own)) return own;
  const typed = later.filter((l) => !isTextColumn(l));
  const tie = PARTNER_AT.exec(` ${words.slice(own).join(' ')}`)![0].trim().split(/\s+/).length;
  for (let e = own + tie + 1; e <= Math.min(words.length, own + tie + MAX_OWNER_WORDS); e++) {
    if (/[.!?:;]$|\d/u.test(words[e - 1])) return own;
    if (e === words.length || typed.some((l) => (typedEnds(l, words, e, []) ?? []).length > 0)) return e;
  }
  return own;
}

/**
 * Where an owner that no typer reads (a post, a plural of posts) ends that
 * opens at token `at`: capitalised, a few words with no figure or sentence's
 * end, up to where the next column's typed cell reads; `at` for none.
 */
function namedOwnerEnd(words: string[], at: number, next: FieldRole | undefined): number {
  if (!next || isTextColumn(next) || !/^\p{Lu}\p{Ll}/u.test(words[at] ?? '')) return at;
  for (let e = at + 1; e <= Math.min(words.length, at + MAX_OWNER_WORDS); e++) {
    if (/[.!?:;]$|\d/u.test(words[e - 1])) return at;
    // The row's words end on it: the cells after it are set below the table with its action (a tall row's); or its partner follows.
    if (e === words.length || opensPartner(words, e) || (typedEnds(next, words, e, []) ?? []).length > 0) return e;
  }
  return at;
}

/** Words an action keeps at least when a unit's name is taken from its end. */
const MIN_ACTION_WORDS = 3;

/**
 * A row whose owner cell is blank, its unit's name set after its action (the
 * reading order put a tall row's owner with the action column's text: '…
 * längs ån Tekniska förvaltningen'): the unit that ends the action, not
 * after a preposition, is the row's owner. The action without it is returned.
 */
function ownerAfterAction(action: string, cells: string[], tail: FieldRole[]): string {
  const o = tail.indexOf('owner');
  if (o < 0 || cells[o]) return action;
  const words = action.split(' ');
  const k = ownerStart(words, words.length, [], MIN_ACTION_WORDS);
  if (k >= words.length || dangling.has(words[k - 1].toLowerCase())) return action;
  cells[o] = words.slice(k).join(' ');
  return words.slice(0, k).join(' ');
}

/** Words of an area's title at most. */
const MAX_TITLE_WORDS = 6;
const dangling = new Set(DANGLING_WORDS);
const runOn = new Set(RUN_ON_WORDS);

/**
 * Where an area's title starts that ends a text, as an area column merged
 * down its rows gives its titles among the actions ('… omplacering Trygg
 * arbetsmiljö'): the last capital after a lower-case word or a figure (not
 * a preposition), a few words with no figure or sentence's end; the text's
 * length for none.
 */
function trailingTitle(words: string[]): number {
  for (let k = words.length - 1; k >= Math.max(1, words.length - MAX_TITLE_WORDS); k--) {
    if (/[.!?:;]$|\d/u.test(words[k])) return words.length;
    const before = words[k - 1];
    if (/^\p{Lu}\p{Ll}/u.test(words[k]) && /^[\p{Ll}\d]/u.test(before) && !dangling.has(before.toLowerCase())) {
      // A unit's name there is the row's owner, set after its action, not a title.
      return ownerStart(words, words.length, [], 0) <= k ? words.length : k;
    }
  }
  return words.length;
}

/** The areas' titles set among the actions, where the header opens with an area column: each action's trailing title is the next row's area, the first row's ends the text before the actions. */
function titlesAmongActions(before: string[], actions: string[]): { actions: string[]; areas: Array<string | null> } {
  const areas: Array<string | null> = [];
  const first = trailingTitle(before);
  areas.push(first < before.length ? before.slice(first).join(' ') : null);
  const cut = actions.map((a, k) => {
    const words = a.split(' ');
    const t = k < actions.length - 1 ? trailingTitle(words) : words.length;
    if (k < actions.length - 1) areas.push(t < words.length && t >= MIN_ACTION_WORDS ? words.slice(t).join(' ') : null);
    return t >= MIN_ACTION_WORDS ? words.slice(0, t).join(' ') : a;
  });
  return { actions: cut, areas };
}

interface Row {
  id: string;
  words: string[];
  /** The band's title set before the row, as written. */
  band: string | null;
}

/** Where the rows' ids open after the header: 1, 2, 3 … (or 1a, 1b, 2a …) in order, before `limit`. */
function rowStarts(words: string[], head: Head, limit: number): number[] {
  const starts: number[] = [];
  const used = new Set<string>();
  for (let prev: string | null = null, k = head.end; ; ) {
    const at = rowAt(words, k, prev, head.idWord, limit, used);
    if (at < 0) return starts;
    starts.push(at);
    prev = head.idWord ? words[at + 1] : words[at];
    used.add(PREFIXED_ID.exec(prev)?.[1] ?? '');
    k = at + (head.idWord ? 2 : 1);
  }
}

/** The rows, each row's words up to the next id or a band, the last up to `limit`. */
function readRows(words: string[], head: Head, starts: number[], limit: number): Row[] {
  const idLength = head.idWord ? 2 : 1;
  const rows: Row[] = [];
  let band: string | null = null;
  starts.forEach((s, k) => {
    const own = words.slice(s + idLength, starts[k + 1] ?? limit);
    const b = own.findIndex((_, q) => BAND.test(own.slice(q).join(' ')));
    rows.push({ id: words.slice(s, s + idLength).join(' '), words: b >= 0 ? own.slice(0, b) : own, band });
    band = b >= 0 ? own.slice(b).join(' ') : null;
  });
  // The first row's band stands between the header and the row.
  const before = words.slice(head.end, starts[0] ?? head.end).join(' ');
  if (rows.length && BAND.test(before)) rows[0].band = before;
  return rows;
}

/** A title's run: a few words, the first capitalised, with no figure, share or sentence's end ('Tjänsteresor', 'Transporter och logistik'). */
function isTitleRun(words: string[]): boolean {
  return words.length > 0 && words.length <= MAX_TITLE_WORDS && /^\p{Lu}\p{Ll}/u.test(words[0]) && words.every((w) => !/[.!?:;%]$|\d/u.test(w));
}

/**
 * Where the ids carry their area's letters ('F1 … F3 T1 …'), the area's
 * title is set where its letters first come: a title's run before the first
 * row's id, or ending the row before (after its last figure or sentence's
 * end: '… 2025-2027 35 % Tjänsteresor T1 …'), else ending the action before
 * it, as a merged cell's title came among the actions. A row whose letters
 * go on has no band; a title that reads nowhere leaves the row without one.
 */
function prefixBands(words: string[], head: Head, starts: number[], rows: Row[], actions: string[]): void {
  const letters = rows.map((r) => PREFIXED_ID.exec(r.id)?.[1] ?? null);
  if (head.idWord !== null || letters.some((l) => l === null) || new Set(letters).size < 2) return;
  const lead = words.slice(head.end, starts[0]);
  if (!rows[0].band && isTitleRun(lead)) rows[0].band = lead.join(' ');
  for (let k = 1; k < rows.length; k++) {
    if (letters[k] === letters[k - 1] || rows[k].band) continue;
    const prev = rows[k - 1].words;
    const t = prev.findLastIndex((w) => /[.!?:;%]$|\d/u.test(w)) + 1;
    if (t > 0 && isTitleRun(prev.slice(t))) {
      rows[k].band = prev.slice(t).join(' ');
      rows[k - 1].words = prev.slice(0, t);
      continue;
    }
    const action = actions[k - 1].split(' ');
    const a = trailingTitle(action);
    if (a >= MIN_ACTION_WORDS && a < action.length) {
      rows[k].band = action.slice(a).join(' ');
      actions[k - 1] = action.slice(0, a).join(' ');
    }
  }
}

/** The last row's text cell ends on its sentence: what follows it (a legend before the actions) is the page's, returned apart. */
function closeLastRow(cells: string[], tail: FieldRole[]): string {
  const k = tail.findLastIndex((t) => isTextColumn(t));
  if (k < 0 || SENTENCE_END.test(cells[k]) || !cells[k]) return '';
  const words = cells[k].split(' ');
  const last = words.findLastIndex((w) => SENTENCE_END.test(w));
  cells[k] = words.slice(0, last + 1).join(' ');
  return words.slice(last + 1).join(' ');
}

/** Whether a row's words open with an action, as where the activity column follows the id: a capitalised infinitive. */
const opensAny = (words: string[]) => /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') && isInfinitive(words[0]);

/** A page's number ('3 (4)', or a number last on the page) or a sentence's end closes the last action: what follows is the page's text. */
function lastActionEnd(words: string[]): number {
  const pageNumber = (q: number) => /^\d{1,3}$/.test(words[q]) && (q === words.length - 1 || /^\(\d{1,3}\)$/.test(words[q + 1] ?? ''));
  const k = words.findIndex((_, q) => q > 0 && (pageNumber(q) || SENTENCE_END.test(words[q - 1])));
  return k < 0 ? words.length : k;
}

/**
 * The actions' openings where the infinitive test found fewer than there are
 * rows: a capitalised word that reads as an infinitive only where something
 * governs it (a strong verb the list gives by its present, 'Ersätta' →
 * 'ersätter'), after a lower-case word that leaves nothing open, opens one
 * too: the rows' count is what governs it here. Taken only when that gives
 * exactly as many openings as rows, since an adjective in -a passes the same
 * test ('Lokala'); else the openings stay as found.
 */
function withGovernedVerbs(words: string[], from: number, starts: number[], count: number): number[] {
  const more: number[] = [];
  for (let k = from + 1; k < words.length; k++) {
    const before = words[k - 1];
    if (starts.includes(k) || !/^\p{Lu}\p{Ll}+$/u.test(words[k]) || !/\p{Ll}$/u.test(before) || runOn.has(before.toLowerCase())) continue;
    if (isGovernedInfinitive(words[k])) more.push(k);
  }
  return starts.length + more.length === count ? [...starts, ...more].sort((a, b) => a - b) : starts;
}

interface Late {
  /** Where the first action opens. */
  at: number;
  /** Each action with the words after it up to the next (its row's cells a tall row set there too, where any). */
  actions: string[];
  /** The text after the last action. */
  after: string;
}

/**
 * The actions after the last row: the last `count` capitalised infinitives
 * open them, each running to the next; the last ends on its sentence (or a
 * page's number), what follows is the page's. Null where fewer open.
 */
function actionsFrom(words: string[], from: number, count: number): Late | null {
  let starts: number[] = [];
  for (let k = from; k < words.length; k++) if (opensAction(words, k)) starts.push(k);
  if (starts.length < count) starts = withGovernedVerbs(words, from, starts, count);
  if (starts.length < count) return null;
  const chosen = starts.slice(-count);
  const pieces = chosen.map((s, k) => words.slice(s, chosen[k + 1] ?? words.length));
  const last = pieces[count - 1];
  const close = lastActionEnd(last);
  pieces[count - 1] = last.slice(0, close);
  return { at: chosen[0], actions: pieces.map((p) => p.join(' ')), after: last.slice(close).join(' ') };
}

/**
 * Where an action's own words end and the cells set below the table with it
 * begin: a capital after a lower-case word that needs nothing after it, where
 * a cell's line ended ('… inom 48 timmar Medeltid 31 timmar …'); not a name
 * after a preposition or a conjunction ('… i Lunds centrum och Dalby', '… längs Storgatan').
 */
function ownWordsEnd(words: string[]): number {
  for (let k = MIN_ACTION_WORDS; k < words.length; k++) {
    // A name a line broke after its dash ('… på sträckan Berga– Kvarnbo') goes on in the next word: no cell opens on it.
    if (/[–-]$/u.test(words[k]) && /^\p{Lu}/u.test(words[k + 1] ?? '')) continue;
    if (/^\p{Lu}/u.test(words[k]) && /\p{Ll}$/u.test(words[k - 1]) && !runOn.has(words[k - 1].toLowerCase())) return k;
  }
  return words.length;
}

/**
 * The action's own words, where a tall row's cells came after it (a
 * comment, a wrapped time or unit: '… inom 48 timmar Medeltid 31 timmar
 * jan–okt.'): those words fill the row's blank cells, read forwards in the
 * header's order. Only when the blank cells take them all: else the action
 * keeps its words, and no cell is filled.
 */
function ownAction(action: string, cells: string[], tail: FieldRole[]): string {
  const words = action.split(' ');
  const end = ownWordsEnd(words);
  const blank = tail.map((_, c) => c).filter((c) => !cells[c]);
  if (end === words.length || !blank.length) return action;
  const read = readCells(words.slice(end), blank.map((c) => tail[c]));
  if (read.left) return action;
  blank.forEach((c, k) => (cells[c] = read.cells[k]));
  return words.slice(0, end).join(' ');
}

/** A paragraph holding such a table read into its header, bands and rows; null when it holds none. */
function readBlock(b: RawBlock, table: number, messages: Message[]): RawBlock[] | null {
  const tokens = [...b.text.matchAll(/\S+/g)];
  const words = tokens.map((t) => t[0]);
  for (let i = 0; i < words.length; i++) {
    const head = headAt(words, i);
    if (!head) continue;
    const starts = rowStarts(words, head, words.length);
    if (starts.length < MIN_ROWS) continue;
    // A row whose words open with an action of its own is read in place by the run-on table reader (the last row's run on to the page's end).
    if (readRows(words, head, starts, words.length).slice(0, -1).some((r) => opensAny(r.words))) return null;
    const from = starts.at(-1)! + (head.idWord ? 2 : 1);
    const late = actionsFrom(words, from, starts.length);
    if (!late) {
      messages.push({ severity: 'info', reason: `Unexpected actions after ${starts.length} rows that hold none, expected as many: the rows are left as text`, ruleId: 'clean/late-actions' });
      return null;
    }
    const rows = readRows(words, head, starts, late.at);
    // An outline id left inside a row is one the sequence skipped ('1.2' then '1.4'): the actions would pair off by one.
    if (rows.some((r) => r.words.some((w) => OUTLINE_ID.test(w)))) {
      messages.push({ severity: 'info', reason: `Unexpected id out of sequence among ${rows.length} rows whose actions came after them, expected ids that follow each other: the rows are left as text`, ruleId: 'clean/late-actions' });
      return null;
    }
    prefixBands(words, head, starts, rows, late.actions);
    // An area column merged down the rows, its word before the header's: its titles came among the actions.
    if (isAreaColumnWord(words[i - 1] ?? '') && rows.every((r) => !r.band)) {
      const titled = titlesAmongActions(words.slice(starts.at(-1)!, late.at), late.actions);
      if (titled.areas[0] !== null && titled.areas.filter(Boolean).length >= 2) {
        late.actions = titled.actions;
        rows.forEach((r, k) => (r.band = titled.areas[k]));
      }
    }
    const at = (k: number) => (k < tokens.length ? tokens[k].index! : b.text.length);
    const block = (kind: RawBlock['kind'], text: string, extra: Partial<RawBlock> = {}): RawBlock => ({ kind, text, page: b.page, source: b.source, ...extra });
    const out: RawBlock[] = [];
    const lead = b.text.slice(0, at(i)).trim();
    if (lead) out.push(block('paragraph', lead));
    out.push(block('row', '', { cells: head.words, table, header: true }));
    let rest = '';
    rows.forEach((r, k) => {
      // A band is a row of its own whose one cell holds the title, as the run-on table reader gives it.
      if (r.band) out.push(block('row', '', { cells: ['', r.band, ...head.tail.map(() => '')], table }));
      const { cells, left } = readCells(r.words, head.tail);
      if (k === rows.length - 1) rest = [closeLastRow(cells, head.tail), left].filter(Boolean).join(' ');
      const action = ownerAfterAction(ownAction(late.actions[k], cells, head.tail), cells, head.tail);
      out.push(block('row', '', { cells: [r.id, action, ...cells], table }));
      // Words no cell of the row took stay as text after it, never dropped.
      if (left && k < rows.length - 1) out.push(block('paragraph', left));
    });
    if (rest) out.push(block('paragraph', rest));
    if (late.after) out.push(block('paragraph', late.after));
    messages.push({ severity: 'info', reason: `Paired ${rows.length} actions given after their table back to its rows in order`, ruleId: 'clean/late-actions' });
    return out;
  }
  return null;
}

/** Paragraphs holding a table whose actions came after it, read into rows; other blocks pass unchanged. */
export function pairLateActions(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  let table = FIRST_TABLE;
  return blocks.flatMap((b) => {
    if (b.kind !== 'paragraph') return [b];
    const read = readBlock(b, table, messages);
    if (!read) return [b];
    table++;
    return read;
  });
}
