import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';

/** Extensions a directory walk picks up; a file named on the command line is taken whatever its name. */
const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.odt', '.html', '.htm', '.txt', '.text', '']);

export interface Discovered {
  /** Files as the walk reached them (relative when the argument was). */
  files: string[];
  /** Arguments that name nothing. */
  missing: string[];
  /**
   * What the run looked at, as absolute paths with symbolic links resolved: the
   * directories and files given, a glob's base. A stored document outside these
   * was not looked for, so the run cannot say it is gone.
   */
  roots: string[];
  /** Folders that could not be listed, with the reason; the walk goes on past them. */
  unreadable: Array<{ path: string; reason: string }>;
}

/** Lists a folder; replaceable in tests, where a folder the user may not read cannot be made when running as root. */
export type ReadDir = (dir: string) => Dirent[];
const listFolder: ReadDir = (dir) => readdirSync(dir, { withFileTypes: true });

/** The absolute path of a file with symbolic links resolved: one path per file, whatever the working directory. */
export function canonicalPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, out: string[], unreadable: Discovered['unreadable'], list: ReadDir): void {
  let entries: Dirent[];
  try {
    entries = list(dir);
  } catch (error) {
    unreadable.push({ path: dir, reason: `Unexpected folder that cannot be listed (${(error as Error).message}), expected a readable folder` });
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out, unreadable, list);
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
}

/** Expands files, directories (recursively) and globs ('corpus/**\/*.pdf') into a sorted, de-duplicated list. */
export function discover(args: string[], list: ReadDir = listFolder): Discovered {
  const files: string[] = [];
  const missing: string[] = [];
  const roots: string[] = [];
  const unreadable: Discovered['unreadable'] = [];
  for (const arg of args) {
    if (/[*?]/.test(arg)) {
      const base = arg.split(/[*?]/)[0].replace(/[^/]*$/, '') || '.';
      const re = globToRegExp(arg.replace(/^\.\//, ''));
      const found: string[] = [];
      try {
        statSync(base);
      } catch {
        missing.push(arg);
        continue;
      }
      walk(base, found, unreadable, list);
      roots.push(canonicalPath(base));
      const hits = found.filter((f) => re.test(f.replace(/^\.\//, '')));
      if (hits.length === 0) missing.push(arg);
      files.push(...hits);
      continue;
    }
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    roots.push(canonicalPath(arg));
    if (stat.isDirectory()) walk(arg, files, unreadable, list);
    else files.push(arg);
  }
  return { files: [...new Set(files)], missing, roots, unreadable };
}
