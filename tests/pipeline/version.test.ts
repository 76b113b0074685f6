import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeHash, extractorVersion, readerVersions } from '../../src/pipeline/version.js';

/** A tiny module tree: a.ts imports b.ts, which imports a package; c.ts stands apart. */
function tree(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-version-'));
  writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b.js';\nexport const a = b + 1;\n");
  writeFileSync(path.join(dir, 'b.ts'), "import { z } from 'zod';\nexport const b = 1;\n");
  writeFileSync(path.join(dir, 'c.ts'), 'export const c = 3;\n');
  return dir;
}

describe('versions derived from the code', () => {
  it('change with any module an entry reaches, and with nothing else', () => {
    const dir = tree();
    const before = codeHash(['a'], dir);
    writeFileSync(path.join(dir, 'c.ts'), 'export const c = 4;\n');
    expect(codeHash(['a'], dir)).toBe(before);
    writeFileSync(path.join(dir, 'b.ts'), "import { z } from 'zod';\nexport const b = 2;\n");
    expect(codeHash(['a'], dir)).not.toBe(before);
  });

  it('do not depend on where the tree stands', () => {
    const dir = tree();
    const copy = mkdtempSync(path.join(tmpdir(), 'styrdok-version-copy-'));
    cpSync(dir, copy, { recursive: true });
    expect(codeHash(['a'], copy)).toBe(codeHash(['a'], dir));
  });

  it('give the rules one version and each reader its own', () => {
    expect(extractorVersion()).toMatch(/^rules-[0-9a-f]{12}$/);
    const readers = readerVersions();
    expect(Object.keys(readers).sort()).toEqual(['docx', 'html', 'pdf', 'text']);
    expect(new Set(Object.values(readers)).size).toBe(4);
  });
});
