import { FIELD_LABELS, INLINE_FIELD_ROLES, labelWords, type FieldRole } from '../../lang/fields.js';
import { sv } from '../../lang/pattern.js';
import { cellKind, isUnitWord } from '../../clean/cell-kinds.js';
import { ROLE_HEADS } from '../../lang/units.js';
import { OWNER_BODIES } from '../../lang/owner-kinds.js';
import { CONTINUOUS_STATUS } from '../../lang/status.js';
import { PARTNER_JOIN } from '../../lang/structure.js';
import { CLAUSE_JOIN } from '../../lang/sections.js';
import { DONE_WORDS, RECURRING_WHEN, TIME_WITHOUT_YEAR } from '../../lang/timeline.js';
import { bareFieldLine, bareFields, type Field } from '../../clean/bare-fields.js';
import { memoize } from '../../core/memo.js';

export type { Field };

const inline = FIELD_LABELS.filter((f) => INLINE_FIELD_ROLES.includes(f.role));
/** A field label where a field may begin: at the start, after a space, '(' or ',' or ';', followed by ':'. */
const LABEL = sv(`(^|[\\s(,;.])(${inline.map((f) => `(?:${f.words})`).join('|')})\\s*:\\s*`, 'gi');
/** Each inline label with its whole-label pattern, compiled once: a label found in text is looked up here. */
const wholeLabels = inline.map((f) => ({ field: f, pattern: sv(`^(?:${f.words})$`, 'i') }));
const roleOf = (label: string) => wholeLabels.find((w) => w.pattern.test(label.trim()))?.field;

/**
 * Cuts an item's text into its own words and the fields after them:
 * 'Införa X Ansvar: SBF Tid: 2024 Status: Pågår' gives 'Införa X' and three
 * fields; 'Införa X (ansvarig: SBF, klart: 2024)' likewise. The body ends where
 * the first field begins.
 */
export const splitFields: (text: string) => { bodyEnd: number; fields: Field[] } = memoize((text) => frozen(readFields(text)), 4096);

/**
 * Fields read are kept per text and shared, so they are frozen: a line's
 * fields are asked for by one construction after another (a titled record, a
 * boxed one, a following field line, a list's shares) and by the resolver,
 * and reading them (every label pattern over the line, then each value's
 * shape) cost a tenth of extraction when each asked anew.
 */
function frozen<T extends { fields: Field[] } | Field[] | null>(read: T): T {
  if (read === null) return read;
  const fields = Array.isArray(read) ? read : read.fields;
  fields.forEach((f) => Object.freeze(f));
  Object.freeze(fields);
  return Object.freeze(read);
}

function readFields(text: string): { bodyEnd: number; fields: Field[] } {
  const hits: Array<{ at: number; valueStart: number; label: string; paren: boolean }> = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    const at = m.index + m[1].length;
    // A colon in a clock time or a ratio is no field; a label needs a value after it.
    if (m.index + m[0].length >= text.length) continue;
    hits.push({ at, valueStart: m.index + m[0].length, label: m[2], paren: m[1] === '(' });
  }
  // No label with a colon: an export's labels without one ('Ansvarig X Status Pågående'), else a unit in parentheses.
  if (hits.length === 0) return bareFields(text) ?? closingPair(text) ?? trailingOwner(text) ?? { bodyEnd: text.length, fields: [] };
  const fields: Field[] = [];
  hits.forEach((h, i) => {
    const label = roleOf(h.label);
    if (!label) return;
    let end = i + 1 < hits.length ? hits[i + 1].at : text.length;
    const close = text.indexOf(')', h.valueStart);
    const inParens = h.paren || (hits.slice(0, i).some((p) => p.paren) && !text.slice(hits[0].at, h.at).includes(')'));
    if (inParens && close >= 0 && close < end) end = close;
    let value = text.slice(h.valueStart, end);
    // A separator between fields ('Ansvarig: X · Klart: Y', '… | …', 'Ansvar: X – Tid: Y') is no part of the value; a dash
    // ends a value only before another field, as the last one may close on an open range ('från 2026 –').
    value = value.replace(i + 1 < hits.length ? /(?:\s[–—]|[\s,;.·|])+$/u : /[\s,;.·|]+$/, '');
    fields.push({ role: label.role, label: h.label, value, start: h.valueStart, end: h.valueStart + value.length, rule: label.id });
  });
  let bodyEnd = hits[0].at;
  const timed = fields.some((f) => f.role === 'time');
  if (!timed) fields.splice(0, fields.length, ...fields.flatMap(ownerWithTime));
  // '… (ansvarig: X, klart: Y)': the parenthesis belongs to the fields.
  if (hits[0].paren) bodyEnd = text.lastIndexOf('(', hits[0].at);
  return { bodyEnd, fields };
}

