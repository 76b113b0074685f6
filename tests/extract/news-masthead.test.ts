import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';

const typeOf = (head: RawBlock[]) => {
  const blocks: RawBlock[] = [
    ...head,
    { kind: 'heading', text: 'Nytt kulturprogram ska ge fler platser för unga i Haga', page: null, level: 1 },
    { kind: 'paragraph', text: 'Kulturnämnden har antagit ett kulturprogram för 2026–2029 efter samtal med föreningarna i kommunen.', page: null },
  ];
  return extract(buildDoc('html', blocks, { pageCount: null })).metadata.docType.value;
};
const line = (text: string, kind: RawBlock['kind'] = 'paragraph'): RawBlock => ({ kind, text, page: null });

describe("a news page's masthead", () => {
  it('labels the page among dotted parts, or ends its breadcrumb in the news section', () => {
    expect(typeOf([line('Nyhet · 4 februari 2026')])).toBe('nyhet');
    expect(typeOf([line('Publicerad 4 februari 2026 · Pressmeddelande · Kultur och fritid')])).toBe('nyhet');
    expect(typeOf([line('Haga kommun'), line('Kultur och fritid'), line('Start › Kultur › Nyheter › Nytt kulturprogram'), line('Sök')])).toBe('nyhet');
    expect(typeOf([line('Haga kommun'), line('Meny'), line('Sök'), line('Start / Kultur och fritid / Aktuellt')])).toBe('nyhet');
  });

  it("is not a site's menu naming its news section, a breadcrumb that passes it, nor a plan page's date of publication", () => {
    expect(typeOf([line('Haga kommun · Nyheter · Bo och bygga · Kommun och politik', 'row')])).toBe('program');
    expect(typeOf([line('Haga kommun · Nyheter · Bo och bygga · Kommun och politik')])).toBe('program');
    expect(typeOf([line('Start › Nyheter › Kultur › Program › Kulturprogram')])).toBe('program');
    expect(typeOf([line('Publicerad: 2026-02-04 · Ansvarig: Kulturförvaltningen')])).toBe('program');
  });
});
