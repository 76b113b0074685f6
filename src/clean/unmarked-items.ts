import type { Message, RawBlock } from '../core/types.js';
import { RUN_ON_WORDS } from '../lang/language.js';
import { isAuxiliary, isFiniteVerb, isInfinitive } from '../lang/morphology.js';
import { labelWords } from '../lang/fields.js';
import { sv } from '../lang/pattern.js';
import { INLINE_BULLET_GLYPHS } from '../lang/structure.js';
import { blockPiece } from './block-piece.js';
import { namesIn } from './marker-column.js';

/**
 * A list whose bullets the page drew rather than wrote (a browser draws a web
 * page's list markers, so the PDF it prints holds none in its text), run by
 * a transcript into one line with the text around it: each item opens with a
 * capitalised infinitive where a line ended, and the list's sub-headings
 * stand between the items.
 *
 *   '… Det här ska göras Renare stränder Städa stränderna varje vecka –
 *    Parkenheten, från juni 2026 Sätta upp fler soptunnor – Parkenheten,
 *    2027 Säkrare bad Anordna simskola för nyanlända – Fritid, sommaren 2026
 *    Kontakt: …'
 *
 * A line ended where a word no clause stops on stands before the capital (a
 * lower-case word that is no preposition or conjunction, a figure or a year,
 * a closing parenthesis, a colon, or a capitalised word when the infinitive
 * goes on in lower case: the last item's name); three items or more with no
 * sentence's end between them, four words each at least, are the list when
 * it shows a plan's marks: a sub-heading between its items, or a field in
 * one of them (a year, a unit after a dash or in parentheses, a labelled
 * field). A sub-heading is the short title that ends the text before an
 * item: two to six words, the first capitalised and the others in lower
 * case, no infinitive first, no auxiliary, no name the text shows after a
 * preposition. The last item ends at its sentence's end, at a capitalised
 * label with its colon that names no field ('Kontakt:'), or where a
 * capitalised clause with its finite verb begins (the prose after the
 * list), a heading's shape before that left out. Each item becomes an item
 * block, each sub-heading a heading; the text around them stays as it was.
 * Not read: a text whose list keeps its markers (bullet glyphs, 'Åtgärd
 * 3:', '1.2', rows numbered 1, 2 …), fewer than three items, infinitives
 * after a full stop (sentences of prose that open on a verb), a menu's
 * short entries ('Bygga och bo'), items with no field and no sub-heading (a
 * list of strategies or aims, which the text around it must place).
 */

/** Items a list holds at least, as a series of marked lines does elsewhere. */
const SERIES = 3;
/** Words an item holds at least: fewer is a menu's entry ('Bygga och bo'), not an action. */
const MIN_ITEM_WORDS = 4;
/** Words a sub-heading holds at least and at most. */
const MIN_TITLE_WORDS = 2;
const MAX_TITLE_WORDS = 6;
/** Words a clause's finite verb comes within after its capitalised subject ('Barn och unga ska …'). */
const CLAUSE_REACH = 4;
/** Words of a clause's subject before its auxiliary, where an infinitive-like word opens it. */
const SUBJECT_WORDS = 2;
const dangling = new Set(RUN_ON_WORDS);
const SENTENCE_END = /[.!?]["”)]?$/u;
const LABEL = /^\p{Lu}\p{Ll}+:$/u;
/** A list's marker run into the line: a bullet glyph, or 'o' as transcripts give a hollow bullet (a dash may join a field, as '– Parkenheten'). */
const MARKER = new RegExp(`^(?:o|[${INLINE_BULLET_GLYPHS}])$`, 'u');
/** An item's number as a list or a table's rows number it: '3:', '2)', '1.2', '4.1:', '7'. */
const ID_MARK = /^(?:\d{1,2}(?:\.\d{1,2})*[:)]|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)$/u;
/** A row's bare number ('7'), a marker where actions follow such numbers: else a page's number or a figure. */
const ROW_NUMBER = /^\d{1,2}$/u;
/** A field's label ('Ansvar:', 'Klart:'): an item's own, which ends no list. */
const FIELD_LABEL = sv(`^(?:${labelWords()})$`, 'iu');

type Word = RegExpMatchArray;

/** Whether a line ended right before word i: after a lower-case word no clause stops on, a figure, ')' or ':'. */
function endsLine(words: Word[], i: number): boolean {
  const p = words[i - 1]?.[0] ?? '';
  return (/^\p{Ll}[\p{Ll}-]*,?$/u.test(p) && !dangling.has(p.replace(/,$/, ''))) || /^\d[\d–-]*,?$/u.test(p) || /[):]$/.test(p);
}