/** A time's label opening the part of an owner's value after its comma ('… , klart våren 2027'). */
const TIME_LABEL_LEAD = sv(`^(?:${FIELD_LABELS.filter((f) => f.role === 'time').map((f) => f.words).join('|')})\\s+`, 'iu');

/**
 * An owner's field whose value goes on with the time after a comma, a middle dot or a bar, the one label naming both
 * ('Ansvar och tid: Kansliet, augusti 2026', 'Ansvarig: Äldreomsorgen, klart våren 2027', 'Ansvar: Biblioteket · VT 2027',
 * 'Ansvar: Biblioteket – VT 2027', 'Ansvar: Biblioteket. Löpande'): the
 * owner, and the time as a field of its own; any other field as it is. The label says the part
 * before the comma is the owner, whatever its words; the part after it must read as a time, so a
 * list of owners stays one value.
 */
export function ownerWithTime(f: Field): Field[] {
  if (f.role !== 'owner') return [f];
  // A layout's meta line sets the time apart by a middle dot, a bar or a spaced dash ('Ansvar: Biblioteket · Hösten 2026',
  // 'Ansvar: Fritidsgården – 2027'), or as a sentence of its own ('Ansvar: Fritidsgården. Löpande'); that mark parts the two
  // before any comma, which may stand inside the time ('… · 2026, 2028').
  const mark = /\s[·•|–—]\s|(?<=\p{Ll})\.\s/u.exec(f.value);
  const cut = mark ? mark.index + (mark[0].startsWith('.') ? 0 : 1) : f.value.search(/,(?![^()]*\))[^,]*$/u);
  if (cut < 0) return [f];
  const restAt = mark ? mark.index + mark[0].length - 1 : cut + 1;
  const owner = f.value.slice(0, cut).trim();
  const rest = f.value.slice(restAt);
  const label = TIME_LABEL_LEAD.exec(rest.trimStart());
  const time = rest.trimStart().slice(label?.[0].length ?? 0).trim();
  if (!owner || !time || !isWhen(time) || isWhen(owner)) return [f];
  const timeAt = f.start + restAt + (rest.length - rest.trimStart().length) + (label?.[0].length ?? 0);
  return [
    { ...f, value: owner, end: f.start + owner.length },
    { role: 'time', label: label?.[0].trim() ?? '', value: time, start: timeAt, end: timeAt + time.length, rule: 'field/time-after-owner' },
  ];
}

/**
 * A paragraph that is only a field ('Ansvarig: Samhällsbyggnadsförvaltningen'), or several: its fields, else null.
 * `continuing`: the paragraph follows a line of fields, where an export's comment without a colon continues the record.
 */
export function fieldLine(text: string, continuing = false): Field[] | null {
  return continuing ? fieldLineContinuing(text) : fieldLineAlone(text);
}

const fieldLineAlone = memoize((text: string) => frozen(readFieldLine(text, false)), 4096);
const fieldLineContinuing = memoize((text: string) => frozen(readFieldLine(text, true)), 4096);

