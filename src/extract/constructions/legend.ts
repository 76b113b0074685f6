import { memoize } from '../../core/memo.js';
import { hexColour } from '../../core/colour.js';
import type { Block, Doc, Status, Track } from '../../core/types.js';
import { LEGEND_GLYPHS, LIGHT_SYMBOLS, STATUS_SYMBOLS, TRACK_MEANINGS, TRACK_PATTERNS } from '../../lang/status.js';
import { classifyStatus, paletteTracks, statusesIn, trackOfFill } from '../rules/status.js';
import { defineConstruction } from './define.js';

export const legend = defineConstruction({
  id: 'status/legend',
  description: "A legend that says what a document's colours and symbols mean ('Röd – aktiviteten har inte startat', '● Genomförd ◐ Pågående ○ Ej påbörjad') gives the status of a cell that holds only the colour word or symbol.",
  positive: [
    { doc: 'Kolumnen Status visar läget:\n- Grön – aktiviteten pågår enligt plan.\n- Röd – aktiviteten har inte startat.\n# Insatsområde 1: Service\n| Aktivitet | Ansvar | Status |\n| Införa en digital felanmälan | KLF | Röd |', activities: ['Införa en digital felanmälan'] },
    // A legend drawn as the first row of a table without a header: no header, no action, and its symbols read in the column they explain.
    { doc: '# Lägesrapport friluftsliv\n| Förklaring: ● Klar | ◑ Påbörjad | ○ Inte startad |\n| F1 | Röja vandringsleden runt Storsjön | Fritidsenheten | 2025 | ● |\n| F2 | Bygga en tillgänglig fiskebrygga | Tekniska förvaltningen | 2026 | ○ |', activities: ['Röja vandringsleden runt Storsjön', 'Bygga en tillgänglig fiskebrygga'] },
  ],
  negative: [
    { doc: '# Bakgrund\nRöd tråd – arbetet hänger ihop med översiktsplanen.', activities: [] },
  ],
});

/** What one key of a legend means: a status ('● Genomförd'), a light ('✅ Enligt plan'), or both. */
export interface LegendMeaning {
  status: Status | null;
  track: Track | null;
}

export type Legend = Map<string, LegendMeaning>;

/** The symbols a legend may explain: the common ones, and any other the document draws from the symbol blocks ('⊘'). */
const SYMBOLS = STATUS_SYMBOLS.map((s) => s.symbols).join('') + LIGHT_SYMBOLS.join('') + LEGEND_GLYPHS;
const ALL_GLYPHS = new RegExp(`^[${SYMBOLS}]+$`, 'u');

/** Kept per text (and frozen, as legends share them): the same status words follow key after key, row after row. */
const meaningOf = memoize((text: string): LegendMeaning | null => {
  const status = classifyStatus(text);
  const track = TRACK_MEANINGS.find((t) => t.pattern.test(text))?.track ?? null;
  const known = status && status.status !== 'unknown' ? status.status : null;
  return known || track ? Object.freeze({ status: known, track }) : null;
}, 4096);
/**
 * What a symbol's legend entry means. An entry may name two statuses for one
 * symbol ('◐ Startad eller pågående'): where the symbol's common meaning is one
 * of them, the legend confirms that meaning, and the first named is no better.
 */
function symbolMeaning(symbol: string, text: string): LegendMeaning | null {
  const meaning = meaningOf(text);
  const common = STATUS_SYMBOLS.find((s) => s.symbols.includes(symbol))?.status;
  if (!meaning?.status || !common || meaning.status === common || !statusesIn(text).includes(common)) return meaning;
  return Object.freeze({ ...meaning, status: common });
}
const KEY_VALUE = new RegExp(`(?:^|[.;]\\s+)([\\p{L}${SYMBOLS}]{1,12})\\s*[–—=:-]\\s+([^.;]{3,120})`, 'gu');
const SYMBOL_RUN = new RegExp(`([${SYMBOLS}])\\s*([^${SYMBOLS}.;]{3,40})`, 'gu');

/** What a legend's symbol means when the legend gives it several meanings, told apart by colour only: nothing of its own. */
const NO_MEANING: LegendMeaning = Object.freeze({ status: null, track: null });

