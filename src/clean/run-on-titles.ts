/**
 * Unnumbered titles that a transcript ran into the page's line: '… och
 * lånecyklar Tryggare skolvägar Många föräldrar skjutsar sina barn …'. With the
 * line breaks gone, a heading with neither number nor label is known only by
 * where it stands and what it looks like: after a lost line end (a sentence
 * end, or a lower-case word no clause stops on, followed by a capital) comes
 * a short capitalised noun phrase with no finite verb (a heading's shape,
 * inline-headings.ts), and right after it a capitalised sentence opens (its
 * finite verb within a few words). A name inside a sentence ('stödja Region
 * Norrbotten i …') is one word before the next capital, and is followed by no
 * sentence; a contents entry is followed by its page number.
 */
import type { RawBlock } from '../core/types.js';
import { blockPiece } from './block-piece.js';
import { DANGLING_WORDS, PREPOSITIONS } from '../lang/language.js';
import { sv } from '../lang/pattern.js';
import { PROPOSAL_AREA, SECTION_LABELS } from '../lang/sections.js';
import { isFiniteVerb } from '../lang/morphology.js';
import { ASSESSMENT_TRACKS, TRACK_MEANINGS } from '../lang/status.js';
import { cellKind } from './cell-kinds.js';
import { findInlineHeadings, headingTitleEnd } from './inline-headings.js';
import { sentenceEnds } from './split-inline.js';

export interface RunOnTitle {
  /** Where the title starts and ends (exclusive) in the text searched. */
  at: number;
  end: number;
  /** A title of one word may be a name: the line ended before it, but it is no heading of its own. */
  heading: boolean;
}

const dangling = new Set(DANGLING_WORDS);
const noTitleEnd = new Set([...DANGLING_WORDS, ...PREPOSITIONS]);
/** A heading of two to six words: one capitalised word before another is most often a name ('Region Norrbotten'). */
const MIN_HEADING_WORDS = 2;
const MAX_WORDS = 6;
/** The sentence after a title shows its finite verb within this many words. */
const VERB_WITHIN = 8;
/** A title's words: letters, hyphens (compounds shared 'kultur- och fritid'), a comma between nouns. */
const TITLE_WORD = /^(?:\p{L}[\p{L}-]*,?|–|-)$/u;
/** A word of a title: a bullet glyph ('o') is none, a preposition ('i') is. */
const isTitleWord = (w: string) => TITLE_WORD.test(w) && (w.length > 1 || dangling.has(w));
const CAPITAL_START = /(?<=^|\s)\p{Lu}\p{Ll}/gu;

/** The word before `at` in the text, as written. */
function wordBefore(text: string, at: number): string {
  return /(\S+)\s*$/.exec(text.slice(Math.max(0, at - 60), at))?.[1] ?? '';
}

/** A line ended before `at`: a sentence ended there, or a lower-case word no clause stops on stands before a capital. */
function isLostLineEnd(text: string, at: number, ends: Set<number>): boolean {
  // A page's text opens on a new line.
  if (at === 0) return true;
  // '1. Service …': a numbered heading, whose number and title the numbering passes read together.
  if (/^\d{1,2}(?:\.\d{1,2})*[.)]?$/.test(wordBefore(text, at))) return false;
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (ends.has(end)) return true;
  const prev = wordBefore(text, at);
  // One letter before a capital is a bullet ('… yrkeshögskola o Arrangera …'), not the end of a line.
  return /^\p{Ll}[\p{Ll}-]+$/u.test(prev) && !dangling.has(prev);
}

/** A value a field, cell or legend holds, never a title: a status, a time, a unit's name, a goal's assessment ('Delvis uppfyllt'), a light's meaning ('Risk för avvikelse'). */
function isFieldValue(title: string): boolean {
  return cellKind(title) !== 'text' || [...ASSESSMENT_TRACKS, ...TRACK_MEANINGS].some((a) => a.pattern.test(title));
}

