import type { Db } from '../store/connection.js';
import { readStoredDoc } from '../store/read.js';
import { replaceExtraction } from '../store/write.js';
import { applyManifest, type ManifestEntry } from '../discover/manifest-entry.js';
import { extractDocument } from './extract-document.js';
import { extractorVersion } from './version.js';

export type Reextracted = { ok: true; activities: number } | { ok: false; rule: string; reason: string };

/**
 * Runs the current rules over a stored document's parsed blocks and replaces
 * what the earlier rules made of it; the file is not read again.
 */
export function reextractDocument(db: Db, documentId: number, options: { runId: number | null; manifest?: ManifestEntry; extractorVersion?: string }): Reextracted {
  const stored = readStoredDoc(db, documentId);
  if (!stored) return { ok: false, rule: 'store/missing-document', reason: `Unexpected document id ${documentId}, expected a stored document` };
  const result = extractDocument(stored.doc, stored);
  if (!result.ok) return result;
  const row = applyManifest(result.row, options.manifest);
  replaceExtraction(db, documentId, row, result.extraction, options.extractorVersion ?? extractorVersion(), options.runId);
  return { ok: true, activities: result.extraction.activities.length };
}
