import { sv } from '../lang/pattern.js';
import type { RawBlock } from '../core/types.js';
import { ABBREVIATIONS, SENTENCE_OPENERS } from '../lang/language.js';
import { headerRole } from './header-role.js';
import { INLINE_ACTION_HEADING, INLINE_LABELLED_TITLE, WHERE_CLAUSE_INLINE, SECTION_LABEL_WORDS } from '../lang/sections.js';
import { FIELD_LABELS, GROUP_FIELD, INLINE_FIELD_ROLES } from '../lang/fields.js';
import { INLINE_BULLET_GLYPHS } from '../lang/structure.js';
import { OBLIGATION_CLAUSE, isFiniteVerb, isInfinitive, titleEnd } from '../lang/morphology.js';
import { findItemIds, type IdHit } from './numbering.js';
import { findInlineHeadings, headingTitleEnd, type InlineHeading } from './inline-headings.js';
import { statusLength, timeLength } from './cell-kinds.js';
import { closesOnLabelledFields } from './closed-items.js';
import { markerColumnCuts, namesIn } from './marker-column.js';

/**
 * Transcripts from document-sharing sites run a page into one line: bullets
 * (' o ', ' - '), headings ('Fokusområde 2: …, där kommunen:') and sentences
 * that lost their period follow each other inline. This pass cuts such a
 * block into the blocks it was made of.
 */

const abbreviationSet = new Set(ABBREVIATIONS);
/** A section label with its number run into the prose: 'Målområde 2 …', 'Delmål 1.2 …', 'Tema 3: …'. */
const INLINE_HEADING = sv(`(?:^|\\s)((?:${SECTION_LABEL_WORDS})\\s+\\d{1,2}(?:\\.\\d{1,2})*\\s*[:.–-]?)\\s+(?=[\\p{Lu}"”])`, 'gi');
/** 'Åtgärd 3:', 'Aktivitet 2.' run into the prose: a numbered action begins. */
const INLINE_ACTION = sv('(?:^|\\s)((?:Åtgärd|Aktivitet|Insats)\\s+\\d{1,3}(?:\\.\\d{1,2})?\\s*[:.])\\s+(?=\\p{Lu})', 'g');
/** A field label inline ('Ansvar:'): an item that has one runs on past its first sentence to its fields. */
const INLINE_FIELD = sv(`\\s(?:${FIELD_LABELS.filter((f) => INLINE_FIELD_ROLES.includes(f.role)).map((f) => f.words).join('|')})\\s*:\\s`, 'i');
const INLINE_FIELDS = sv(`\\s(${FIELD_LABELS.filter((f) => INLINE_FIELD_ROLES.includes(f.role)).map((f) => f.words).join('|')})\\s*:\\s`, 'gi');
/** A bare page number after a title, before the next entry or the end, or leader dots: the line is a table of contents entry ('riksväg 40 gör' is a road's number in a sentence). */
const TOC_PAGE = /\s\d{1,3}(?=\s+[\p{Lu}\d]|\s*$)|\.{3,}/u;
const GLYPH = `[${INLINE_BULLET_GLYPHS}]`;
const BULLET_GLYPH = new RegExp(`\\s${GLYPH}\\s+(?=[\\p{L}"”])`, 'u');
const IS_GLYPH = new RegExp(`^${GLYPH}$`, 'u');
/** Glyphs standing alone one after another at the end of a text: a column of markers read apart from its lines. */
const GLYPH_COLUMN = new RegExp(`(?:(?:^|\\s)${GLYPH})+\\s*$`, 'u');
/** A bullet run into the line: 'o' and dashes before a capital; a bullet glyph before any word, as an item may open in lower case ('Vi ska: • ge företagen …'). */
const INLINE_MARKER = new RegExp(`(^|\\s)((?:o|-|–)(?=\\s+[A-ZÅÄÖ"”])|${GLYPH})\\s+(?=[\\p{L}"”])`, 'gu');
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
  // Items numbered in order ('1.1', '1.2'; 'A1', 'A2') run into a page's line, counted over the whole document: a chain goes on across pages.
  const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'item');
  // A line that opens with its id was read as an item: its marker is a link of the chain, not a cut inside it.
  const shift = (b: RawBlock) => (b.kind === 'item' && b.marker ? b.marker.length + 1 : 0);
  const texts = prose.map((b) => (shift(b) ? `${b.marker} ${b.text}` : b.text));
  const found = findItemIds(texts, 3, (segment) => INLINE_FIELD.test(segment));
  // An id whose next id is its child ('3.4', then '3.4.1') numbers a section: its title is a heading's, cut by its shape.
  const order = found.flat();
  const parents = new Set(order.filter((h, k) => order[k + 1]?.marker.startsWith(`${h.marker}.`)));
  const heads = findInlineHeadings(texts, taken(texts, found));
  const whole = headingsOpeningPages(prose, heads, shift);
  const ids = new Map(found.map((hits, i) => [prose[i], hits.filter((h) => h.at >= shift(whole[i])).map((h) => ({ ...h, at: h.at - shift(whole[i]), after: h.after - shift(whole[i]), parent: parents.has(h) }))]));
  const headings = new Map(heads.map((hits, i) => [prose[i], hits.filter((h) => h.at >= shift(whole[i])).map((h) => ({ ...h, at: h.at - shift(whole[i]), end: h.end - shift(whole[i]) }))]));
  const opensSection = new Set(prose.filter((b, i) => shift(whole[i]) > 0 && found[i].some((h) => h.at === 0 && parents.has(h))));
  const own = new Map(prose.map((b, i) => [b, whole[i]]));
  return blocks.flatMap((b) => {
    if (b.kind !== 'paragraph' && b.kind !== 'item') return [b];
    const pieces = splitBlock(own.get(b)!, ids.get(b) ?? [], headings.get(b) ?? [], opensSection.has(b));
    return b.kind === 'item' && pieces.length > 1 ? keepClosedItem(b, pieces) : pieces;
  });
}

