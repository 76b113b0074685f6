import { PAGE_N_OF_M_WORDS, PAGE_N_WORDS } from '../../lang/structure.js';
import { defineConstruction } from './define.js';
import { BARE_LABEL, matchSectionLabel } from './section-label.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';

/** A table-of-contents line: a title with leader dots or a page number at its end. */
const LEADER_DOTS = /(?:\.{4,}|…{2,})\s*\d+\s*$/u;
const TITLE_AND_PAGE = /^\S.{2,80}?\s\d{1,3}$/u;
/**
 * Leader dots that close a line whose page number a transcript set apart (on a
 * line of its own, or run on with the next entry's number: '… 21 4.2'): no
 * sentence ends in a run of dots.
 */
const OPEN_LEADER_DOTS = /(?:\.{6,}|…{3,})\s*(?:\d{1,3}(?:\s+\d{1,2}(?:\.\d{1,2})*\.?)?\s*)?$/u;

/**
 * A table-of-contents line: leader dots and a page number (or leader dots whose number a transcript set apart), or (not in a list) a short title and a page number.
 * Without leader dots, a number past the document's last page is no page's ('… under vecka 47' in a two-page report).
 */
export function isTocLine(text: string, item: boolean, pageCount: number | null = null): boolean {
  if (LEADER_DOTS.test(text) || OPEN_LEADER_DOTS.test(text)) return true;
  if (item || !TITLE_AND_PAGE.test(text) || text.split(/\s+/).length > 10 || BARE_LABEL.test(text)) return false;
  return pageCount === null || Number(/(\d+)$/.exec(text)![1]) <= pageCount;
}

/** Lines of a table of contents in a row, at least, for its numbered entries to count as such. */
const MIN_ENTRIES = 3;

/**
 * The blocks of a table of contents whose entries are list items: three or
 * more lines in a row, each a short title and a page number, the numbers
 * never going back and none past the document's last page. A word
 * processor's contents keeps its chapters' list numbers, and a browser's
 * print sets them as items ('2. Kompetens 3'); an item alone ending on a
 * number is an action ('Bygga om väg 40'), and so is a list whose numbers
 * go back.
 */
function contentsEntries(view: DocView): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let last = 0;
  const close = () => {
    if (run.length >= MIN_ENTRIES) run.forEach((i) => out.add(i));
    run = [];
  };
  view.blocks.forEach((b, i) => {
    const t = view.trimmed(i);
    const entry = b.kind !== 'row' && (LEADER_DOTS.test(t) || (TITLE_AND_PAGE.test(t) && t.split(/\s+/).length <= 10));
    const page = entry ? Number(/(\d+)\s*$/.exec(t)![1]) : 0;
    if (!entry || (view.doc.pageCount !== null && page > view.doc.pageCount)) return close();
    if (page < last) close();
    run.push(i);
    last = page;
  });
  close();
  return out;
}

