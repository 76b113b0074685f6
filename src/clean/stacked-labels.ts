import type { Message, RawBlock } from '../core/types.js';
import { FIELD_LABELS, type FieldRole } from '../lang/fields.js';
import { sv } from '../lang/pattern.js';
import { isSymbolCell, ownerStart, statusLength, timeLength } from './cell-kinds.js';

/**
 * A planning system's record whose labels the PDF set in one column and the
 * values in the next: a transcript gives the labels stacked first and the
 * values after them ('Aktivitet: Ansvarig: Slutdatum: Status: Ta fram … Kultur-
 * enheten 2026-06-30 ● Pågår'). A run of two or more labels with nothing
 * between them, followed by values, is one record: the values are typed by
 * their content (a time, a status phrase, a percentage, a unit's name) and
 * paired to the labels in order; a label of free text (the activity, a
 * comment) takes the words up to the next typed value. A label whose value
 * is not there stays empty, and words no label takes stay after the last
 * pair, so the record reads as the export's label–value lines without
 * anything dropped or invented.
 */

const LABELS = FIELD_LABELS.filter((f) => f.role !== 'focus-area' && f.role !== 'goal' && f.role !== 'number');
const LABEL = sv(`(?<=^|\\s)(?:${LABELS.map((f) => f.words).join('|')})\\s*:(?=\\s|$)`, 'giu');
const ROLE_OF = LABELS.map((f) => ({ role: f.role, pattern: sv(`^(?:${f.words})\\s*:$`, 'iu') }));
const PERCENT = /^[<>≈~]?\d+(?:[,.]\d+)?\s?%/u;
/** Roles whose value is read from its content; the others take the words between typed values. */
const TYPED: ReadonlySet<FieldRole> = new Set(['time', 'year', 'status', 'progress', 'owner']);

interface Label {
  start: number;
  end: number;
  text: string;
  role: FieldRole;
}

function labelsOf(text: string): Label[] {
  if (!text.includes(':')) return [];
  const out: Label[] = [];
  for (const m of text.matchAll(LABEL)) {
    // A label heads its value with a capital; a lower-case 'status:' is a sentence's word.
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const role = ROLE_OF.find((r) => r.pattern.test(m[0].replace(/\s+/g, ' ')))?.role;
    if (role) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0].replace(/\s*:$/, ''), role });
  }
  return out;
}

/** The length of a typed value at the start of a text and its kind: a status after its glyph, a time, a percentage. */
function typedAt(text: string): { role: FieldRole; length: number } | null {
  const glyph = /^(\S{1,2})\s+/u.exec(text);
  const lead = glyph && isSymbolCell(glyph[1]) ? glyph[0].length : 0;
  const status = /^\p{Lu}/u.test(text.slice(lead)) ? statusLength(text.slice(lead)) : 0;
  if (status) return { role: 'status', length: lead + status };
  if (lead) return null;
  const time = timeLength(text);
  // A time opens on a figure or a capital ('2026-06-30', 'HT 2026', 'Senast maj 2026'): a lower-case word inside an activity's text is no value's start.
  if (time && /^[\p{Lu}\d]/u.test(text)) return { role: 'time', length: time };
  const percent = PERCENT.exec(text);
  return percent ? { role: 'progress', length: percent[0].length } : null;
}

interface Token {
  at: number;
  word: string;
}

const tokensOf = (text: string): Token[] => [...text.matchAll(/\S+/gu)].map((m) => ({ at: m.index!, word: m[0] }));

/** The first token at or after `from` that opens a typed value, or the tokens' end. */
function nextTyped(text: string, tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) if (typedAt(text.slice(tokens[k].at))) return k;
  return tokens.length;
}

/**
 * The values of a stack of labels, read off the text after them: each label
 * in order takes the value its role reads at the cursor, or none. Returns the
 * values (null for a label left empty) and where the reading stopped.
 */
export function pairStack(roles: FieldRole[], text: string): { values: Array<string | null>; end: number; unsure: boolean } {
  const tokens = tokensOf(text);
  const values: Array<string | null> = [];
  let k = 0;
  let unsure = false;
  const at = (i: number) => (i < tokens.length ? tokens[i].at : text.length);
  const take = (to: number) => {
    const value = text.slice(at(k), to).trim();
    while (k < tokens.length && tokens[k].at < to) k++;
    return value;
  };
  roles.forEach((role, r) => {
    if (k >= tokens.length) return values.push(null);
    const typed = typedAt(text.slice(at(k)));
    if (role === 'time' || role === 'year' || role === 'status' || role === 'progress') {
      // A time the label asks for may open on a lower-case word ('löpande', 'senast 2027').
      const time = role === 'time' || role === 'year' ? timeLength(text.slice(at(k))) : 0;
      const fits = typed && (typed.role === role || (role === 'year' && typed.role === 'time'));
      return values.push(fits ? take(at(k) + typed.length) : time ? take(at(k) + time) : null);
    }
    const stop = nextTyped(text, tokens, k);
    const words = tokens.slice(0, stop).map((t) => t.word);
    if (role === 'owner') {
      // The longest run of a unit's words from the cursor: the owner may stand before the activity's text when the labels come in another order.
      let e = stop;
      while (e > k && ownerStart(words, e, [], k) !== k) e--;
      return values.push(e > k ? take(at(e)) : null);
    }
    // Free text: up to the owner's name when the owner's label comes next, else up to the next typed value (the last label takes the rest).
    if (r === roles.length - 1) return values.push(take(text.length));
    const end = roles[r + 1] === 'owner' ? ownerStart(words, stop, [], k) : stop;
    // No unit's name closes the text before the owner's label: where the activity ends is not known, and the record is left as it stood.
    if (roles[r + 1] === 'owner' && end === stop) unsure = true;
    return values.push(end > k ? take(at(end)) : null);
  });
  return { values, end: at(k), unsure };
}

