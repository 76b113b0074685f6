import type { Block, Doc, DocType, Evidence, Metadata } from '../core/types.js';
import { MEETING_DATE, MINUTES_PARAGRAPH, NEWS_LABEL, NEWS_MARKERS, NEWS_SECTION } from '../lang/doc-types.js';
import { COVER_TITLE_MIN_SIZE, LABEL_VALUE } from '../lang/structure.js';
import { findAdoption, findMinutesDecision, firstDate } from './rules/dates.js';
import { docTypeOfSelfReference, docTypeOfTitle } from './rules/doc-type.js';
import { resolveMunicipality } from './rules/municipality.js';
import { findPeriod, TITLE_END_RANGE } from './rules/period.js';
import { DATING_WORDS } from '../lang/doc-types.js';
import { DATE_LINE, DATING_HINT } from '../lang/structure.js';

/** How far into a document its title and masthead are looked for, in blocks. */
const MASTHEAD = 10;

function pageAt(doc: Doc, offset: number): number | null {
  const b = doc.blocks.find((x) => x.start <= offset && offset <= x.end);
  return b?.page ?? null;
}

function evidence<T>(doc: Doc, value: T, rule: string, start: number, end: number): Evidence<T> {
  return { value, rule, start, end, page: pageAt(doc, start) };
}

function isTitleCandidate(text: string, b: Block): boolean {
  if (b.kind === 'row' || b.kind === 'furniture') return false;
  if (NEWS_MARKERS.some((m) => m.test(text)) || LABEL_VALUE.test(text)) return false;
  if (/^\s*(?:19|20)\d\d-\d\d-\d\d\s*$/.test(text)) return false;
  return text.length <= 140 && !/[.:;]$/.test(text.trim());
}

/** A title line that ends in a range of years left open ('… 2025–'), and the line that closes it ('2027 …'). */
const OPEN_RANGE_END = /(?:19|20)\d\d\s*[–-]$/u;
const YEAR_START = /^(?:19|20)\d\d\b/u;

/**
 * A title's lines read as one: a range of years broken after its dash ('2025–' '2027') is
 * one range again, with no space inside it; other lines are joined by a space.
 */
function joinTitleLines(lines: string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    text = !text ? line : OPEN_RANGE_END.test(text) && YEAR_START.test(line) ? text + line : `${text} ${line}`;
  }
  return text;
}

/**
 * The largest type on the first page and the large type right after it, read together
 * ('KLIMAT' 'STRATEGI' 'HAPARANDA 2020-2050'): a cover's title.
 */
function coverTitle(doc: Doc): { text: string; start: number; end: number } | null {
  const first = doc.blocks.filter((b) => b.page === 1 && b.kind !== 'furniture' && b.kind !== 'row' && b.size !== undefined);
  const largest = Math.max(0, ...first.map((b) => b.size!));
  if (largest < COVER_TITLE_MIN_SIZE) return null;
  const from = first.findIndex((b) => b.size! >= largest * 0.9);
  const run: Block[] = [];
  for (const b of first.slice(from)) {
    if (b.size! < COVER_TITLE_MIN_SIZE) break;
    run.push(b);
  }
  const text = joinTitleLines(run.map((b) => doc.text.slice(b.start, b.end)));
  return text.length > 0 && text.length <= 160 ? { text, start: run[0].start, end: run[run.length - 1].end } : null;
}

function isRunningTitle(text: string): boolean {
  return text.length <= 100 && !LABEL_VALUE.test(text) && !/\d{4}-\d\d-\d\d/.test(text) && docTypeOfTitle(text) !== null;
}

/** The latest date that a dating word ('Publicerad', 'uppdaterades', 'Rapport till …') puts on the document. */
function datedBySelf(doc: Doc): Evidence<string> | null {
  let best: Evidence<string> | null = null;
  const dating = new RegExp(DATING_WORDS.source, 'giu');
  for (const b of doc.blocks) {
    if (b.kind === 'row') continue;
    const text = doc.text.slice(b.start, b.end);
    // A cheap look for the words' stems first: the pattern's Unicode word boundaries are costly on every block.
    if (!DATING_HINT.test(text)) continue;
    for (const m of text.matchAll(dating)) {
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
      const d = firstDate(after);
      if (!d || d.start > 12) continue;
      const at = b.start + m.index! + m[0].length + d.start;
      if (!best || d.date > best.value) best = evidence(doc, d.date, 'date/dated-by-self', at, at + (d.end - d.start));
    }
  }
  return best;
}

