import { fileArgument } from './file-argument.js';
import { readDocument } from '../src/ingest/read.js';

/** Prints the blocks a reader makes of a file: `node dist/scripts/show-blocks.js FILE`. */
const doc = await readDocument(fileArgument('show-blocks'));
for (const b of doc.blocks) {
  const text = doc.text.slice(b.start, b.end).replace(/\n/g, '⏎');
  console.log(`${b.kind.padEnd(9)} p${b.page ?? '-'}${b.size !== undefined ? ` ×${b.size}` : ''} ${b.marker !== undefined ? `[${b.marker}] ` : ''}${b.header ? '[H] ' : ''}${text.slice(0, 160)}`);
}
for (const m of doc.messages) console.log(`${m.severity}: ${m.reason} (${m.ruleId})`);
