import type { DocumentRow } from '../core/schemas.js';
import type { DocType } from '../core/types.js';

/**
 * What a manifest states of one file, and how it wins over what the rules
 * found. Apart from the reading of manifests (manifest.ts), so that a run
 * without one loads neither the schema library nor the municipality names.
 */

export const MANIFEST_RULE = 'manifest';

export interface ManifestEntry {
  municipalityCode?: string;
  docType?: DocType;
  year?: number;
  sourceUrl?: string;
  /** Documents with the same family label form one plan family, whatever the rules find. */
  family?: string;
}

/** The row with the manifest's values in place of extracted ones, each marked as stated by the manifest. */
export function applyManifest(row: DocumentRow, entry: ManifestEntry | undefined): DocumentRow {
  if (!entry) return row;
  const out = { ...row };
  if (entry.municipalityCode) Object.assign(out, { municipalityCode: entry.municipalityCode, municipalityRule: MANIFEST_RULE });
  if (entry.docType) Object.assign(out, { docType: entry.docType, docTypeRule: MANIFEST_RULE });
  if (entry.year) Object.assign(out, { year: entry.year, yearRule: MANIFEST_RULE });
  if (entry.sourceUrl) out.sourceUrl = entry.sourceUrl;
  if (entry.family) out.familyLabel = entry.family;
  return out;
}
