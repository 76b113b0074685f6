import { accessSync, constants } from 'node:fs';
import path from 'node:path';

const found = new Map<string, string | null>();

/**
 * The path of an optional helper program (LibreOffice, tesseract, pdftoppm),
 * or null when it is not installed. The environment variable, when set,
 * names the program to use; set to 'none' it says the program is absent,
 * which is how a machine without it is tried.
 */
export function findProgram(envVar: string, names: string[]): string | null {
  const override = process.env[envVar];
  const key = `${envVar}=${override ?? ''}:${names.join(',')}`;
  if (found.has(key)) return found.get(key)!;
  let hit: string | null = null;
  if (override === 'none') hit = null;
  else if (override) hit = executable(override) ? override : null;
  else {
    const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
    outer: for (const name of names) {
      for (const dir of dirs) {
        if (executable(path.join(dir, name))) {
          hit = path.join(dir, name);
          break outer;
        }
      }
    }
  }
  found.set(key, hit);
  return hit;
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