/** The date of the meeting minutes record, from its label in the masthead ('Sammanträdesdatum 2025-10-16'). */
function meetingDate(doc: Doc, head: Array<{ b: Block; text: string }>): Evidence<string> | null {
  for (const { b, text } of head) {
    const m = MEETING_DATE.pattern.exec(text);
    if (!m) continue;
    const d = firstDate(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    if (d && d.start === 0) return evidence(doc, d.date, MEETING_DATE.id, b.start + m.index + m[0].length, b.start + m.index + m[0].length + d.end);
  }
  return null;
}

/** The most words of a masthead: the municipality, the office, a date and a reference number. */
const MASTHEAD_WORDS = 15;
const ISO_DATE = /(?:19|20)\d\d-\d\d-\d\d/g;

/**
 * The date of a masthead set as one paragraph above the title, its lines broken inside it
 * ('X KOMMUN / Förvaltningen / 2026-05-04 / Dnr …'): a few words, no sentence, one date,
 * and no word that makes it a decision's date ('antogs', 'Sammanträdesdatum'); a word that dates the
 * document ('Utskriftsdatum', 'Publicerad') only confirms it.
 */
function mastheadDate(doc: Doc, head: Array<{ b: Block; text: string }>, title: Evidence<string> | null): Evidence<string> | null {
  if (!title) return null;
  for (const { b, text } of head) {
    if (b.start >= title.start) break;
    const dates = [...text.matchAll(ISO_DATE)];
    if (dates.length !== 1 || /[.!?]\s*$/.test(text) || text.split(/\s+/).length > MASTHEAD_WORDS) continue;
    if (findAdoption(text) || MEETING_DATE.pattern.test(text)) continue;
    const d = firstDate(text.slice(dates[0].index));
    if (d?.rule === 'date/iso') return evidence(doc, d.date, 'date/masthead', b.start + dates[0].index! + d.start, b.start + dates[0].index! + d.end);
  }
  return null;
}

/** The first line of the masthead that names a document type ('Handlingsplan för …'): the title, and its type. */
function firstTypedTitle(doc: Doc, head: Array<{ b: Block; text: string }>): { title: Evidence<string>; docType: Evidence<DocType> } | null {
  for (const [i, { b, text }] of head.entries()) {
    if (!isTitleCandidate(text, b)) continue;
    const hit = docTypeOfTitle(text);
    if (!hit) continue;
    // A title broken inside its range of years ends on the next block, which begins with the range's last year.
    const next = head[i + 1];
    const closes = next && next.b.kind === b.kind && isTitleCandidate(next.text, next.b) && OPEN_RANGE_END.test(text.trim()) && YEAR_START.test(next.text.trim());
    const full = closes ? joinTitleLines([text, next.text]) : text;
    return {
      title: evidence(doc, full, 'title/first-with-type-word', b.start, closes ? next.b.end : b.end),
      docType: evidence(doc, hit.docType, hit.rule, b.start + hit.index, b.start + hit.index + hit.length),
    };
  }
  return null;
}

/** The parts of a line set with middle dots, and the steps of a breadcrumb. */
const DOT_PARTS = /\s+·\s+/u;
const CRUMB_STEPS = /\s+[›»/>]\s+/u;

/**
 * A line that marks a news page: a marker alone ('Nyheter', 'Publicerad: 16 maj 2024'), a part of a
 * line set with dots that labels the page ('Nyhet · 28 november 2025'), or a breadcrumb whose last steps
 * are the news section. A table row is a site's menu, not the page's label; a date of publication among
 * other parts ('Publicerad: 2026-01-30 · Ansvarig: …') stands on plans' and follow-ups' pages as well.
 */
function isNewsLine(text: string, b: Block): boolean {
  if (NEWS_MARKERS.some((m) => m.test(text))) return true;
  if (b.kind === 'row') return false;
  const parts = text.split(DOT_PARTS);
  if (parts.length > 1 && parts.some((p) => NEWS_LABEL.test(p))) return true;
  const steps = text.split(CRUMB_STEPS);
  return steps.length > 1 && steps.slice(-2).some((p) => NEWS_SECTION.test(p));
}

/** A sentence of prose: the page's text has begun, and its masthead has ended. */
const isProse = (text: string) => /[.!?]\s*$/.test(text) && text.split(/\s+/).length > 8;

/** The masthead's news marker: in its first lines, or anywhere above the page's first sentence of prose. */
function newsMarker(head: Array<{ b: Block; text: string }>): { b: Block; text: string } | undefined {
  const prose = head.findIndex(({ text }) => isProse(text));
  const end = Math.max(3, prose < 0 ? head.length : prose);
  return head.slice(0, end).find(({ b, text }) => isNewsLine(text, b));
}

/** Document metadata: municipality, type, title, dates, adoption and period. */
export function extractMetadata(doc: Doc): Metadata {
  const head = doc.blocks.filter((b) => b.kind !== 'furniture').slice(0, MASTHEAD);
  const headTexts = head.map((b) => ({ b, text: doc.text.slice(b.start, b.end) }));

  const muni = resolveMunicipality(doc.text, doc.containerTitle);
  const municipality = muni ? evidence(doc, muni.code, muni.rule, muni.start, muni.end) : null;

  let title: Evidence<string> | null = null;
  let docType: Evidence<DocType> | null = null;
  const cover = coverTitle(doc);
  const coverHit = cover ? docTypeOfTitle(cover.text) : null;
  if (cover && coverHit) {
    title = evidence(doc, cover.text, 'title/cover', cover.start, cover.end);
    docType = evidence(doc, coverHit.docType, coverHit.rule, cover.start, cover.end);
  }
  if (!title) {
    const first = firstTypedTitle(doc, headTexts);
    if (first) ({ title, docType } = first);
  }
  const news = newsMarker(headTexts);
  if (news) docType = evidence(doc, 'nyhet' as DocType, 'doctype/news-marker', news.b.start, news.b.end);
  if (!title) {
    // Many reports repeat their title as the running header of every page.
    const running = doc.blocks.find((b) => b.kind === 'furniture' && isRunningTitle(doc.text.slice(b.start, b.end)));
    if (running) {
      const text = doc.text.slice(running.start, running.end);
      const hit = docTypeOfTitle(text)!;
      title = evidence(doc, text, 'title/running-header', running.start, running.end);
      docType ??= evidence(doc, hit.docType, hit.rule, running.start + hit.index, running.start + hit.index + hit.length);
    }
  }
  if (!title && doc.containerTitle && docTypeOfTitle(doc.containerTitle)) {
    title = { value: doc.containerTitle, rule: 'title/container', start: 0, end: 0, page: null };
    docType ??= { value: docTypeOfTitle(doc.containerTitle)!.docType, rule: 'doctype/container-title', start: 0, end: 0, page: null };
  }
  if (!docType || !title) {
    const self = docTypeOfSelfReference(doc.text);
    if (self) {
      docType ??= evidence(doc, self.docType, self.rule, self.index, self.index + self.length);
      const word = self.word.charAt(0).toUpperCase() + self.word.slice(1);
      title ??= evidence(doc, word, 'title/self-reference', self.index, self.index + self.length);
    }
  }
  if (!title) {
    const first = headTexts.find(({ b, text }) => b.kind === 'heading' && isTitleCandidate(text, b));
    if (first) title = evidence(doc, first.text, 'title/first-heading', first.b.start, first.b.end);
  }
  docType ??= { value: 'ovrigt', rule: 'doctype/none', start: 0, end: 0, page: null };
  // Minutes title a matter after its paragraph's number; the number is the minutes', not the document's.
  const paragraph = title ? MINUTES_PARAGRAPH.pattern.exec(title.value) : null;
  if (title && paragraph) title = { ...title, value: title.value.slice(paragraph[0].length), start: title.start + paragraph[0].length };

  let documentDate: Evidence<string> | null = null;
  for (const b of doc.blocks.filter((x) => x.kind === 'furniture')) {
    const d = firstDate(doc.text.slice(b.start, b.end));
    if (d?.rule === 'date/iso') {
      documentDate = evidence(doc, d.date, 'date/running-footer', b.start + d.start, b.start + d.end);
      break;
    }
  }
  if (!documentDate) {
    for (const { b, text } of headTexts) {
      const m = DATE_LINE.exec(text);
      if (m) {
        documentDate = evidence(doc, m[1], 'date/standalone', b.start, b.end);
        break;
      }
    }
  }

  if (!documentDate) documentDate = mastheadDate(doc, headTexts, title);

  // Minutes are dated by their meeting ('Sammanträdesdatum 2025-10-16'), not by the papers they list ('Tjänsteskrivelse 2025-09-22').
  const meeting = meetingDate(doc, headTexts);
  if (!documentDate) documentDate = meeting;

  // A page or report dated by what it says of itself ('Publicerad …', 'uppdaterades …', 'Rapport till … 2024-02-13'): its latest such date.
  if (!documentDate) documentDate = datedBySelf(doc);

  // A follow-up reports on a plan adopted earlier; that decision is not the report's, its own approval ('Godkänd av nämnden …') is.
  const adoption = findAdoption(doc.text, docType.value === 'uppfoljning');
  let adopted = adoption ? evidence(doc, { date: adoption.date, by: adoption.by }, adoption.rule, adoption.start, adoption.end) : null;
  // Minutes adopt by a formula ('Kommunstyrelsen beslutar / att anta …') on the day of the meeting.
  const decision = !adopted && meeting ? findMinutesDecision(doc.text) : null;
  if (decision && meeting) adopted = evidence(doc, { date: meeting.value, by: decision.by }, decision.rule, decision.start, decision.end);
  // A plan that gives no date of its own is dated by its adoption.
  if (!documentDate && adopted?.value.date) documentDate = { ...adopted, value: adopted.value.date, rule: 'date/adopted' };

  const content = doc.blocks.filter((b) => b.kind !== 'furniture');
  let period: Metadata['period'] = null;
  for (const b of content) {
    const p = findPeriod(doc.text.slice(b.start, b.end), undefined);
    if (p && p.rule === 'period/perioden') {
      period = evidence(doc, { start: p.from, end: p.to }, p.rule, b.start + p.start, b.start + p.end);
      break;
    }
  }
  if (!period && title) {
    const p = findPeriod(title.value) ?? findPeriod(title.value, [TITLE_END_RANGE]);
    if (p) period = { ...title, value: { start: p.from, end: p.to }, rule: `${p.rule}-title` };
  }
  if (!period) {
    for (const b of content) {
      const p = findPeriod(doc.text.slice(b.start, b.end));
      if (p) {
        period = evidence(doc, { start: p.from, end: p.to }, p.rule, b.start + p.start, b.start + p.end);
        break;
      }
    }
  }
  return { municipality, docType, title, documentDate, adopted, period };
}
