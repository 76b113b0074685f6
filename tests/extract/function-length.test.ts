import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

/** Every function of a file with its length in lines. */
function functionLengths(file: string): Array<{ at: string; lines: number }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Array<{ at: string; lines: number }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      out.push({ at: `${file}:${first + 1}`, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('extraction and cleaning stay readable', () => {
  it('have no function longer than 120 lines', () => {
    const long = [...files('src/extract'), ...files('src/clean')].flatMap(functionLengths).filter((f) => f.lines > 120);
    expect(long).toEqual([]);
  });

  it('decide nothing in the tree builder: the outline is the resolver over the constructions', () => {
    const builder = readFileSync('src/extract/outline/build.ts', 'utf8');
    expect(builder.split('\n').length).toBeLessThan(30);
    expect(builder).toMatch(/resolve\(view, proposeAll\(view\)\)/);
  });
});
