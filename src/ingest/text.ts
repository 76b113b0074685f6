import { buildDoc } from '../core/build-doc.js';
import type { Doc, Message, RawBlock } from '../core/types.js';
import { findFootersInside, findPageEdges, findTwoPageEdges, findTwoPageLines, findRunningLines, furnitureKey, isFieldFooter, parsePageNumber } from '../clean/furniture.js';
import { repairBlockDiacritics } from '../clean/diacritics.js';
import { normalizeChars } from '../clean/normalize.js';
import { segmentLines, type Line } from '../clean/segment.js';
import { splitInline } from '../clean/split-inline.js';
import { splitCapitalVerbs } from '../clean/capital-verbs.js';
import { splitUnmarkedItems } from '../clean/unmarked-items.js';
import { splitClosedItems } from '../clean/closed-items.js';
import { splitFieldedRecords } from '../clean/fielded-records.js';
import { splitLabelledRecords } from '../clean/labelled-records.js';
import { splitBareRecords } from '../clean/bare-records.js';
import { splitContentsTitles } from '../clean/contents-titles.js';
import { splitRunOnTables } from '../clean/run-on-table.js';
import { readColumnStreams } from '../clean/column-streams.js';
import { readColumnBlocks } from '../clean/column-blocks.js';
import { readNumberedTypedRows } from '../clean/numbered-typed-rows.js';
import { joinTableLines } from '../clean/table-lines.js';
import { reattachWrappedIds } from '../clean/wrapped-band-id.js';
import { hasNumberedOutline, splitRunOnTitles } from '../clean/run-on-titles.js';
import { placeLateBands } from '../clean/late-bands.js';
import { placeLateAreaTitles } from '../clean/late-area-titles.js';
import { placeUnitTables } from '../clean/unit-tables.js';
import { placeBandOwners } from '../clean/band-owners.js';
import { pairLateColumns } from '../clean/late-columns.js';
import { pairInterleavedCells } from '../clean/interleaved-cells.js';
import { splitIdRuns } from '../clean/id-runs.js';
import { pairLateActions } from '../clean/late-actions.js';
import { unstackLabels } from '../clean/stacked-labels.js';
import { TRANSCRIPT_MARKERS } from '../lang/structure.js';
import { decodeText, encodingMessages } from './decode.js';
import { appendTo } from '../core/group.js';

const MAX_VISUAL_LINE = 300;
// 'N (M)', or 'N ( M )' as one PDF reading order spaces the brackets.
const INLINE_PAGE_MARKER = /(^|\s)(\d{1,3}) \( ?(\d{1,3}) ?\)(?=\s|$)/g;

/** A marker with spaces inside its brackets: a shape prose may take too ('3 ( 5 )'), so it needs its sequence for evidence. */
const isSpacedMarker = (marker: string): boolean => /\( | \)/.test(marker);

/**
 * The spaced markers ('N ( M )') are the PDF's own footers only where they
 * number its pages in order: at least two, all of one total, their numbers
 * rising 1, 2 … without repeats. A lone '3 ( 5 )' in prose or a cell is text.
 */
function spacedMarkersRun(lines: SourceLine[]): boolean {
  const found: Array<[number, number]> = [];
  for (const l of lines) for (const m of l.text.matchAll(INLINE_PAGE_MARKER)) if (isSpacedMarker(m[0])) found.push([Number(m[2]), Number(m[3])]);
  if (found.length < 2 || found[0][0] !== 1) return false;
  return found.every(([n, t], i) => t === found[0][1] && n <= t && (i === 0 || n === found[i - 1][0] + 1));
}

/**
 * Reads plain text: ordinary files, text that a PDF-to-text tool gave, and
 * transcripts from document-sharing sites (a 'Relevanta dokument' list of
 * other documents, then 'Transkript:' and the text with its page markers).
 */