/** The text after a title opens a sentence: a capitalised word, a finite verb within a few words, before any sentence end. */
function opensSentence(after: string): boolean {
  const m = /^\s+(\p{Lu}\S*)/u.exec(after);
  if (!m) return false;
  const words = after.trimStart().split(/\s+/).slice(0, VERB_WITHIN + 1);
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    if (isFiniteVerb(w.replace(/[,.;:!?]$/, ''))) return true;
    // A capital before the verb, not a name after a preposition: cells of a table run on ('Samhällsbyggnad Marknadsföra lediga tomter …'), not a sentence.
    if (/[.!?:;]$/.test(w) || /^\d/.test(w) || (/^\p{Lu}/u.test(w) && !dangling.has(words[k - 1].toLowerCase()))) return false;
  }
  return false;
}

/** An area's label and colon with no number ('Målområde: Trygg stad …'); a goal's label ('Mål:') opens a goal, not an area. */
const LABEL_COLON = sv(`(?<=^|\\s)(?:${SECTION_LABELS.filter((l) => l.id !== 'label/mal').map((l) => l.pattern).join('|')})\\s*:\\s+(?=\\p{Lu})`, 'giu');

/** An area's label with its number ('Fokusområde 2'), the number captured. */
const LABEL_NUMBER = sv(`(?<=^|\\s)(?:${SECTION_LABELS.filter((l) => l.id !== 'label/mal').map((l) => l.pattern).join('|')})\\s+(\\d{1,2})\\b`, 'giu');

/**
 * Labelled titles run into a text: 'Målområde: Trygg stad' before the
 * sentence that opens the section. The label in capitals, the title of a
 * heading's shape, a sentence right after it: a field of a record
 * ('Målområde: Trygg stad Ansvarig: …') is followed by the next label.
 */
function findLabelledTitles(text: string): RunOnTitle[] {
  const out: RunOnTitle[] = [];
  for (const m of text.matchAll(LABEL_COLON)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const titleAt = m.index! + m[0].length;
    const len = headingTitleEnd(text.slice(titleAt));
    if (len <= 0 || isFieldValue(text.slice(titleAt, titleAt + len)) || !opensSentence(text.slice(titleAt + len))) continue;
    out.push({ at: m.index!, end: titleAt + len, heading: true });
  }
  return out;
}

/** The titles run into a text, in order; one-word ones only where `single` allows (an item's text, which a title ends). */
export function findRunOnTitles(text: string, single = false, plain = true, named: string[] = [], next = ''): RunOnTitle[] {
  const labelled = findLabelledTitles(text);
  const out: RunOnTitle[] = [...labelled];
  if (!plain) return out;
  const ends = new Set(sentenceEnds(text));
  let from = 0;
  for (const m of text.matchAll(CAPITAL_START)) {
    const at = m.index!;
    if (at < from || labelled.some((l) => at >= l.at && at < l.end)) continue;
    const lineEnd = isLostLineEnd(text, at, ends);
    if (!lineEnd && !/^\p{Lu}/u.test(wordBefore(text, at))) continue;
    const len = headingTitleEnd(text.slice(at));
    if (len <= 0) continue;
    const title = text.slice(at, at + len);
    // After a capitalised word (a table's last cell, 'NTF Skåne'), a title is known by the sentence that opens with its words again ('Gående och cyklister Gående och cyklister står för …').
    if (!lineEnd && !text.slice(at + len).trimStart().startsWith(`${title} `)) continue;
    const words = title.split(/\s+/);
    const heading = words.length >= MIN_HEADING_WORDS;
    // An item's own words open with its marker: a title is found only after them.
    if ((!heading && !single) || (single && at === 0) || words.length > MAX_WORDS || !words.every(isTitleWord)) continue;
    if (noTitleEnd.has(words[words.length - 1].toLowerCase()) || /,$/.test(title) || isFieldValue(title)) continue;
    // A section's label in the definite form after a preposition ('Inom området', 'Under temat') opens a sentence that names
    // the area after it ('Inom området Fältarbete bland unga ska kommunen …'): the words are its opening, no title.
    if (PROPOSAL_AREA.test(`${title} `)) continue;
    // A title that is all its block holds (the last words of a page, a table's row cut before it) is followed by the next block's text.
    const after = at === 0 && len === text.trimEnd().length ? ` ${next}` : text.slice(at + len);
    if (!opensSentence(after) || namesSection(after, named)) continue;
    out.push({ at, end: heading ? at + len : at, heading });
    from = at + len;
  }
  return out.sort((p, q) => p.at - q.at);
}

