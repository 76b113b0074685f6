import { buildDoc } from '../core/build-doc.js';
import type { Doc, RawBlock } from '../core/types.js';
import { escapeRegExp, sv } from '../lang/pattern.js';
import { extract } from '../extract/index.js';
import type { Gold } from './gold.js';
import { scoreExtraction } from './score.js';

/**
 * Edits a municipality could have made to any plan without changing what it
 * says: another label word for focus areas, owners, times and statuses,
 * another subject in 'där kommunen:', another bullet glyph, numbers instead of
 * bullets. Each is applied to a read document's blocks, and the document is
 * extracted again; activity F1 should hardly move.
 */
export interface Substitution {
  id: string;
  description: string;
  /** Replacements in the text of every block and cell; `from` is matched as whole words. */
  replace?: Array<[string, string]>;
  /** A new marker for every bulleted item, given its position among the bullets of its list and the number of the numbered item above the list, if any. */
  marker?: (index: number, parent: string | null) => string;
}

export const SUBSTITUTIONS: Substitution[] = [
  { id: 'label/fokusomrade-malomrade', description: "'Fokusområde' → 'Målområde'", replace: [['Fokusområde', 'Målområde'], ['fokusområde', 'målområde']] },
  { id: 'label/malomrade-fokusomrade', description: "'Målområde' → 'Fokusområde'", replace: [['Målområde', 'Fokusområde']] },
  { id: 'label/prioriterat-strategiskt', description: "'Prioriterat område' → 'Strategiskt område'", replace: [['Prioriterat område', 'Strategiskt område']] },
  { id: 'label/insatsomrade-utvecklingsomrade', description: "'Insatsområde' → 'Utvecklingsområde'", replace: [['Insatsområde', 'Utvecklingsområde']] },
  { id: 'label/tema-spar', description: "'Tema' → 'Spår'", replace: [['Tema', 'Spår']] },
  { id: 'owner/ansvar-ansvarig', description: "'Ansvar:' → 'Ansvarig:', 'Ansvarig' column → 'Huvudansvarig'", replace: [['Ansvar:', 'Ansvarig:'], ['Ansvarig', 'Huvudansvarig'], ['ansvarig:', 'huvudansvarig:']] },
  { id: 'time/tid-tidplan', description: "'Tid' → 'Tidplan', 'Klart' → 'Klart senast'", replace: [['Tid', 'Tidplan'], ['Klart', 'Klar senast'], ['klart:', 'tidplan:']] },
  { id: 'status/status-lage', description: "'Status' → 'Läge', 'Pågår' → 'Pågående', 'Klar' → 'Genomförd'", replace: [['Status', 'Läge'], ['Pågår', 'Pågående'], ['Klar', 'Genomförd']] },
  { id: 'where/kommunen-vi', description: "'där kommunen:' → 'där vi:'", replace: [['där kommunen:', 'där vi:']] },
  { id: 'bullet/glyph', description: 'every bullet glyph → ▪', marker: () => '▪' },
  // Under a numbered item the numbers go on from it ('1.1', '1.2'), as a writer numbering a nested list would.
  { id: 'bullet/numbered', description: "bullets → numbers '1.' '2.' (under a numbered item '1.1' '1.2')", marker: (i, parent) => (parent ? `${parent}.${i + 1}` : `${i + 1}.`) },
];

/** A visible bullet glyph; an item whose glyph was lost ('') keeps it lost. */
const BULLET = /^(?:[•◦▪▫●○■□➢►‣⁃∙·\-–—*o]|\uF0B7)$/u;

function replaceAll(text: string, pairs: Array<[string, string]>): string {
  let out = text;
  for (const [from, to] of pairs) out = out.replace(sv(`(?<![\\p{L}])${escapeRegExp(from)}(?![\\p{L}])`, 'g'), to);
  return out;
}

/** The document as its blocks would be with the substitution made, read again. */
export function perturb(doc: Doc, s: Substitution): Doc {
  const raw: RawBlock[] = [];
  let bullets = 0;
  let parent: string | null = null;
  for (const b of doc.blocks) {
    const text = doc.text.slice(b.start, b.end);
    const block: RawBlock = { kind: b.kind, text: s.replace ? replaceAll(text, s.replace) : text, page: b.page };
    if (b.level !== undefined) block.level = b.level;
    if (b.size !== undefined) block.size = b.size;
    if (b.marker !== undefined) {
      const bulleted = BULLET.test(b.marker) && b.kind === 'item';
      block.marker = bulleted && s.marker ? s.marker(bullets, parent) : b.marker;
      bullets = bulleted ? bullets + 1 : 0;
      if (!bulleted) parent = /^\d+[.)]?$/.test(b.marker) ? b.marker.replace(/[.)]$/, '') : null;
    } else {
      bullets = 0;
      if (b.kind !== 'paragraph') parent = null;
    }
    if (b.cells) {
      block.cells = b.cells.map((c) => (s.replace ? replaceAll(doc.text.slice(c.start, c.end), s.replace) : doc.text.slice(c.start, c.end)));
      block.table = b.table;
      block.header = b.header;
      if (b.fills) block.fills = b.fills;
    }
    raw.push(block);
  }
  return buildDoc(doc.format, raw, { pageCount: doc.pageCount, containerTitle: doc.containerTitle, messages: [] });
}

/** Activity F1 of the document as read, and after each substitution. */
export function perturbationScores(doc: Doc, gold: Gold): { original: number; perturbed: Array<{ id: string; f1: number }> } {
  const original = scoreExtraction(extract(doc), gold).activities.f1;
  return { original, perturbed: SUBSTITUTIONS.map((s) => ({ id: s.id, f1: scoreExtraction(extract(perturb(doc, s)), gold).activities.f1 })) };
}
