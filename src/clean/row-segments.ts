import type { FieldRole } from '../lang/fields.js';
import { DANGLING_WORDS } from '../lang/language.js';
import { ACTION_NOUN, ADVERB_BEFORE_VERB, isInfinitive, isPresentTense } from '../lang/morphology.js';
import { sv } from '../lang/pattern.js';
import { SECTION_LABEL_WORDS } from '../lang/sections.js';
import { CAPTION_LABEL } from '../lang/structure.js';
import { headerRole } from './header-role.js';
import { typedEnds, type Cells } from './row-sequence.js';

/**
 * Rows of a table run into a transcript's line when they carry no id: 'Aktivitet
 * Ansvar Tid Ta fram en klimatbudget Miljöförvaltningen 2025 Byta till LED …'.
 * The header gives the order of the cells, so a row is an activity followed by
 * those cells; the words between header and prose are cut into rows by a
 * dynamic programme over token positions that takes the best complete
 * segmentation. A typed cell (status, time, percentage, symbol, a unit's name)
 * closes where its typed text ends; a free-text cell (comment, partner) where
 * the next row can begin. A segmentation scores by its evidence: activities
 * that open as actions, cells read whole by their type, bands ('Tema 2: …', '3.
 * Title') between rows. Words it cannot place are kept as unplaced segments,
 * never dropped; the table ends where no row with evidence follows.
 */

/** One piece of the text after a header, as token indexes (end exclusive). */
export interface RowSegment {
  kind: 'row' | 'band' | 'unplaced';
  start: number;
  end: number;
  cells?: Cells;
}

export interface Segmentation {
  segments: RowSegment[];
  /** Where the table ends: the tokens after it are prose. */
  end: number;
  /** Rows whose cells after the activity were read by their type (not blank, not a bare capitalised name). */
  typedRows: number;
}

/**
 * Evidence weights, in one table. A row starts in debt (`row`), so that only
 * a row with evidence (an action's opening, a cell read by its type) pays for
 * itself; prose after the table has none and ends it.
 */
const WEIGHT = {
  row: -2.5,
  /** An activity that opens with an infinitive ('Ta fram', 'Löpande utveckla'). */
  action: 2.5,
  /** An activity that opens with an action noun ('Utbildning i …', 'Företagsbesök'). */
  actionNoun: 1,
  /** An activity that opens in lower case is the rest of something else. */
  lowerStart: -4,
  /** A finite verb near the start: a sentence of prose, not a row. */
  clause: -2,
  /** A cell ending on 'och', 'för', 'i': cut in the middle of a phrase. */
  dangling: -2,
  /** A sentence end followed by a capitalised infinitive inside one activity: two rows read as one. */
  twoActions: -1.5,
  /** A row's cells read whole inside an activity, before a capital: the activity is two rows. */
  innerRow: -2,
  /** Per word beyond `longFrom`: rows are a few dozen words. */
  long: 0.2,
  longFrom: 30,
  typed: 2,
  dash: 1,
  /** A typed cell the transcript left blank (a colour-only status, an empty time). */
  blank: -0.5,
  /** An owner read as a unit's name ('Miljöförvaltningen', 'KLF/SBF'). */
  unit: 2,
  /** An owner read only as one to three capitalised words. */
  name: 0.3,
  noOwner: -2,
  emptyText: -0.5,
  /** A free-text cell closing in mid-sentence (no sentence end, a lower-case word or a number next). */
  midSentence: -1,
  /** Per word of the table's text left unplaced. */
  unplaced: -0.3,
  /** A sentence under the header, before the first row: a caption costs nothing, the rows after it must pay for the table. */
  caption: 0,
  labelledBand: 1,
  numberedBand: 0.3,
  titleBand: -0.5,
  /** Per word of a band's title. */
  bandWord: -0.05,
} as const;