export function readText(bytes: Uint8Array): Doc {
  const { text: source, encoding } = decodeText(bytes);
  const messages: Message[] = [...encodingMessages(encoding)];
  const rawLines = splitLinesWithOffsets(source);
  const { lines: kept, bodyFrom } = dropRelatedList(rawLines, messages);
  // 'Transkript' alone on its line announces the page-number form; 'Transkript:' the 'N (M)' form.
  const bareForm = rawLines.some((l) => /^\s*transkript\s*$/i.test(l.text));
  const { lines, furniture, pageCount } = placeOnPages(kept, bareForm, bodyFrom);
  // A table a PDF-to-text tool gave line by line is run into one line, as a transcript gives it, for the run-on table reader.
  const visual = isRunOn(lines) ? lines : joinTableLines(lines);
  const read = splitBareRecords(splitLabelledRecords(readNumberedTypedRows(splitRunOnTables(pairLateActions(unstackLabels(readColumnBlocks(readColumnStreams(reattachWrappedIds(segmentLines(visual)), messages), messages), messages), messages), messages)), messages), messages);
  // Words a broken font split ('Fö kusömrå de 1:') are joined before inline headings and labels are looked for.
  repairBlockDiacritics([...furniture, ...read], messages);
  // Actions set as lines in capitals ('STÄRKA …'), run into the line, are cut back first: a title is looked for between them.
  const unmarked = splitUnmarkedItems(splitCapitalVerbs(splitContentsTitles(read, messages, source)), messages);
  // Titles with neither number nor label are found by their place only where the line breaks are gone.
  const transcript = rawLines.some((l) => TRANSCRIPT_MARKERS.transcriptStart.test(l.text));
  const runOn = transcript || isRunOn(lines);
  // Sentences that each close on their fields are a list's items, and records closed by field sentences are cut apart, only where the line breaks that set them apart are gone.
  const cut = runOn ? splitFieldedRecords(splitClosedItems(unmarked, messages), messages) : unmarked;
  // Before the inline split, so that a title does not end up inside an item; after it, the items that ran on past their line.
  const plain = runOn && !hasNumberedOutline(cut);
  const split = splitInline(runOn ? splitRunOnTitles(cut, ['paragraph', 'item'], plain) : cut);
  // Area titles the reading order set after their rows go back before them, once every title is a block of its own.
  const placed = placeBandOwners(placeLateAreaTitles(placeLateBands(runOn ? placeUnitTables(splitIdRuns(splitRunOnTitles(split, ['item'], plain), messages)) : split)));
  // Columns given after the items they belong to, or among them, are paired back once the items are blocks of their own.
  const blocks: RawBlock[] = [...furniture, ...(runOn ? pairInterleavedCells(pairLateColumns(placed, messages), messages) : placed)];
  return buildDoc('text', blocks, { pageCount, messages, source });
}

/** Most of the text stands in lines longer than a visual line: pages run onto one line each, as a transcript gives them. */
function isRunOn(lines: Line[]): boolean {
  const total = lines.reduce((n, l) => n + l.text.length, 0);
  const long = lines.reduce((n, l) => n + (l.text.length > MAX_VISUAL_LINE ? l.text.length : 0), 0);
  return total > 0 && long * 2 > total;
}

interface SourceLine {
  text: string;
  offset: number;
}

/** Lines with the offset where each starts in the decoded source; characters are normalised per line so offsets stay in the source. */
function splitLinesWithOffsets(source: string): SourceLine[] {
  const out: SourceLine[] = [];
  for (const m of source.matchAll(/([^\r\n]*)(\r\n|\n|\r|$)/g)) {
    out.push({ text: normalizeChars(m[1]), offset: m.index });
    if (m[2] === '') break;
  }
  return out;
}

/**
 * The list of other documents a sharing site shows before 'Transkript:' is not
 * this document. `bodyFrom` is the index, in the lines returned, where the
 * transcript's own text begins (0 without a marker).
 */
function dropRelatedList(lines: SourceLine[], messages: Message[]): { lines: SourceLine[]; bodyFrom: number } {
  const related = lines.findIndex((l) => TRANSCRIPT_MARKERS.relatedList.test(l.text));
  const transcript = lines.findIndex((l) => TRANSCRIPT_MARKERS.transcriptStart.test(l.text));
  if (transcript < 0) return { lines, bodyFrom: 0 };
  const from = related >= 0 && related < transcript ? related : transcript;
  const marker = lines[transcript];
  const rest = marker.text.replace(TRANSCRIPT_MARKERS.transcriptStart, '');
  const restLine = { text: rest, offset: marker.offset + (marker.text.length - rest.length) };
  messages.push({
    severity: 'info',
    reason: `Dropped ${transcript - from} lines of a sharing site's list of related documents before 'Transkript:'`,
    ruleId: 'ingest/transcript-related-list',
  });
  return { lines: [...lines.slice(0, from), restLine, ...lines.slice(transcript + 1)], bodyFrom: from };
}

