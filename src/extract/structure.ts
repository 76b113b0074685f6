import type { ActivityRow, Block, Doc, FocusAreaRow, Message } from '../core/types.js';
import { CONJUNCTIONS, PREDICATE_VERBS, SHORT_INFINITIVES } from '../lang/language.js';
import {
  ACTOR_SHALL,
  COLUMN_ROLES,
  EXAMPLES_INTRO,
  FOCUS_AREA_LABELS,
  FOCUS_AREA_LIST_INTRO,
  OWNER_FOR_ALL,
  OWNER_LIST_INTRO,
  WHERE_CLAUSE,
  YEAR_MARK,
  type ColumnRole,
} from '../lang/structure.js';
import { classifyStatus, trackOfFill, trackOfWord, type TrackMatch } from './rules/status.js';
import { yearsIn } from './rules/years.js';
import { splitOwnerNames, type OwnerDefinition } from './rules/owners.js';

/** The kind of list the preceding intro opened, which decides what its items are. */
type ListContext =
  | { kind: 'plain' }
  | { kind: 'examples' }
  | { kind: 'shall'; owner: string }
  | { kind: 'focus-areas'; next: number }
  | { kind: 'owners' }
  | { kind: 'other' };

export interface Structure {
  focusAreas: FocusAreaRow[];
  activities: ActivityRow[];
  /** Units the document names as responsible (lists, 'X ansvarar för …'). */
  ownerNames: OwnerDefinition[];
  messages: Message[];
}

/** How many blocks ahead an 'N.1' item may stand to make 'N.' a section of an outline. */
const OUTLINE_LOOKAHEAD = 8;

const predicateVerbs = new Set(PREDICATE_VERBS);
const conjunctions = new Set(CONJUNCTIONS);
const shortInfinitives = new Set(SHORT_INFINITIVES);

function startsLowercase(text: string): boolean {
  return /^[a-zåäö]/.test(text);
}

/** 'Skapa', 'Stödja', 'Ta': an action item opens with an infinitive. */
export function startsWithInfinitive(text: string): boolean {
  const word = (text.trim().split(/[\s,.:;]+/)[0] ?? '').toLowerCase();
  return shortInfinitives.has(word) || (word.length >= 3 && /a$/.test(word) && /^[a-zåäö]+$/.test(word));
}

function isNumberedMarker(marker: string | undefined): boolean {
  return !!marker && /^\d/.test(marker);
}

function firstSentence(text: string): string {
  const m = /^(.+?[^.\s]{2})\.(?:\s|$)/.exec(text);
  return (m ? m[1] : text).trim();
}

function cleanTitle(text: string): string {
  return text.replace(WHERE_CLAUSE, '').replace(/[\s,;:–-]+$/, '').trim();
}

/** '1. Service, bemötande' → 'Service, bemötande'. */
function stripOutlineNumber(text: string): string {
  return text.replace(/^\s*\d+(?:\.\d+)*[.:)]?\s+/, '');
}

function cleanActivity(text: string): string {
  return text.replace(/[\s,;:]+$/, '').trim();
}

function isSectionHeading(text: string): boolean {
  return text.split(/\s+/).length <= 8 && !/[.:;,]$/.test(text) && text.length < 80;
}

/** The focus-area label at the start of a text, and the title after it. */
export function matchFocusAreaLabel(text: string): { title: string; rule: string; offset: number } | null {
  for (const label of FOCUS_AREA_LABELS) {
    const m = label.pattern.exec(text);
    if (m) return { title: cleanTitle(text.slice(m[0].length)), rule: label.id, offset: m[0].length };
  }
  return null;
}

/**
 * In a run-on transcript an item swallows the clause after it: 'Press/PR om
 * Södertälje som plats genomför platsstärkande evenemang …'. The clause starts
 * at a present-tense verb that no conjunction joins to the item.
 */
export function splitTrailingClause(text: string): { item: string; clauseOffset: number } | null {
  if (!/[.]\s*$/.test(text)) return null;
  const re = /\S+/g;
  let previous: string | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    if (previous !== null && predicateVerbs.has(word.toLowerCase()) && startsLowercase(word) && !conjunctions.has(previous.toLowerCase()) && !/,$/.test(previous)) {
      return { item: text.slice(0, m.index), clauseOffset: m.index };
    }
    previous = word;
  }
  return null;
}