function readFieldLine(text: string, continuing: boolean): Field[] | null {
  const { bodyEnd, fields } = splitFields(text);
  if (fields.length > 0 && text.slice(0, bodyEnd).trim() === '') return fields;
  if (fields.some((f) => f.label)) return null;
  // An export's line of one field whose label carries no colon ('Startdatum 2025-01-01'); offsets into the line as given.
  const lead = text.length - text.trimStart().length;
  return bareFieldLine(text.trim(), continuing)?.map((f) => ({ ...f, start: f.start + lead, end: f.end + lead })) ?? null;
}

/**
 * A line that is a field's label with nothing after it ('Status:'), as a
 * planning system prints a field left empty: the field, with no value.
 */
export function emptyFieldLine(text: string): Field[] | null {
  const m = /^\s*([^:]{2,40}?)\s*:\s*$/u.exec(text);
  const label = m ? roleOf(m[1]) : undefined;
  return label ? [{ role: label.role, label: m![1], value: '', start: text.indexOf(':') + 1, end: text.indexOf(':') + 1, rule: label.id }] : null;
}

/**
 * A paragraph of prose that closes with its activity's fields run into it ('Bokbussen når i dag inte
 * byarna i norr. Ansvar: Kulturenheten. Tid: 2026.'), as a Word author types them after the description: the
 * fields (offsets into `text`), when the prose before them ends a sentence and two or more labelled
 * fields follow, one of them of `roles`; else null.
 */
export function closingFields(text: string, roles: FieldRole[]): Field[] | null {
  const { bodyEnd, fields } = splitFields(text);
  const body = text.slice(0, bodyEnd).trim();
  if (!/[.!?]$/.test(body) || fields.length < 2 || fields.some((f) => !f.label)) return null;
  return fields.some((f) => roles.includes(f.role)) ? fields : null;
}

export function isFieldLine(text: string): boolean {
  return fieldLine(text) !== null;
}

/** '… (Unit)' or '… (Unit, 2026)' closing a text: the parenthesis and what it holds, a unit's own abbreviation in parentheses within it ('SF (KFF), HT 2026'). */
const TRAILING_PARENTHESIS = /\s*\(((?:[^()]|\([^()]*\)){3,100})\)\s*[.!]?\s*$/u;
/**
 * The same in an item of a run that goes on one sentence ('a) … (TF, 2026),', 'b) … (TF, 2027), samt', '… (TF, 2027) och'):
 * the comma or semicolon and the join word after the parenthesis belong to the run, not to the item.
 */
const TRAILING_PARENTHESIS_IN_RUN = sv(`\\s*\\(((?:[^()]|\\([^()]*\\)){3,100})\\)\\s*(?:[.!]|[,;]|[,;]?\\s*(?:${CLAUSE_JOIN.words.join('|')}))?\\s*$`, 'iu');
/** '… – Unit, hösten 2025' closing an item: a dash with space on both sides, then who and when. */
const TRAILING_DASH = /\s+[–—]\s+((?:[^–—()]|(?<=\d)[–—](?=\d)){3,100}?)\s*[.!]?\s*$/u;
/** The commas between a parenthesis's parts, not those inside a part's own parentheses. */
const PART_COMMA = /,\s*(?![^()]*\))/u;

/**
 * A unit named at the end of an item or sentence, in parentheses or after a
 * dash, alone, with others or with its time ('Öppna en lånecentral (Kultur- och
 * fritidsförvaltningen, 2026)', '… (kommunikationsenheten, näringslivsenheten)',
 * '… – Socialförvaltningen, hösten 2025'): the owner, and the time. The unit
 * must have a unit's shape (a head such as -förvaltningen, -enheten, a company
 * form; prose may write it in lower case) or be a role ('kommunchefen'); a
 * partner may follow the lead unit ('KFF i samverkan med föreningarna'). A
 * source or a year alone names no one, and an abbreviation alone may expand a
 * term ('(SSPF)'): it counts only with a time after it ('(KFF, 2026)'), in an
 * item, not in prose, where '(SCB, 2023)' cites a source. A dash closes a
 * clause in prose too, so prose is read by its parentheses only.
 */
