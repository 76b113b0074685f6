/**
 * The numbering of a plan's items, as a transcript keeps it when a page is run
 * into one line: '1.1', '1.2', '2.1'; 'A1', 'A2'; 'E1.2'; 'Åtgärd 3'. An id
 * alone says little (a year, a road 'E22', a unit 'C4'); ids that follow each
 * other in order are items. A chain of three or more is taken.
 */
import { ITEM_ID, ITEM_ID_LABEL } from '../lang/structure.js';

export interface ItemId {
  /** Letters before the number ('A', 'E'), or '' for none. */
  prefix: string;
  parts: number[];
}

export interface IdHit {
  id: ItemId;
  /** Where the id starts and where the item's text after it starts, in the text searched. */
  at: number;
  after: number;
  /** The id as written ('1.2', 'A3'). */
  marker: string;
}

/** An id before a capitalised word: '1.2 Ta fram', 'A3 Införa', 'E1.2 Utreda', and an action label's number ('Åtgärd 4: Införa'). */
const ID = ITEM_ID;
/** A label before a bare number makes it an item's id even at depth one. */
const LABELLED = ITEM_ID_LABEL;

export function parseId(marker: string): ItemId | null {
  const m = /^(\p{Lu}{1,2})?(\d{1,3}(?:\.\d{1,2}){0,2})$/u.exec(marker);
  return m ? { prefix: m[1] ?? '', parts: m[2].split('.').map(Number) } : null;
}

/** Whether `next` is the id after `prev`: the last part one more, or a higher part one more and the parts after it 1. */
export function follows(prev: ItemId, next: ItemId): boolean {
  if (prev.prefix !== next.prefix || prev.parts.length !== next.parts.length) return false;
  for (let k = prev.parts.length - 1; k >= 0; k--) {
    const same = prev.parts.slice(0, k).every((p, i) => p === next.parts[i]);
    const rest = next.parts.slice(k + 1).every((p) => p === 1);
    if (same && rest && next.parts[k] === prev.parts[k] + 1) return true;
  }
  return false;
}

/** An id that may open a chain: its last part 1 ('1.1', 'A1'), or any where the chain began before the text read. */
const opensChain = (id: ItemId) => id.parts[id.parts.length - 1] === 1;

/**
 * The ids of items in a run of texts (the pages of a document, in order):
 * candidates that form chains of at least `min` ids in order, each text's hits
 * in order. Depth one without letters ('3 Ta fram') counts only with a label
 * before it ('Åtgärd 3'): bare numbers are page numbers and counts as often.
 */
export function findItemIds(texts: string[], min = 3, carriesFields?: (segment: string) => boolean): IdHit[][] {
  const hits = texts.map((text) =>
    [...text.matchAll(ID)]
      .map((m): IdHit => ({ id: parseId(m[1])!, at: m.index!, after: m.index! + m[0].length, marker: m[1] }))
      .filter((h) => h.id.prefix !== '' || h.id.parts.length > 1 || LABELLED.test(text.slice(h.at))),
  );
  const kept = keptChains(texts, hits, min);
  if (carriesFields) fieldedListIds(texts, kept, min, carriesFields).forEach((list, t) => kept[t].push(...list));
  return kept.map((list) => list.sort((p, q) => p.at - q.at));
}

type Link = { text: number; hit: IdHit };

/** The chains of ids in order (`follows`), each text's hits in the order found. */
function chainsOf(hits: IdHit[][]): Link[][] {
  const chains: Link[][] = [];
  hits.forEach((list, t) => {
    for (const hit of list) {
      // The latest chain this id goes on from; else it may open a new one.
      const chain = [...chains].reverse().find((c) => follows(c[c.length - 1].hit.id, hit.id));
      if (chain) chain.push({ text: t, hit });
      else if (opensChain(hit.id)) chains.push([{ text: t, hit }]);
    }
  });
  return chains;
}

