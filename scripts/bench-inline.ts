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

/** One page of a numbered table run together after its header: a band number and title every fifty rows ('3. Område 3'), rows '3.1 …' with owner, time and status. */
function numberedRows(kb: number): { text: string; count: number } {
  const parts = ['Handlingsplan Exempelby kommun Nr Åtgärd Ansvar Tid Status'];
  let length = parts[0].length;
  let count = 0;
  while (length < kb * 1024) {
    const [area, k] = [Math.floor(count / 50) + 1, (count % 50) + 1];
    const row = `${k === 1 ? `${area}. Område ${area} ` : ''}${area}.${k} ${VERBS[count % VERBS.length]} ${OBJECTS[count % OBJECTS.length]} KFF 2026 Pågår`;
    parts.push(row);
    length += row.length + 1;
    count++;
  }
  return { text: ['Handlingsplan', '', 'Transkript', '', `1 ${parts.join(' ')}`, '', '2 Planen följs upp årligen.', '', '3 Kontakt kommunen.'].join('\n'), count };
}

// The word list and compiled patterns load once per process: not part of what a KB costs.
extract(readText(new TextEncoder().encode(bullets(sizes[0]).text)));

/** Reads and extracts each size of one shape; `kept` counts the units that came back whole. */
function measure(make: (kb: number) => { text: string; count: number }, kept: (doc: ReturnType<typeof readText>) => number): string[][] {
  const rows: string[][] = [];
  let base: { read: number; extract: number } | null = null;
  for (const kb of sizes) {
    const { text, count } = make(kb);
    const t0 = performance.now();
    const doc = readText(new TextEncoder().encode(text));
    const t1 = performance.now();
    const x = extract(doc);
    const t2 = performance.now();
    const perKb = { read: (t1 - t0) / kb, extract: (t2 - t1) / kb };
    base ??= perKb;
    rows.push([
      `${kb} KB`,
      String(count),
      String(kept(doc)),
      String(x.activities.length),
      (t1 - t0).toFixed(0),
      (t2 - t1).toFixed(0),
      ((t2 - t0) / 1000).toFixed(1),
      (perKb.read / base.read).toFixed(2),
      (perKb.extract / base.extract).toFixed(2),
    ]);
}
return rows;
}

const columns = ['read ms', 'extract ms', 'total s', 'read per KB ÷ first', 'extract per KB ÷ first'];
console.log('One paragraph of bullets run together: read (clean and cut) and extract');
console.log(table(['length', 'bullets', 'items kept', 'activities', ...columns], measure(bullets, (doc) => doc.blocks.filter((b) => b.kind === 'item').length)));
console.log('\nA numbered table run into one line: read (rows cut by their ids) and extract');
console.log(table(['length', 'rows', 'rows read', 'activities', ...columns], measure(numberedRows, (doc) => doc.blocks.filter((b) => b.kind === 'row' && !b.header && b.cells && doc.text.slice(b.cells[0].start, b.cells[0].end)).length)));
