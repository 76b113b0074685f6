import { createHash } from 'node:crypto';
import { ZodError } from 'zod';
import { ActivityRowSchema, DocumentRowSchema, FocusAreaRowSchema, OwnerRowSchema, type DocumentRow } from '../core/schemas.js';
import type { Doc, Extraction } from '../core/types.js';
import { extract } from '../extract/index.js';
import { UnreadableError } from '../ingest/errors.js';
import { readDocument } from '../ingest/read.js';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type Processed =
  | { ok: true; row: DocumentRow; doc: Doc; extraction: Extraction }
  | { ok: false; rule: string; reason: string };

/**
 * One file through the flow: read, clean, extract, validate. Never throws for
 * a problem in the file: it comes back as a reason.
 */
export async function processDocument(sourcePath: string, bytes: Uint8Array, hash = sha256(bytes)): Promise<Processed> {
  try {
    const doc = await readDocument(bytes, sourcePath);
    const extraction = extract(doc);
    const m = extraction.metadata;
    const row = DocumentRowSchema.parse({
      sourcePath,
      sha256: hash,
      sizeBytes: bytes.length,
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
    });
    extraction.focusAreas.forEach((f) => FocusAreaRowSchema.parse(f));
    extraction.owners.forEach((o) => OwnerRowSchema.parse(o));
    extraction.activities.forEach((a) => ActivityRowSchema.parse(a));
    return { ok: true, row, doc, extraction };
  } catch (error) {
    if (error instanceof UnreadableError) return { ok: false, rule: error.ruleId, reason: error.message };
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      return { ok: false, rule: 'validate/schema', reason: `Unexpected value at ${issue.path.join('.')}: ${issue.message}` };
    }
    const e = error as Error;
    return { ok: false, rule: 'ingest/crash', reason: `Unexpected failure while reading (${e.name}: ${e.message})` };
  }
}