function keptChains(texts: string[], hits: IdHit[][], min: number): IdHit[][] {
  const kept = texts.map((): IdHit[] => []);
  for (const c of chainsOf(hits)) if (c.length >= min) for (const { text, hit } of c) kept[text].push(hit);
  return kept;
}

/**
 * A list marker's bare number: '3. Ta fram', '4) Införa', and '12.Sänka',
 * where a two-digit number left no room for the space a list's tab became.
 */
const LIST_NUMBER = /(?<=^|\s)(\d{1,2})[.)](?:\s+|(?=\p{Lu}\p{Ll}))(?=[\p{Lu}"”])/gu;

/**
 * Items of one numbered list run into the line, each with its fields ('1. Ta
 * fram … Ansvar: … Tid: …'): a word processor's list numbers its items 1, 2,
 * 3 … over the whole plan, across the area headings between them. Bare
 * numbers are counts, dates and page numbers as often, so a chain of them is
 * an item list only when every item carries a field label before the next
 * number; a numbered list of goals or of steps in prose carries none.
 */
function fieldedListIds(texts: string[], taken: IdHit[][], min: number, carriesFields: (segment: string) => boolean): IdHit[][] {
  const hits = texts.map((text, t) =>
    [...text.matchAll(LIST_NUMBER)]
      .map((m): IdHit => ({ id: { prefix: '', parts: [Number(m[1])] }, at: m.index!, after: m.index! + m[0].length, marker: m[1] }))
      .filter((h) => !taken[t].some((o) => h.at < o.after && o.at < h.after + 1)),
  );
  const kept = texts.map((): IdHit[] => []);
  const restarting: Link[][] = [];
  for (const c of chainsOf(hits)) {
    const segments = c.map(({ text, hit }, k) => texts[text].slice(hit.after, c[k + 1]?.text === text ? c[k + 1].hit.at : texts[text].length));
    if (c.length >= min && segments.every(carriesFields)) for (const { text, hit } of c) kept[text].push(hit);
    else if (c.length >= 2 && opensUnderOutline(c, taken, restarting.at(-1))) restarting.push(c);
  }
  for (const { text, hit } of restartingItems(texts, hits, taken, restarting, min, carriesFields)) kept[text].push(hit);
  return kept;
}

/** The outline's ids (of two parts or more: '6.1.1') in a text before offset `at`. */
const outlineBefore = (list: IdHit[], at: number) => list.filter((o) => o.id.parts.length > 1 && o.after <= at);

/**
 * Whether a short chain ('1. … 2. …') opens under an outline's id of its own
 * ('6.1.2 Chefsutveckling 1. Erbjuda …'): an id of the outline stands before
 * its first number on its page, after the chain before it.
 */
function opensUnderOutline(c: Link[], taken: IdHit[][], prev: Link[] | undefined): boolean {
  const { text, hit } = c[0];
  const outline = outlineBefore(taken[text], hit.at).at(-1);
  if (!outline) return false;
  const last = prev?.at(-1);
  return !last || last.text < text || last.hit.at < outline.at;
}

/**
 * Items of lists that start again at 1 under each section of an outline
 * ('6.1.1 … 1. … 2. … 6.1.2 … 1. … 2. …'): each list is too short to tell a
 * list from counts, but together the lists make one when they hold `min`
 * items at least and more than half of the items carry a field label before
 * the next number or id. An item without its fields (one whose owner a
 * shared line names after the list) is still an item among its siblings.
 */
function restartingItems(texts: string[], hits: IdHit[][], taken: IdHit[][], chains: Link[][], min: number, carriesFields: (segment: string) => boolean): Link[] {
  const items = chains.flat();
  if (chains.length < 2 || items.length < min) return [];
  const segment = ({ text, hit }: Link) => {
    const next = [...hits[text], ...taken[text]].map((o) => o.at).filter((at) => at >= hit.after);
    return texts[text].slice(hit.after, Math.min(texts[text].length, ...next));
  };
  return items.filter((l) => carriesFields(segment(l))).length * 2 > items.length ? items : [];
}