/**
 * An item closed by its labelled fields ('… Ansvar: X | Tid: Y') with titles run into its start
 * ('Delmål 1.2 Stöd i skolan Elevhälsan går …'): the item is the sentence that closes on the
 * fields, after the titles; the words before them are no item of their own.
 */
function keepClosedItem(b: RawBlock, pieces: RawBlock[]): RawBlock[] {
  const last = pieces[pieces.length - 1];
  if (!closesOnLabelledFields(b.text) || last.kind === 'heading' || !closesOnLabelledFields(last.text)) return pieces;
  const plain = ({ marker: _m, level: _l, ...rest }: RawBlock): RawBlock => ({ ...rest, kind: 'paragraph' });
  return [...pieces.slice(0, -1).map((p) => (p.kind === 'item' ? plain(p) : p)), { ...last, kind: 'item', marker: b.marker, level: b.level ?? 0 }];
}

/** Numbered headings with no label ('2 Service och bemötande'): never where an item's id or a label's number already stands. */
function taken(texts: string[], found: IdHit[][]): Array<Array<[number, number]>> {
  return texts.map((text, i) => [...found[i].map((h): [number, number] => [h.at, h.after]), ...[...text.matchAll(INLINE_HEADING)].map((m): [number, number] => [m.index!, m.index! + m[0].length])]);
}

/**
 * A heading of an outline run into the line ('… i skolan. 2. Friluftsliv för barn Barnen ska …') that
 * opens a page's line after its running head was read as an item by its number. Where the
 * outline's other headings stand inside lines and each one read as an item opens a page, such a
 * block is given back its number as a paragraph, so it is cut like its siblings. Numbered lines
 * of a list ('1. Erbjuda …' on lines of their own) open lines inside pages: no such outline.
 */
function headingsOpeningPages(prose: RawBlock[], heads: InlineHeading[][], shift: (b: RawBlock) => number): RawBlock[] {
  const atMarker = (i: number) => shift(prose[i]) > 0 && heads[i].some((h) => h.at === 0);
  const opensPage = (i: number) => i === 0 || prose[i - 1].page !== prose[i].page;
  const inline = heads.some((hits, i) => hits.some((h) => h.at >= shift(prose[i])));
  const marked = prose.map((_, i) => i).filter(atMarker);
  if (!inline || marked.length === 0 || !marked.every(opensPage)) return prose;
  return prose.map((b, i) => (atMarker(i) ? unmarked(b) : b));
}

/** An item's line with its number back in the text, as a paragraph. */
function unmarked(b: RawBlock): RawBlock {
  const block: RawBlock = { kind: 'paragraph', text: `${b.marker} ${b.text}`, page: b.page };
  if (b.source !== undefined) block.source = Math.max(0, b.source - b.marker!.length - 1);
  if (b.size !== undefined) block.size = b.size;
  return block;
}

