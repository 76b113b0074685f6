import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Extensions a directory walk picks up; a file named on the command line is taken whatever its name. */
const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.odt', '.html', '.htm', '.txt', '.text', '']);

export interface Discovered {
  files: string[];
  missing: string[];
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

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
}

/** Expands files, directories (recursively) and globs ('corpus/**\/*.pdf') into a sorted, de-duplicated list. */
export function discover(args: string[]): Discovered {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    if (/[*?]/.test(arg)) {
      const base = arg.split(/[*?]/)[0].replace(/[^/]*$/, '') || '.';
      const re = globToRegExp(arg.replace(/^\.\//, ''));
      const found: string[] = [];
      try {
        walk(base, found);
      } catch {
        missing.push(arg);
        continue;
      }
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
    if (stat.isDirectory()) walk(arg, files);
    else files.push(arg);
  }
  return { files: [...new Set(files)], missing };
}
