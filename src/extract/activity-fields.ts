import { hexColour } from '../core/colour.js';
import type { ActivityRow, DocPicture, Status, Track } from '../core/types.js';
import { CONTINUOUS_STATUS, LIGHT_SYMBOLS, PROGRESS_PERCENT, STATUS_SYMBOLS, SYMBOL_TRACKS } from '../lang/status.js';
import { escapeRegExp } from '../lang/pattern.js';
import { TIME_IN_SENTENCE } from '../lang/timeline.js';
import { legendOfFill, paletteTrack, type Legend } from './constructions/legend.js';
import type { Entry } from './outline/types.js';
import { classifyStatus, reportedInComment, statedInComment, trackOfFill, trackOfLead, trackOfMeaning, trackOfWord } from './rules/status.js';
import { yearsIn } from './rules/years.js';
import { OWNER_SEPARATOR, PARTNER_JOIN } from '../lang/structure.js';

type Fields = Pick<
  ActivityRow,
  'ownerRaw' | 'owners' | 'years' | 'status' | 'statusRaw' | 'statusRule' | 'statusSource' | 'track' | 'trackRaw' | 'trackRule' | 'timeRaw' | 'partners' | 'progress' | 'progressRaw'
>;

/** The picture a reader wrote as the symbol at a span of the text, if any. */
export type PictureLookup = (start: number, end: number) => DocPicture | undefined;

/**
 * Several owners in one cell: 'NLE/MHK', 'NLE, AVF', 'AVF (KLF)',
 * 'Kommunledningsförvaltningen och Näringslivsenheten'; the first leads. A
 * partner after 'i samverkan med' is no owner.
 */
export function splitOwners(text: string): { owners: string[]; partners: string[] } {
  // The partner may be lost to the next line of a cell: 'Kommunikation i samverkan med' is still Kommunikation's.
  const [own, ...rest] = text.split(PARTNER_JOIN);
  const owners = own
    .split(OWNER_SEPARATOR)
    .map((s) => s.trim().replace(/[.]$/, ''))
    .filter((s) => s.length > 1);
  return { owners, partners: rest.map((r) => r.trim()).filter(Boolean) };
}

/** Where a status came from: what the document shows, read by which kind of rule. */
export type StatusSource = 'word' | 'legend' | 'symbol' | 'icon' | 'percent' | 'bar' | 'fill' | 'comment';

interface Judged {
  status: Status | null;
  statusRaw: string | null;
  statusRule: string | null;
  statusSource: StatusSource | null;
  track: Track | null;
  trackRaw: string | null;
  trackRule: string | null;
  progress: number | null;
  progressRaw: string | null;
}

const LIGHTS = new RegExp(`(${[...LIGHT_SYMBOLS, ...STATUS_SYMBOLS.flatMap((s) => [...s.symbols])].map(escapeRegExp).join('|')})`, 'gu');

/**
 * The symbols of a cell, each with what it means: the legend's word for it
 * first, then the default tables (a full, half or empty circle for a status,
 * a coloured symbol for a light). A symbol that stands where a picture was
 * carries the picture's colour as its raw value.
 */
function readSymbols(text: string, at: number, legend: Legend, pictures: PictureLookup, judged: Judged, givesStatus: boolean): void {
  for (const m of text.matchAll(LIGHTS)) {
    const symbol = m[1];
    const picture = pictures(at + m.index!, at + m.index! + symbol.length);
    const raw = picture?.hex ? `${symbol} ${picture.hex}` : symbol;
    // A symbol the text sets in a colour, or a drawn dot, means what the legend says of its colour before what it says of the symbol.
    const meaning = (picture?.hex ? legendOfFill(legend, picture.hex)?.meaning : undefined) ?? legend.get(symbol);
    if (meaning) {
      if (givesStatus && meaning.status && !judged.status) Object.assign(judged, { status: meaning.status, statusRaw: raw, statusRule: 'status/legend', statusSource: 'legend' });
      if (meaning.track && !judged.track) Object.assign(judged, { track: meaning.track, trackRaw: raw, trackRule: 'track/legend' });
      continue;
    }
    const status = STATUS_SYMBOLS.find((s) => [...s.symbols].includes(symbol));
    if (givesStatus && status && !judged.status) Object.assign(judged, { status: status.status, statusRaw: raw, statusRule: status.id, statusSource: picture ? 'icon' : 'symbol' });
    const light = SYMBOL_TRACKS.find((t) => t.symbols.includes(symbol));
    if (light && !judged.track) Object.assign(judged, { track: light.track, trackRaw: raw, trackRule: picture ? light.id.replace('track/symbol', 'track/icon') : light.id });
  }
}