const ROLE = new RegExp(`^\\p{L}+(?:${ROLE_HEADS.words.join('|')})$`, 'u');
/** A body by name: 'Region Jämtland Härjedalen', 'Länsstyrelsen i Västra Götalands län', 'Västerviks Bostäder AB' (the owner-kind table's bodies), capitalised and short; not an abbreviation or a decision's reference ('KF 2023-06-15, § 88'). */
const isNamedBody = (part: string) => /^\p{Lu}\p{Ll}/u.test(part) && !/\d/.test(part) && part.split(/\s+/).length <= 6 && OWNER_BODIES.some((b) => b.pattern.test(part.toLowerCase()));
const isUnit = (part: string) => ROLE.test(part) || isNamedBody(part) || cellKind(part.charAt(0).toUpperCase() + part.slice(1)) === 'owner';
/** A unit, or a lead unit with its partner after it: the lead decides. */
export const isOwnerPart = (part: string) => isUnit(part) || isUnit(part.split(PARTNER_JOIN)[0].trim());
/** A time, or a word that says the work recurs ('löpande', 'årligen'): the when of an assignment. */
/** A time, a continuous or recurring one, or several times listed with commas ('2026, 2028'). */
const isWhen = (part: string) => cellKind(part) === 'time' || CONTINUOUS_STATUS.test(part) || RECURRING_WHEN.pattern.test(part) || (part.includes(',') && part.split(/\s*,\s*/u).every((p) => cellKind(p) === 'time'));

/** The name of a unit as people say it: capitalised, a few words joined by 'och' or a dash, no figures ('Kultur och fritid', 'Vård och omsorg'). */
const MAX_NAME_WORDS = 4;
const isPlainName = (part: string) => {
  const words = part.split(/\s+/);
  return words.length <= MAX_NAME_WORDS && /^\p{Lu}\p{Ll}+-?$/u.test(words[0]) && words.slice(1).every((w) => /^\p{Ll}+-?$/u.test(w) || isUnitWord(w));
};

/** An item closed by a time after a dash and an owner in parentheses, in either order: '… – vecka 26–32 (Fritidsgårdarna).', '… (Gatuenheten) – klart hösten 2027'. */
const DASH_THEN_PARENTHESIS = /\s+[–—]\s+((?:[^–—()]|(?<=[\p{L}\d])[–—](?=\d)){2,40}?)\s*\(([^()]{2,60})\)\s*[.!]?\s*$/u;
const PARENTHESIS_THEN_DASH = /\s*\(([^()]{2,60})\)\s+[–—]\s+((?:[^–—()]|(?<=[\p{L}\d])[–—](?=\d)){2,40}?)\s*[.!]?\s*$/u;
const DONE_WORD = sv(`^(?:${DONE_WORDS.words.join('|')})\\s+`, 'iu');
/** A name set as one, capitalised words with no figures ('Västerviks Segelsällskap', 'Fritidsgårdarna'): in the owner's slot of a closing pair, a name is the owner. */
const isCapitalisedName = (part: string) => part.split(/\s+/).length <= MAX_NAME_WORDS && /^\p{Lu}[\p{L}-]+(?:\s+(?:och\s+)?[\p{L}-]+)*$/u.test(part);

/**
 * The pair of fields that closes an item when its writer gives both the time, after a dash, and the
 * owner, in parentheses, in either order ('Sommarkollo i Ankarsrum – vecka 27 (Fritidsgårdarna).',
 * 'Röja sly vid badet (Parkenheten) – klart hösten 2027'): the time may be one within a year written
 * without the year, and the owner a name with no unit's word, for their places say what they are; or null.
 */