/** The key under which a legend holds what a fill colour means. */
const fillKey = (fill: string) => `fill:${hexColour(fill)}`;

/** One key of a legend and what it means. */
interface LegendEntry {
  key: string;
  meaning: LegendMeaning;
}

/**
 * A legend table's row: cells filled with a colour and holding no words, each
 * beside the cell that says what its colour means ('[green] | Genomförd', or
 * four such pairs in one row).
 */
function swatchEntries(doc: Doc, b: Block): LegendEntry[] {
  if (!b.cells || !b.fills) return [];
  const texts = b.cells.map((c) => doc.text.slice(c.start, c.end).trim());
  const swatches = b.fills.map((f, i) => (f && !texts[i] ? i : -1)).filter((i) => i >= 0);
  const worded = texts.filter(Boolean);
  if (swatches.length === 0 || worded.length !== swatches.length || worded.some((w) => w.length > 120)) return [];
  // Each swatch with its words: in the cell after it, or before it where the colour closes the row.
  const entries = swatches.map((i) => {
    const words = texts[i + 1] && !b.fills![i + 1] ? texts[i + 1] : texts[i - 1] && !b.fills![i - 1] ? texts[i - 1] : swatches.length === 1 ? worded[0] : '';
    const meaning = words ? meaningOf(words) : null;
    return meaning ? { key: fillKey(b.fills![i]!), meaning } : null;
  });
  return entries.every((e) => e !== null) ? (entries as LegendEntry[]) : [];
}

/**
 * The symbols a line or row explains ('✓ Genomförd ◐ Pågår ○ Ej påbörjad').
 * A legend of symbols says what each means and little else: two or more keys,
 * or one on a short line. (A bullet glyph is one of the symbols: an item with
 * one is asked for no meaning.)
 */
function symbolEntries(text: string, colourAt: (offset: number) => string | null = () => null): LegendEntry[] {
  const keys = [...text.matchAll(SYMBOL_RUN)];
  if (keys.length < 2 && text.trim().length > 60) return [];
  // A symbol written for a drawn swatch ('[green square] Genomförd') keys its colour as well: a cell filled with that colour means the same.
  const read = keys.map((m) => {
    const meaning = symbolMeaning(m[1], m[2]);
    return { symbol: m[1], meaning, colour: meaning ? colourAt(m.index!) : null };
  });
  const symbols = read.filter((r) => r.meaning).length;
  if (!(symbols >= 2 || (symbols === 1 && text.trim().length <= 60))) return [];
  // One symbol in several colours, each meaning another thing ('● Klar ● Pågår', green and yellow): the colour says it, the
  // symbol alone nothing (not the meaning named last, nor the one it has elsewhere); the colour is read where it is known.
  const ambiguous = (r: (typeof read)[number]) => read.some((o) => o.symbol === r.symbol && o.meaning?.status !== r.meaning?.status);
  return read.flatMap((r) => (r.meaning ? [{ key: r.symbol, meaning: ambiguous(r) ? NO_MEANING : r.meaning }, ...(r.colour ? [{ key: fillKey(r.colour), meaning: r.meaning }] : [])] : []));
}

/**
 * Whether a table row is a legend, not a header or an action: its colour
 * swatches or its symbols, two or more, each say what they mean. A legend
 * set above or below a table's body is often drawn as a row of it.
 */
export function isLegendRow(doc: Doc, b: Block): boolean {
  if (b.kind !== 'row') return false;
  const text = doc.text.slice(b.start, b.end);
  return swatchEntries(doc, b).length >= 2 || (text.length <= 400 && symbolEntries(text).length >= 2);
}

/**
 * A key and the dash or equals sign after it, keys set apart by commas too ('grön = arbetet följer planen, gul = …'),
 * or a capitalised key after a space, where a transcript ran the legend's lines together ('Grön – enligt plan Gul – risk …').
 */
const LISTED_KEY = new RegExp(`(?:^|[,.;:]\\s*|\\s(?=\\p{Lu}))([\\p{L}${SYMBOLS}]{1,12})\\s*(?:[–—=]|\\s-)\\s+`, 'gu');

