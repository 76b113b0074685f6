import type { Doc, Status } from '../../core/types.js';
import { STATUS_SYMBOLS, TRACK_PATTERNS } from '../../lang/status.js';
import { classifyStatus } from '../rules/status.js';
import { defineConstruction } from './define.js';

export const legend = defineConstruction({
  id: 'status/legend',
  description: "A legend that says what a document's colours and symbols mean ('Röd – aktiviteten har inte startat', '● Genomförd ◐ Pågående ○ Ej påbörjad') gives the status of a cell that holds only the colour word or symbol.",
  positive: [
    { doc: 'Kolumnen Status visar läget:\n- Grön – aktiviteten pågår enligt plan.\n- Röd – aktiviteten har inte startat.\n# Insatsområde 1: Service\n| Aktivitet | Ansvar | Status |\n| Införa en företagslots | KLF | Röd |', activities: ['Införa en företagslots'] },
  ],
  negative: [
    { doc: '# Bakgrund\nRöd tråd – arbetet hänger ihop med översiktsplanen.', activities: [] },
  ],
});

const SYMBOLS = STATUS_SYMBOLS.map((s) => s.symbols).join('');
const KEY_VALUE = new RegExp(`(?:^|[.;]\\s+)([\\p{L}${SYMBOLS}]{1,12})\\s*[–—=:-]\\s+([^.;]{3,120})`, 'gu');
const SYMBOL_RUN = new RegExp(`([${SYMBOLS}])\\s*([^${SYMBOLS}.;]{3,40})`, 'gu');

/** What a document's legend says its colour words and symbols mean: key (lower case) → status. */
export function readLegend(doc: Doc): Map<string, Status> {
  const out = new Map<string, Status>();
  for (const b of doc.blocks) {
    if (b.kind !== 'item' && b.kind !== 'paragraph') continue;
    const text = doc.text.slice(b.start, b.end);
    if (text.length > 400) continue;
    for (const m of text.matchAll(KEY_VALUE)) {
      const key = m[1];
      const isKey = [...key].every((c) => SYMBOLS.includes(c)) || TRACK_PATTERNS.some((t) => t.pattern.test(key));
      const meaning = classifyStatus(m[2]);
      if (isKey && meaning && meaning.status !== 'unknown') out.set(key.toLowerCase(), meaning.status);
    }
    for (const m of text.matchAll(SYMBOL_RUN)) {
      const meaning = classifyStatus(m[2]);
      if (meaning && meaning.status !== 'unknown') out.set(m[1], meaning.status);
    }
  }
  return out;
}
