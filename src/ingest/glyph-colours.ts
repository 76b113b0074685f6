import type { Doc, DocPicture } from '../core/types.js';
import type { GlyphParagraph } from './docx-xml.js';
import { readFilledShape } from './picture.js';

/** Blocks ahead of the last matched one a paragraph is looked for in: a reader may drop or merge a few, never many. */
const WINDOW = 40;

/** Text with its whitespace collapsed, and for each character kept its index in the text. */
function collapse(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/u.test(text[i]);
    if (space && (out.length === 0 || out.endsWith(' '))) continue;
    out += space ? ' ' : text[i];
    at.push(i);
  }
  return { text: out, at };
}

/**
 * Gives each status symbol that a paragraph sets in a colour of its own the picture of that
 * colour (a green '●' reads as a green dot, as a drawn or pasted one would), at the symbol's
 * place in the document's text. Paragraphs are found in the blocks in order, by their text; a
 * table row's cells are several paragraphs of one block, read on from where the last ended; a
 * paragraph whose text the reader changed is left without its colours.
 */
export function anchorGlyphColours(doc: Doc, paragraphs: GlyphParagraph[]): Doc {
  const blocks = doc.blocks.filter((b) => b.kind !== 'furniture');
  const out: DocPicture[] = [];
  let bi = 0;
  let from = 0;
  for (const p of paragraphs) {
    const para = collapse(p.text);
    const needle = para.text.trim();
    const lead = para.text.length - para.text.trimStart().length;
    if (!needle) continue;
    for (let k = bi; k < Math.min(blocks.length, bi + WINDOW); k++) {
      const b = blocks[k];
      const text = collapse(doc.text.slice(b.start, b.end));
      const hit = text.text.indexOf(needle, k === bi ? from : 0);
      if (hit < 0) continue;
      for (const g of p.glyphs) {
        const reading = g.hex ? readFilledShape(g.hex) : null;
        const c = para.at.indexOf(g.at) - lead;
        if (!reading || c < 0) continue;
        const start = b.start + text.at[hit + c];
        if (doc.text[start] !== g.glyph) continue;
        out.push({ start, end: start + g.glyph.length, page: b.page, kind: 'icon', colour: reading.colour, hex: reading.hex, shape: 'dot', share: null, source: 'glyph' });
      }
      bi = k;
      from = hit + needle.length;
      break;
    }
  }
  if (out.length === 0) return doc;
  return { ...doc, pictures: [...(doc.pictures ?? []), ...out].sort((a, b) => a.start - b.start) };
}