/** A plan runs a few years; two dates further apart than this are no start and end of one activity. */
const MAX_SPAN_YEARS = 10;

/**
 * The years an activity's time fields cover. Two fields or more, each with its
 * years, are its start and end ('Startdatum 2024-03-01', 'Slutdatum
 * 2026-06-30'): every year from the first to the last, as '2024–2026' in one
 * field gives them.
 */
function spannedYears(perField: number[][]): number[] {
  const years = [...new Set(perField.flat())].sort((a, b) => a - b);
  if (perField.filter((y) => y.length > 0).length < 2 || years.length === 0) return years;
  const first = years[0];
  const last = years[years.length - 1];
  if (last - first > MAX_SPAN_YEARS) return years;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The statuses that say the work was halted rather than how far it came. */
const HALTED: Status[] = ['postponed', 'cancelled'];

/** A share of the work done ('75 %', a bar measured as '≈80 %'), from the progress or status cell. */
function readProgress(text: string, at: number, pictures: PictureLookup, judged: Judged): void {
  if (judged.progress !== null) return;
  const m = PROGRESS_PERCENT.exec(text);
  if (!m) return;
  const n = Number(m[2]);
  if (n > 100) return;
  const picture = pictures(at + m.index, at + m.index + m[0].length);
  judged.progress = n / 100;
  judged.progressRaw = picture?.share != null ? `${m[0].trim()} (bar ${picture.hex ?? ''})`.replace(' )', ')') : m[0].trim();
  if (!judged.status) Object.assign(judged, { status: n >= 100 ? 'done' : n === 0 ? 'not_started' : 'ongoing', statusRaw: m[0].trim(), statusRule: 'status/percent', statusSource: m[1] ? 'bar' : 'percent' });
}

/** A share opening a cell's text ('40 % Fyra av tio klara.'). */
const OPENING_SHARE = /^\s*\d{1,3}(?:[,.]\d+)?\s?%/u;

/**
 * A row of a table with a progress column whose own progress cell is empty, its comment opening
 * on a share: a reading that set the right-aligned share against the comment beside it put the
 * share there ('100 % Klart i november.'), so it is the row's progress.
 */
function readDisplacedShare(entry: Entry, pictures: PictureLookup, judged: Judged): void {
  if (judged.progress !== null || !entry.table?.roles.includes('progress')) return;
  if (entry.fields.some((f) => f.role === 'progress' && f.value.trim())) return;
  const comment = entry.fields.find((f) => f.role === 'comment' && OPENING_SHARE.test(f.value));
  if (comment) readProgress(comment.value, comment.absolute.start, pictures, judged);
}

/**
 * The status of a row whose status cell says none in words: the comment's words first ('Arbetet
 * pågår'), then the tense of the comment's verb ('Mötena hölls i september': done).
 */
function readComment(comment: string, judged: Judged): void {
  const m = statedInComment(comment) ?? reportedInComment(comment);
  if (m) Object.assign(judged, { status: m.status, statusRaw: comment, statusRule: `${m.rule}+comment`, statusSource: 'comment' });
}

/** A cell's words with its symbols taken out that are a dash alone: the cell says no status was given. */
const NO_VALUE = /^[•·\s]*[–—-][\s•·]*$/u;

/**
 * Whether a status cell's words (its symbols taken out) state its status themselves: a status
 * word ('⚠ Pågår': the word, not the warning sign, says how far the work has come) or a dash
 * for none ('⚪ –'). A light word ('Grön') or words of no status leave it to the symbol.
 */
function isWordedStatus(words: string): boolean {
  if (NO_VALUE.test(words)) return true;
  const m = words ? classifyStatus(words) : null;
  return m !== null && m.status !== 'unknown' && m.track === null;
}

/** Text with its symbols taken out, for the word rules. */
function withoutSymbols(text: string): string {
  return text.replace(LIGHTS, ' ').replace(/≈\s?\d{1,3}\s?%/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The time an action's own words name when no field gives one (see TIME_IN_SENTENCE), with its years. */
export function timeInSentence(text: string): { timeRaw: string; years: number[] } | null {
  const m = TIME_IN_SENTENCE.exec(text);
  return m ? { timeRaw: m[0], years: yearsIn(m[0]) } : null;
}

/** An activity's owner, time, years, status, progress and traffic light from the fields of its entry. */
export function activityFields(entry: Entry, legend: Legend, pictures: PictureLookup = () => undefined): Fields {
  const of = (role: string) => entry.fields.filter((f) => f.role === role);
  // Several owner fields (an owner table's units) are several owners, written 'A; B'.
  const ownerValues = [...new Set(of('owner').map((f) => f.value.trim()).filter(Boolean))];
  const ownerText = ownerValues.length ? ownerValues.join('; ') : null;
  const split = ownerValues.reduce<{ owners: string[]; partners: string[] }>((acc, v) => {
    const one = splitOwners(v);
    return { owners: [...acc.owners, ...one.owners], partners: [...acc.partners, ...one.partners] };
  }, { owners: [], partners: [] });
  const partners = [...split.partners, ...of('partner').map((f) => f.value)].filter(Boolean);
  const times = [...new Set(of('time').map((f) => f.value.trim()).filter(Boolean))];
  const timeRaw = times.length ? times.join(', ') : null;
  const years = spannedYears(times.map((t) => yearsIn(t)));

  const judged: Judged = { status: null, statusRaw: null, statusRule: null, statusSource: null, track: null, trackRaw: null, trackRule: null, progress: null, progressRaw: null };
  const statusFields = [...of('status'), ...of('track'), ...of('progress')];
  // An assessment column ('Lägesbedömning') whose cell says a status word beside its colour states the status too.
  const assessed = of('track').map((f) => withoutSymbols(f.value).trim()).find((t) => {
    const m = t ? classifyStatus(t) : null;
    // A light word alone ('Grön') is the track; only a status word read as such says how far the work has come.
    return m !== null && m.status !== 'unknown' && m.track === null;
  });
  // A cell of a progress column that holds a word instead of a share ('Löpande', 'Klart' under 'Klart %') says the status.
  const worded = of('progress').map((f) => withoutSymbols(f.value)).find((t) => /^\p{L}/u.test(t) && !/\d/.test(t));
  const statusText = of('status').map((f) => withoutSymbols(f.value)).find(Boolean) ?? assessed ?? worded ?? '';
  // Symbols first (a legend may say what they mean), then words, then a percentage or a bar; but a status word beside
  // a symbol, or a dash for none, says what the symbol only stands for (a reading may give two colours one token).
  const symbolsGiveStatus = !isWordedStatus(statusText);
  for (const f of statusFields) readSymbols(f.value, f.absolute.start, legend, pictures, judged, symbolsGiveStatus);
  if (!judged.status && statusText) {
    const key = statusText.split(/\s+/)[0].toLowerCase();
    const fromLegend = legend.get(key) ?? legend.get(statusText.toLowerCase());
    if (fromLegend?.status && key === statusText.toLowerCase()) Object.assign(judged, { status: fromLegend.status, statusRaw: statusText, statusRule: 'status/legend', statusSource: 'legend' });
    else if (CONTINUOUS_STATUS.test(statusText)) Object.assign(judged, { status: 'ongoing', statusRaw: statusText, statusRule: 'status/continuous', statusSource: 'word' });
    else if (!PROGRESS_PERCENT.test(statusText)) {
      const m = classifyStatus(statusText);
      judged.statusRaw = statusText;
      if (m && !(m.status === 'unknown' && m.track)) Object.assign(judged, { status: m.status, statusRule: m.rule, statusSource: 'word' });
    }
  }
  for (const f of [...of('progress'), ...of('status')]) readProgress(f.value, f.absolute.start, pictures, judged);
  readDisplacedShare(entry, pictures, judged);
  // A cell that holds only its colour: the legend says which status the colour stands for.
  const fill = entry.table?.fill ? hexColour(entry.table.fill) : null;
  const keyed = fill ? legendOfFill(legend, fill) : null;
  // A legend line that describes a light ('Gul: avvikelse, åtgärd pågår') says how the work keeps to plan, not how far it has come.
  // The document's own key outranks a reading of the comment's prose.
  if (keyed?.meaning.status && !keyed.meaning.track && (judged.status === null || judged.status === 'unknown')) Object.assign(judged, { status: keyed.meaning.status, statusRaw: fill, statusRule: 'status/legend-fill', statusSource: 'fill' });
  // A status said only in the comment's prose ('Arbetet pågår enligt plan', 'Mötena hölls i september').
  const comment = of('comment').map((f) => f.value.trim()).find(Boolean) ?? '';
  if ((judged.status === null || judged.status === 'unknown') && comment) {
    readComment(comment, judged);
  } else if (judged.statusRule === 'status/percent' && comment) {
    // A share says how far the work has come, not that it was halted: a comment that says it was put off or stopped ('0 %', 'Pausad i väntan på …') tells more.
    const m = classifyStatus(comment);
    if (m && HALTED.includes(m.status)) Object.assign(judged, { status: m.status, statusRaw: comment, statusRule: `${m.rule}+comment`, statusSource: 'comment' });
  }
  if (!judged.track) {
    for (const f of [...of('track'), ...of('status')]) {
      // An assessment field may say the light's meaning instead of its colour ('Bedömning Enligt plan').
      const hit = trackOfWord(withoutSymbols(f.value)) ?? (f.role === 'track' ? trackOfMeaning(withoutSymbols(f.value)) : null);
      if (hit) {
        Object.assign(judged, { track: hit.track, trackRaw: hit.raw, trackRule: hit.rule });
        break;
      }
    }
  }
  // The light as the comment's first sentence ('Gul. Lokalfrågan försenar starten.').
  const lead = !judged.track && comment ? trackOfLead(comment) : null;
  if (lead) Object.assign(judged, { track: lead.track, trackRaw: lead.raw, trackRule: `${lead.rule}+comment` });
  if (keyed?.by === 'swatch' && keyed.meaning.track && !judged.track) Object.assign(judged, { track: keyed.meaning.track, trackRaw: fill, trackRule: 'track/legend-fill' });
  // Where the legend's swatches make the colours statuses, a colour is no traffic light.
  if (!judged.track && entry.table?.fill && keyed?.by !== 'swatch') {
    // The document's palette first: a pastel red may read as orange by its hue alone.
    const shifted = paletteTrack(legend, entry.table.fill);
    const hit = shifted ? { track: shifted, raw: hexColour(entry.table.fill), rule: 'track/palette' } : trackOfFill(entry.table.fill);
    if (hit) Object.assign(judged, { track: hit.track, trackRaw: hit.raw, trackRule: hit.rule });
  }
  return {
    ownerRaw: ownerText?.trim() || null,
    owners: split.owners,
    partners: partners.length ? partners.join('; ') : null,
    timeRaw,
    years,
    ...judged,
  };
}