function splitBlock(b: RawBlock, ids: Array<IdHit & { parent?: boolean }>, headings: InlineHeading[] = [], opensSection = false): RawBlock[] {
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
  const cuts: Array<{ at: number; headingEnd: number; kind: 'heading' | 'paragraph' | 'item'; marker?: string; parent?: boolean; actions?: boolean }> = [];
  const starts: number[] = [];
  const labels: Array<[number, number]> = [];
  for (const m of b.text.matchAll(INLINE_HEADING)) {
    if (!/^\p{Lu}/u.test(m[1])) continue;
    // 'Mål 3 gäller även förskolan': the label and its number are the subject of a sentence about the section, not its heading.
    const next = /^\S*/.exec(b.text.slice(m.index! + m[0].length))![0];
    if (/^\p{Ll}/u.test(next) && isFiniteVerb(next)) continue;
    const at = m.index! + (m[0].length - m[0].trimStart().length);
    starts.push(at);
    labels.push([at, at + m[1].length]);
  }
  // 'Delmål 1.2 …': the number is the section's, not an item's.
  ids = ids.filter((id) => !labels.some(([from, to]) => id.at >= from && id.at < to));
  const actions = [...b.text.matchAll(INLINE_ACTION)].map((m) => m.index! + (m[0].length - m[0].trimStart().length));
  for (const at of starts) {
    const rest = b.text.slice(at);
    const label = new RegExp(INLINE_HEADING.source, 'iu').exec(rest)!;
    const titleStart = label[0].length - (label[0].length - label[0].trimEnd().length);
    const next = Math.min(...[...starts, ...actions, ...ids.map((id) => id.at), ...headings.map((h) => h.at)].filter((s) => s > at).map((s) => s - at), rest.length);
    const marker = /\s[–•o]\s+(?=\p{Lu})/u.exec(rest.slice(titleStart));
    const where = WHERE_CLAUSE_INLINE.exec(rest.slice(0, 400));
    const title = rest.slice(titleStart).trimStart();
    const titleAt = rest.length - title.length;
    // A title's shape ends it before a capitalised clause whose verb comes late ('Mark och lokaler Kommunens läge vid E4 och väg 40 gör …').
    const shape = headingTitleEnd(title);
    let end = Math.min(next, marker ? titleStart + marker.index : rest.length, titleAt + titleEnd(title), shape > 0 ? titleAt + shape : rest.length);
    if (where && where.index < next) end = where.index + where[0].length;
    // 'Målområde 1 Företagsklimat och service 2 Målområde 2 …': a contents page, not a heading.
    if (TOC_PAGE.test(rest.slice(titleStart, end + 4).replace(/\s+$/, '')) && !where) continue;
    cuts.push({ at, headingEnd: at + end, kind: 'heading' });
  }
  for (const h of headings) cuts.push({ at: h.at, headingEnd: h.end, kind: 'heading' });
  for (const at of actions) cuts.push({ at, headingEnd: at, kind: 'paragraph' });
  // An 'Åtgärd N:' label stays the numbered action it was; other ids open items.
  for (const id of ids) if (!actions.includes(id.at)) cuts.push({ at: id.at, headingEnd: id.after, kind: 'item', marker: id.marker, parent: id.parent });
  for (const m of b.text.matchAll(INLINE_LABELLED_TITLE)) {
    // A title and its label both start in capitals ('Kreativitet Inriktningsmål:'); 'ett mål:' in a sentence is none.
    if (!/^\p{Lu}\p{Ll}+$/u.test(m[1]) || !/^\p{Lu}/u.test(b.text.slice(m.index! + m[0].length))) continue;
    // A table's column word before it ('… Status Kommentar Delmål: …', a header read among the text) titles nothing.
    if (headerRole(m[1]).role !== null) continue;
    // The title of a label before it ('Strategiskt område: Trygg uppväxt Nämndmål: …') is that label's, not the next one's.
    if (/:\s*$/.test(b.text.slice(0, m.index! + m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length)))) continue;
    const at = m.index! + (m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length));
    cuts.push({ at, headingEnd: at + m[1].length, kind: 'heading' });
  }
  cuts.push(...inlineActionHeadings(b.text, labels));
  // 'Nämndmål: … Indikator …': the labelled title is a heading of its own, the table's header and cells after it the text.
  for (const t of labelledTitlesBeforeHeaders(b.text)) if (!cuts.some((c) => c.at >= t.at && c.at < t.end)) cuts.push({ at: t.at, headingEnd: t.end, kind: 'heading' });
  cuts.sort((p, q) => p.at - q.at);
  let cursor = 0;
  let first = true;
  let underActions = false;
  const body = (text: string, base: number): void => {
    if (underActions) splitActions(text, base, make);
    else splitBody(text, base, first ? b : null, make, opensSection);
  };
  // An item with fields is one of a list's; the title before it, once its fields or the lead-in's sentences end, heads its area.
  const fielded = (k: number): boolean => cuts[k]?.kind === 'item' && INLINE_FIELD.test(b.text.slice(cuts[k].headingEnd, cuts.slice(k + 1).find((c) => c.at >= cuts[k].headingEnd)?.at ?? b.text.length));
  const titled = (text: string, base: number, then: (text: string, base: number) => void): void => {
    const title = listAreaTitle(text);
    then(text.slice(0, title < 0 ? text.length : title), base);
    if (title >= 0) make('heading', text.slice(title), base + title);
  };
  cuts.forEach((cut, k) => {
    if (cut.at < cursor) return;
    if (cut.at > cursor) (fielded(k) ? titled : body)(b.text.slice(cursor, cut.at), cursor, body);
    if (cut.kind === 'heading') make('heading', b.text.slice(cut.at, cut.headingEnd), cut.at);
    underActions = cut.actions === true;
    cursor = cut.headingEnd;
    first = false;
    if (cut.kind !== 'item') return;
    // A numbered item runs to the next cut: its own sentence, and its fields when it has them; prose after it stands alone.
    const next = cuts.slice(k + 1).find((c) => c.at >= cut.headingEnd)?.at ?? b.text.length;
    const seg = b.text.slice(cut.headingEnd, next);
    // Bullets under it ('3.1.1 Mark och lokaler • Ta fram …'): the numbered line is their title, and they are its items.
    const bullet = BULLET_GLYPH.exec(seg);
    const shape = cut.parent ? headingTitleEnd(seg.trimStart()) : -1;
    const end = shape > 0 ? seg.length - seg.trimStart().length + shape : bullet && bullet.index > 0 ? bullet.index : itemEnd(seg);
    make('item', seg.slice(0, end), cut.headingEnd, cut.marker);
    const rest = (text: string, base: number): void => splitBody(text, base, null, make);
    if (fielded(k) && fielded(k + 1)) titled(seg.slice(end), cut.headingEnd + end, rest);
    else rest(seg.slice(end), cut.headingEnd + end);
    cursor = next;
  });
  body(b.text.slice(cursor), cursor);
  return out;
}