function closingPair(text: string): { bodyEnd: number; fields: Field[] } | null {
  const after = DASH_THEN_PARENTHESIS.exec(text);
  const before = after ? null : PARENTHESIS_THEN_DASH.exec(text);
  const m = after ?? before;
  if (!m) return null;
  const [when, who] = after ? [m[1], m[2]] : [m[2], m[1]];
  const time = when.trim().replace(DONE_WORD, '');
  const owners = who.split(PART_COMMA).map((p) => p.trim());
  if (!(isWhen(time) || TIME_WITHOUT_YEAR.pattern.test(time)) || !owners.every((o) => isOwnerPart(o) || isCapitalisedName(o))) return null;
  const whoAt = m.index + m[0].indexOf(`(${who})`) + 1;
  const whenAt = m.index + m[0].indexOf(when) + when.indexOf(time);
  return {
    bodyEnd: m.index,
    fields: [
      { role: 'owner', label: '', value: who.trim(), start: whoAt, end: whoAt + who.trim().length, rule: 'field/owner-in-parentheses' },
      { role: 'time', label: '', value: time, start: whenAt, end: whenAt + time.length, rule: 'field/time-after-dash' },
    ],
  };
}

/**
 * A time alone in the parenthesis that closes a clause ('… kvällstid (klart mars 2027)', '… (löpande)'), where
 * the sentence names the owner elsewhere (its subject); the word that says the work is done goes with the
 * label, not the time. Null where the parenthesis holds anything but a time.
 */
export function trailingWhen(text: string): { bodyEnd: number; fields: Field[] } | null {
  const m = TRAILING_PARENTHESIS.exec(text);
  if (!m) return null;
  const inner = m[1].trim();
  const time = inner.replace(DONE_WORD, '');
  if (!isWhen(time)) return null;
  const at = m.index + m[0].indexOf(m[1]) + m[1].indexOf(inner) + inner.length - time.length;
  return { bodyEnd: m.index, fields: [{ role: 'time', label: '', value: time, start: at, end: at + time.length, rule: 'field/time-in-parentheses' }] };
}

/** The most words a name set in the owner's slot of a pair runs to ('boendestödet och budget- och skuldrådgivningen'). */
const MAX_PLACED_OWNER_WORDS = 6;

/**
 * A parenthesis that closes a clause of a proposal's run with two parts, a name and a time in either order ('… (boendestödet,
 * Q3 2026)', '… (enhetschef socialpsykiatri, VT 2027)'): the run has set the owner's slot before the time, so the
 * name is the owner by its place though no unit's word says so, in lower case as minutes write it. A part with a
 * figure in it (a reference, a source's year) is no name. Null where the parenthesis is not such a pair.
 */
export function trailingNameAndWhen(text: string): { bodyEnd: number; fields: Field[] } | null {
  const m = TRAILING_PARENTHESIS.exec(text);
  if (!m) return null;
  const parts = m[1].split(PART_COMMA).map((p) => p.trim());
  if (parts.length !== 2) return null;
  // The time may come first ('(VT 2027, kulturskolan)'): the other slot is the name's.
  const [name, when] = isWhen(parts[0].replace(DONE_WORD, '')) ? [parts[1], parts[0]] : [parts[0], parts[1]];
  if (/\d/u.test(name) || name.split(/\s+/u).length > MAX_PLACED_OWNER_WORDS || !/^\p{L}/u.test(name) || isWhen(name)) return null;
  const time = when.replace(DONE_WORD, '');
  if (!isWhen(time)) return null;
  const at = m.index + m[0].indexOf(m[1]);
  const nameAt = at + m[1].indexOf(name);
  const timeAt = at + m[1].indexOf(when) + when.length - time.length;
  return {
    bodyEnd: m.index,
    fields: [
      { role: 'owner', label: '', value: name, start: nameAt, end: nameAt + name.length, rule: 'field/owner-in-parentheses' },
      { role: 'time', label: '', value: time, start: timeAt, end: timeAt + time.length, rule: 'field/time-in-parentheses' },
    ],
  };
}