export const contents = defineConstruction({
  id: 'trap/table-of-contents',
  description: 'A table of contents (titles with leader dots or a page number after them) and empty lines: nothing of the plan, though its titles repeat the headings.',
  positive: [
    { doc: '# Innehåll\nTrygghet i centrum ......... 4\nFolkhälsa för alla ......... 7\n# Trygghet i centrum\n- Ordna nattvandringar i centrum\n- Förbättra belysningen i gångtunnlar', focusAreas: [], activities: ['Ordna nattvandringar i centrum', 'Förbättra belysningen i gångtunnlar'] },
    // The contents' heading set one level above the chapters (a Word file's styles): the chapters are the areas, not parts of it.
    { doc: '# Innehåll\nTrygghet 2\nFolkhälsa 4\n## Trygghet\n- Ordna nattvandringar i centrum\n- Förbättra belysningen i parker\n## Folkhälsa\n- Bygga utegym i varje stadsdel\n- Erbjuda simskola för vuxna', focusAreas: ['Trygghet', 'Folkhälsa'] },
    // Entries that keep their chapters' list numbers ('2. Folkhälsa 4') are the contents too, not a list of areas.
    { doc: '# Innehåll\n1. Trygghet i centrum 1\n2. Folkhälsa för alla 1\n3. Kultur i hela kommunen 2\n---\n## Trygghet i centrum\n- Ordna nattvandringar i centrum\n- Förbättra belysningen i gångtunnlar\n## Folkhälsa för alla\n- Bygga utegym i varje stadsdel\n- Erbjuda simskola för vuxna', focusAreas: ['Trygghet i centrum', 'Folkhälsa för alla'] },
  ],
  negative: [
    { doc: '# Innehåll\n1 Inledning 3\n2 Kulturens roll 5\n3 Genomföra kulturplanen 9', focusAreas: [], activities: [] },
    // A transcript's contents: each title's dots close its line, the page number set apart or run on with the next entry's number.
    { doc: 'Innehåll 1 Inledning ..............\n3\n- Utveckla kulturskolan ..............\n- Stärka biblioteken i byarna .............. 7 2.3\n- Bygga ut fritidsgårdarna ..............', focusAreas: [], activities: [] },
    // A heading of its own that ends on a number, under a chapter of such headings with their fields: no contents.
    { doc: '# Trafikskola\n## Cykelträning för elever i årskurs 4\nTräningen sker på skolgården.\nAnsvarig: Trafikenheten\nTidplan: 2026\n## Reflexvästar till alla barn i förskoleklass\nVästarna delas ut i september.\nAnsvarig: Trafikenheten\nTidplan: 2026', activities: ['Cykelträning för elever i årskurs 4', 'Reflexvästar till alla barn i förskoleklass'] },
    // A heading that ends on a number, alone among the text: a title in the text, no contents.
    {
      doc: '# Simundervisning för elever i årskurs 3 och 4\n- Erbjuda simskola i badhuset under vårterminen\n- Ordna simprov för alla elever i maj\n# Simskola för vuxna\n- Erbjuda kurser på kvällstid\n- Sänka avgiften för pensionärer',
      focusAreas: ['Simundervisning för elever i årskurs 3 och 4', 'Simskola för vuxna'],
    },
    // Actions that end on a road's number, the numbers going back: no contents.
    { doc: '# Trafiksäkerhet\n- Bygga en gång- och cykelbana längs väg 40\n- Sänka hastigheten på väg 26\n- Bredda vägrenen på väg 27', activities: ['Bygga en gång- och cykelbana längs väg 40', 'Sänka hastigheten på väg 26', 'Bredda vägrenen på väg 27'] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    const entries = contentsEntries(view);
    const listed = view.blocks.map((b, i) => b.kind !== 'row' && view.trimmed(i) !== '' && isTocLine(view.trimmed(i), b.kind === 'item', view.doc.pageCount));
    view.blocks.forEach((b, i) => {
      if (b.kind === 'row') return;
      const t = view.trimmed(i);
      // A contents lists its chapters: a title ending on a number with no leader dots and no such line beside it is a
      // heading or a line of the plan ('Utbildning för alla elever i årskurs 2 och 5').
      // A page's marker left in the text ('Sida 1 av 2', a transcript's) is page furniture, whatever stands beside it.
      const entry = (listed[i] && (LEADER_DOTS.test(t) || OPEN_LEADER_DOTS.test(t) || listed[i - 1] || listed[i + 1])) || PAGE_N_OF_M_WORDS.test(t) || PAGE_N_WORDS.test(t);
      if (!t || entry || entries.has(i)) out.push({ block: i, construction: 'trap/table-of-contents', rule: 'trap/table-of-contents', role: 'trap', evidence: [{ id: t ? 'page-number-after-title' : 'empty', weight: 0.9 }], acts: [{ op: 'skip' }] });
      // The heading of a table of contents (two or more contents lines under it) heads no part of the plan: the chapters it lists do.
      else if (b.kind === 'heading' && headsContents(view, i)) out.push({ block: i, construction: 'trap/table-of-contents', rule: 'trap/table-of-contents', role: 'trap', evidence: [{ id: 'contents-lines-under', weight: 0.8 }], acts: [{ op: 'skip' }] });
    });
    return out;
  },
});

function headsContents(view: DocView, i: number): boolean {
  const next = view.blocks.slice(i + 1, i + 3);
  // 'Bakgrund 2' has the shape of a bare label ('Mål 3') but names none: under such a heading it is a title and its page.
  const listed = (t: string, item: boolean) => isTocLine(t, item, view.doc.pageCount) || (!item && TITLE_AND_PAGE.test(t) && matchSectionLabel(`${t} X`, true) === null);
  return next.length === 2 && next.every((b, k) => b.kind !== 'row' && b.kind !== 'heading' && listed(view.trimmed(i + 1 + k), b.kind === 'item'));
}