/** A section label without a number and its colon, in capitals, where a line or a word before it ends: 'Nämndmål: …', 'Strategiskt område: …'. */
const LABEL_COLON = sv(`(?<=^|\\s)(?:${SECTION_LABEL_WORDS})\\s*:\\s+(?=\\p{Lu})`, 'gi');
/** Words a labelled title may hold before the table run in after it; a goal stated as a sentence is one. */
const MAX_LABELLED_TITLE_WORDS = 16;
/** Words after a table's first column word within which its next one stands ('Indikator Antal sökande per tjänst Utfall'). */
const HEADER_GAP = 8;

/**
 * Labelled sections whose title a line runs on into what stands under it:
 * a table's header ('Nämndmål: Fler elever klarar gymnasiet Indikator Andel
 * med examen Utfall 2025 81 % Målvärde 2027 90 %'), up to the first
 * capitalised column word that another follows within a few words; or the
 * next label, that of the section under it ('Område: Trygghet Delmål: …').
 * A goal's title may hold a verb ('… är en attraktiv arbetsgivare'), so its
 * shape cannot end it.
 */
function labelledTitlesBeforeHeaders(text: string): Array<{ at: number; end: number }> {
  const isColumnWord = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && headerRole(w).role !== null;
  const labels = [...text.matchAll(LABEL_COLON)].filter((m) => /^\p{Lu}/u.test(m[0]));
  const out: Array<{ at: number; end: number }> = [];
  labels.forEach((label, i) => {
    const from = label.index! + label[0].length;
    const next = labels[i + 1]?.index ?? text.length;
    const words = [...text.slice(from, Math.min(next, from + 600)).matchAll(/\S+/g)];
    for (let k = 1; k < Math.min(words.length, MAX_LABELLED_TITLE_WORDS + 1); k++) {
      if (/[.!?:;]$/.test(words[k - 1][0])) return;
      if (!isColumnWord(words[k][0])) continue;
      if (words.slice(k + 1, k + 1 + HEADER_GAP).some((w) => isColumnWord(w[0]))) out.push({ at: label.index!, end: from + words[k].index! - 1 });
      return;
    }
    const last = words[words.length - 1]?.[0] ?? '';
    if (next < text.length && words.length > 0 && words.length <= MAX_LABELLED_TITLE_WORDS && !/[.!?:;]$/.test(last)) out.push({ at: label.index!, end: from + words[words.length - 1].index! + last.length });
  });
  return out;
}

