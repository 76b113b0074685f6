import { sv } from '../lang/pattern.js';
import type { RawBlock } from '../core/types.js';
import { ABBREVIATIONS, SENTENCE_OPENERS } from '../lang/language.js';
import { SECTION_LABELS, WHERE_CLAUSE_INLINE } from '../lang/sections.js';
import { FIELD_LABELS, INLINE_FIELD_ROLES } from '../lang/fields.js';
import { titleEnd } from '../lang/morphology.js';

/**
 * Transcripts from document-sharing sites run a page into one line: bullets
 * (' o ', ' - '), headings ('Fokusområde 2: …, där kommunen:') and sentences
 * that lost their period follow each other inline. This pass cuts such a
 * block into the blocks it was made of.
 */

const abbreviationSet = new Set(ABBREVIATIONS);
/** A section label with its number run into the prose: 'Målområde 2 …', 'Delmål 1.2 …', 'Tema 3: …'. */
const INLINE_HEADING = sv(`(?:^|\\s)((?:${SECTION_LABELS.map((l) => l.pattern).join('|')})\\s+\\d{1,2}(?:\\.\\d{1,2})*\\s*[:.–-]?)\\s+(?=[\\p{Lu}"”])`, 'gi');
/** 'Åtgärd 3:', 'Aktivitet 2.' run into the prose: a numbered action begins. */
const INLINE_ACTION = sv('(?:^|\\s)((?:Åtgärd|Aktivitet|Insats)\\s+\\d{1,3}(?:\\.\\d{1,2})?\\s*[:.])\\s+(?=\\p{Lu})', 'g');
/** A field label inline ('Ansvar:'): an item that has one runs on past its first sentence to its fields. */
const INLINE_FIELD = sv(`\\s(?:${FIELD_LABELS.filter((f) => INLINE_FIELD_ROLES.includes(f.role)).map((f) => f.words).join('|')})\\s*:\\s`, 'i');
/** A bare page number after a title: the line is a table of contents entry. */
const TOC_PAGE = /\s\d{1,3}(?=\s|$)/;
/** 'Kreativitet Inriktningsmål: …': a one-word focus area before its goal label. */
const INLINE_GOAL_HEADING = /(?:^|[.!?]\s+|\s)([A-ZÅÄÖ][a-zåäö]+)\s+(?=(?:Inriktning|Inriktningsmål)\s*:)/g;
const INLINE_MARKER = /(^|\s)(o|-|–|•|\uF0B7)\s+(?=[A-ZÅÄÖ"”])/g;
const OPENER = new RegExp(`(?<=[a-zåäö0-9)])\\s+(?=(?:${SENTENCE_OPENERS.join('|')})\\s)`, 'g');

/** Offsets just after each sentence end in the text (period not closing an abbreviation). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const re = /[.!?]["”’)]?(?=\s+\S)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The word the period closes: back to the last space, never the whole text before it.
    let from = m.index;
    while (from > 0 && !/\s/.test(text[from - 1])) from--;
    const word = text.slice(from, m.index + 1).toLowerCase();
    if (abbreviationSet.has(word)) continue;
    ends.push(m.index + m[0].length);
  }
  return ends;
}

export function splitInline(blocks: RawBlock[]): RawBlock[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'item' ? splitBlock(b) : [b]));
}

function splitBlock(b: RawBlock): RawBlock[] {
  const out: RawBlock[] = [];
  const make = (kind: RawBlock['kind'], text: string, offset: number, marker?: string): void => {
    const trimmed = text.trim();
    if (!trimmed) return;
    const block: RawBlock = { kind, text: trimmed, page: b.page };
    if (marker !== undefined) {
      block.marker = marker;
      block.level = b.level ?? 0;
    }
    if (b.source !== undefined) block.source = b.source + offset + (text.length - text.trimStart().length);
    out.push(block);
  };

  // Inline section headings and numbered actions first: everything else is cut within the pieces between them.
  const cuts: Array<{ at: number; headingEnd: number; kind: 'heading' | 'paragraph' }> = [];
  const starts: number[] = [];
  for (const m of b.text.matchAll(INLINE_HEADING)) {
    if (!/^\p{Lu}/u.test(m[1])) continue;
    starts.push(m.index! + (m[0].length - m[0].trimStart().length));
  }
  const actions = [...b.text.matchAll(INLINE_ACTION)].map((m) => m.index! + (m[0].length - m[0].trimStart().length));
  for (const at of starts) {
    const rest = b.text.slice(at);
    const label = new RegExp(INLINE_HEADING.source, 'iu').exec(rest)!;
    const titleStart = label[0].length - (label[0].length - label[0].trimEnd().length);
    const next = Math.min(...[...starts, ...actions].filter((s) => s > at).map((s) => s - at), rest.length);
    const marker = /\s[–•o]\s+(?=\p{Lu})/u.exec(rest.slice(titleStart));
    const where = WHERE_CLAUSE_INLINE.exec(rest.slice(0, 400));
    let end = Math.min(next, marker ? titleStart + marker.index : rest.length, titleStart + (rest.length - rest.slice(titleStart).trimStart().length - titleStart) + titleEnd(rest.slice(titleStart).trimStart()));
    if (where && where.index < next) end = where.index + where[0].length;
    // 'Målområde 1 Företagsklimat och service 2 Målområde 2 …': a contents page, not a heading.
    if (TOC_PAGE.test(rest.slice(titleStart, end + 4).replace(/\s+$/, '')) && !where) continue;
    cuts.push({ at, headingEnd: at + end, kind: 'heading' });
  }
  for (const at of actions) cuts.push({ at, headingEnd: at, kind: 'paragraph' });
  for (const m of b.text.matchAll(INLINE_GOAL_HEADING)) {
    const at = m.index! + (m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length));
    cuts.push({ at, headingEnd: at + m[1].length, kind: 'heading' });
  }
  cuts.sort((p, q) => p.at - q.at);
  let cursor = 0;
  let first = true;
  for (const cut of cuts) {
    if (cut.at < cursor) continue;
    if (cut.at > cursor) splitBody(b.text.slice(cursor, cut.at), cursor, first ? b : null, make);
    if (cut.kind === 'heading') make('heading', b.text.slice(cut.at, cut.headingEnd), cut.at);
    cursor = cut.headingEnd;
    first = false;
  }
  splitBody(b.text.slice(cursor), cursor, first ? b : null, make);
  return out;
}

type Make = (kind: RawBlock['kind'], text: string, offset: number, marker?: string) => void;

/** Cuts a run of text at inline bullets; the text before the first bullet keeps the block's own kind. */
function splitBody(text: string, base: number, original: RawBlock | null, make: Make): void {
  const markers: Array<{ at: number; after: number; marker: string }> = [];
  let inList = false;
  // Sentence ends once over the whole run, not over each bullet's prefix: a page of bullets run together costs its length, not its square.
  const ends = new Set(sentenceEnds(text));
  for (const m of text.matchAll(INLINE_MARKER)) {
    const at = m.index! + m[1].length;
    const marker = m[2];
    const before = trimmedEnd(text, at);
    const opensList = before === 0 || text[before - 1] === ':' || ends.has(before);
    // 'o' is no Swedish word, so ' o X' is a bullet anywhere; a dash only opens a list after ':' or a sentence.
    if (marker === 'o' || marker === '•' || marker === '\uF0B7' || opensList || (inList && markers.length > 0)) {
      if (at === 0 && original?.kind === 'item') continue;
      markers.push({ at, after: m.index! + m[0].length, marker });
      inList = true;
    }
  }
  const headEnd = markers.length ? markers[0].at : text.length;
  const head = text.slice(0, headEnd);
  if (original?.kind === 'item') {
    // A whole line with its own marker ends where the line does, unless more items run on inline.
    const end = markers.length ? itemEnd(head) : head.length;
    make('item', head.slice(0, end), 0, original.marker);
    splitProse(head.slice(end), base + end, make);
  } else {
    splitProse(head, base, make);
  }
  markers.forEach((mk, i) => {
    const segEnd = i + 1 < markers.length ? markers[i + 1].at : text.length;
    const seg = text.slice(mk.after, segEnd);
    const end = itemEnd(seg);
    make('item', seg.slice(0, end), base + mk.after, mk.marker);
    splitProse(seg.slice(end), base + mk.after + end, make);
  });
}

/** Where the text before `at` ends once trailing spaces are left off. */
function trimmedEnd(text: string, at: number): number {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Where an inline item ends: at its first sentence end, or before a sentence opener that lost its period; an item with fields runs on to them. */
function itemEnd(seg: string): number {
  if (INLINE_FIELD.test(seg)) return seg.length;
  const ends = sentenceEnds(seg);
  let end = ends.length ? ends[0] : seg.length;
  OPENER.lastIndex = 0;
  const opener = OPENER.exec(seg);
  if (opener && opener.index < end) end = opener.index;
  return end;
}

function firstSentenceEnd(text: string): number {
  const ends = sentenceEnds(text);
  return ends.length ? ends[0] : text.length;
}

/** Prose: sentences that begin in lower case are clauses of a list whose glyphs were lost; they stand alone. */
function splitProse(text: string, base: number, make: Make): void {
  const ends = [0, ...sentenceEnds(text), text.length];
  let runStart = 0;
  for (let i = 0; i + 1 < ends.length; i++) {
    const s = text.slice(ends[i], ends[i + 1]);
    if (/^\s*[a-zåäö]/.test(s)) {
      if (ends[i] > runStart) make('paragraph', text.slice(runStart, ends[i]), base + runStart);
      make('paragraph', s, base + ends[i]);
      runStart = ends[i + 1];
    }
  }
  if (runStart < text.length) make('paragraph', text.slice(runStart), base + runStart);
}
