import { ActivityRowSchema, DocumentRowSchema, FocusAreaRowSchema, OwnerRowSchema, SubjectAssignmentSchema } from '../core/schemas.js';
import type { Doc, Metadata } from '../core/types.js';
import { extract } from '../extract/index.js';
import { failure, type Processed } from './process.js';

/** The year a document belongs to: its own date, else its adoption, else the first year it covers. */
function yearOf(m: Metadata): { year: number | null; yearRule: string | null } {
  if (m.documentDate) return { year: Number(m.documentDate.value.slice(0, 4)), yearRule: 'year/document-date' };
  if (m.adopted?.value.date) return { year: Number(m.adopted.value.date.slice(0, 4)), yearRule: 'year/adopted' };
  if (m.period) return { year: m.period.value.start, yearRule: 'year/period-start' };
  return { year: null, yearRule: null };
}

/** Extraction and validation of a document already read (from a file, or from the database when the rules change). */
export function extractDocument(doc: Doc, file: { sourcePath: string; sha256: string; sizeBytes: number; sourceUrl?: string | null; familyLabel?: string | null }): Processed {
  try {
    const extraction = extract(doc);
    const m = extraction.metadata;
    const row = DocumentRowSchema.parse({
      sourcePath: file.sourcePath,
      sha256: file.sha256,
      sizeBytes: file.sizeBytes,
      format: doc.format,
      title: m.title?.value ?? null,
      titleRule: m.title?.rule ?? null,
      docType: m.docType.value,
      docTypeRule: m.docType.rule,
      municipalityCode: m.municipality?.value ?? null,
      municipalityRule: m.municipality?.rule ?? null,
      periodStart: m.period?.value.start ?? null,
      periodEnd: m.period?.value.end ?? null,
      periodRule: m.period?.rule ?? null,
      documentDate: m.documentDate?.value ?? null,
      adoptedDate: m.adopted?.value.date ?? null,
      adoptedBy: m.adopted?.value.by ?? null,
      pageCount: doc.pageCount,
      text: doc.text,
      containerTitle: doc.containerTitle ?? null,
      sourceText: doc.source ?? null,
      sourceUrl: file.sourceUrl ?? null,
      familyLabel: file.familyLabel ?? null,
      convertedFrom: doc.convertedFrom ?? null,
      ocrPages: doc.ocrPages ? JSON.stringify(doc.ocrPages) : null,
      unreadablePages: doc.unreadablePages ? JSON.stringify(doc.unreadablePages) : null,
      extractionOutcome: extraction.outcome,
      ...yearOf(m),
    });
    extraction.focusAreas.forEach((f) => FocusAreaRowSchema.parse(f));
    extraction.owners.forEach((o) => OwnerRowSchema.parse(o));
    extraction.activities.forEach((a) => ActivityRowSchema.parse(a));
    extraction.subjects.forEach((x) => SubjectAssignmentSchema.parse(x));
    return { ok: true, row, doc, extraction };
  } catch (error) {
    return failure(error);
  }
}