/** The stacks of a text: runs of two or more labels with only spaces between them. */
function stacksOf(text: string, labels: Label[]): Label[][] {
  const stacks: Label[][] = [];
  let run: Label[] = [];
  for (const l of labels) {
    if (run.length && /^\s*$/.test(text.slice(run[run.length - 1].end, l.start))) run.push(l);
    else {
      if (run.length >= 2) stacks.push(run);
      run = [l];
    }
  }
  if (run.length >= 2) stacks.push(run);
  return stacks;
}

/** The text with each stack's values set after their labels, or null when no stack read a typed value. */
export function unstackText(text: string): string | null {
  const labels = labelsOf(text);
  const stacks = stacksOf(text, labels);
  if (!stacks.length) return null;
  let out = '';
  let from = 0;
  let read = 0;
  for (const stack of stacks) {
    const last = stack[stack.length - 1];
    const next = labels.find((l) => l.start >= last.end);
    const values = text.slice(last.end, next ? next.start : text.length);
    const { values: paired, end, unsure } = pairStack(
      stack.map((l) => l.role),
      values,
    );
    // A form's empty labels, or labels over prose alone, are no record: a record's values include one read by its content.
    const typed = stack.filter((l, i) => TYPED.has(l.role) && paired[i]).length;
    if (!typed || unsure) continue;
    read++;
    const pairs = stack.map((l, i) => (paired[i] ? `${l.text}: ${paired[i]}` : `${l.text}:`)).join(' ');
    const rest = values.slice(end).trim();
    out += `${text.slice(from, stack[0].start)}${pairs}${rest ? ` ${rest}` : ''}${next ? ' ' : ''}`;
    from = next ? next.start : text.length;
  }
  return read ? out + text.slice(from) : null;
}

/** A block that is one label and nothing else ('Ansvarig:'), as a reading that sets each line a block gives a stacked label. */
const isBareLabel = (b: RawBlock) => b.kind === 'paragraph' && /^\s*\S[^:]*:\s*$/u.test(b.text) && labelsOf(b.text.trim()).length === 1;
const opensOnLabel = (b: RawBlock) => labelsOf(b.text.trim())[0]?.start === 0;

/**
 * The same record with a line a block: the label blocks and the value blocks
 * after them are joined into one paragraph when the values pair; a value
 * block the pairing did not reach stays a block of its own.
 */
function joinStackedBlocks(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && isBareLabel(blocks[j])) j++;
    if (j - i < 2) {
      out.push(...blocks.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1);
      continue;
    }
    // The values: the blocks after the labels up to the next label or heading, a wrapped value taking a line more.
    let v = j;
    while (v < blocks.length && v - j < 2 * (j - i) && (blocks[v].kind === 'paragraph' || blocks[v].kind === 'item') && !opensOnLabel(blocks[v])) v++;
    const labels = blocks.slice(i, j).map((b) => b.text.trim());
    const starts: number[] = [];
    let values = '';
    for (const b of blocks.slice(j, v)) {
      starts.push(values.length + (values ? 1 : 0));
      values += `${values ? ' ' : ''}${(b.marker ? `${b.marker} ` : '') + b.text.trim()}`;
    }
    const text = unstackText(`${labels.join(' ')} ${values}`);
    if (text === null || v === j) {
      out.push(...blocks.slice(i, j));
      i = j;
      continue;
    }
    const { end } = pairStack(
      labelsOf(labels.join(' ')).map((l) => l.role),
      values,
    );
    const used = Math.max(1, starts.filter((s) => s < end).length);
    out.push({ ...blocks[i], text: unstackText(`${labels.join(' ')} ${values.slice(0, starts[used] ?? values.length).trim()}`) ?? text });
    i = j + used;
  }
  return out;
}

export function unstackLabels(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  let read = 0;
  const out = joinStackedBlocks(blocks).map((b) => {
    if (b.kind !== 'paragraph') return b;
    const text = unstackText(b.text);
    if (text === null) return b;
    read++;
    return { ...b, text };
  });
  if (read) messages.push({ severity: 'info', reason: `Read ${read} ${read === 1 ? 'paragraph' : 'paragraphs'} whose field labels stood stacked before their values, each value paired to its label by its content`, ruleId: 'clean/stacked-labels' });
  return out;
}