/**
 * The titles of the document's numbered headings and items ('4.1. Omvärld' →
 * 'omvärld'): a sentence may name a section by its title ('Inom området
 * Omvärld tar …'), and the words before that name are then the sentence's
 * opening, no title of their own.
 */
function sectionTitles(blocks: RawBlock[]): string[] {
  const titles = new Set<string>();
  for (const b of blocks) {
    const numbered = b.kind === 'heading' ? /^\d{1,2}(?:\.\d{1,2})*\.?\s+(\p{Lu}.*)$/u.exec(b.text.trim())?.[1] : b.kind === 'item' && b.marker && /^\d/.test(b.marker) ? b.text.trim() : undefined;
    if (numbered && numbered.split(/\s+/).length <= MAX_WORDS) titles.add(numbered.toLowerCase());
  }
  // Numbered headings still run into their pages' text ('… 2. Mötesplatser Biblioteken är …').
  const texts = blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
  findInlineHeadings(texts).forEach((found, t) => found.forEach((h) => titles.add(texts[t].slice(h.at + h.marker.length, h.end).trim().toLowerCase())));
  return [...titles];
}

/** The text after a title goes on with a section's title and then lower-case words: the title and the name are one sentence's opening. */
function namesSection(after: string, named: string[]): boolean {
  const rest = after.trimStart().toLowerCase();
  return named.some((t) => rest.startsWith(`${t} `) && /^\p{Ll}/u.test(after.trimStart().slice(t.length + 1)));
}

/**
 * Whether numbers carry the outline ('1 Kompetens … 2 Service …', three or more in order, or
 * labels with two numbers or more, 'Fokusområde 1 … Fokusområde 2'): a plain
 * title is then a sub-heading or frame, and a reading order that moved it before the first number
 * would make it an area.
 */
export function hasNumberedOutline(blocks: RawBlock[]): boolean {
  const texts = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'item').map((b) => (b.kind === 'item' && b.marker ? `${b.marker} ${b.text}` : b.text));
  if (findInlineHeadings(texts).some((h) => h.length > 0)) return true;
  // 'Fokusområde 1: …', 'Fokusområde 2: …': labels with their numbers carry it as well, wherever the reading set them: in
  // the prose, as headings of their own, or as a band across a table run into the text ('Fokusområde 2 – …' in a row).
  const labelled = [...texts, ...blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : b.kind === 'row' ? (b.cells ?? []) : []))];
  const numbers = new Set(labelled.flatMap((t) => [...t.matchAll(LABEL_NUMBER)].filter((m) => /^\p{Lu}/u.test(m[0])).map((m) => m[1])));
  return numbers.size >= 2;
}

/**
 * Cuts the titles out of the paragraphs and items of run-on pages: the text
 * before a title keeps its block's kind, the title becomes a heading, the
 * sentence after it a paragraph. An item ends where its line did, before a
 * one-word title and its sentence too ('… i skolköken Uppföljning Nämnden
 * följer …'). `plain` false: labelled titles only (see hasNumberedOutline).
 * Offsets stay those of the source.
 */
export function splitRunOnTitles(blocks: RawBlock[], kinds: Array<RawBlock['kind']> = ['paragraph', 'item'], plain = true): RawBlock[] {
  const named = plain ? sectionTitles(blocks) : [];
  return blocks.flatMap((b, i): RawBlock[] => {
    if (!kinds.includes(b.kind)) return [b];
    const next = blocks[i + 1];
    const titles = findRunOnTitles(b.text, b.kind === 'item', plain, named, next?.kind === 'paragraph' ? next.text : '');
    if (!titles.length) return [b];
    const out: RawBlock[] = [];
    const piece = (kind: RawBlock['kind'], from: number, to: number, keep: boolean): void => {
      const block = blockPiece(b, from, to, kind, keep);
      if (block) out.push(block);
    };
    let cursor = 0;
    for (const t of titles) {
      piece(b.kind, cursor, t.at, cursor === 0);
      if (t.heading) piece('heading', t.at, t.end, false);
      cursor = t.end;
    }
    piece('paragraph', cursor, b.text.length, false);
    return out;
  });
}