/**
 * Whether word i opens an item: a capitalised infinitive where a line ended,
 * or after a capitalised word (the last item's name, '… vid Hagen Bygga …'),
 * no name the text shows, and no subject of a clause ('Kalla vintrar ska …').
 */
function opensItem(words: Word[], i: number, names: Set<string>): boolean {
  const w = words[i][0];
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || names.has(w) || !isInfinitive(w)) return false;
  // The subject's noun and its auxiliary right after it ('Kalla vintrar ska'); a relative clause in an item ('Utse en lots som är …') is the item's own.
  const next = words.slice(i + 1, i + 1 + SUBJECT_WORDS).map((n) => n[0].replace(/[,.;:]$/, ''));
  if (next.findIndex((n) => isAuxiliary(n)) >= 0 && !next.slice(0, next.findIndex((n) => isAuxiliary(n))).some((n) => dangling.has(n))) return false;
  // After a capitalised word the infinitive must go on in lower case ('… Hagen Bygga en …'): a name's next word ('… Centrumföreningen Mora Handel') is capitalised too.
  return endsLine(words, i) || (/^\p{Lu}\p{Ll}+,?$/u.test(words[i - 1]?.[0] ?? '') && /^\p{Ll}/u.test(words[i + 1]?.[0] ?? ''));
}

/** The word a sub-heading opens at, ending the words [from, to), or -1: see the file's comment. */
function titleAt(words: Word[], from: number, to: number, names: Set<string>): number {
  for (let s = Math.max(from + 1, to - MAX_TITLE_WORDS); s <= to - MIN_TITLE_WORDS; s++) {
    const title = words.slice(s, to).map((w) => w[0]);
    // After a line's end, or after the item's last word when that is a capitalised name ('… – Fastighetsenheten Läsning för barn').
    if (!/^\p{Lu}\p{Ll}+$/u.test(title[0]) || names.has(title[0]) || !(endsLine(words, s) || /^\p{Lu}\p{Ll}+$/u.test(words[s - 1]?.[0] ?? ''))) continue;
    const rest = title.slice(1);
    // Its first word no infinitive (that opens an item), no auxiliary after it ('Barn ska …' is a clause); an adjective in -a may stand in it ('Fler öppna timmar').
    if (rest.every((w) => /^\p{Ll}+$/u.test(w)) && !isInfinitive(title[0]) && !rest.some((w) => isAuxiliary(w))) return s;
  }
  return -1;
}

/**
 * Whether an item's words show a plan's field: a year or season and year
 * ('våren 2027'), a unit after a dash ('– Parkenheten') or in parentheses,
 * a labelled field ('Ansvar: …'). A list of items none of which shows one,
 * and no sub-heading between them, may be a list of strategies or aims,
 * which the text around it must place: it is left as it was.
 */
