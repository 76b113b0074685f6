import { CONSTRUCTIONS } from '../src/extract/constructions/index.js';
import { PRECEDENCE } from '../src/extract/resolve/precedence.js';

/**
 * Prints the construction registry and the precedence table as Markdown, from
 * the code itself: `node dist/scripts/show-registry.js`. What a reader of a
 * closing note or the README sees is then what the resolver runs.
 */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
console.log('| id | what it proposes | examples (+/−) |\n|---|---|---|');
for (const c of CONSTRUCTIONS) console.log(`| \`${c.id}\` | ${cell(c.description)} | ${c.positive.length}/${c.negative.length}${c.propose ? '' : ' (helpers only)'} |`);
console.log('\n**Precedence** (the first whose condition holds wins):\n');
PRECEDENCE.forEach((p, i) => console.log(`${i + 1}. \`${p.rule}\`: ${p.why}`));