/**
 * Assigns pages from 'N (M)' markers, whether on a line of their own or run
 * into the prose, removes them and the running footers, and measures lines.
 */
function placeOnPages(lines: SourceLine[], bareForm: boolean, bodyFrom: number): { lines: Line[]; furniture: RawBlock[]; pageCount: number | null } {
  // The page-number form wins when its pages run 1, 2, 3 …: 'N (M)' inside them is then the PDF's own footer, not the site's marker.
  const bare = bareForm ? barePages(lines, bodyFrom) : null;
  if (bare) return placeBarePages(lines, bare);
  const spaced = spacedMarkersRun(lines);
  const total = dominantTotal(lines, spaced);
  let page: number | null = null;
  const placed: Array<SourceLine & { page: number | null; preamble?: boolean }> = [];
  const furniture: RawBlock[] = [];
  for (const [i, line] of lines.entries()) {
    // The site's title line before its list is the first page's opening words, cut off: a page marker there opens no page.
    if (i < bodyFrom) {
      placed.push({ ...line, page: null, preamble: true });
      continue;
    }
    const own = parsePageNumber(line.text);
    if (own && total !== null && own.total === total) {
      page = own.page;
      continue;
    }
    let cursor = 0;
    INLINE_PAGE_MARKER.lastIndex = 0;
    for (let m = INLINE_PAGE_MARKER.exec(line.text); m; m = INLINE_PAGE_MARKER.exec(line.text)) {
      if (total === null || Number(m[3]) !== total || Number(m[2]) > total || (!spaced && isSpacedMarker(m[0]))) continue;
      const at = m.index + m[1].length;
      placed.push({ text: line.text.slice(cursor, at), offset: line.offset + cursor, page });
      page = Number(m[2]);
      cursor = m.index + m[0].length;
      while (line.text[cursor] === ' ') cursor++;
    }
    placed.push({ text: line.text.slice(cursor), offset: line.offset + cursor, page });
  }
  cutFootersInside(placed, furniture);
  // The site's title line is no page's first line: the running head is looked for where the pages begin.
  // Of two pages, each closed by its 'N (2)' footer, the text before the first marker is a page too.
  cutPageEdges(placed.filter((l) => !l.preamble), furniture, total === 2, true);
  const byPage = new Map<number | null, string[]>();
  for (const l of placed) if (l.text.trim()) appendTo(byPage, l.page, l.text);
  const running = byPage.size >= 3 ? findRunningLines([...byPage.values()]) : new Set<string>();
  for (const key of findTwoPageLines([...byPage].filter(([p]) => p !== null).map(([, v]) => v))) running.add(key);

  const lengths = placed.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  const width = lengths.length ? lengths[Math.floor(lengths.length * 0.8)] : 80;
  const out: Line[] = [];
  let preamble = bodyFrom > 0;
  for (const [i, l] of placed.entries()) {
    const trimmed = l.text.trim();
    if (trimmed && (isFieldFooter(trimmed) || running.has(furnitureKey(trimmed)))) {
      furniture.push({ kind: 'furniture', text: trimmed, page: l.page, source: l.offset });
      continue;
    }
    out.push({
      text: l.text.replace(/\s+$/, ''),
      page: l.page,
      indented: /^[ \t]+\S/.test(l.text) && !l.text.includes('\t'),
      // A line of hundreds of characters is a paragraph of its own, not a wrapped visual line.
      fill: trimmed.length > MAX_VISUAL_LINE ? 0 : width ? trimmed.length / width : 1,
      // The site's title line breaks off mid-sentence; the transcript's text does not go on from it.
      gapBefore: preamble && i >= bodyFrom,
      cells: l.text.includes('\t') ? l.text.split('\t') : undefined,
      source: l.offset,
    });
    if (i >= bodyFrom && trimmed) preamble = false;
  }
  return { lines: out, furniture, pageCount: total };
}

/**
 * The page-number form of a transcript: after 'Transkript', paragraphs that
 * open with the bare page numbers 1, 2, 3 … in order. The index of each page's
 * first line, by page; null unless at least three pages run in order.
 */
function barePages(lines: SourceLine[], bodyFrom: number): Map<number, number> | null {
  const starts = new Map<number, number>();
  let expected = 1;
  lines.forEach((l, i) => {
    // '1 (3) …' opens a page of the other form.
    // A page with no text keeps its number alone on the line.
    const m = /^(\d{1,3})(?:\s+(?!\(\d{1,3}\))\S|\s*$)/.exec(l.text);
    if (m && Number(m[1]) === expected) {
      starts.set(i, expected);
      expected++;
    }
  });
  if (starts.size >= 3) return starts;
  return twoBarePages(lines, bodyFrom);
}