/** The fields of a parenthesis that gives its time first and its unit after it, offsets in the text the parenthesis closes. */
function timeThenOwner(m: RegExpExecArray, inner: string, parts: string[]): { bodyEnd: number; fields: Field[] } {
  const at = m.index + m[0].indexOf(inner);
  const ownerAt = at + inner.lastIndexOf(parts[1]);
  const timeAt = at + inner.indexOf(parts[0]);
  return {
    bodyEnd: m.index,
    fields: [
      { role: 'owner', label: '', value: parts[1], start: ownerAt, end: ownerAt + parts[1].length, rule: 'field/owner-in-parentheses' },
      { role: 'time', label: '', value: parts[0], start: timeAt, end: timeAt + parts[0].length, rule: 'field/time-in-parentheses' },
    ],
  };
}

export function trailingOwner(text: string, prose = false): { bodyEnd: number; fields: Field[] } | null {
  const m = prose ? TRAILING_PARENTHESIS.exec(text) : (TRAILING_PARENTHESIS_IN_RUN.exec(text) ?? TRAILING_DASH.exec(text));
  if (!m) return null;
  const inner = m[1];
  // An item's or a run's clause may label its parts ('(ansvar: X; klart: 2027)'): the labels say the roles. A prose sentence's
  // parenthesis is not read so, as no one there has judged the sentence an action: fees set per area with a unit labelled
  // after each ('… ska avgiften vara 10 kronor (ansvar: Gatuenheten, 2027)') are no plan.
  const labelled = prose ? null : labelledParts(inner, m.index + m[0].indexOf(inner));
  if (labelled) return { bodyEnd: m.index, fields: labelled };
  const parts = inner.split(PART_COMMA).map((p) => p.trim());
  // A time and then one unit ('(VT 2028, trafiknämnden)'): the same pair written the other way round.
  if (parts.length === 2 && isWhen(parts[0]) && isOwnerPart(parts[1])) return timeThenOwner(m, inner, parts);
  // Owners first, then at most a time: '(Unit)', '(Unit, Unit)', '(Unit, 2026)'.
  const owners = parts.findIndex((p) => !isOwnerPart(p));
  // An item's '(Name, time)': the slot before the time is the owner's, though the unit is named without a unit's word ('Kultur och fritid', 'Bildning').
  const named = !prose && owners === 0 && parts.length === 2 && isWhen(parts[1]) && isPlainName(parts[0]);
  const ownerCount = named ? 1 : owners === -1 ? parts.length : owners;
  if (ownerCount === 0 || (/^\p{Lu}{2,6}$/u.test(parts[0]) && (prose || ownerCount === parts.length))) return null;
  if (parts.slice(ownerCount).some((p) => !isWhen(p))) return null;
  const at = m.index + m[0].indexOf(inner);
  const ownerText = parts.slice(0, ownerCount).join(', ');
  const fields: Field[] = [{ role: 'owner', label: '', value: ownerText, start: at, end: at + inner.indexOf(parts[ownerCount - 1]) + parts[ownerCount - 1].length, rule: 'field/owner-in-parentheses' }];
  if (ownerCount < parts.length) {
    const timeAt = at + inner.indexOf(parts[ownerCount]);
    const time = inner.slice(inner.indexOf(parts[ownerCount])).trim();
    fields.push({ role: 'time', label: '', value: time, start: timeAt, end: timeAt + time.length, rule: 'field/time-in-parentheses' });
  }
  return { bodyEnd: m.index, fields };
}

