import type { Block, Doc, DocType, Evidence, Metadata } from '../core/types.js';
import { NEWS_MARKERS } from './vocab/doc-types.js';
import { findAdoption, firstDate } from './rules/dates.js';
import { docTypeOfSelfReference, docTypeOfTitle } from './rules/doc-type.js';
import { resolveMunicipality } from './rules/municipality.js';
import { findPeriod } from './rules/period.js';

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
  if (NEWS_MARKERS.some((m) => m.test(text))) return false;
  if (/^\s*(?:19|20)\d\d-\d\d-\d\d\s*$/.test(text)) return false;
  return text.length <= 140 && !/[.:;]$/.test(text.trim());
}

/** Document metadata: municipality, type, title, dates, adoption and period. */
export function extractMetadata(doc: Doc): Metadata {
  const head = doc.blocks.filter((b) => b.kind !== 'furniture').slice(0, MASTHEAD);
  const headTexts = head.map((b) => ({ b, text: doc.text.slice(b.start, b.end) }));

  const muni = resolveMunicipality(doc.text);
  const municipality = muni ? evidence(doc, muni.code, muni.rule, muni.start, muni.end) : null;

  let title: Evidence<string> | null = null;
  let docType: Evidence<DocType> | null = null;
  for (const { b, text } of headTexts) {
    if (!isTitleCandidate(text, b)) continue;
    const hit = docTypeOfTitle(text);
    if (hit) {
      title = evidence(doc, text, 'title/first-with-type-word', b.start, b.end);
      docType = evidence(doc, hit.docType, hit.rule, b.start + hit.index, b.start + hit.index + hit.length);
      break;
    }
  }
  const news = headTexts.slice(0, 3).find(({ text }) => NEWS_MARKERS.some((m) => m.test(text)));
  if (news) docType = evidence(doc, 'nyhet' as DocType, 'doctype/news-marker', news.b.start, news.b.end);
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
      const m = /^\s*(?:datum:?\s*)?((?:19|20)\d\d-\d\d-\d\d)\s*$/i.exec(text);
      if (m) {
        documentDate = evidence(doc, m[1], 'date/standalone', b.start, b.end);
        break;
      }
    }
  }

  // A follow-up reports on a plan adopted earlier; that decision is not the report's.
  const adoption = docType.value === 'uppfoljning' ? null : findAdoption(doc.text);
  const adopted = adoption ? evidence(doc, { date: adoption.date, by: adoption.by }, adoption.rule, adoption.start, adoption.end) : null;

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
    const p = findPeriod(title.value);
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
