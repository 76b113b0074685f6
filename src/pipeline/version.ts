import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Format as DocFormat } from '../core/types.js';

/**
 * Versions derived from the code itself, so nobody has to remember to bump
 * them. A version is a hash over a module and every module it imports
 * (relative imports followed through the tree, packages by name and
 * installed version): the rules and vocabulary behind `extract`, and each
 * format's reader. Documents stored under another extractor version are
 * re-extracted from their blocks; under another reader version, their file is
 * read again.
 */

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Where each stage begins; paths relative to src/, without extension. */
const EXTRACTOR_ENTRY = ['extract/index'];
/** Converted legacy files are stored as DOCX: the converter belongs to that reader. */
const READER_ENTRIES: Record<DocFormat, string[]> = {
  pdf: ['ingest/pdf'],
  docx: ['ingest/docx', 'ingest/convert'],
  html: ['ingest/html'],
  text: ['ingest/text'],
};

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

/** The source of a module: compiled JavaScript next to this file, or TypeScript when run from source. */
function moduleFile(base: string): string | null {
  for (const ext of ['.js', '.ts']) if (existsSync(base + ext)) return base + ext;
  return null;
}

function packageVersion(specifier: string): string {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  if (name.startsWith('node:')) return name;
  try {
    return `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`;
  } catch {
    // Packages that hide their package.json are named without a version.
    return name;
  }
}

/** A 12-digit hash of the modules reachable from the entries, and of the packages they import. */
export function codeHash(entries: string[], root = SRC): string {
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((e) => moduleFile(path.join(root, e))).filter((f): f is string => f !== null);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(IMPORT)) {
      if (spec.startsWith('.')) {
        const next = moduleFile(path.resolve(path.dirname(file), spec.replace(/\.js$/, '')));
        if (next && !seen.has(next)) queue.push(next);
      } else packages.add(packageVersion(spec));
    }
  }
  // Paths relative to the root and sorted, so the hash does not depend on where the tree is installed or visited.
  for (const file of [...seen].sort()) hash.update(path.relative(root, file).replace(/\.[jt]s$/, '')).update('\0').update(readFileSync(file, 'utf8')).update('\0');
  for (const p of [...packages].sort()) hash.update(p).update('\0');
  return hash.digest('hex').slice(0, 12);
}

let extractor: string | null = null;
const readers = new Map<DocFormat, string>();

/** The version of the rules and vocabulary: documents stored under another are re-extracted. */
export function extractorVersion(): string {
  extractor ??= `rules-${codeHash(EXTRACTOR_ENTRY)}`;
  return extractor;
}

/** The version of one format's reader: documents stored under another are read again from their file. */
export function readerVersion(format: DocFormat): string {
  let v = readers.get(format);
  if (!v) {
    v = `${format}-${codeHash(READER_ENTRIES[format])}`;
    readers.set(format, v);
  }
  return v;
}

/** Every reader's version, as a run records them. */
export function readerVersions(): Record<DocFormat, string> {
  return Object.fromEntries((Object.keys(READER_ENTRIES) as DocFormat[]).map((f) => [f, readerVersion(f)])) as Record<DocFormat, string>;
}

/** The versions a run works under; tests and tools may stand in others. */
export interface Versions {
  extractor: string;
  readers: Record<DocFormat, string>;
}

export function currentVersions(): Versions {
  return { extractor: extractorVersion(), readers: readerVersions() };
}
