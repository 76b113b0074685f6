import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DOC_TYPES, type DocType } from '../core/types.js';
import { lookupMunicipality } from '../extract/rules/municipality.js';
import { canonicalPath } from './walk.js';
import type { ManifestEntry } from './manifest-entry.js';

/**
 * A manifest states what the rules cannot know: which municipality a file is
 * from, its type, its year, where it was published. CSV with a header row
 * (path, municipality, doc_type, year, source_url, family; all but path optional) or
 * JSON (an array of such objects). Paths are relative to the manifest.
 * Manifest values win over extracted ones, and their rule says 'manifest'.
 */

const SPELLINGS: Record<string, DocType> = { uppföljning: 'uppfoljning', övrigt: 'ovrigt' };

const EntrySchema = z.strictObject({
  path: z.string().min(1),
  municipality: z.string().optional(),
  doc_type: z
    .string()
    .transform((t) => SPELLINGS[t.trim().toLowerCase()] ?? t.trim().toLowerCase())
    .pipe(z.enum(DOC_TYPES))
    .optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  source_url: z.url().optional(),
  family: z.string().min(1).optional(),
});

export class ManifestError extends Error {}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',' || c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f.trim() !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f.trim() !== '')) rows.push(row);
  return rows;
}

function recordsOf(file: string, text: string): Array<Record<string, unknown>> {
  if (/\.json$/i.test(file) || /^\s*[[{]/.test(text)) {
    const parsed: unknown = JSON.parse(text);
    const list = Array.isArray(parsed) ? parsed : (parsed as { documents?: unknown }).documents;
    if (!Array.isArray(list)) throw new ManifestError(`Unexpected JSON in manifest ${file}, expected an array of entries`);
    return list as Array<Record<string, unknown>>;
  }
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return [];
  const keys = header.map((h) => h.trim().toLowerCase());
  return rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, r[i]?.trim() ?? '']).filter(([, v]) => v !== '')));
}

/** Reads a manifest into entries keyed by absolute path (symbolic links resolved, as stored paths are); every bad line is named. */
export function loadManifest(file: string): Map<string, ManifestEntry> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ManifestError(`Unexpected unreadable manifest ${file} (${(error as Error).message})`);
  }
  const base = path.dirname(path.resolve(file));
  const out = new Map<string, ManifestEntry>();
  const problems: string[] = [];
  recordsOf(file, text).forEach((record, i) => {
    const parsed = EntrySchema.safeParse(record);
    if (!parsed.success) {
      problems.push(`entry ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return;
    }
    const e = parsed.data;
    const entry: ManifestEntry = {};
    if (e.municipality) {
      const m = lookupMunicipality(e.municipality);
      if (!m) {
        problems.push(`entry ${i + 1}: unknown municipality '${e.municipality}', expected a name or SCB code of the register`);
        return;
      }
      entry.municipalityCode = m.code;
    }
    if (e.doc_type) entry.docType = e.doc_type;
    if (e.year) entry.year = e.year;
    if (e.source_url) entry.sourceUrl = e.source_url;
    if (e.family) entry.family = e.family;
    out.set(canonicalPath(path.resolve(base, e.path)), entry);
  });
  if (problems.length > 0) throw new ManifestError(`Unexpected entries in manifest ${file}:\n  ${problems.join('\n  ')}`);
  return out;
}
