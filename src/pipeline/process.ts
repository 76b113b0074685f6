import { createHash } from 'node:crypto';
import type { ZodError } from 'zod';
import type { DocumentRow } from '../core/schemas.js';
import type { Doc, Extraction } from '../core/types.js';
import { UnreadableError } from '../ingest/errors.js';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type Processed =
  | { ok: true; row: DocumentRow; doc: Doc; extraction: Extraction }
  | { ok: false; rule: string; reason: string };

/**
 * One file through the flow: read, clean, extract, validate. Never throws for
 * a problem in the file: it comes back as a reason. The readers and the rules
 * are loaded on the first document, so that a run that reads nothing (every
 * file unchanged) loads neither.
 */
export async function processDocument(sourcePath: string, bytes: Uint8Array, hash = sha256(bytes)): Promise<Processed> {
  try {
    const [{ readDocument }, { extractDocument }] = await Promise.all([import('../ingest/read.js'), import('./extract-document.js')]);
    const doc = await readDocument(bytes, sourcePath);
    return extractDocument(doc, { sourcePath, sha256: hash, sizeBytes: bytes.length });
  } catch (error) {
    return failure(error);
  }
}

/** A problem with a document as the reason it comes back with. */
export function failure(error: unknown): Processed {
  if (error instanceof UnreadableError) return { ok: false, rule: error.ruleId, reason: error.message };
  // Known by name, so that loading this module (every run does) does not load the schema library.
  if (error instanceof Error && error.name === 'ZodError') {
    const issue = (error as ZodError).issues[0];
    return { ok: false, rule: 'validate/schema', reason: `Unexpected value at ${issue.path.join('.')}: ${issue.message}` };
  }
  const e = error as Error;
  return { ok: false, rule: 'ingest/crash', reason: `Unexpected failure while reading (${e.name}: ${e.message})` };
}