interface TableColumns {
  roles: Map<number, ColumnRole>;
  years: Map<number, number>;
}

function columnsOf(doc: Doc, b: Block): TableColumns {
  const roles = new Map<number, ColumnRole>();
  const years = new Map<number, number>();
  b.cells!.forEach((cell, i) => {
    const text = doc.text.slice(cell.start, cell.end).replace(/\s+/g, ' ');
    const role = COLUMN_ROLES.find((r) => r.pattern.test(text));
    if (!role) return;
    roles.set(i, role.role);
    if (role.role === 'year') years.set(i, yearsIn(text)[0]);
  });
  return { roles, years };
}

/**
 * Walks the blocks once and reads the plan's structure: focus areas from
 * labelled headings, table bands, goal headings and numbered areas with
 * examples; intervention areas from 'där kommunen:' clauses; activities from
 * lists under a focus area, from 'X ska:' lists and from table rows.
 */
export function extractStructure(doc: Doc): Structure {
  const focusAreas: FocusAreaRow[] = [];
  const activities: ActivityRow[] = [];
  const ownerNames: OwnerDefinition[] = [];
  const messages: Message[] = [];
  const listFocusAreas: FocusAreaRow[] = [];
  const blocks = doc.blocks.filter((b) => b.kind !== 'furniture');

  let fa: FocusAreaRow | null = null;
  let sub: FocusAreaRow | null = null;
  let faSource: 'label' | 'goal' | 'numbered' | 'band' | null = null;
  let where = false;
  let list: ListContext = { kind: 'plain' };
  let lastOutlineMarker: string | null = null;
  const columns = new Map<number, TableColumns>();
  const headers = new Map<number, string[]>();
  const headerText = (table: number, column: number) => headers.get(table)?.[column] ?? '';

  const addFocusArea = (title: string, rule: string, b: Block, start: number, end: number, parent: FocusAreaRow | null, into = focusAreas): FocusAreaRow => {
    const siblings = into.filter((f) => f.parentKey === (parent?.key ?? null)).length;
    const row: FocusAreaRow = { key: into.length, parentKey: parent?.key ?? null, ordinal: siblings + 1, title, rule, page: b.page, start, end };
    into.push(row);
    return row;
  };
  const addActivity = (text: string, rule: string, b: Block, start: number, end: number, extra: Partial<ActivityRow> = {}): void => {
    const owner = extra.ownerRaw ?? null;
    const focusAreaKey = (sub ?? fa)?.key ?? null;
    const ordinal = activities.filter((a) => a.focusAreaKey === focusAreaKey).length + 1;
    activities.push({
      focusAreaKey,
      ordinal,
      text,
      ownerRaw: owner,
      ownerKey: null,
      years: [],
      status: null,
      statusRaw: null,
      statusRule: null,
      track: null,
      rule,
      page: b.page,
      start,
      end,
      ...extra,
    });
  };
  const closeFocusArea = () => {
    fa = null;
    sub = null;
    faSource = null;
    where = false;
  };

  blocks.forEach((b, index) => {
    const text = doc.text.slice(b.start, b.end);
    const next = blocks[index + 1];
    const nextText = next ? doc.text.slice(next.start, next.end) : '';

    if (b.kind === 'row') {
      readRow(b);
      return;
    }

    const label = b.kind !== 'paragraph' || text.length < 300 ? matchFocusAreaLabel(text) : null;
    if (label && label.title) {
      fa = addFocusArea(label.title, label.rule, b, b.start + label.offset, b.start + label.offset + label.title.length, null);
      sub = null;
      faSource = 'label';
      where = WHERE_CLAUSE.test(text);
      list = { kind: 'plain' };
      return;
    }

    if (b.kind === 'heading') {
      if (/^(?:Inriktning|Inriktningsmål)\s*:/.test(nextText) && text.split(/\s+/).length <= 4) {
        fa = addFocusArea(text, 'focus-area/goal-heading', b, b.start, b.end, null);
        sub = null;
        faSource = 'goal';
        list = { kind: 'plain' };
        return;
      }
      closeFocusArea();
      list = { kind: 'plain' };
      return;
    }

    if (b.kind === 'item' && isNumberedMarker(b.marker)) {
      const n = Number.parseInt(b.marker!, 10);
      if (list.kind === 'focus-areas') {
        if (n === list.next) {
          list.next++;
          addFocusArea(cleanTitle(text), 'focus-area/intro-list', b, b.start, b.end, null, listFocusAreas);
          return;
        }
        list = { kind: 'plain' };
      }
      if (/^\d+[.)]?$/.test(b.marker!) && opensOutline(index, n)) {
        const title = cleanTitle(firstSentence(text));
        fa = addFocusArea(title, 'focus-area/outline-number', b, b.start, b.start + title.length, null);
        sub = null;
        lastOutlineMarker = null;
        faSource = 'numbered';
        list = { kind: 'plain' };
        return;
      }
      const introducesExamples = EXAMPLES_INTRO.test(text) || EXAMPLES_INTRO.test(nextText) || (next?.kind === 'item' && !isNumberedMarker(next.marker));
      if ((faSource === null || faSource === 'numbered') && /^\d+[.)]$/.test(b.marker!) && introducesExamples) {
        const title = firstSentence(text);
        fa = addFocusArea(title, 'focus-area/numbered-with-examples', b, b.start, b.start + title.length, null);
        sub = null;
        faSource = 'numbered';
        list = EXAMPLES_INTRO.test(text) ? { kind: 'examples' } : { kind: 'plain' };
        return;
      }
      if (fa && /^\d+\.\d+/.test(b.marker!)) {
        // The description under '1.5 Title' may repeat its number: it is the same activity.
        if (b.marker === lastOutlineMarker) return;
        lastOutlineMarker = b.marker!;
        addActivity(cleanActivity(text), 'activity/numbered-item', b, b.start, b.start + cleanActivity(text).length);
        return;
      }
      if (fa && faSource !== 'goal' && isSectionHeading(text)) closeFocusArea();
      return;
    }

    if (where && fa && startsLowercase(text)) {
      const title = cleanActivity(text);
      sub = addFocusArea(title, 'intervention-area/where-clause', b, b.start, b.start + title.length, fa);
      list = { kind: 'plain' };
      return;
    }

    if (b.kind === 'paragraph') {
      readParagraph(b, text);
      return;
    }

    // A bulleted item. Set-in text without a glyph under an outline activity ('2.1 …') describes it.
    if (b.marker === '' && lastOutlineMarker !== null && activities[activities.length - 1]?.focusAreaKey === (fa as FocusAreaRow | null)?.key) return;
    if (list.kind === 'shall') {
      if (startsWithInfinitive(text)) {
        const t = cleanActivity(text);
        addActivity(t, 'activity/shall-list', b, b.start, b.start + t.length, { ownerRaw: list.owner });
      } else {
        list = { kind: 'other' };
      }
      return;
    }
    if (list.kind === 'owners') {
      ownerNames.push({ abbr: null, name: cleanActivity(text), rule: 'owner/unit-list', start: b.start, end: b.end });
      return;
    }
    if (list.kind === 'focus-areas') {
      addFocusArea(cleanTitle(text), 'focus-area/intro-list', b, b.start, b.end, null, listFocusAreas);
      return;
    }
    if (list.kind === 'other' || !fa) return;
    if (where) {
      const split = splitTrailingClause(text);
      if (split) {
        const item = cleanActivity(split.item);
        addActivity(item, 'activity/list-item', b, b.start, b.start + item.length);
        const clause = cleanActivity(text.slice(split.clauseOffset));
        sub = addFocusArea(clause, 'intervention-area/trailing-clause', b, b.start + split.clauseOffset, b.start + split.clauseOffset + clause.length, fa);
        return;
      }
    }
    const t = cleanActivity(text);
    addActivity(t, list.kind === 'examples' ? 'activity/example-list' : 'activity/list-item', b, b.start, b.start + t.length);
  });

  /**
   * 'N. Title' opens an outline section when an 'N.1' item follows before
   * the next 'N+1.' and at least half of its N.M items open with an action
   * verb: the section is a focus area and its N.M items activities.
   */
  function opensOutline(index: number, n: number): boolean {
    const first = blocks.slice(index + 1, index + 1 + OUTLINE_LOOKAHEAD).findIndex((b) => b.kind === 'item' && (b.marker === `${n}.1` || /^\d+[.)]?$/.test(b.marker ?? '')));
    if (first < 0 || blocks[index + 1 + first].marker !== `${n}.1`) return false;
    // Chapters of a report are numbered the same way; a plan's sections list actions ('Ta fram', 'Informera').
    const items: string[] = [];
    for (const b of blocks.slice(index + 1)) {
      if (b.kind !== 'item' || !b.marker) continue;
      if (/^\d+[.)]?$/.test(b.marker)) break;
      if (b.marker.startsWith(`${n}.`)) items.push(doc.text.slice(b.start, b.end));
    }
    return items.filter((t) => startsWithInfinitive(t)).length * 2 >= items.length;
  }

  function readParagraph(b: Block, text: string): void {
    const forAll = OWNER_FOR_ALL.exec(text);
    if (forAll) {
      let offset = 0;
      for (const name of splitOwnerNames(forAll[1])) {
        const at = text.indexOf(name, offset);
        offset = at + name.length;
        ownerNames.push({ abbr: null, name, rule: 'owner/responsible-for-all', start: b.start + at, end: b.start + at + name.length });
      }
    }
    if (!/:\s*$/.test(text)) {
      // Prose between the items of an 'X ska:' list explains the item before it; the list goes on.
      if (list.kind !== 'shall') list = { kind: 'plain' };
      return;
    }
    const shall = ACTOR_SHALL.exec(text);
    if (shall) list = { kind: 'shall', owner: shall[1] };
    else if (FOCUS_AREA_LIST_INTRO.test(text)) list = { kind: 'focus-areas', next: 1 };
    else if (OWNER_LIST_INTRO.test(text)) list = { kind: 'owners' };
    else if (EXAMPLES_INTRO.test(text)) list = { kind: 'examples' };
    else list = { kind: 'other' };
  }

  function readRow(b: Block): void {
    const cells = b.cells!.map((c) => doc.text.slice(c.start, c.end));
    const band = cells.findIndex((c) => /^(?:aktiviteter\s+)?(?:strategiskt\s+)?fokusområde\s+\S/i.test(c.trim()));
    if (b.header) {
      columns.set(b.table!, columnsOf(doc, b));
      headers.set(b.table!, cells.map((c) => c.replace(/\s+/g, ' ').trim()));
    }
    if (band >= 0) {
      const cell = b.cells![band];
      const raw = cells[band];
      const m = /^(?:aktiviteter\s+)?(?:strategiskt\s+)?fokusområde\s+(?:\d+\s*[:.]\s*)?/i.exec(raw.trim())!;
      const lead = raw.length - raw.trimStart().length;
      const title = cleanTitle(raw.trim().slice(m[0].length));
      fa = addFocusArea(title, 'focus-area/table-band', b, cell.start + lead + m[0].length, cell.start + lead + m[0].length + title.length, null);
      sub = null;
      faSource = 'band';
      return;
    }
    if (b.header) return;
    const cols = columns.get(b.table!);
    if (!cols) return;
    const col = (role: ColumnRole) => [...cols.roles].filter(([, r]) => r === role).map(([i]) => i);
    const [activityCol] = col('activity');
    if (activityCol === undefined) {
      readOwnerRow(cells, col('owner'), col('time'));
      return;
    }
    const [focusCol] = col('focus-area');
    const focusText = focusCol === undefined ? '' : cleanTitle(stripOutlineNumber(cells[focusCol] ?? ''));
    if (focusText && focusText !== fa?.title) {
      const cell = b.cells![focusCol!];
      const at = cell.start + Math.max(0, (cells[focusCol!] ?? '').indexOf(focusText));
      fa = addFocusArea(focusText, 'focus-area/table-column', b, at, at + focusText.length, null);
      sub = null;
      faSource = 'band';
    }
    const activityCell = b.cells![activityCol];
    const activityText = cleanActivity(cells[activityCol] ?? '');
    if (!activityText || !activityCell) return;
    // A field label on a row of its own ('Kommentar:') introduces the row below; it is no activity.
    if (!/\p{L}/u.test(activityText) || /^\p{L}+:$/u.test(cells[activityCol].trim())) return;
    const [ownerCol] = col('owner');
    const [statusCol] = col('status');
    const [trackCol] = col('track');
    const [timeCol] = col('time');
    const years = col('year')
      .filter((i) => YEAR_MARK.test(cells[i] ?? ''))
      .map((i) => cols.years.get(i)!)
      .filter((y) => y !== undefined);
    if (timeCol !== undefined) years.push(...yearsIn(cells[timeCol] ?? ''));
    const statusText = statusCol !== undefined ? (cells[statusCol] ?? '').trim() : '';
    const status = classifyStatus(statusText);
    const light = trafficLight(b, cells, [trackCol, statusCol]);
    const owner = ownerCol !== undefined ? (cells[ownerCol] ?? '').trim() || null : null;
    // The time as the table gives it: its time column, or the headers of the marked year columns.
    const marked = col('year').filter((i) => YEAR_MARK.test(cells[i] ?? ''));
    const timeRaw = (timeCol !== undefined ? (cells[timeCol] ?? '').trim() : '') || marked.map((i) => headerText(b.table!, i)).join(', ') || null;
    addActivity(activityText, 'activity/table-row', b, activityCell.start, activityCell.start + activityText.length, {
      ownerRaw: owner,
      timeRaw,
      years: [...new Set(years)].sort((p, q) => p - q),
      status: status?.status ?? null,
      statusRaw: statusText || null,
      statusRule: status?.rule ?? null,
      track: light?.track ?? null,
      trackRaw: light?.raw ?? null,
      trackRule: light?.rule ?? null,
    });
  }

  /**
   * A table of units, named people and deadlines under an activity ('Förvaltning/Bolag |
   * Ansvarig | Tidsplan') says who carries the activity above it and by when:
   * every unit whose row names someone or a date owns a share of it.
   */
  function readOwnerRow(cells: string[], ownerCols: number[], timeCols: number[]): void {
    const activity = activities[activities.length - 1];
    if (!activity || ownerCols.length === 0 || activity.focusAreaKey !== ((sub ?? fa)?.key ?? null)) return;
    const [unitCol, ...personCols] = ownerCols;
    const unit = (cells[unitCol] ?? '').trim();
    const involved = [...personCols, ...timeCols].some((i) => (cells[i] ?? '').trim() !== '');
    if (!unit || !involved) return;
    activity.ownerRaw = activity.ownerRaw ? `${activity.ownerRaw}; ${unit}` : unit;
    activity.years = [...new Set([...activity.years, ...timeCols.flatMap((i) => yearsIn(cells[i] ?? ''))])].sort((p, q) => p - q);
    const times = timeCols.map((i) => (cells[i] ?? '').trim()).filter(Boolean);
    if (times.length > 0) activity.timeRaw = [...new Set([...(activity.timeRaw ? activity.timeRaw.split('; ') : []), ...times])].join('; ');
    if (!activity.rule.endsWith('+owner-table')) activity.rule = `${activity.rule}+owner-table`;
  }

  // A list of focus areas stands in for headings only where the document has none.
  if (focusAreas.length === 0 && listFocusAreas.length > 0) focusAreas.push(...listFocusAreas);
  if (focusAreas.length > 0 && activities.length === 0) {
    messages.push({ severity: 'info', reason: 'Unexpected focus areas without activities, expected activities under them; the document may describe areas in prose only', ruleId: 'extract/no-activities' });
  }
  return { focusAreas, activities, ownerNames, messages };
}

/**
 * A row's traffic light: a light word in its track or status cell, else the
 * fill colour of that cell, else the fill of the one empty filled cell (a
 * colour column with no heading).
 */
function trafficLight(b: Block, cells: string[], cols: Array<number | undefined>): TrackMatch | null {
  const own = cols.filter((c): c is number => c !== undefined);
  for (const col of own) {
    const hit = trackOfWord(cells[col] ?? '');
    if (hit) return hit;
  }
  for (const col of own) {
    const hit = trackOfFill(b.fills?.[col]);
    if (hit) return hit;
  }
  const empty = (b.fills ?? []).map((f, i) => (cells[i]?.trim() ? null : trackOfFill(f))).filter((h) => h !== null);
  return empty.length === 1 ? empty[0] : null;
}