/** Words that open page 2 and stand on page 1 too, for two pages to be believed: a running head or a repeated table header. */
const MIN_SHARED_OPENING = 4;

/**
 * Two pages of the page-number form, on stronger evidence than three: after
 * 'Transkript' there are exactly two paragraphs, opening with '1' and '2', and
 * the words page 2 opens with (at least four) stand on page 1 as well, as a
 * running head or a table's repeated header does. A list numbered 1, 2 or a
 * one-page text with a paragraph that opens with '2' has no such repeat.
 */
function twoBarePages(lines: SourceLine[], bodyFrom: number): Map<number, number> | null {
  const paragraphs: number[] = [];
  lines.forEach((l, i) => {
    if (i >= bodyFrom && l.text.trim() && (i === 0 || !lines[i - 1].text.trim())) paragraphs.push(i);
  });
  if (paragraphs.length !== 2) return null;
  const texts = paragraphs.map((i) => /^(\d{1,3})\s+(\S.*)$/.exec(lines[i].text));
  if (!texts[0] || !texts[1] || texts[0][1] !== '1' || texts[1][1] !== '2') return null;
  // Each page is one paragraph: a page that runs onto further lines is not of this form.
  if (paragraphs.some((i) => lines[i + 1]?.text.trim())) return null;
  const opening = texts[1][2].split(/\s+/).slice(0, MIN_SHARED_OPENING).join(' ');
  if (opening.split(' ').length < MIN_SHARED_OPENING || !` ${texts[0][2].split(/\s+/).join(' ')} `.includes(` ${opening} `)) return null;
  return new Map([[paragraphs[0], 1], [paragraphs[1], 2]]);
}

/** 'Sida 4 av 6' and the PDF's own footer '4 (6)' run into a page's text. */
const INLINE_PAGE_OF = /\s*(?:\bSida\s+\d{1,3}\s+av\s+\d{1,3}\b|(?<=^|\s)\d{1,3} \(\d{1,3}\)(?=\s|$))\s*/gi;
/** The same, with the footer's spaced shape '4 ( 6 )' where those markers run in order. */
const INLINE_PAGE_OF_SPACED = /\s*(?:\bSida\s+\d{1,3}\s+av\s+\d{1,3}\b|(?<=^|\s)\d{1,3} \( ?\d{1,3} ?\)(?=\s|$))\s*/gi;

/**
 * Pages of the bare page-number form: each page's number goes, the running
 * header every page opens with (the longest run of words most pages share)
 * and 'Sida N av M' inside the text become furniture.
 */
function placeBarePages(lines: SourceLine[], starts: Map<number, number>): { lines: Line[]; furniture: RawBlock[]; pageCount: number | null } {
  const furniture: RawBlock[] = [];
  const out: Line[] = [];
  const bodies: Array<{ text: string; offset: number; page: number | null }> = [];
  let page: number | null = null;
  lines.forEach((l, i) => {
    const n = starts.get(i);
    if (n !== undefined) {
      page = n;
      const m = /^(\d{1,3})\s*/.exec(l.text)!;
      bodies.push({ text: l.text.slice(m[0].length), offset: l.offset + m[0].length, page });
    } else bodies.push({ text: l.text, offset: l.offset, page });
  });
  cutFootersInside(bodies, furniture);
  // In the page-number form every page's start is known, so two pages may have their edges compared.
  cutPageEdges(bodies, furniture, starts.size === 2);
  const pageOf = spacedMarkersRun(lines) ? INLINE_PAGE_OF_SPACED : INLINE_PAGE_OF;
  for (const b of bodies) {
    const { text, offset } = b;
    // Cut 'Sida N av M' out; the text on either side stays one line at its own offsets.
    let cursor = 0;
    const pieces: Array<{ text: string; offset: number }> = [];
    for (const m of text.matchAll(pageOf)) {
      pieces.push({ text: text.slice(cursor, m.index), offset: offset + cursor });
      furniture.push({ kind: 'furniture', text: m[0].trim(), page: b.page, source: offset + m.index! });
      cursor = m.index! + m[0].length;
    }
    pieces.push({ text: text.slice(cursor), offset: offset + cursor });
    for (const piece of pieces) {
      if (!piece.text.trim()) continue;
      out.push({ text: piece.text.replace(/\s+$/, ''), page: b.page, indented: false, fill: 0, source: piece.offset });
    }
  }
  return { lines: out, furniture, pageCount: Math.max(...starts.values()) };
}

