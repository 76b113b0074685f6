import { table } from '../src/cli/format.js';
import { extract } from '../src/extract/index.js';
import { readText } from '../src/ingest/text.js';

/**
 * What a page of bullets run together costs: one paragraph without line
 * breaks, made of short actions behind inline bullet glyphs (' • ', ' o ', and
 * ' - ' after a sentence), from 100 KB to 1 MB. It is read (cleaned and cut
 * into blocks) and extracted; time per KB is printed as a ratio to the
 * smallest size, so 1.0 down a column is linear cost. Every bullet must come
 * back as an item block: the 'kept' column says how many did.
 *
 * Usage: npm run bench:inline [-- --sizes 100,200,400,800,1000]
 */

const args = process.argv.slice(2);
const at = args.indexOf('--sizes');
const sizes = (at >= 0 ? args[at + 1] : '100,200,400,800,1000').split(',').map(Number);

const VERBS = ['Ta fram', 'Genomföra', 'Utveckla', 'Införa', 'Samordna', 'Kartlägga', 'Stärka', 'Erbjuda', 'Anordna', 'Utreda'];
const OBJECTS = ['en plan för laddinfrastruktur', 'trygghetsvandringar i centrum', 'kulturskolans utbud för unga', 'en folkhälsoenkät i skolorna', 'energieffektivisering i kommunens lokaler', 'dialoger med föreningslivet', 'en handlingsplan mot buller', 'stöd till fritidsgårdarna'];
const GLYPHS = ['•', 'o', '•', '-'];

/** One paragraph of at least `kb` KB, and how many bullets it holds. */
function bullets(kb: number): { text: string; count: number } {
  const parts = ['Under planperioden ska kommunen genomföra följande insatser:'];
  let length = parts[0].length;
  let count = 0;
  while (length < kb * 1024) {
    // A dash opens an item only after a sentence or a colon: such items end with a period.
    const glyph = GLYPHS[count % GLYPHS.length];
    const item = `${glyph} ${VERBS[count % VERBS.length]} ${OBJECTS[(count * 3) % OBJECTS.length]} (${count + 1})${glyph === '-' || GLYPHS[(count + 1) % GLYPHS.length] === '-' ? '.' : ''}`;
    parts.push(item);
    length += item.length + 1;
    count++;
  }
  return { text: `${parts.join(' ')}\n`, count };
}

// The word list and compiled patterns load once per process: not part of what a KB costs.
extract(readText(new TextEncoder().encode(bullets(sizes[0]).text)));

const rows: string[][] = [];
let base: { read: number; extract: number } | null = null;
for (const kb of sizes) {
  const { text, count } = bullets(kb);
  const t0 = performance.now();
  const doc = readText(new TextEncoder().encode(text));
  const t1 = performance.now();
  const x = extract(doc);
  const t2 = performance.now();
  const kept = doc.blocks.filter((b) => b.kind === 'item').length;
  const perKb = { read: (t1 - t0) / kb, extract: (t2 - t1) / kb };
  base ??= perKb;
  rows.push([
    `${kb} KB`,
    String(count),
    String(kept),
    String(x.activities.length),
    (t1 - t0).toFixed(0),
    (t2 - t1).toFixed(0),
    ((t2 - t0) / 1000).toFixed(1),
    (perKb.read / base.read).toFixed(2),
    (perKb.extract / base.extract).toFixed(2),
  ]);
}
console.log('One paragraph of bullets run together: read (clean and cut) and extract');
console.log(table(['length', 'bullets', 'items kept', 'activities', 'read ms', 'extract ms', 'total s', 'read per KB ÷ first', 'extract per KB ÷ first'], rows));
