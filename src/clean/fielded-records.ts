import type { Message, RawBlock } from '../core/types.js';
import { FIELD_SENTENCE } from '../lang/fields.js';
import { blockPiece } from './block-piece.js';

/**
 * Records of a plan written as prose, each a few sentences followed by its
 * owner and time as labelled sentences of their own, that a transcript ran
 * into one line with the records around them:
 *
 *   'Parkenheten ska rusta upp lekplatsen i Norrby. Arbetet görs i etapper.
 *    Ansvar: Parkenheten. Klart: 2026. Nya gungor ska sättas upp vid
 *    Ekbacken. Ansvar: Parkenheten. Klart: VT 2027. En inventering ska göras
 *    av alla lekplatser. Klart: 2028.'
 *
 * A run of field sentences ('Ansvar: X.', 'Klart: Y.', one or more, in any
 * order) closes the record whose sentences stand before it, back to the run
 * before or the paragraph's start. Each record is cut out as a paragraph
 * with each of its fields as a line of its own after it, as the document's
 * page set them, and the readers of titled records decide what it is. A record
 * may give one field only or none: one without any is not told from the
 * record after it and stays with its text. Read only where the document
 * closes three records or more so, since one labelled sentence in prose
 * ('… Ansvar: rektor.') is no list; what stands after the last run stays as
 * it was.
 */

/** Runs of field sentences a document holds at least for its paragraphs to be read as records. */
const MIN_RECORDS = 3;

interface Run {
  start: number;
  end: number;
  /** Where each field sentence of the run ends. */
  ends: number[];
}

/** Where the field sentence at `at` ends (its full stop included), or -1 for none. */
function fieldSentenceEnd(text: string, at: number): number {
  const m = FIELD_SENTENCE.exec(text.slice(at));
  // The label opens with a capital, which the pattern's /i cannot ask; a value that ends on a bare number after
  // a space ('Tid: VT 2027 2.') ran into the next item's number, and is no sentence of its own.
  return m && /^\p{Lu}/u.test(m[1]) && !/\s\d{1,2}$/u.test(m[2]) ? at + m[0].length : -1;
}

/** Where the next word after `at` starts. */
const skipSpace = (text: string, at: number) => at + (text.slice(at).length - text.slice(at).trimStart().length);

/**
 * Whether the sentence before `at` holds a label's colon ('Ansvar för båda
 * aktiviteterna: X. Tid: 2026.'): the fields began there, in a shape the
 * field sentence does not read (a group's owner), and are not cut apart.
 */
function labelledBefore(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  const opens = Math.max(0, ...[...before.slice(0, -1).matchAll(/[.!?]\s+/gu)].map((m) => m.index! + m[0].length));
  return /\p{L}\s*:\s/u.test(before.slice(opens));
}

/** The runs of field sentences in a text, each opening the text or after a sentence's end. */
function fieldRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const m of text.matchAll(/(?:^|(?<=[.!?])\s+)(?=\p{Lu})/gu)) {
    const start = m.index! + m[0].length;
    if ((runs.length && start < runs[runs.length - 1].end) || labelledBefore(text, start)) continue;
    const ends: number[] = [];
    for (let end = fieldSentenceEnd(text, start); end > 0; end = fieldSentenceEnd(text, skipSpace(text, end))) ends.push(end);
    if (ends.length) runs.push({ start, end: ends[ends.length - 1], ends });
  }
  return runs;
}

/** A paragraph cut into its records and their field lines; the text after the last run stays one paragraph. */
function splitRecords(b: RawBlock, runs: Run[]): RawBlock[] {
  const parts: RawBlock[] = [];
  const piece = (from: number, to: number) => {
    const p = blockPiece(b, from, to, 'paragraph', parts.length === 0);
    if (p) parts.push(p);
  };
  let cursor = 0;
  for (const run of runs) {
    piece(cursor, run.start);
    // Each field a line of its own, as a page sets them: a value then ends at its full stop, whatever label follows ('Ansvarig – X.').
    run.ends.forEach((end, k) => piece(k === 0 ? run.start : run.ends[k - 1], end));
    cursor = run.end;
  }
  piece(cursor, b.text.length);
  return parts;
}

/** Paragraphs holding records closed by their field sentences, cut into each record and its fields. */
export function splitFieldedRecords(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  const found = blocks.map((b) => (b.kind === 'paragraph' ? fieldRuns(b.text) : []));
  // A run that is a paragraph's whole text is a field line already: only runs inside a paragraph count as records run on.
  const inside = found.map((runs, i) => runs.filter((r) => r.start > 0 || r.end < blocks[i].text.trimEnd().length));
  const count = inside.reduce((n, runs) => n + runs.length, 0);
  if (count < MIN_RECORDS) return blocks;
  messages.push({ severity: 'info', reason: `Cut ${count} records out of run-on text where each closes on its owner or time as a labelled sentence`, ruleId: 'clean/fielded-records' });
  return blocks.flatMap((b, i) => (inside[i].length ? splitRecords(b, inside[i]) : [b]));
}
