import type { Block, Doc, Format, Message, RawBlock } from './types.js';

/** Cells of a row are joined by a tab, blocks by a blank line, so spans stay readable when cut. */
const CELL_SEPARATOR = '\t';
const BLOCK_SEPARATOR = '\n\n';

/**
 * Lays raw blocks end to end into one text and gives every block (and every
 * table cell) its span in that text.
 */
export function buildDoc(
  format: Format,
  raw: RawBlock[],
  options: { pageCount: number | null; containerTitle?: string; messages?: Message[]; source?: string; ocrPages?: number[]; imageOcrPages?: number[]; unreadablePages?: number[] },
): Doc {
  let text = '';
  const blocks: Block[] = [];
  for (const r of raw) {
    if (r.kind !== 'row' && r.text.trim() === '') continue;
    if (text.length > 0) text += BLOCK_SEPARATOR;
    const start = text.length;
    const block: Block = { kind: r.kind, page: r.page, start, end: start };
    if (r.level !== undefined) block.level = r.level;
    if (r.marker !== undefined) block.marker = r.marker;
    if (r.source !== undefined) block.source = r.source;
    if (r.size !== undefined) block.size = r.size;
    if (r.kind === 'row') {
      const cells = r.cells ?? [];
      block.cells = [];
      cells.forEach((cell, i) => {
        if (i > 0) text += CELL_SEPARATOR;
        const cellStart = text.length;
        text += cell;
        block.cells!.push({ start: cellStart, end: text.length });
      });
      block.table = r.table ?? 0;
      block.header = r.header ?? false;
      if (r.fills?.some((f) => f !== null)) block.fills = r.fills;
    } else {
      text += r.text;
    }
    block.end = text.length;
    blocks.push(block);
  }
  return {
    format,
    text,
    blocks,
    pageCount: options.pageCount,
    containerTitle: options.containerTitle,
    source: options.source,
    ...(options.ocrPages?.length ? { ocrPages: options.ocrPages } : {}),
    ...(options.imageOcrPages?.length ? { imageOcrPages: options.imageOcrPages } : {}),
    ...(options.unreadablePages?.length ? { unreadablePages: options.unreadablePages } : {}),
    messages: options.messages ?? [],
  };
}

export function blockText(doc: Doc, block: { start: number; end: number }): string {
  return doc.text.slice(block.start, block.end);
}
