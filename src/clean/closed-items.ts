import type { Message, RawBlock } from '../core/types.js';
import { RUN_ON_WORDS } from '../lang/language.js';
import { CLOSING_FIELDS } from '../lang/fields.js';
import { blockPiece } from './block-piece.js';

/**
 * A list whose items are whole sentences, each closing on its own fields
 * (a time after a dash, an owner in brackets), its markers drawn by the page
 * and lost when a transcript ran it into one line with the text around it:
 *
 *   '… Det här görs i vår: Renare stränder Parkenheten städar stränderna
 *    varje vecka – från maj 2027 (Parkenheten). Fler soptunnor sätts upp vid
 *    Norrviken – 2027. Säkrare bad Simskola för nyanlända hålls i Storsjön –
 *    juli 2027 (Fritid). Kontakt …'
 *
 * The item is the sentence, its boundaries the full stops; what makes a run
 * of sentences a list is the shape each repeats: the closing field pair
 * (' – time.' or ' (Owner).'). Three such sentences or more make the list,
 * and a sentence without it ends the list (a remark between items reads as
 * prose in plans with their markers kept, so an item missing its field is
 * left as text rather than guessed). A sub-heading is the short run of
 * words that opens a sentence before its first capitalised word inside it:
 * two to eight words, the first capitalised, the others lower case or
 * figures ('För dig som är 65 år'), its last word none a title does not end
 * on (a preposition: '… för barn 7–10 år vid Sjöviken' is an item's own
 * text). The text before the first item ends at its colon or full stop; the
 * text after the last stays as it was. Not read: sentences of prose with no
 * closing field (an event's programme, a news article), fewer than three.
 */

/** Sentences with their closing field that make a list at least. */
const SERIES = 3;
/** Words a sub-heading holds at least and at most. */
const MIN_TITLE_WORDS = 2;
const MAX_TITLE_WORDS = 8;
/** Words of a closing field after its dash at most ('– 22 juni–14 augusti (Fritidsgårdarna).'). */
const FIELD_WORDS = 8;
/** A sentence's closing field: a dash and a few words, or a bracketed capitalised name, before the full stop. */
const DASH_FIELD = new RegExp(`\\s[–—]\\s(?:\\S+\\s){0,${FIELD_WORDS - 1}}\\S+\\.$`, 'u');
const OWNER_FIELD = /\s\(\p{Lu}[^()]*\)\.$/u;
const dangling = new Set(RUN_ON_WORDS);

interface Sentence {
  from: number;
  to: number;
  text: string;
  /** Labelled fields that close it ('Ansvar: X | Tid: Y'), 0 for a sentence with none. */
  labels?: number;
}

/** Words a closing field's last value holds at most ('Från januari 2026'). */
const LAST_VALUE_WORDS = 5;
/** Fields that close one item at most. */
const MAX_LABELS = 3;

/**
 * The length of the last field's value at the start of a text, whose end no mark shows
 * ('Rektor | När: HT 2026 Elevhälsan går …'): its first word, then words in lower case or
 * figures; a capitalised word opens the next item or title, a figure after a figure a
 * numbered one ('HT 2027 3 Insatsområde 3'), and a full stop ends the value.
 */
function lastValueLength(text: string): number {
  const words = [...text.matchAll(/\S+/gu)].slice(0, LAST_VALUE_WORDS);
  let end = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k][0];
    if (k > 0 && (/^\p{Lu}/u.test(w) || (/^\d/u.test(w) && /^\d/u.test(words[k - 1][0])) || /[.:]$/u.test(words[k - 1][0]))) break;
    if (/:$/u.test(w)) break;
    end = words[k].index! + w.length;
  }
  return end;
}

/**
 * The labelled fields that close items in a text, each as [from, to, labels]: an owner's or a
 * time's label after a sentence's end, perhaps further fields after a separator, and the last
 * value.
 */
function closingFieldsOf(text: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (const m of text.matchAll(CLOSING_FIELDS.open)) {
    if (!/^\p{Lu}/u.test(m[1]) || (out.length && m.index! < out[out.length - 1][1])) continue;
    let at = m.index! + m[0].length;
    let labels = 1;
    for (let n = CLOSING_FIELDS.next.exec(text.slice(at)); n && labels < MAX_LABELS; n = CLOSING_FIELDS.next.exec(text.slice(at))) {
      at += n[0].length;
      labels++;
    }
    const value = lastValueLength(text.slice(at));
    if (value) out.push([m.index!, at + value, labels]);
  }
  return out;
}

/**
 * The sentences of a paragraph with its closing labelled fields joined to the item they close,
 * which opens at the last sentence before the fields (a title run into it, 'Delmål 1.2 Stöd i
 * skolan Elevhälsan …', is cut out by the title reader, see closesOnLabelledFields). Text
 * between two items stays text too, not a sentence of the run: a caption or a title between
 * items ends no list. Fields that follow fields ('Ansvar: X. Tid: 2027.') close the same item, as one field: no mark joins them.
 */
function closedSentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let cursor = 0;
  const plain = (from: number, to: number) => sentencesOf(text.slice(from, to)).map((s) => ({ ...s, from: s.from + from, to: s.to + from }));
  for (const [from, to, labels] of closingFieldsOf(text)) {
    const before = plain(cursor, from);
    const last = out[out.length - 1];
    if (!before.length && last?.labels) Object.assign(last, { to, text: text.slice(last.from, to), labels: Math.max(last.labels, labels) });
    else if (before.length) {
      const start = before[before.length - 1].from;
      // 'Ansvar: HR. Tid: 2027.': the sentence before the fields is the value of one, and the item stands before it.
      if (CLOSING_FIELDS.valueOf.test(text.slice(0, start))) continue;
      if (!last?.labels) out.push(...before.slice(0, -1));
      out.push({ from: start, to, text: text.slice(start, to), labels });
    }
    cursor = to;
  }
  return [...out, ...plain(cursor, text.length)];
}