/** The parts of a parenthesis or a field line: parted by a comma, a semicolon, a middle dot or a bar, not inside a part's own parentheses. */
const FIELD_PART = /\s*(?:[,;]|\s[·•|])\s*(?![^()]*\))/gu;
/** The roles a part of a closing parenthesis may name by its label. */
const PART_ROLES: FieldRole[] = ['owner', 'time', 'partner', 'status'];
/** A label opening a part, then a colon, a dash or only a space before the value (group 1 the label, group 2 the separator). */
const PART_LABEL = sv(`^(${labelWords(PART_ROLES)})(\\s*:\\s*|\\s+[–—-]\\s+|\\s+)(?=\\S)`, 'iu');

/**
 * The fields of a parenthesis whose parts carry their labels ('(ansvar: Fritidsenheten, HT 2027)', '(ansvarig:
 * Kulturskolan; klart: 2027)', '(tid 2028, ansvar Gatuenheten)', '(utförare – Parkenheten · 2027)'): each labelled
 * part gives its role whatever its words, in any order, with any separator; an unlabelled part is a time where
 * it reads as one, a further owner right after the owner where it names a unit, and is left out otherwise, so a
 * remark in the parenthesis ('se bilaga 2') costs the rest nothing. A label with no colon or dash after it
 * ('ansvar Gatuenheten') names the part only where the value has its role's shape, as a word like 'tid' or
 * 'start' may open a part of another kind. Null where no part opens on an owner's or a time's label, or none is
 * read; offsets from `at`, the parenthesis's inner text's offset.
 */
function labelledParts(inner: string, at: number): Field[] | null {
  const fields: Field[] = [];
  let labelled = false;
  for (const { start, part } of fieldParts(inner)) {
    const field = labelledPart(part, at + start);
    if (field) {
      labelled ||= field.role === 'owner' || field.role === 'time';
      fields.push(field);
      continue;
    }
    const last = fields.at(-1);
    const time = part.replace(DONE_WORD, '');
    if (isWhen(time) && !fields.some((f) => f.role === 'time')) {
      const t = at + start + part.length - time.length;
      fields.push({ role: 'time', label: '', value: time, start: t, end: t + time.length, rule: 'field/time-in-parentheses' });
    } else if (last?.role === 'owner' && (isOwnerPart(part) || /^\p{Lu}{2,6}$/u.test(part) || isPlainName(part))) {
      fields[fields.length - 1] = { ...last, value: inner.slice(last.start - at, start + part.length), end: at + start + part.length };
    }
  }
  return labelled && fields.some((f) => f.role === 'owner' || f.role === 'time') ? fields : null;
}

/** The parts of a parenthesis's text, each trimmed, with its offset. */
function fieldParts(inner: string): Array<{ start: number; part: string }> {
  const out: Array<{ start: number; part: string }> = [];
  let from = 0;
  for (const sep of [...inner.matchAll(FIELD_PART), { index: inner.length, 0: '' }]) {
    const raw = inner.slice(from, sep.index);
    if (raw.trim()) out.push({ start: from + raw.length - raw.trimStart().length, part: raw.trim() });
    from = sep.index! + sep[0].length;
  }
  return out;
}

/** A part that opens on a field's label: its field, or null where the label, without a colon or dash, is followed by no value of its role's shape. */
function labelledPart(part: string, at: number): Field | null {
  const m = PART_LABEL.exec(part);
  if (!m) return null;
  const role = roleOf(m[1]);
  if (!role) return null;
  const value = part.slice(m[0].length).trim();
  const marked = m[2].trim() !== '';
  if (!marked && !(role.role === 'owner' ? /^\p{Lu}/u.test(value) || isOwnerPart(value) : role.role === 'time' ? isWhen(value) || TIME_WITHOUT_YEAR.pattern.test(value) : true)) return null;
  if (role.role === 'owner' && (isWhen(value) || !/^\p{L}/u.test(value))) return null;
  return { role: role.role, label: m[1], value, start: at + m[0].length, end: at + m[0].length + value.length, rule: role.id };
}
