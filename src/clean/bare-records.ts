import type { Message, RawBlock } from '../core/types.js';
import { FIELD_LABELS } from '../lang/fields.js';
import { sv } from '../lang/pattern.js';
import { SECTION_LABEL_WORDS } from '../lang/sections.js';
import { bareFields, idFieldStart } from './bare-fields.js';

/**
 * A planning system's export whose labels carry no colon, run onto one line
 * a page as a transcript gives it: '… Målområde Mindre avfall ● Införa
 * återbrukshörna Ansvarig Avfallsenheten Tidsperiod 2025–2026 Status
 * Pågående ● Minska matsvinnet …'. A symbol that recurs between records
 * (a dot, a diamond) cuts them; a part is a record when its text ends in
 * fields whose values have the shapes their labels ask for (see
 * bare-fields.ts), and its title is the text before them. Each record becomes
 * an item (its title) and a line of its fields, as the same export reads
 * from its PDF; a labelled area line between records ('Målområde …') becomes
 * a heading. Parts that are no record stay as they were, and nothing is
 * dropped. Two records or more over the document, or nothing is cut.
 */

/** A token that is one symbol: no letter, digit, or punctuation a sentence uses. */
const SYMBOL = /(?<=^|\s)([^\p{L}\p{N}\s.,;:!?()[\]"'’”\-–—/&%§+*])(?=\s)/gu;
/** A section label opening an area line, written with a capital: 'Målområde Mindre avfall', 'Tema 2 Service'. */
const AREA_LABEL = sv(`(?<=^|\\s)(?:${SECTION_LABEL_WORDS})(?=\\s)`, 'giu');
/** An activity's label, written with a capital, once or repeated, before a record's title ('Aktivitet Genomföra …'). */
const RECORD_LABEL = sv(`^\\s*(?:(?=\\p{Lu})(?:${FIELD_LABELS.filter((f) => f.role === 'activity').map((f) => f.words).join('|')})\\s+)+(?=\\p{Lu})`, 'iu');
/** The same label anywhere in a line, as a record's opening where no symbol cuts the records: 'Aktivitet Öppna …', 'Åtgärd Inventera …'. */
const RECORD_LABEL_ANYWHERE = sv(`(?<=^|\\s)(?=\\p{Lu})(${FIELD_LABELS.filter((f) => f.role === 'activity').map((f) => f.words).join('|')})\\s+(?=\\p{Lu})`, 'giu');
/** An area line is a title: a few words after its label, not a paragraph. */
const MAX_AREA_WORDS = 14;

interface Part {
  kind: RawBlock['kind'];
  at: number;
  end: number;
  marker?: string;
}

/** The symbol that recurs as a token over the document, items' markers counted (two uses or more), the most used one. */
function separatorOf(blocks: RawBlock[]): string | null {
  const uses = new Map<string, number>();
  const use = (s: string) => uses.set(s, (uses.get(s) ?? 0) + 1);
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    if (b.marker && b.marker.length === 1) use(b.marker);
    for (const m of b.text.matchAll(SYMBOL)) use(m[1]);
  }
  const best = [...uses].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : null;
}

/** The uses of an activity label in a text that open a record: the label and the title after it capitalised (checked here: /i folds the case of \\p{Lu}). */
function labelUses(text: string): Array<{ at: number; word: string }> {
  return [...text.matchAll(RECORD_LABEL_ANYWHERE)]
    .filter((m) => /^\p{Lu}/u.test(m[0]) && /^\p{Lu}/u.test(text.charAt(m.index! + m[0].length)))
    .map((m) => ({ at: m.index!, word: m[1].toLowerCase() }));
}

/** What cuts one record from the next: a recurring symbol (cut out), or the record's own label (kept, at the record's start). */
type Separator = { kind: 'symbol'; symbol: string } | { kind: 'label'; word: string };

/**
 * Where no symbol recurs, the activity label that opens records: the one used
 * most over the document, capitalised before a capitalised title, twice or more.
 */
function recordLabelOf(blocks: RawBlock[]): string | null {
  const uses = new Map<string, number>();
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    for (const u of labelUses(b.text)) uses.set(u.word, (uses.get(u.word) ?? 0) + 1);
  }
  const best = [...uses].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : null;
}

/** Where a block's records begin: after each separating symbol, or at each use of the record label. */
function cutsOf(text: string, sep: Separator | null): number[] {
  if (!sep) return [];
  if (sep.kind === 'symbol') return [...text.matchAll(SYMBOL)].filter((m) => m[1] === sep.symbol).map((m) => m.index!);
  return labelUses(text).filter((u) => u.word === sep.word && u.at > 0).map((u) => u.at);
}

/** Where an area line closes a text: the last capitalised section label with a short title after it, or -1. */
const isTitle = (words: string, sentence: boolean) => {
  const n = words.trim().split(/\s+/).length;
  return n >= 2 && n <= MAX_AREA_WORDS && !(sentence && /[.!?]\s*$/.test(words));
};

/**
 * Where the labelled lines closing a text begin, in order: the last
 * capitalised section label with a short title after it, and the labelled
 * lines of a title each just before it ('Målområde Service Nämndmål Alla ska
 * …': an area and the goal under it, a line each). Empty when none closes it.
 */
