import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { buildView } from '../../src/extract/view/document-view.js';

/**
 * Type sizes are compared with the body text of their own page, where the
 * page has one: the size most of its characters are set in. A page of tables
 * whose only lines of text are a note and the areas' titles above the tables
 * has none, and keeps its sizes.
 */
const prose = 'Förvaltningen har under året arbetat vidare med planen och redovisar här hur långt varje åtgärd har kommit, med kommentarer där arbetet har avvikit från tidplanen.';
/** A first page of prose in the document's body type, then the page under test. */
const firstPage: RawBlock[] = Array.from({ length: 4 }, () => ({ kind: 'paragraph', text: prose, page: 1, size: 1 }));
const sizesOf = (blocks: RawBlock[]) => {
  const view = buildView(buildDoc('pdf', [...firstPage, ...blocks], { pageCount: 2 }));
  return view.blocks.filter((b) => b.page === 2 && b.kind !== 'row').map((b) => Math.round((b.size ?? 0) * 100) / 100);
};
const row = (cells: string[]): RawBlock => ({ kind: 'row', text: '', page: 2, cells, table: 0 });

describe('the body text a page’s sizes are measured against', () => {
  it('scales a page set in a smaller body, its heading with it', () => {
    const page = [{ kind: 'heading', text: 'Bilaga: Uppföljning', page: 2, size: 1 }, ...Array.from({ length: 4 }, (): RawBlock => ({ kind: 'paragraph', text: prose, page: 2, size: 0.8 }))] as RawBlock[];
    expect(sizesOf(page)[0]).toBe(1.25);
  });

  it('scales a page read by OCR in smaller type though its text is short, its heading with it', () => {
    const line = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 2, size: 0.64 });
    const page: RawBlock[] = [{ kind: 'heading', text: 'Fokusområde 3: Boende', page: 2, size: 0.86 }, line('Bygga fler hyresrätter i tätorten.'), line('Ta fram en bostadsplan.'), line('Sälja tomter för villor.')];
    expect(sizesOf(page)[0]).toBe(1.34);
  });

  it('keeps the sizes of a page whose text is a short note and area titles above tables, larger than the document’s body', () => {
    const title = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 2, size: 1.07 });
    const page: RawBlock[] = [
      { kind: 'paragraph', text: 'Ansvarig anger vem som leder åtgärden.', page: 2, size: 0.74 },
      title('Målområde 1: Trygga skolvägar'),
      row(['Nr', 'Åtgärd', 'Ansvarig']),
      row(['1.1', 'Bygga en upphöjd passage vid skolan', 'TF']),
      title('Målområde 2: Säkra cykelstråk'),
      row(['2.1', 'Separera gång- och cykelbanan', 'TF']),
      title('Målområde 3: Lägre hastigheter'),
      row(['3.1', 'Sänka hastigheten till 30 km/h', 'TF']),
    ];
    expect(sizesOf(page)).toEqual([0.74, 1.07, 1.07, 1.07]);
  });
});