/**
 * A footer a reading order put inside a page's text (furniture.ts,
 * findFootersInside) becomes furniture wherever it stands; in the text it is
 * blanked, so the page stays one line and offsets hold. Only where each page
 * is one line, as transcripts give them.
 */
function cutFootersInside(texts: Array<{ text: string; offset: number; page: number | null }>, furniture: RawBlock[]): void {
  const pages = texts.filter((t) => t.text.trim() && t.page !== null);
  if (new Set(pages.map((t) => t.page)).size !== pages.length) return;
  findFootersInside(pages.map((t) => t.text))?.forEach((spans, i) => {
    const t = pages[i];
    for (const [start, end] of spans) {
      furniture.push({ kind: 'furniture', text: t.text.slice(start, end), page: t.page, source: t.offset + start });
      t.text = t.text.slice(0, start) + ' '.repeat(end - start) + t.text.slice(end);
    }
  });
}

/**
 * The running head that opens most pages of a transcript and the footer that
 * ends them, each page being one line, are cut from the first and last text
 * of each page into furniture; of two pages whose starts are known
 * (`twoPages`), only what both pages share. `leadIsPage`: the text before
 * the first page marker is a page of its own, as where a PDF's footer
 * '1 (2)' closes its page rather than opening the next.
 */
function cutPageEdges(texts: Array<{ text: string; offset: number; page: number | null }>, furniture: RawBlock[], twoPages = false, leadIsPage = false): void {
  const first = new Map<number | null, number>();
  const last = new Map<number | null, number>();
  texts.forEach((t, i) => {
    if (!t.text.trim()) return;
    if (!first.has(t.page)) first.set(t.page, i);
    last.set(t.page, i);
  });
  // Two numbered pages are looked at alone: text before the first (the site's title line) is no page's edge.
  const isPage = (p: number | null) => p !== null || leadIsPage;
  const two = twoPages && [...first.keys()].filter(isPage).length === 2;
  // Where the text before the first marker is taken for a page, only a head the same word for word, numbers too, is cut: a label's number differs ('Mål 1', 'Mål 2').
  const edges = two ? (t: string[], e: 'head' | 'foot') => findTwoPageEdges(t, e, leadIsPage) : findPageEdges;
  const onPage = (i: number) => !two || isPage(texts[i].page);
  const foots = [...last.values()].filter(onPage);
  edges(foots.map((i) => texts[i].text), 'foot').forEach((at, k) => {
    const t = texts[foots[k]];
    if (at === null) return;
    furniture.push({ kind: 'furniture', text: t.text.slice(at).trim(), page: t.page, source: t.offset + at });
    t.text = t.text.slice(0, at);
  });
  const heads = [...first.values()].filter(onPage);
  edges(heads.map((i) => texts[i].text), 'head').forEach((at, k) => {
    const t = texts[heads[k]];
    if (at === null) return;
    const lead = t.text.length - t.text.trimStart().length;
    furniture.push({ kind: 'furniture', text: t.text.slice(0, at).trim(), page: t.page, source: t.offset + lead });
    const rest = t.text.slice(at);
    const skip = rest.length - rest.trimStart().length;
    t.text = rest.trimStart();
    t.offset += at + skip;
  });
}

/** The M of 'N (M)' markers, when at least two agree. */
function dominantTotal(lines: SourceLine[], spaced: boolean): number | null {
  const counts = new Map<number, number>();
  for (const l of lines) {
    for (const m of l.text.matchAll(INLINE_PAGE_MARKER)) {
      if (!spaced && isSpacedMarker(m[0])) continue;
      const [n, t] = [Number(m[2]), Number(m[3])];
      if (n <= t && t > 1) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [t, n] of counts) if (n >= 2 && (best === null || n > counts.get(best)!)) best = t;
  if (best === null) {
    // One marker on a line of its own is enough: PDF-to-text output keeps the footer on its own line.
    for (const l of lines) {
      const p = parsePageNumber(l.text);
      if (p?.total && p.total > 1) return p.total;
    }
  }
  return best;
}
