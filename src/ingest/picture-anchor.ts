import type { Doc, DocPicture } from '../core/types.js';
import type { PictureReading } from './picture.js';

/** A picture as a reader placed it: its page, where it stood (to order it), the symbol written for it, and what it showed. */
export interface PagePicture {
  page: number | null;
  /** Top edge and left edge in the page's space (PDF: y grows upwards). */
  y: number;
  x: number;
  token: string;
  /** What it showed; null for a symbol that holds a place only (one in the text's own colour), so the pictures after it pair right. */
  reading: PictureReading | null;
  source: string;
}

/**
 * Gives each picture the span of the symbol written for it. The symbols of a
 * page are taken in text order and matched, symbol by symbol, to the pictures
 * of that page in reading order (top to bottom, left to right); alike symbols
 * are alike pictures, so a table read in another order still pairs each
 * symbol with a picture that looks as it says.
 */
export function anchorPictures(doc: Doc, pictures: PagePicture[]): Doc {
  if (pictures.length === 0) return doc;
  const queues = new Map<string, PagePicture[]>();
  const key = (page: number | null, token: string) => `${page ?? ''}\u0000${token}`;
  for (const p of [...pictures].sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || b.y - a.y || a.x - b.x)) {
    const k = key(p.page, p.token);
    queues.set(k, [...(queues.get(k) ?? []), p]);
  }
  const tokens = [...new Set(pictures.map((p) => p.token))].sort((a, b) => b.length - a.length);
  const out: DocPicture[] = [];
  for (const b of doc.blocks) {
    const text = doc.text.slice(b.start, b.end);
    for (let i = 0; i < text.length; ) {
      const token = tokens.find((t) => text.startsWith(t, i));
      if (!token) {
        i++;
        continue;
      }
      const p = queues.get(key(b.page, token))?.shift();
      const r = p?.reading;
      if (r) {
        out.push({
          start: b.start + i,
          end: b.start + i + token.length,
          page: b.page,
          kind: r.kind,
          colour: r.colour,
          hex: r.hex,
          shape: r.kind === 'icon' ? r.shape : null,
          share: r.kind === 'bar' ? r.share : null,
          source: p!.source,
        });
      }
      i += token.length;
    }
  }
  return { ...doc, pictures: out };
}