/** The sentences of a text, each ending at a full stop, '!' or '?', or a colon (a lead-in's end). */
function sentencesOf(text: string): Sentence[] {
  // A stop before a lower-case word or a figure ('kl. 06') ends no sentence.
  return [...text.matchAll(/\S(?:[^.!?:]|[.!?:](?!\s+[\p{Lu}–—]|\s*$))*(?:[.!?:]|$)/gu)].map((m) => ({ from: m.index!, to: m.index! + m[0].length, text: m[0] }));
}

/** Whether a sentence closes on a field pair, and none of its own text is a quote ('– Vi vill …, säger …'). */
export function closesOnField(s: string): boolean {
  return !/^[–—]/u.test(s) && (DASH_FIELD.test(s) || OWNER_FIELD.test(s));
}

/** The length of a sub-heading that opens the words at i, or 0: see the file's comment. */
function titleAt(words: string[], i: number): number {
  if (!/^\p{Lu}\p{Ll}+$/u.test(words[i] ?? '')) return 0;
  const next = words.findIndex((w, k) => k > i && /^\p{Lu}/u.test(w)) - i;
  if (next < MIN_TITLE_WORDS || next > MAX_TITLE_WORDS) return 0;
  const title = words.slice(i + 1, i + next);
  if (!title.every((w) => /^(?:\p{Ll}[\p{Ll}-]*|\d[\d–-]*)$/u.test(w)) || dangling.has(words[i + next - 1])) return 0;
  return next;
}

/**
 * The sub-heading in a sentence as [offset, length], or null. A sentence
 * inside the run opens on its sub-heading; the first one may hold text the
 * reading order set before the list (a page's side column), so its last
 * sub-heading after a line's end is taken, the text before it left as text.
 */
export function titleIn(s: string, first: boolean): [number, number] | null {
  const words = [...s.matchAll(/\S+/g)];
  const plain = words.map((w) => w[0]);
  for (let i = first ? words.length - 1 : 0; i >= 0; i--) {
    const n = titleAt(plain, i);
    // A title inside the sentence stands after a word no clause stops on ('… i maj Säkrare …' reads as a new line, '… till Norrby …' does not).
    if (n && (i === 0 || !dangling.has(plain[i - 1].replace(/,$/, '')))) {
      const last = words[i + n - 1];
      return [words[i].index!, last.index! + last[0].length - words[i].index!];
    }
  }
  return null;
}

/**
 * Whether a text ends on labelled fields that close an item ('… Ansvar: X | Tid: Y'): an item cut
 * by a title run into it is the text after the title, the text before it no item of its own.
 */
export function closesOnLabelledFields(text: string): boolean {
  const fields = closingFieldsOf(text);
  return fields.length > 0 && fields[fields.length - 1][1] === text.trimEnd().length;
}

/** Runs of sentences [first, last] that make a list: see the file's comment. */
function runsOf(sentences: Sentence[]): Array<[number, number]> {
  const closed = sentences.map((s) => !!s.labels || closesOnField(s.text));
  const runs: Array<[number, number]> = [];
  let first = -1;
  let count = 0;
  let last = -1;
  const close = () => {
    const run = sentences.slice(first, last + 1);
    // A run with labelled fields needs them joined by a mark once: items that each end on one label after only a space are read by the readers of titled items.
    if (first >= 0 && (run.some((s) => s.labels) ? isLabelledRun(run) : count >= SERIES)) runs.push([first, last]);
    first = -1;
    count = 0;
  };
  for (let k = 0; k < sentences.length; k++) {
    if (closed[k]) {
      if (first < 0) first = k;
      last = k;
      count++;
    } else close();
  }
  close();
  return runs;
}

/**
 * Labelled fields joined by a mark ('Ansvar: X | Tid: Y'), which prose seldom writes, are a list's
 * mark on their own: one item closing on them makes the run, and items beside it closing on one
 * field only are its items too.
 */
function isLabelledRun(run: Sentence[]): boolean {
  return run.some((s) => s.labels! >= 2);
}

/** Paragraphs holding a list of sentences that close on their fields, cut into text before, sub-headings, items and text after. */
export function splitClosedItems(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  let read = 0;
  const out = blocks.flatMap((b) => {
    if (b.kind !== 'paragraph') return [b];
    const sentences = closedSentencesOf(b.text);
    const runs = runsOf(sentences);
    if (!runs.length) return [b];
    const parts: RawBlock[] = [];
    const piece = (from: number, to: number, kind: RawBlock['kind'], first = false) => {
      const p = blockPiece(b, from, to, kind, first);
      if (p) parts.push(kind === 'item' ? { ...p, marker: '•' } : p);
    };
    let cursor = 0;
    for (const [first, last] of runs) {
      for (let k = first; k <= last; k++) {
        const s = sentences[k];
        // The title run into an item closed by labelled fields is the title reader's to cut.
        const title = s.labels ? null : titleIn(s.text, k === first);
        const opens = s.from + (title ? title[0] + title[1] : 0);
        piece(cursor, s.from + (title ? title[0] : 0), 'paragraph', cursor === 0);
        if (title) piece(s.from + title[0], opens, 'heading');
        piece(opens, s.to, 'item');
        cursor = s.to;
      }
      read += last - first + 1;
    }
    piece(cursor, b.text.length, 'paragraph');
    return parts;
  });
  if (read) messages.push({ severity: 'info', reason: `Read ${read} items of lists whose sentences each close on a time or owner field`, ruleId: 'clean/closed-items' });
  return out;
}
