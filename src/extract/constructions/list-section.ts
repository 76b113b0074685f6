import type { Block } from '../../core/types.js';
import { isFieldLine } from '../outline/fields.js';
import { HEADING_SIZE, isSetAboveText, makeHeading } from '../outline/heading.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { actionKind } from './action-item.js';
import { defineConstruction } from './define.js';
import { classifyLeadIn } from './lead-in.js';
import { cleanTitle } from './section-label.js';
import { titleLength } from './title.js';

/** Lines of text without a glyph that may stand between a numbered item and the bullets of its list. */
const MAX_TEXT_UNDER = 2;
/** Characters of prose after a short numbered title that make the item a chapter with its text. */
const CHAPTER_PROSE = 150;

export const listSection = defineConstruction({
  id: 'section/list-item',
  description: "A list item with items nested under it (a deeper level, or bullets after a numbered item), a numbered item that heads 'N.1' items, or a short numbered title above prose, heads a section. Numbered sections of one list share one tier.",
  positive: [
    { doc: '1. Trygga miljöer\n  - Förbättra belysningen i parker\n  - Rusta upp lekplatser\n2. Förebyggande arbete\n  - Starta fältgrupp för unga\n  - Utbilda föräldrar i nätvandring', focusAreas: ['Trygga miljöer', 'Förebyggande arbete'] },
    // Word's outline numbers printed to PDF: titles whose first word is also a verb ('Leda', 'Skydda') head their own 'N.1' items.
    { doc: '# 4 Åtgärder\n4.1 Leda och samordna\n4.1.1 Krisledning\n1. Ta fram en ny krisledningsplan\n2. Genomföra en krisledningsövning varje år\n4.1.2 Information\n1. Informera hushållen om hemberedskap\n2. Dela ut broschyren Om krisen kommer\n4.2 Skydda samhällsviktig verksamhet\n4.2.1 Dricksvatten\n1. Ta fram en plan för nödvatten\n2. Köpa in tankar för nödvatten', focusAreas: ['Leda och samordna', 'Skydda samhällsviktig verksamhet'], subAreas: ['Krisledning', 'Information', 'Dricksvatten'] },
  ],
  negative: [
    { doc: '# Avfall\n1. Införa matavfallsinsamling i alla villor\n2. Öppna en återbruksbutik\n3. Informera hushållen om sortering', focusAreas: [], activities: ['Införa matavfallsinsamling i alla villor', 'Öppna en återbruksbutik', 'Informera hushållen om sortering'] },
    // Outline-numbered actions side by side head nothing: no item numbered under them follows.
    { doc: '# 2 Fossilfria transporter\n2.1 Bygga ut laddplatser vid kommunens arbetsplatser\n2.2 Byta till fossilfria bilar i hemtjänsten\n2.3 Leda ett nätverk för samåkning', focusAreas: [], subAreas: [], activities: ['Bygga ut laddplatser vid kommunens arbetsplatser', 'Byta till fossilfria bilar i hemtjänsten', 'Leda ett nätverk för samåkning'] },
  ],
  propose(view) {
    const pools = new Map<number, { items: number; verbs: number }>();
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'item' || !isListSection(view, pools, b, i)) return;
      const body = view.trimmed(i);
      const title = cleanTitle(body.slice(0, titleLength(body)));
      const numbered = /^\d/.test(b.marker ?? '');
      const next = view.blocks[i + 1];
      const large = (b.size ?? 1) > 1.02 || /\.\d/.test(b.marker ?? '') || (numbered && isChapterItem(view, b, i, next));
      const tier = large ? 'heading' : 'list';
      const heading = makeHeading(b, view.begin(i), title, tier, tier === 'heading' ? 'section/numbered-heading' : 'section/list-item', { number: numbered ? b.marker!.replace(/[.)]$/, '') : null, listLevel: b.level ?? 0, leadIn: classifyLeadIn(body) });
      // Numbered sections of one list share one tier, whichever of them showed it first.
      const tierKey = numbered ? `${b.level ?? 0}|${b.marker?.replace(/\d+/g, 'n')}|${(b.size ?? 1).toFixed(1)}` : undefined;
      out.push({ block: i, construction: 'section/list-item', rule: 'section/list-item', role: 'area', evidence: [{ id: large ? 'numbered-title' : 'items-nested-under', weight: 0.7 }], acts: [{ op: 'open', heading, tierKey }] });
    });
    return out;
  },
});

function isListSection(view: DocView, pools: Map<number, { items: number; verbs: number }>, b: Block, index: number): boolean {
  const marker = b.marker ?? '';
  const numbered = /^\d{1,2}[.)]?$/.test(marker);
  const next = view.blocks[index + 1];
  if (isOutlineHeadingItem(view, pools, b, next)) return true;
  if (numbered && isChapterItem(view, b, index, next)) return true;
  if (!next || next.kind !== 'item') {
    // 'N. Title' above a paragraph and then 'N.1' items: an outline section.
    return numbered && followedByOutline(view, index, Number.parseInt(marker, 10));
  }
  // Lines of fields under an item are its own ('Ansvarig: …'), not items of a list under it.
  if (isFieldLine(view.trimmed(index + 1))) return false;
  if ((next.level ?? 0) > (b.level ?? 0)) return true;
  // Bullets (a visible glyph) after a numbered item are its list, straight after it or after text set under it
  // (lines without a glyph: a browser's print of a list item holding a title, a paragraph and a list).
  const bullets = numbered ? view.blocks.slice(index + 1, index + 1 + MAX_TEXT_UNDER + 1).find((x) => x.kind !== 'item' || x.marker !== '') : undefined;
  if (bullets?.kind === 'item' && bullets.marker && !/^\d/.test(bullets.marker) && (bullets.level ?? 0) >= (b.level ?? 0)) return true;
  return numbered && followedByOutline(view, index, Number.parseInt(marker, 10));
}