function areaStarts(text: string): number[] {
  const labels = [...text.matchAll(AREA_LABEL)].filter((m) => /^\p{Lu}/u.test(m[0])).map((m) => m.index!);
  if (labels.length === 0 || !isTitle(text.slice(labels[labels.length - 1]), true)) return [];
  const out = [labels[labels.length - 1]];
  for (let k = labels.length - 2; k >= 0 && isTitle(text.slice(labels[k], out[0]), true); k--) out.unshift(labels[k]);
  return out;
}

/** A record's text cut into its title and its fields, with an area line after it cut off; null when it is no record. */
function recordParts(text: string, from: number, to: number, marker: string | undefined): Part[] | null {
  const seg = text.slice(from, to);
  const areas = areaStarts(seg);
  const area = areas[0] ?? -1;
  const body = area > 0 ? seg.slice(0, area) : seg;
  const read = bareFields(body.trimEnd());
  if (!read || read.bodyEnd === 0 || !body.slice(0, read.bodyEnd).trim()) return null;
  // The record's number between its title and its fields ('… Id B04 Ansvarig …') goes with the fields.
  const titleEnd = idFieldStart(body.slice(0, read.bodyEnd).trimEnd());
  // The record's own label before its title ('Aktivitet Genomföra …') is no part of the title: kept as a line of its own.
  const label = RECORD_LABEL.exec(seg)?.[0].length ?? 0;
  const titled = label > 0 && label < titleEnd && /\p{L}/u.test(seg.slice(label, titleEnd));
  const parts: Part[] = [
    ...(titled ? [{ kind: 'paragraph' as const, at: from, end: from + label }] : []),
    { kind: 'item', at: from + (titled ? label : 0), end: from + titleEnd, ...(marker === undefined ? {} : { marker }) },
    ...(titleEnd < read.bodyEnd ? [{ kind: 'paragraph' as const, at: from + titleEnd, end: from + read.bodyEnd }] : []),
    { kind: 'paragraph', at: from + read.bodyEnd, end: from + body.length },
  ];
  if (area > 0) areas.forEach((a, i) => parts.push({ kind: 'heading', at: from + a, end: i + 1 < areas.length ? from + areas[i + 1] : to }));
  return parts;
}

/** The parts of one block: records between separators, the text before them, an area line before the first. */
function blockParts(b: RawBlock, sep: Separator | null): { parts: Part[]; records: number } | null {
  if (b.kind !== 'paragraph' && b.kind !== 'item') return null;
  const cuts = cutsOf(b.text, sep);
  const bounds = [0, ...cuts, b.text.length];
  const parts: Part[] = [];
  let records = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    // Each part after a symbol starts past it, one after a label at the label; the block's own first part keeps the block's marker.
    const from = k === 0 ? 0 : bounds[k] + (sep?.kind === 'symbol' ? 1 : 0);
    const marker = k === 0 ? b.marker : sep?.kind === 'symbol' ? sep.symbol : undefined;
    const record = recordParts(b.text, from, bounds[k + 1], marker);
    if (record) {
      records++;
      parts.push(...record);
      continue;
    }
    const areas = k === 0 && cuts.length ? areaStarts(b.text.slice(0, bounds[1])) : [];
    if (areas.length > 0 && areas[0] > 0) {
      parts.push({ kind: b.kind, at: 0, end: areas[0], marker: b.marker });
      areas.forEach((a, i) => parts.push({ kind: 'heading', at: a, end: areas[i + 1] ?? bounds[1] }));
    } else parts.push({ kind: k === 0 ? b.kind : 'paragraph', at: from, end: bounds[k + 1], ...(k === 0 && b.marker !== undefined ? { marker: b.marker } : {}) });
  }
  return records ? { parts, records } : null;
}

/** Each block's parts under one separator, and the records they hold over the document. */
function readWith(blocks: RawBlock[], sep: Separator | null) {
  const read = blocks.map((b) => blockParts(b, sep));
  return { read, records: read.reduce((n, r) => n + (r?.records ?? 0), 0) };
}

export function splitBareRecords(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  const symbol = separatorOf(blocks);
  const label = recordLabelOf(blocks);
  // A symbol may recur for another reason (a list's bullets run into the text before the records): the separator that cuts more records wins, the symbol on a tie.
  const bySymbol = symbol ? readWith(blocks, { kind: 'symbol', symbol }) : null;
  const byLabel = label ? readWith(blocks, { kind: 'label', word: label }) : null;
  const { read, records } = byLabel && byLabel.records > (bySymbol?.records ?? 0) ? byLabel : (bySymbol ?? readWith(blocks, null));
  if (records < 2) return blocks;
  const out = blocks.flatMap((b, i) => {
    const r = read[i];
    if (!r) return [b];
    return r.parts.flatMap((p): RawBlock[] => {
      const raw = b.text.slice(p.at, p.end);
      const text = raw.trim();
      if (!text) return [];
      const lead = raw.length - raw.trimStart().length;
      return [{ kind: p.kind, text, page: b.page, ...(p.kind === 'item' ? { marker: p.marker ?? '', level: b.level ?? 0 } : {}), ...(p.kind === 'heading' ? { level: 2 } : {}), ...(b.source === undefined ? {} : { source: b.source + p.at + lead }) }];
    });
  });
  messages.push({ severity: 'info', reason: `Read ${records} records of an export whose labels have no colon, each cut into its title and its line of fields`, ruleId: 'clean/bare-records' });
  return out;
}
