import type { Message, RawBlock } from '../core/types.js';
import { FIELD_LABELS } from '../lang/fields.js';
import { sv } from '../lang/pattern.js';
import { SECTION_LABELS } from '../lang/sections.js';
import { bareFields } from './bare-fields.js';

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
const AREA_LABEL = sv(`(?<=^|\\s)(?:${SECTION_LABELS.map((l) => l.pattern).join('|')})(?=\\s)`, 'giu');
/** An activity's label, written with a capital, once or repeated, before a record's title ('Aktivitet Genomföra …'). */
const RECORD_LABEL = sv(`^\\s*(?:(?=\\p{Lu})(?:${FIELD_LABELS.filter((f) => f.role === 'activity').map((f) => f.words).join('|')})\\s+)+(?=\\p{Lu})`, 'iu');
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

/** Where an area line closes a text: the last capitalised section label with a short title after it, or -1. */
function areaStart(text: string): number {
  let at = -1;
  for (const m of text.matchAll(AREA_LABEL)) if (/^\p{Lu}/u.test(m[0])) at = m.index!;
  if (at < 0) return -1;
  const words = text.slice(at).trim().split(/\s+/).length;
  return words >= 2 && words <= MAX_AREA_WORDS && !/[.!?]\s*$/.test(text) ? at : -1;
}

/** A record's text cut into its title and its fields, with an area line after it cut off; null when it is no record. */
function recordParts(text: string, from: number, to: number, marker: string | undefined): Part[] | null {
  const seg = text.slice(from, to);
  const area = areaStart(seg);
  const body = area > 0 ? seg.slice(0, area) : seg;
  const read = bareFields(body.trimEnd());
  if (!read || read.bodyEnd === 0 || !body.slice(0, read.bodyEnd).trim()) return null;
  // The record's own label before its title ('Aktivitet Genomföra …') is no part of the title: kept as a line of its own.
  const label = RECORD_LABEL.exec(seg)?.[0].length ?? 0;
  const titled = label > 0 && label < read.bodyEnd && /\p{L}/u.test(seg.slice(label, read.bodyEnd));
  const parts: Part[] = [
    ...(titled ? [{ kind: 'paragraph' as const, at: from, end: from + label }] : []),
    { kind: 'item', at: from + (titled ? label : 0), end: from + read.bodyEnd, ...(marker === undefined ? {} : { marker }) },
    { kind: 'paragraph', at: from + read.bodyEnd, end: from + body.length },
  ];
  if (area > 0) parts.push({ kind: 'heading', at: from + area, end: to });
  return parts;
}

/** The parts of one block: records between separators, the text before them, an area line before the first. */
function blockParts(b: RawBlock, sep: string | null): { parts: Part[]; records: number } | null {
  if (b.kind !== 'paragraph' && b.kind !== 'item') return null;
  const cuts = sep ? [...b.text.matchAll(SYMBOL)].filter((m) => m[1] === sep).map((m) => m.index!) : [];
  const bounds = [0, ...cuts, b.text.length];
  const parts: Part[] = [];
  let records = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    // Each part after a separator starts past the symbol; the block's own first part keeps the block's marker.
    const from = k === 0 ? 0 : bounds[k] + 1;
    const marker = k === 0 ? b.marker : sep!;
    const record = recordParts(b.text, from, bounds[k + 1], marker);
    if (record) {
      records++;
      parts.push(...record);
      continue;
    }
    const area = k === 0 && cuts.length ? areaStart(b.text.slice(0, bounds[1])) : -1;
    if (area > 0) parts.push({ kind: b.kind, at: 0, end: area, marker: b.marker }, { kind: 'heading', at: area, end: bounds[1] });
    else parts.push({ kind: k === 0 ? b.kind : 'paragraph', at: from, end: bounds[k + 1], ...(k === 0 && b.marker !== undefined ? { marker: b.marker } : {}) });
  }
  return records ? { parts, records } : null;
}

export function splitBareRecords(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  const sep = separatorOf(blocks);
  const read = blocks.map((b) => blockParts(b, sep));
  const records = read.reduce((n, r) => n + (r?.records ?? 0), 0);
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
