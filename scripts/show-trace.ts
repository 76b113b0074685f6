import { fileArgument } from './file-argument.js';
import { proposeAll } from '../src/extract/constructions/index.js';
import { resolve } from '../src/extract/resolve/resolve.js';
import { buildView } from '../src/extract/view/document-view.js';
import { readDocument } from '../src/ingest/read.js';

/**
 * Prints, block by block, which proposal the resolver chose and which it passed
 * over: `node dist/scripts/show-trace.js FILE`. Answers "why was this line read so?".
 */
const doc = await readDocument(fileArgument('show-trace'));
const view = buildView(doc);
resolve(view, proposeAll(view), (i, chosen, all) => {
  const b = view.blocks[i];
  const others = all.filter((p) => p !== chosen).map((p) => p.rule);
  console.log(`${String(i).padStart(4)} ${b.kind.padEnd(9)} ${(chosen?.rule ?? '(prose)').padEnd(34)} ${view.trimmed(i).slice(0, 70)}${others.length ? `  [not: ${others.join(', ')}]` : ''}`);
});
