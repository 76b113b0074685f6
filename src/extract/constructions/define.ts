import type { RawBlock } from '../../core/types.js';
import type { Propose } from '../resolve/proposal.js';

/**
 * A construction of Swedish plans (a labelled heading, a band row, a lead-in,
 * an action item …): its id, a one-line description, and small example
 * documents with what a careful reader takes from them. Positive examples
 * name what must come out; negative examples the same construction's
 * look-alikes, from which nothing of that kind may. One harness
 * (tests/extract/constructions.test.ts) runs them all through `extract`.
 */
export interface ConstructionExample {
  /** The document, one block a line, in the mini syntax of `exampleBlocks`. */
  doc: string;
  focusAreas?: string[];
  subAreas?: string[];
  activities?: string[];
}

export interface Construction {
  id: string;
  description: string;
  positive: ConstructionExample[];
  negative: ConstructionExample[];
  /** What the construction reads in a document; absent for one that only lends its helpers (column roles, legends) to others. */
  propose?: Propose;
}

export function defineConstruction(c: Construction): Construction {
  return c;
}

/**
 * Blocks from a line each: '# Title' and '## Title' headings of level 1 and 2,
 * '- text' and '• text' bullets, '1. text', '1.2 text' and 'A1 text' numbered items (two
 * leading spaces nest an item one level), '| a | b |' table rows (the first
 * row of a table is its header), ':| a | b |' a body row (a table opened by one
 * has no header), '---' a page break (the table after it is another table, on
 * the next page), '_ text' a paragraph in small type (a footnote), and any
 * other line a paragraph.
 */
export function exampleBlocks(doc: string): RawBlock[] {
  const out: RawBlock[] = [];
  let table = -1;
  let inTable = false;
  let page = 1;
  for (const raw of doc.split('\n')) {
    if (!raw.trim()) continue;
    const indent = (raw.length - raw.trimStart().length) >> 1;
    const line = raw.trim();
    if (line === '---') {
      page++;
      inTable = false;
      continue;
    }
    if (line.startsWith('|') || line.startsWith(':|')) {
      if (!inTable) table++;
      const body = line.startsWith(':|');
      out.push({ kind: 'row', text: '', page, cells: line.slice(body ? 2 : 1, -1).split('|').map((c) => c.trim()), table, header: !inTable && !body });
      inTable = true;
      continue;
    }
    inTable = false;
    const small = /^_\s+(.*)$/.exec(line);
    if (small) {
      out.push({ kind: 'paragraph', text: small[1], page, size: 0.7 });
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const bullet = /^([-•o–])\s+(.*)$/.exec(line);
    const numbered = /^(\d+(?:\.\d+)*[.)]?|\p{Lu}{1,2}\d{1,2})\s+(.*)$/u.exec(line);
    if (heading) out.push({ kind: 'heading', text: heading[2], page, level: heading[1].length });
    else if (bullet) out.push({ kind: 'item', text: bullet[2], page, marker: bullet[1], level: indent });
    else if (numbered) out.push({ kind: 'item', text: numbered[2], page, marker: numbered[1], level: indent });
    else out.push({ kind: 'paragraph', text: line, page });
  }
  return out;
}
