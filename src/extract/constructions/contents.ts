import { defineConstruction } from './define.js';
import { BARE_LABEL, matchSectionLabel } from './section-label.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';

/** A table-of-contents line: a title with leader dots or a page number at its end. */
const LEADER_DOTS = /(?:\.{4,}|…{2,})\s*\d+\s*$/u;
const TITLE_AND_PAGE = /^\S.{2,80}?\s\d{1,3}$/u;

/** A table-of-contents line: leader dots and a page number, or (not in a list) a short title and a page number. */
export function isTocLine(text: string, item: boolean): boolean {
  return LEADER_DOTS.test(text) || (!item && TITLE_AND_PAGE.test(text) && text.split(/\s+/).length <= 10 && !BARE_LABEL.test(text));
}

export const contents = defineConstruction({
  id: 'trap/table-of-contents',
  description: 'A table of contents (titles with leader dots or a page number after them) and empty lines: nothing of the plan, though its titles repeat the headings.',
  positive: [
    { doc: '# Innehåll\nTrygghet i centrum ......... 4\nFolkhälsa för alla ......... 7\n# Trygghet i centrum\n- Ordna nattvandringar i centrum\n- Förbättra belysningen i gångtunnlar', focusAreas: [], activities: ['Ordna nattvandringar i centrum', 'Förbättra belysningen i gångtunnlar'] },
    // The contents' heading set one level above the chapters (a Word file's styles): the chapters are the areas, not parts of it.
    { doc: '# Innehåll\nTrygghet 2\nFolkhälsa 4\n## Trygghet\n- Ordna nattvandringar i centrum\n- Förbättra belysningen i parker\n## Folkhälsa\n- Bygga utegym i varje stadsdel\n- Erbjuda simskola för vuxna', focusAreas: ['Trygghet', 'Folkhälsa'] },
  ],
  negative: [
    { doc: '# Innehåll\n1 Inledning 3\n2 Kulturens roll 5\n3 Genomföra kulturplanen 9', focusAreas: [], activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind === 'row') return;
      const t = view.trimmed(i);
      if (!t || isTocLine(t, b.kind === 'item')) out.push({ block: i, construction: 'trap/table-of-contents', rule: 'trap/table-of-contents', role: 'trap', evidence: [{ id: t ? 'page-number-after-title' : 'empty', weight: 0.9 }], acts: [{ op: 'skip' }] });
      // The heading of a table of contents (two or more contents lines under it) heads no part of the plan: the chapters it lists do.
      else if (b.kind === 'heading' && headsContents(view, i)) out.push({ block: i, construction: 'trap/table-of-contents', rule: 'trap/table-of-contents', role: 'trap', evidence: [{ id: 'contents-lines-under', weight: 0.8 }], acts: [{ op: 'skip' }] });
    });
    return out;
  },
});

function headsContents(view: DocView, i: number): boolean {
  const next = view.blocks.slice(i + 1, i + 3);
  // 'Bakgrund 2' has the shape of a bare label ('Mål 3') but names none: under such a heading it is a title and its page.
  const listed = (t: string, item: boolean) => isTocLine(t, item) || (!item && TITLE_AND_PAGE.test(t) && matchSectionLabel(`${t} X`, true) === null);
  return next.length === 2 && next.every((b, k) => b.kind !== 'row' && b.kind !== 'heading' && listed(view.trimmed(i + 1 + k), b.kind === 'item'));
}
