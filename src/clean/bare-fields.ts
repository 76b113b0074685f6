import { FIELD_LABELS, INLINE_FIELD_ROLES, type FieldRole } from '../lang/fields.js';
import { sv } from '../lang/pattern.js';
import { LIGHT_SYMBOLS, TRACK_MEANINGS, TRACK_PATTERNS } from '../lang/status.js';
import { DATE_VALUE } from '../lang/timeline.js';
import { UNIT_JOINERS } from '../lang/units.js';
import { cellKind, statusLength, timeLength } from './cell-kinds.js';

/** A label–value pair in text: 'Ansvar: KLK', '(klart: 2024)', 'Ansvarig Kulturskolan'. Offsets are into the text given. */
export interface Field {
  role: FieldRole;
  label: string;
  value: string;
  start: number;
  end: number;
  rule: string;
}

const inline = FIELD_LABELS.filter((f) => INLINE_FIELD_ROLES.includes(f.role));
/** A field label standing as a word of its own, with no colon after it: where a planning system's export sets label and value side by side. */
const BARE_LABEL = sv(`(?<=^|\\s)(${inline.map((f) => `(?:${f.words})`).join('|')})(?=\\s+[^\\s:])`, 'giu');
const wholeLabels = inline.map((f) => ({ field: f, pattern: sv(`^(?:${f.words})$`, 'i') }));