/**
 * Where an area's title starts at the end of a text, or -1: the words after
 * its last sentence end have a heading's shape (short, capitalised, no finite
 * verb, no sentence end). Read only between items of a list with fields, where
 * the line breaks around a heading were lost ('… Klart: HT 2027 Säkra skolvägar
 * 5. Bygga …'), and after a lead-in's last sentence before the first item.
 */
function listAreaTitle(text: string): number {
  const from = sentenceEnds(text).pop() ?? 0;
  const tail = text.slice(from);
  const title = tail.trim();
  return title && headingTitleEnd(title) === title.length ? from + tail.length - tail.trimStart().length : -1;
}

/**
 * The text under an action heading run into the line: the transcript lost the
 * line breaks between its actions, so each sentence that reads as one (an
 * obligation, a verb first) opens a block of its own; a sentence that does
 * not ('Detta ger …') stays with the action before it.
 */
function splitActions(text: string, base: number, make: Make): void {
  const ends = sentenceEnds(text);
  const readsAsAction = (from: number, to: number): boolean => {
    const sentence = text.slice(from, to).trimStart();
    return /^\p{Lu}/u.test(sentence) && (OBLIGATION_CLAUSE.test(sentence) || isInfinitive(sentence.split(/\s/)[0]));
  };
  // A section named 'Insatser' that tells about the plan ('Planen innehåller 19 insatser. …') lists none: a list of actions opens with one.
  const opens = readsAsAction(0, ends[0] ?? text.length) ? ends.filter((end, i) => readsAsAction(end, ends[i + 1] ?? text.length)) : [];
  [0, ...opens].forEach((from, i) => splitBody(text.slice(from, opens[i] ?? text.length), base + from, null, make));
}

/**
 * Action headings run into the line ('… drivmedel. Åtgärder Kommunen ska …'):
 * cut out as headings, so the sentences after them are read as the actions
 * they list. A table's header read into the line ('Åtgärder Ansvar Tidplan')
 * is no heading: the word after it names a column too.
 */
function inlineActionHeadings(text: string, labels: Array<[number, number]>): Array<{ at: number; headingEnd: number; kind: 'heading'; actions: true }> {
  const out: Array<{ at: number; headingEnd: number; kind: 'heading'; actions: true }> = [];
  for (const m of text.matchAll(INLINE_ACTION_HEADING)) {
    const at = m.index! + (m[0].length - m[0].trimStart().length);
    const end = at + m[1].length;
    const next = /^\s+(\S+)/u.exec(text.slice(end));
    const before = /(\S+)\s+$/u.exec(text.slice(0, at));
    // 'AKTIVITETER' in capitals is a column's header, and so is a word between two column words ('Nr Åtgärder Ansvar').
    if (!/^\p{Lu}\p{Ll}/u.test(m[1]) || !next || !/^\p{Lu}\p{Ll}/u.test(next[1])) continue;
    if ([next[1], before?.[1] ?? ''].some((w) => headerRole(w).role !== null) || labels.some(([from, to]) => at >= from && at < to)) continue;
    out.push({ at, headingEnd: end, kind: 'heading', actions: true });
  }
  return out;
}

type Make = (kind: RawBlock['kind'], text: string, offset: number, marker?: string) => void;

