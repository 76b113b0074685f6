import { defineConstruction } from './define.js';
import { BARE_LABEL } from './section-label.js';
import type { Proposal } from '../resolve/proposal.js';

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
    });
    return out;
  },
});