/** Roles whose value has a shape of its own: a field of these may open a line of fields. */
const TYPED_ROLES: FieldRole[] = ['owner', 'partner', 'time', 'status', 'track', 'progress'];
/** A unit's name as a value: a capital, a few words, no sentence in it. */
const UNIT_VALUE = /^[\p{Lu}(][^.!?]*$/u;
const MAX_UNIT_WORDS = 6;
const MAX_STATUS_WORDS = 4;
const PERCENT = /^\d{1,3}(?:[,.]\d+)?\s?%$/;

const joiners = new Set(UNIT_JOINERS.words);
/** A short name, or a unit's name by its head, or words that are all names ('Region Norrbotten och Polisen'): not a clause. */
function isUnitName(v: string): boolean {
  const words = v.split(/\s+/);
  if (!UNIT_VALUE.test(v) || words.length > MAX_UNIT_WORDS) return false;
  return words.length <= 3 || cellKind(v) === 'owner' || words.every((w) => /^[\p{Lu}(]/u.test(w) || joiners.has(w));
}

/** Whether a value has the shape its label's role asks for; comments and costs hold any text. */
function fits(role: FieldRole, value: string): boolean {
  const v = value.replace(/[\s.,;]+$/, '');
  if (!v) return false;
  // A dash says the field is empty ('Partner –'): the label is still a label.
  if (/^[–—-]$/.test(v)) return true;
  switch (role) {
    case 'owner':
    case 'partner':
      return isUnitName(v);
    case 'time':
      return timeLength(v) === v.length || DATE_VALUE.test(v);
    case 'status':
      // 'Pågår enligt plan', 'Pågående, försenad': a status phrase may go on for a few words.
      // The words are counted first: most values a label word is tried with are longer than a status phrase, and the status patterns cost more.
      return (v.split(/\s+/).length <= MAX_STATUS_WORDS && statusLength(v) > 0) || PERCENT.test(v);
    case 'track':
      // 'Grön', '✅ Enligt plan', 'Risk för avvikelse': a light's word, symbol or meaning.
      return v.split(/\s+/).length <= MAX_STATUS_WORDS && (TRACK_PATTERNS.some((t) => t.pattern.test(v)) || LIGHT_SYMBOLS.some((l) => v.startsWith(l)) || TRACK_MEANINGS.some((t) => t.pattern.test(v)));
    case 'progress':
      return PERCENT.test(v);
    default:
      return true;
  }
}

interface Hit {
  at: number;
  valueStart: number;
  label: string;
  role: FieldRole;
  rule: string;
}

/** Labels written with a capital, as a label heads its value, in order. */
function labelHits(text: string): Hit[] {
  const hits: Hit[] = [];
  BARE_LABEL.lastIndex = 0;
  for (let m = BARE_LABEL.exec(text); m; m = BARE_LABEL.exec(text)) {
    if (!/^\p{Lu}/u.test(m[1])) continue;
    const field = wholeLabels.find((w) => w.pattern.test(m![1]))?.field;
    if (!field) continue;
    const valueStart = m.index + m[0].length + (/^\s*/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
    hits.push({ at: m.index, valueStart, label: m[1], role: field.role, rule: field.id });
  }
  return hits;
}

/** At least this many fields make a line of bare fields: one capitalised label word followed by a value is too often a sentence. */
const MIN_BARE_FIELDS = 2;

/**
 * Fields whose labels carry no colon, as a planning system exports them:
 * 'Ansvarig Kulturskolan Startdatum 2025-01-01 Status Pågående Bedömning
 * Grön'. A label counts only where the value up to the next label has the
 * shape its role asks for (a unit's name, a time or date, a status phrase, a
 * traffic light); a comment holds any text but cannot open the fields. Text
 * before the first field is the body (a record's title). Null unless two
 * fields or more are read: prose that names 'ansvarig' or 'status' once is
 * no record.
 */
export function bareFields(text: string): { bodyEnd: number; fields: Field[] } | null {
  let hits = labelHits(text);
  // A label word inside another field's value ('Kommentar Status följs upp') fails its shape: drop it and read again.
  for (let changed = true; changed; ) {
    const kept = hits.filter((h, i) => fits(h.role, text.slice(h.valueStart, i + 1 < hits.length ? hits[i + 1].at : text.length)));
    changed = kept.length !== hits.length;
    hits = kept;
  }
  if (hits.length < MIN_BARE_FIELDS || !TYPED_ROLES.includes(hits[0].role)) return null;
  const fields = hits.map((h, i): Field => {
    const value = text.slice(h.valueStart, i + 1 < hits.length ? hits[i + 1].at : text.length).replace(/[\s,;·|]+$/, '');
    return { role: h.role, label: h.label, value, start: h.valueStart, end: h.valueStart + value.length, rule: h.rule };
  });
  return { bodyEnd: hits[0].at, fields };
}

/** Roles whose value alone makes a line of one field ('Startdatum 2025-01-01', 'Ansvarig Socialförvaltningen'): shapes prose rarely takes. */
const SINGLE_ROLES: FieldRole[] = ['owner', 'partner', 'time', 'status', 'track', 'progress'];

/**
 * A line that is only fields with bare labels: two or more side by side, or
 * one whose value has its role's shape, as an export sets a record's fields
 * a line each. `continuing`: the line follows a line of fields, so a field
 * of any text ('Kommentar Arbetet har startat') continues the record.
 * Null for anything else.
 */
export function bareFieldLine(text: string, continuing = false): Field[] | null {
  const read = bareFields(text);
  if (read) return read.bodyEnd === 0 ? read.fields : null;
  const id = idLine(text);
  if (id) return [id];
  const hit = labelHits(text)[0];
  if (!hit || hit.at !== 0 || !(continuing || SINGLE_ROLES.includes(hit.role))) return null;
  const value = text.slice(hit.valueStart).replace(/[\s,;·|]+$/, '');
  if (!fits(hit.role, value)) return null;
  return [{ role: hit.role, label: hit.label, value, start: hit.valueStart, end: hit.valueStart + value.length, rule: hit.rule }];
}

const numberLabel = FIELD_LABELS.filter((f) => f.role === 'number');
const ID_LINE = sv(`^(${numberLabel.map((f) => f.words).join('|')})\\s*:?\\s+(\\S.*)$`, 'iu');

/**
 * A record's own number on a line of its own ('Id A07', 'Nr: 3.2'), as a
 * planning system prints it among the record's fields: a field, so that it
 * neither ends the record nor passes for the record's title. The value must
 * be an id or a number, so a sentence opening with the word is none.
 */
function idLine(text: string): Field | null {
  const m = ID_LINE.exec(text);
  if (!m || !/^\p{Lu}/u.test(m[1])) return null;
  const value = m[2].replace(/[\s.,;]+$/, '');
  const kind = cellKind(value);
  if (kind !== 'id' && kind !== 'number') return null;
  const start = text.length - m[2].length;
  return { role: 'number', label: m[1], value, start, end: start + value.length, rule: numberLabel[0].id };
}

const TRAILING_ID = sv(`(?<=\\s)(?:${numberLabel.map((f) => f.words).join('|')})\\s*:?\\s+\\S+\\s*$`, 'iu');

/**
 * Where a record's number closes its title, as an export run onto one line
 * sets it between the title and the fields ('Starta en läxhjälp Id B04
 * Ansvarig …'): the number is a field, not the title's words. The text's
 * length when none closes it.
 */
export function idFieldStart(text: string): number {
  const m = TRAILING_ID.exec(text);
  return m && idLine(m[0].trim()) ? m.index : text.length;
}


/**
 * Fields with bare labels that close a text, as a record's title line takes
 * in the first of its fields ('Införa en rutin … Ansvarig
 * Socialförvaltningen'): where the text's own words end, and the fields.
 * For a text already known to be a record's title; null when none closes it.
 */
export function trailingBareFields(text: string): { bodyEnd: number; fields: Field[] } | null {
  for (const h of labelHits(text)) {
    if (h.at === 0) continue;
    const fields = bareFieldLine(text.slice(h.at));
    if (fields) return { bodyEnd: h.at, fields: fields.map((f) => ({ ...f, start: f.start + h.at, end: f.end + h.at })) };
  }
  return null;
}
