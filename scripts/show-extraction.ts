import { fileArgument } from './file-argument.js';
import { extract } from '../src/extract/index.js';
import { readDocument } from '../src/ingest/read.js';

/** Prints what the rules extract from a file: `node dist/scripts/show-extraction.js FILE`. */
const doc = await readDocument(fileArgument('show-extraction'));
const x = extract(doc);
const m = x.metadata;
console.log(JSON.stringify({ municipality: m.municipality?.value, docType: m.docType.value, title: m.title?.value, date: m.documentDate?.value, adopted: m.adopted?.value, period: m.period?.value }));
for (const f of x.focusAreas) console.log(`${f.parentKey === null ? 'FA' : '  IA'} ${f.key} ${f.title}  (${f.rule})`);
for (const o of x.owners) console.log(`OWNER ${o.abbr ?? '-'} = ${o.name} (${o.rule})`);
for (const a of x.activities) console.log(`  A fa=${a.focusAreaKey} ${a.text.slice(0, 90)} | ${a.ownerRaw ?? ''} | ${a.years.join(',')} | ${a.status ?? ''} | ${a.track ?? ''} ${a.trackRaw ?? ''} (${a.rule})`);