/** Cuts a run of text at inline bullets; the text before the first bullet keeps the block's own kind. */
function splitBody(text: string, base: number, original: RawBlock | null, make: Make, opensSection = false): void {
  const markers: Array<{ at: number; after: number; marker: string; count: number }> = [];
  let inList = false;
  // Sentence ends once over the whole run, not over each bullet's prefix: a page of bullets run together costs its length, not its square.
  const ends = new Set(sentenceEnds(text));
  for (const m of text.matchAll(INLINE_MARKER)) {
    const at = m.index! + m[1].length;
    const marker = m[2];
    const before = trimmedEnd(text, at);
    const opensList = before === 0 || text[before - 1] === ':' || ends.has(before);
    // 'Energi- o klimatplan': after the first half of a compound, 'o' is 'och' written short, not a bullet.
    if (marker === 'o' && /\p{L}-$/u.test(text.slice(0, before))) continue;
    // 'o' is no Swedish word, so ' o X' is a bullet anywhere; a dash only opens a list after ':' or a sentence.
    if (marker === 'o' || IS_GLYPH.test(marker) || opensList || (inList && markers.length > 0)) {
      if (at === 0 && original?.kind === 'item') continue;
      // Glyphs before this one with nothing between them: a column of markers, each for one of the lines after it.
      const column = IS_GLYPH.test(marker) ? GLYPH_COLUMN.exec(text.slice(0, at)) : null;
      const from = column ? column.index + column[0].length - column[0].trimStart().length : at;
      markers.push({ at: from, after: m.index! + m[0].length, marker, count: column ? column[0].trim().split(/\s+/).length + 1 : 1 });
      inList = true;
    }
  }
  const headEnd = markers.length ? markers[0].at : text.length;
  const head = text.slice(0, headEnd);
  if (original?.kind === 'item') {
    // A whole line with its own marker ends where the line does, unless more items run on inline.
    const shape = opensSection ? headingTitleEnd(head.trimStart()) : -1;
    const end = shape > 0 ? head.length - head.trimStart().length + shape : markers.length ? itemEnd(head) : INLINE_FIELD.test(head) ? fieldsEnd(head) : head.length;
    make('item', head.slice(0, end), 0, original.marker);
    splitProse(head.slice(end), base + end, make);
  } else {
    splitProse(head, base, make);
  }
  const names = markers.some((mk) => mk.count > 1) ? namesIn(text) : new Set<string>();
  markers.forEach((mk, i) => {
    const segEnd = i + 1 < markers.length ? markers[i + 1].at : text.length;
    const seg = text.slice(mk.after, segEnd);
    const lines = markerColumnCuts(seg, mk.count, itemEnd, names);
    lines.forEach((at, k) => make('item', seg.slice(k ? lines[k - 1] : 0, at), base + mk.after + (k ? lines[k - 1] : 0), mk.marker));
    const last = lines.length ? lines[lines.length - 1] : 0;
    const end = last + itemEnd(seg.slice(last));
    make('item', seg.slice(last, end), base + mk.after + last, mk.marker);
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
  // A field line for the items read ('… anställda Ansvar för båda aktiviteterna: HR. Tid: 2026.'), run into the last one's line, is a line of its own.
  const group = GROUP_FIELD.after.exec(seg);
  const label = group ? GROUP_FIELD.labelBefore.exec(seg.slice(0, group.index)) : null;
  if (label && label.index > 0) return label.index;
  if (INLINE_FIELD.test(seg)) return fieldsEnd(seg);
  const ends = sentenceEnds(seg);
  let end = ends.length ? ends[0] : seg.length;
  OPENER.lastIndex = 0;
  const opener = OPENER.exec(seg);
  if (opener && opener.index < end) end = opener.index;
  return end;
}

/**
 * Where an item's fields end: after the last field's value when that value is
 * of a kind read whole (a status phrase, a time) and capitalised text follows
 * it ('Status: Klar Kontakt …'): that text is the page's, not the item's.
 */
function fieldsEnd(seg: string): number {
  const last = [...seg.matchAll(INLINE_FIELDS)].pop();
  if (!last) return seg.length;
  const role = FIELD_LABELS.find((f) => INLINE_FIELD_ROLES.includes(f.role) && sv(`^(?:${f.words})$`, 'i').test(last[1]))?.role;
  const valueStart = last.index! + last[0].length;
  const value = seg.slice(valueStart);
  const length = role === 'status' ? statusLength(value) : role === 'time' ? timeLength(value) : 0;
  if (length === 0 || !/^\s+\p{Lu}/u.test(value.slice(length))) return seg.length;
  return valueStart + length;
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
    if (/^\s*\p{Ll}/u.test(s)) {
      if (ends[i] > runStart) make('paragraph', text.slice(runStart, ends[i]), base + runStart);
      make('paragraph', s, base + ends[i]);
      runStart = ends[i + 1];
    }
  }
  if (runStart < text.length) make('paragraph', text.slice(runStart), base + runStart);
}