const MAX_ACTIVITY = 40;
const MAX_CAPTION = 30;
const MAX_TEXT_CELL = 40;
const MAX_BAND_TITLE = 10;
const MAX_NAME = 3;
const DASH = /^[–—-]$/;
const BAND_LABEL = sv(`^(?:${SECTION_LABEL_WORDS})\\s+\\d{1,2}(?:\\.\\d{1,2})*\\s*[:.–-]?(?=\\s|$)`, 'i');
const dangling = new Set(DANGLING_WORDS);
const MODALS = new Set(['ska', 'skall', 'bör', 'kan', 'har', 'är']);

interface Reading {
  score: number;
  /** Where this cell ends; the next cell starts there. */
  cut: number;
  typed: boolean;
}

/** Per-token facts the scores read, computed once. */
class Tokens {
  readonly capital: boolean[];
  readonly opensAction: number[];
  readonly finite: boolean[];
  /** Words that name a column ('Status', 'Färdiggrad'). */
  readonly columnWord: boolean[];
  /** Where a caption opens ('Tabell 4. Indikatorer …'): the next table's title, where this table ends. */
  readonly caption: boolean[];
  /** Typed columns no word of the text reads as: what they hold did not come into the text. */
  readonly absent = new Set<FieldRole>();
  constructor(
    readonly words: string[],
    tail: FieldRole[] = [],
    names: string[][] = [],
  ) {
    for (const role of tail) if (role !== 'owner' && typedEnds(role, words, 0, names) !== null && words.every((_, k) => typedEnds(role, words, k, names)!.length === 0)) this.absent.add(role);
    const bare = words.map((w) => w.replace(/[,.;:!?"”)]+$/, ''));
    this.capital = words.map((w) => /^[\p{Lu}"”(]/u.test(w));
    this.columnWord = words.map((w, i) => this.capital[i] && headerRole(w).role !== null);
    this.caption = words.map((w, i) => CAPTION_LABEL.test(w) && /^\d/.test(words[i + 1] ?? ''));
    this.finite = bare.map((w) => MODALS.has(w.toLowerCase()) || isPresentTense(w));
    this.opensAction = bare.map((w, i) => {
      if (isInfinitive(w) || (ADVERB_BEFORE_VERB.test(w) && i + 1 < bare.length && isInfinitive(bare[i + 1]))) return WEIGHT.action;
      return ACTION_NOUN.test(w) ? WEIGHT.actionNoun : 0;
    });
  }
}

const endsDangling = (word: string) => dangling.has(word.toLowerCase());
const isNameWord = (w: string) => /^\p{Lu}[\p{L}\d&-]*,?$/u.test(w) || w === 'och';

/** The score of words [s, a) as a row's activity. */
function activityScore(t: Tokens, s: number, a: number): number {
  let score = t.capital[s] ? t.opensAction[s] : WEIGHT.lowerStart;
  if (score <= 0 && t.finite.slice(s, Math.min(a, s + 6)).some(Boolean)) score += WEIGHT.clause;
  if (endsDangling(t.words[a - 1])) score += WEIGHT.dangling;
  for (let k = s + 1; k < a; k++) if (/[.!?]$/.test(t.words[k - 1]) && t.capital[k] && t.opensAction[k] === WEIGHT.action) score += WEIGHT.twoActions;
  const length = a - s;
  if (length > WEIGHT.longFrom) score -= (length - WEIGHT.longFrom) * WEIGHT.long;
  return score;
}

/** The ways the cell of `role` may read from token `at`: its end and score. */
function cellOptions(t: Tokens, role: FieldRole, at: number, names: string[][]): Reading[] {
  const words = t.words;
  const typed = typedEnds(role, words, at, names);
  if (typed === null) {
    const out: Reading[] = [{ cut: at, score: WEIGHT.emptyText, typed: false }];
    for (let e = at + 1; e <= Math.min(words.length, at + MAX_TEXT_CELL); e++) {
      const long = Math.max(0, e - at - WEIGHT.longFrom) * WEIGHT.long;
      const cut = e < words.length && !/[.!?]$/.test(words[e - 1]) && /^[\p{Ll}\d]/u.test(words[e]);
      out.push({ cut: e, score: -long + (endsDangling(words[e - 1]) ? WEIGHT.dangling : 0) + (cut ? WEIGHT.midSentence : 0), typed: false });
    }
    return out;
  }
  if (role === 'owner') {
    const out: Reading[] = typed.map((e) => ({ cut: e, score: WEIGHT.unit, typed: true }));
    // An owner the document names without a unit's shape ('Samhällsbyggnad', 'Region X'): one to three capitalised words.
    for (let e = at + 1; e <= Math.min(words.length, at + MAX_NAME) && isNameWord(words[e - 1]) && t.capital[at]; e++) {
      if (!typed.includes(e) && words[e - 1] !== 'och' && t.opensAction[at] !== WEIGHT.action) out.push({ cut: e, score: WEIGHT.name, typed: false });
    }
    out.push({ cut: at, score: WEIGHT.noOwner, typed: false });
    return out;
  }
  const out: Reading[] = typed.map((e) => ({ cut: e, score: e === at + 1 && DASH.test(words[at]) ? WEIGHT.dash : WEIGHT.typed, typed: true }));
  // A column the text holds nothing of anywhere (status icons, fill colours) costs nothing left blank.
  out.push({ cut: at, score: t.absent.has(role) ? 0 : WEIGHT.blank, typed: false });
  return out;
}

/** The cells after the activity, read from token `at`: for each end, the best reading (memoised by start and cell). */
class TailReader {
  private readonly memo = new Map<number, Map<number, Reading & { typedCells: number }>>();
  constructor(
    private readonly t: Tokens,
    private readonly tail: FieldRole[],
    private readonly names: string[][],
  ) {}

  readings(at: number, r = 0): Map<number, Reading & { typedCells: number }> {
    const key = at * 16 + r;
    const known = this.memo.get(key);
    if (known) return known;
    const out = new Map<number, Reading & { typedCells: number }>();
    if (r === this.tail.length) out.set(at, { score: 0, cut: at, typed: false, typedCells: 0 });
    else {
      for (const o of cellOptions(this.t, this.tail[r], at, this.names)) {
        for (const [end, rest] of this.readings(o.cut, r + 1)) {
          const score = o.score + rest.score;
          const prev = out.get(end);
          if (!prev || score > prev.score) out.set(end, { score, cut: o.cut, typed: o.typed, typedCells: rest.typedCells + (o.typed ? 1 : 0) });
        }
      }
    }
    this.memo.set(key, out);
    return out;
  }

  /** Where a row's cells read from `at` end, one read by its type and none blank, before a capital; Infinity for nowhere. */
  rowEnd(at: number): number {
    let first = Infinity;
    for (const [end, read] of this.readings(at)) if (read.typedCells > 0 && read.score > 0 && end < this.t.words.length && this.t.capital[end]) first = Math.min(first, end);
    return first;
  }

  /** The cells of the best reading from `at` to `end`. */
  cells(at: number, end: number): Cells {
    const cells: Cells = {};
    for (let r = 0; r < this.tail.length; r++) {
      const step = this.readings(at, r).get(end)!;
      cells[this.tail[r]] = this.t.words.slice(at, step.cut).join(' ');
      at = step.cut;
    }
    return cells;
  }
}

/** Tokens a band's label takes at `i` ('Tema 2:' → 2; '3.' → 1), with its weight; null for none. */
function bandLabel(t: Tokens, i: number): { length: number; weight: number } | null {
  const head = t.words.slice(i, i + 4).join(' ');
  const labelled = BAND_LABEL.exec(head);
  if (labelled) return { length: labelled[0].split(/\s+/).length, weight: WEIGHT.labelledBand };
  if (/^\d{1,2}(?:\.\d{1,2})*\.?$/.test(t.words[i]) && i + 1 < t.words.length && t.capital[i + 1]) return { length: 1, weight: WEIGHT.numberedBand };
  return null;
}

interface Step {
  from: number;
  kind: RowSegment['kind'];
  /** For a row, where its activity ends. */
  activityEnd?: number;
}

/** The best segmentation of `words` into rows of `tail`'s cells after an activity, bands and unplaced words. */
export function segmentRows(words: string[], tail: FieldRole[], names: string[][]): Segmentation {
  const t = new Tokens(words, tail, names);
  const reader = new TailReader(t, tail, names);
  // A caption ('Tabell 4. Indikatorer …') titles the next table: this one's rows end before it.
  const caption = t.caption.indexOf(true, 1);
  const n = caption > 0 ? caption : words.length;
  const best = new Array<number>(n + 1).fill(-Infinity);
  const back = new Array<Step | null>(n + 1).fill(null);
  const typedAt = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  const offer = (from: number, to: number, score: number, step: Step, typed = 0) => {
    if (score > best[to]) {
      best[to] = score;
      back[to] = step;
      typedAt[to] = typedAt[from] + typed;
    }
  };
  for (let i = 0; i < n; i++) {
    if (best[i] === -Infinity) continue;
    offer(i, i + 1, best[i] + WEIGHT.unplaced, { from: i, kind: 'unplaced' });
    // A sentence right under the header: the goal or note the rows serve, set as the table's first line.
    if (i === 0) for (let e = 1; e <= Math.min(n, MAX_CAPTION); e++) if (/[.!?]$/.test(words[e - 1])) offer(0, e, WEIGHT.caption, { from: 0, kind: 'unplaced' });
    // A caption opens neither a band nor a row.
    if (t.caption[i]) continue;
    const band = bandLabel(t, i);
    for (let e = i + (band?.length ?? 0) + 1; e <= Math.min(n, i + (band?.length ?? 0) + MAX_BAND_TITLE); e++) {
      // A title that is no action and no sentence: a band heads the rows after it.
      // Nor a sentence's subject ('Företagens nöjdhet ska öka.', 'Projektet "Unga i jobb" stöttar …').
      const sentence = t.finite.slice(i, e + 2).some(Boolean);
      if (/[.!?]$/.test(words[e - 1]) || endsDangling(words[e - 1]) || (!band && (e - i > 6 || !t.capital[i] || t.opensAction[i] > 0 || sentence))) continue;
      // Column words ('Status Färdiggrad') are a header's rest, not a title, nor the start of one.
      if (t.columnWord.slice(i, e).every(Boolean) || (!band && t.columnWord[i])) continue;
      offer(i, e, best[i] + (band?.weight ?? WEIGHT.titleBand) + (e - i) * WEIGHT.bandWord, { from: i, kind: 'band' });
    }
    // A row's cells that end inside the activity, the next row opening there.
    let innerEnd = Infinity;
    for (let a = i + 1; a <= Math.min(n, i + MAX_ACTIVITY); a++) {
      if (a - 1 > i + 1) innerEnd = Math.min(innerEnd, reader.rowEnd(a - 1));
      const activity = WEIGHT.row + activityScore(t, i, a) + (a > innerEnd ? WEIGHT.innerRow : 0);
      for (const [end, tailRead] of reader.readings(a)) if (end <= n) offer(i, end, best[i] + activity + tailRead.score, { from: i, kind: 'row', activityEnd: a }, tailRead.typedCells > 0 ? 1 : 0);
    }
  }
  // The table ends after its best-scoring prefix that closes on a row: what follows has no row with evidence.
  let end = 0;
  for (let i = 1; i <= n; i++) if (back[i]?.kind === 'row' && best[i] > best[end] + 1e-9) end = i;
  const segments: RowSegment[] = [];
  for (let at = end; at > 0; ) {
    const step = back[at]!;
    const segment: RowSegment = { kind: step.kind, start: step.from, end: at };
    if (step.kind === 'row') segment.cells = { ...reader.cells(step.activityEnd!, at), activity: words.slice(step.from, step.activityEnd).join(' ') };
    segments.unshift(segment);
    at = step.from;
  }
  return { segments: mergeUnplaced(segments), end, typedRows: typedAt[end] };
}

/** Unplaced words next to each other as one segment. */
function mergeUnplaced(segments: RowSegment[]): RowSegment[] {
  const out: RowSegment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.kind === 'unplaced' && s.kind === 'unplaced') last.end = s.end;
    else out.push(s);
  }
  return out;
}