/** 'N. Title' set as a list item between paragraphs is a chapter heading: a short title (no sentence, no action), with prose and no field line after it. */
function isChapterItem(view: DocView, b: Block, index: number, next: Block | undefined): boolean {
  // The last item of a numbered list is no chapter, whatever follows it.
  const previous = view.blocks[index - 1];
  if (previous?.kind === 'item' && /^\d/.test(previous.marker ?? '') && (previous.level ?? 0) === (b.level ?? 0) && Number.parseInt(previous.marker!, 10) === Number.parseInt(b.marker ?? '', 10) - 1) return false;
  const t = view.trimmed(index);
  const title = t.slice(0, titleLength(t));
  if (title.split(/\s+/).length > 6 || /[.:;]$/.test(title) || actionKind(title) === 'verb') return false;
  // A short title run into paragraphs of prose: the chapter and its text on one line (bullets after it make it a list's head instead).
  const bulletNext = next?.kind === 'item' && !/^\d/.test(next.marker ?? '');
  if (!bulletNext && t.length > title.length + CHAPTER_PROSE && /[.!?]/.test(t.slice(title.length))) return true;
  if (!next || next.kind === 'item' || next.kind === 'row') return false;
  return !isFieldLine(view.trimmed(index + 1));
}

function followedByOutline(view: DocView, index: number, n: number): boolean {
  for (const x of view.blocks.slice(index + 1, index + 10)) {
    if (x.kind !== 'item' || !x.marker) continue;
    if (x.marker === `${n}.1` || x.marker === `${n}.1.`) return true;
    if (/^\d+[.)]?$/.test(x.marker)) return false;
  }
  return false;
}

/** The next outline-numbered item after block index (within a few blocks, fields and text between) is the first child of number n ('3.2' → '3.2.1'). */
function headsOwnOutline(view: DocView, index: number, n: string): boolean {
  for (const x of view.blocks.slice(index + 1, index + 1 + MAX_TEXT_UNDER + 1)) {
    if (x.kind === 'heading' || x.kind === 'row') return false;
    if (x.kind !== 'item' || !x.marker || !/^\d/.test(x.marker)) continue;
    return x.marker.replace(/[.)]$/, '') === `${n}.1`;
  }
  return false;
}

const depthOf = (m: string) => m.replace(/[.)]$/, '').split('.').length;

/**
 * '3.1 Attraktiv plats', '2.1 Uppdrag': an outline number before a short
 * title that is no action, above content rather than its next sibling, is a
 * heading that a PDF's reading took for a list item. Larger type makes it
 * one at any depth.
 */
function isOutlineHeadingItem(view: DocView, pools: Map<number, { items: number; verbs: number }>, b: Block, next: Block | undefined): boolean {
  const marker = b.marker ?? '';
  if (!/^\d{1,2}(?:\.\d{1,2})*[.)]?$/.test(marker)) return false;
  const deep = marker.includes('.') && /\d$/.test(marker.replace(/[.)]$/, '')) && /\.\d/.test(marker);
  if (!deep && (b.size ?? 1) <= HEADING_SIZE) return false;
  const index = view.indexOf(b);
  const t = view.trimmed(index);
  // A deep outline number's title may close on a colon ('6.2.2 Introduktion av nya medarbetare:' over its numbered list): a heading's
  // colon, where a short item closing on one without such a number leads in the list after it.
  if (t.split(/\s+/).length > 8 || /[.;]$/.test(t) || (/:$/.test(t) && !deep)) return false;
  // An outline number whose first child follows ('3.2 Hälsa …' over '3.2.1 …') heads a section whatever its first word:
  // the numbering says so, where a title's word that is also a verb ('Hälsa', 'Leda', 'Bygga') would read it as an action.
  if (deep && headsOwnOutline(view, index, marker.replace(/[.)]$/, ''))) return true;
  // Set larger than the text under it, a short numbered title is a heading whatever its first word ('3.2 Leda och
  // samordna' over its paragraphs): a word processor's heading style printed to PDF, where the numbered items of a list
  // keep the body's type.
  if (isSetAboveText(b, view.blocks[index - 1], next, next !== undefined && isFieldLine(view.trimmed(index + 1)))) return true;
  // Numbered lines of one depth are one kind: mostly actions ('1.1 Tilläggsisolera', so '3.4 Eco-driving' is one too), or mostly titles.
  const pool = deep ? outlinePool(view, pools, depthOf(marker)) : { items: 0, verbs: 0 };
  if (pool.items >= 3) {
    if (pool.verbs * 2 >= pool.items) return false;
  } else if (actionKind(t) === 'verb') return false;
  return !(next?.kind === 'item' && next.marker && /^\d/.test(next.marker) && depthOf(next.marker) === depthOf(marker) && (next.size ?? 1) === (b.size ?? 1));
}

/** How many outline-numbered items the document has at a depth, and how many of them state actions; counted once a depth. */
function outlinePool(view: DocView, pools: Map<number, { items: number; verbs: number }>, depth: number): { items: number; verbs: number } {
  let pool = pools.get(depth);
  if (!pool) {
    const items = view.blocks.map((x, i) => ({ x, i })).filter(({ x }) => x.kind === 'item' && x.marker && /^\d{1,2}(?:\.\d{1,2})+[.)]?$/.test(x.marker) && depthOf(x.marker) === depth);
    pool = { items: items.length, verbs: items.filter(({ i }) => actionKind(view.trimmed(i)) === 'verb').length };
    pools.set(depth, pool);
  }
  return pool;
}
