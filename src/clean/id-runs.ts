import type { Message, RawBlock } from '../core/types.js';
import { DANGLING_WORDS } from '../lang/language.js';
import { isInfinitive } from '../lang/morphology.js';
import { cutActions } from './action-stretches.js';
import { follows, parseId, type ItemId } from './numbering.js';

/**
 * Ids a PDF-to-text tool gave as a run before their actions, as its plain
 * reading order gives a table's narrow id column: '1.1 1.2 1.3' and then
 * the three actions, each opening with a capitalised infinitive, the next
 * column's cells after the last:
 *
 *   'Nr Insats Plats 1.1 1.2 Gallra skogen vid Näset Röja sly längs
 *    stigen Näset Ängsbacken …'
 *
 * The run's length says how many actions follow; the actions are cut before
 * each capitalised infinitive, the last ending at the next id or where a
 * capitalised word no action opens with stands after a word that ends none
 * ('… längs stigen Näset'). Only where that gives exactly as many actions
 * as ids do they become items, each with its id; the text after them stays.
 * In a block that held such a run, a single id before one action goes on the
 * numbering ('2.3 Inventera …' after '2.1 2.2 …'). Not read: ids that do not
 * follow each other, a run before no action (a table of contents' numbers,
 * an indicator table's values), actions fewer or more than the ids.
 */

const dangling = new Set(DANGLING_WORDS);
const ID = /^\d{1,2}\.\d{1,2}$/;
/** Ids in a run before it is believed: one id before one action is an inline item, read elsewhere. */
const MIN_RUN = 2;

const opensAction = (words: string[], k: number) => /^\p{Lu}\p{Ll}+$/u.test(words[k] ?? '') && isInfinitive(words[k]) && !dangling.has((words[k - 1] ?? '').toLowerCase());

/** Where the actions after a run, from token `from`, end: the next id, or a capitalised word no action opens with after a word that ends none. */
function actionsEnd(words: string[], from: number): number {
  for (let k = from + 1; k < words.length; k++) {
    if (ID.test(words[k])) return k;
    if (/^\p{Lu}/u.test(words[k]) && !opensAction(words, k) && !dangling.has(words[k - 1].toLowerCase()) && /^\p{Ll}/u.test(words[k - 1])) return k;
  }
  return words.length;
}

interface Run {
  start: number;
  end: number;
  ids: string[];
  actions: string[];
}

/** The runs of a block's words, in order; ids must follow each other across runs. */
function readRuns(words: string[]): Run[] {
  const out: Run[] = [];
  let last: ItemId | null = null;
  for (let i = 0; i < words.length; i++) {
    let j = i;
    while (j < words.length && ID.test(words[j])) {
      const id = parseId(words[j])!;
      const prev = j > i ? parseId(words[j - 1])! : last;
      if (prev && !follows(prev, id)) break;
      j++;
    }
    // A run is read whole or not at all: its tail is no run of its own.
    const skip = () => (i = Math.max(i, j - 1));
    if (j - i < (out.length ? 1 : MIN_RUN) || !opensAction(words, j)) {
      skip();
      continue;
    }
    const end = actionsEnd(words, j);
    const actions = cutActions(words, j, end);
    if (!actions || actions.length !== j - i) {
      skip();
      continue;
    }
    out.push({ start: i, end, ids: words.slice(i, j), actions });
    last = parseId(words[j - 1]);
    i = end - 1;
  }
  return out;
}

/** Paragraphs holding runs of ids before their actions, read into items; other blocks pass unchanged. */
export function splitIdRuns(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  return blocks.flatMap((b) => {
    if (b.kind !== 'paragraph') return [b];
    const tokens = [...b.text.matchAll(/\S+/g)];
    const runs = readRuns(tokens.map((t) => t[0]));
    if (!runs.length) return [b];
    const at = (k: number) => (k < tokens.length ? tokens[k].index! : b.text.length);
    const source = (k: number) => (b.source === undefined ? undefined : b.source + at(k));
    const out: RawBlock[] = [];
    const text = (from: number, to: number) => from < to && out.push({ kind: 'paragraph', text: b.text.slice(at(from), at(to)).trim(), page: b.page, source: source(from) });
    let from = 0;
    for (const run of runs) {
      text(from, run.start);
      let k = run.start + run.ids.length;
      run.ids.forEach((id, n) => {
        out.push({ kind: 'item', text: run.actions[n], page: b.page, marker: id, level: 0, source: source(k) });
        k += run.actions[n].split(' ').length;
      });
      from = run.end;
    }
    text(from, tokens.length);
    messages.push({ severity: 'info', reason: `Read ${runs.reduce((n, r) => n + r.ids.length, 0)} items whose ids came as runs before their actions`, ruleId: 'clean/id-runs' });
    return out;
  });
}