function showsField(span: string[]): boolean {
  return span.some((w, k) => /^(?:19|20)\d\d\b/u.test(w) || ((/^[–—-]$/u.test(w) || /^\(\p{Lu}/u.test(w)) && /^\(?\p{Lu}/u.test(span[k + 1] ?? w.slice(1))) || (LABEL.test(w) && FIELD_LABEL.test(w.slice(0, -1))));
}

/** Where the last item, opening at word `at`, ends in the text: see the file's comment. */
function lastItemEnd(text: string, words: Word[], at: number, names: Set<string>): number {
  const sentence = words.findIndex((w, k) => k >= at && SENTENCE_END.test(w[0]));
  if (sentence >= 0 && clauseAt(words, at, sentence) < 0) return words[sentence].index! + words[sentence][0].length;
  const label = words.findIndex((w, k) => k > at && LABEL.test(w[0]) && !FIELD_LABEL.test(w[0].slice(0, -1)));
  const clause = clauseAt(words, at, words.length);
  const stop = Math.min(...[label, clause].filter((k) => k > at), words.length);
  // A heading's shape right before what follows the list ('… Fritid Fler nyheter Kalla vintrar ska …') is no part of the item.
  const title = stop < words.length ? titleAt(words, at, stop, names) : -1;
  const end = title > at + 1 ? title : stop;
  return end < words.length ? words[end].index! : text.length;
}

/** The first word in (from, to) that opens a capitalised clause, its finite verb within reach, where a line ended; -1 where none does. */
function clauseAt(words: Word[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (!/^\p{Lu}/u.test(words[k][0]) || !endsLine(words, k)) continue;
    if (words.slice(k + 1, Math.min(to, k + 1 + CLAUSE_REACH)).some((w) => isFiniteVerb(w[0].replace(/[,.;:]$/, '')))) return k;
  }
  return -1;
}

interface List {
  /** The word each item opens at, and the word its sub-heading opens at before it, or -1. */
  items: Array<{ at: number; title: number }>;
  /** Where the last item ends in the text. */
  end: number;
}

/** The lists of one block's text: runs of three items or more with no sentence's end between them. */
function listsOf(text: string, names: Set<string>): List[] {
  const words = [...text.matchAll(/\S+/g)];
  const lists: List[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= SERIES) {
      const items = run.map((at, k) => ({ at, title: titleAt(words, k === 0 ? -1 : run[k - 1], at, names) }));
      // A sub-heading inside an item leaves the item at least one word.
      for (let k = 1; k < items.length; k++) if (items[k].title >= 0 && items[k].title <= items[k - 1].at + 1) items[k].title = -1;
      const end = lastItemEnd(text, words, run.at(-1)!, names);
      const last = words.findIndex((w) => w.index! >= end);
      const opening = (k: number) => (items[k].title >= 0 ? items[k].title : items[k].at);
      const spans = items.map((item, k) => words.slice(item.at, k + 1 < items.length ? opening(k + 1) : last < 0 ? words.length : last).map((w) => w[0]));
      if (spans.every((span) => span.length >= MIN_ITEM_WORDS) && (items.some((item) => item.title >= 0) || spans.some(showsField))) lists.push({ items, end });
    }
    run = [];
  };
  // A list whose markers the text holds ('… o Skapa … o Identifiera …', '… Åtgärd 3: Genomföra …', '1.2 Bygga …') is read where its markers are: this reading is for lists without them.
  const marks = (w: string, next: string) => MARKER.test(w) || (ID_MARK.test(w) && /^\p{Lu}/u.test(next));
  // Bare numbers before actions number rows when two or more do: one alone is a page's number or a figure.
  const numbered = words.filter((w, k) => ROW_NUMBER.test(w[0]) && /^\p{Lu}\p{Ll}+$/u.test(words[k + 1]?.[0] ?? '') && isInfinitive(words[k + 1][0])).length;
  if (numbered >= 2 || words.some((w, k) => marks(w[0], words[k + 1]?.[0] ?? ''))) return [];
  for (let i = 1; i < words.length; i++) {
    if (SENTENCE_END.test(words[i - 1][0]) || (LABEL.test(words[i - 1][0]) && !FIELD_LABEL.test(words[i - 1][0].slice(0, -1)))) close();
    if (!opensItem(words, i, names)) continue;
    // An item that a clause of prose follows ('… löpande Barn och unga ska höras Fler nyheter Vattenläcka …') is the list's last: what comes after is no item of it.
    if (run.length && clauseAt(words, run.at(-1)!, i) >= 0) close();
    run.push(i);
  }
  close();
  return lists;
}

/** Paragraphs holding a list whose markers the page drew, cut into the text before, sub-headings, items and the text after. */
export function splitUnmarkedItems(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  const names = namesIn(blocks.map((b) => b.text).join(' '));
  let read = 0;
  const out = blocks.flatMap((b) => {
    if (b.kind !== 'paragraph') return [b];
    const lists = listsOf(b.text, names);
    if (!lists.length) return [b];
    const words = [...b.text.matchAll(/\S+/g)];
    const parts: RawBlock[] = [];
    const piece = (from: number, to: number, kind: RawBlock['kind'], first = false) => {
      const p = blockPiece(b, from, to, kind, first);
      if (p) parts.push(kind === 'item' ? { ...p, marker: '•' } : p);
    };
    let cursor = 0;
    for (const list of lists) {
      list.items.forEach((item, k) => {
        const opens = words[item.title >= 0 ? item.title : item.at].index!;
        piece(cursor, opens, 'paragraph', cursor === 0);
        if (item.title >= 0) piece(opens, words[item.at].index!, 'heading');
        cursor = k + 1 < list.items.length ? words[list.items[k + 1].title >= 0 ? list.items[k + 1].title : list.items[k + 1].at].index! : list.end;
        piece(words[item.at].index!, cursor, 'item');
      });
      read += list.items.length;
    }
    piece(cursor, b.text.length, 'paragraph');
    return parts;
  });
  if (read) messages.push({ severity: 'info', reason: `Read ${read} items of lists whose markers the page drew, each opening with an infinitive where a line ended`, ruleId: 'clean/unmarked-items' });
  return out;
}