/**
 * Whether a line explains two or more lights or symbols ('Signal: grön = arbetet följer planen,
 * gul = risk för avvikelse, röd = avvikelse', '● Klar ◐ Pågår'): a legend, though it opens on a
 * column's label as a field would.
 */
export function isLegendText(text: string): boolean {
  const keys = [...text.matchAll(LISTED_KEY)].filter((m) => ALL_GLYPHS.test(m[1]) || TRACK_PATTERNS.some((t) => t.pattern.test(m[1])));
  return keys.length >= 2 || symbolEntries(text).length >= 2;
}

/**
 * What the legend says a cell's fill colour means: the legend's own swatch of
 * that colour (`swatch`: its meaning is all the colour says), else the colour
 * word ('Grön – genomförd') whose light the fill's hue shows (`word`: the
 * colour stays a light too).
 */
export function legendOfFill(legend: Legend, fill: string): { meaning: LegendMeaning; by: 'swatch' | 'word' } | null {
  const swatch = legend.get(fillKey(fill));
  if (swatch) return { meaning: swatch, by: 'swatch' };
  const light = trackOfFill(fill)?.track;
  const key = light ? [...legend.keys()].find((k) => TRACK_PATTERNS.some((t) => t.track === light && t.pattern.test(k))) : undefined;
  return key ? { meaning: legend.get(key)!, by: 'word' } : null;
}

/** What a document's legend says its colour words, swatches and symbols mean: key (lower case) → status and light. */
export function readLegend(doc: Doc): Legend {
  const out: Legend = new Map();
  // A drawn swatch, or a symbol the text sets in a colour of its own ('● Genomförd' with the dot green).
  const drawn = new Map((doc.pictures ?? []).filter((p) => (p.source === 'shape' || p.source === 'glyph') && p.kind === 'icon' && p.hex).map((p) => [p.start, p.hex!]));
  const colourIn = (b: Block) => (at: number) => drawn.get(b.start + at) ?? null;
  for (const b of doc.blocks) {
    if (b.kind === 'row') {
      for (const e of swatchEntries(doc, b)) out.set(e.key, e.meaning);
      const text = doc.text.slice(b.start, b.end);
      if (text.length <= 400 && isLegendRow(doc, b)) for (const e of symbolEntries(text, colourIn(b))) out.set(e.key, e.meaning);
    }
    // A legend's line set in larger type reads as a heading: a short one of symbols and meanings is a legend still.
    if (b.kind === 'heading') for (const e of symbolEntries(doc.text.slice(b.start, b.end), colourIn(b))) out.set(e.key, e.meaning);
    if (b.kind !== 'item' && b.kind !== 'paragraph') continue;
    const text = doc.text.slice(b.start, b.end);
    if (text.length > 400) continue;
    for (const m of text.matchAll(KEY_VALUE)) {
      const key = m[1];
      const isKey = ALL_GLYPHS.test(key) || TRACK_PATTERNS.some((t) => t.pattern.test(key));
      // The meaning only of a key: trying every status phrase on every 'word – text' of a document is what a legend costs.
      const meaning = isKey ? meaningOf(m[2]) : null;
      if (meaning) out.set(key.toLowerCase(), meaning);
    }
    for (const e of symbolEntries(text, colourIn(b))) out.set(e.key, e.meaning);
  }
  for (const [fill, track] of paletteTracks(colourOnlyFills(doc))) out.set(paletteKey(fill), Object.freeze({ status: null, track }));
  return out;
}

/** The key under which a legend holds the light a document's palette gives a fill (see paletteTracks). */
const paletteKey = (fill: string) => `palette:${hexColour(fill)}`;

/** The light the document's palette gives a fill, where its hue alone reads otherwise. */
export function paletteTrack(legend: Legend, fill: string): Track | null {
  return legend.get(paletteKey(fill))?.track ?? null;
}

/** The fills of cells that hold no words: the colours a document states something by. */
function colourOnlyFills(doc: Doc): string[] {
  const fills: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'row' || !b.cells || !b.fills) continue;
    b.fills.forEach((f, i) => f && !doc.text.slice(b.cells![i].start, b.cells![i].end).trim() && fills.push(f));
  }
  return fills;
}
