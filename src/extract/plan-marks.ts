import type { ActivityRow, Doc, Message } from '../core/types.js';
import { FIELD_LABELS } from '../lang/fields.js';
import { sv } from '../lang/pattern.js';
import { actionKind } from './constructions/action-item.js';

/**
 * The marks of a plan that a document's text shows, read without its
 * structure: item ids that count up ('1.1', '1.2' …, 'A1', 'A2' …) before
 * a text that reads as an action, and labels of owners and statuses before a
 * colon. Each mark stands for one activity, so the largest count says how
 * many activities a reader would expect to find: enough to tell a document
 * read in part from one that holds no plan.
 */
export interface PlanMarks {
  /** Distinct item ids in counting runs whose text reads as an action, with where each stands. */
  numberedActions: number;
  ids: Array<{ id: string; start: number; end: number }>;
  /** 'Ansvarig:', 'Ansvar:' and the like. */
  ownerLabels: number;
  /** 'Status:', 'Läge:' and the like. */
  statusLabels: number;
  /** Runs of column words of three roles or more ('Åtgärd Ansvarig Tid Status'): an action table's header, or a record's labels, run into the text. */
  headerRuns: number;
}

/** An item id before a capital: '1.2 Införa', 'A3 Frukostmöten', 'E1.2 Ta fram'. */
const ITEM_ID = /(?<=^|\s)(\p{Lu}{0,2})((?:\d{1,2}\.){0,2})(\d{1,2})\.?\s+(?=\p{Lu})/gu;

const labelPattern = (role: string) => sv(`(?:^|[\\s(,;.])(?:${FIELD_LABELS.filter((f) => f.role === role).map((f) => f.words).join('|')})\\s*:\\s*\\S`, 'giu');
const OWNER_LABEL = labelPattern('owner');
const STATUS_LABEL = labelPattern('status');

/** Ids of one shape (letters and depth) that start a count: the items of a numbered list. */
function countingIds(text: string): Array<{ id: string; start: number; end: number }> {
  const byShape = new Map<string, Map<string, { id: string; start: number; end: number; last: number }>>();
  for (const m of text.matchAll(ITEM_ID)) {
    // An id needs a letter prefix or a dotted path: a bare number is a page, a year or a count.
    if (!m[1] && !m[2]) continue;
    const words = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (actionKind(words) !== 'verb') continue;
    // Ids of one shape: the same letters and depth ('A3' with 'A1', '2.1' with '1.4').
    const shape = `${m[1]}|${m[2].split('.').length}`;
    const id = `${m[1]}${m[2]}${m[3]}`;
    const seen = byShape.get(shape) ?? new Map();
    if (!seen.has(id)) seen.set(id, { id, start: m.index, end: m.index + m[0].length, last: Number(m[3]) });
    byShape.set(shape, seen);
  }
  // A list's ids are two or more and one of them starts a count (ends in 1 or 2); a lone id is a reference.
  return [...byShape.values()]
    .filter((seen) => seen.size >= 2 && [...seen.values()].some((x) => x.last <= 2))
    .flatMap((seen) => [...seen.values()].map(({ id, start, end }) => ({ id, start, end })));
}

const HEADER_ROLES = ['activity', 'owner', 'time', 'status'] as const;
const roleWords = HEADER_ROLES.map((role) => ({ role, pattern: sv(`^(?:${FIELD_LABELS.filter((f) => f.role === role).map((f) => f.words).join('|')})$`, 'iu') }));
/** How many words a header's cells may take, from its first column word to its last. */
const HEADER_SPAN = 7;

/** Runs of capitalised column words naming three roles or more within a few words. */
function headerRuns(text: string): number {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => m[0].replace(/[:.,;]+$/, ''));
  const roleOf = (t: string) => (/^\p{Lu}/u.test(t) ? roleWords.find((r) => r.pattern.test(t))?.role : undefined);
  let runs = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!roleOf(tokens[i])) continue;
    const roles = new Set(tokens.slice(i, i + HEADER_SPAN).map(roleOf).filter(Boolean));
    if (roles.size >= 3) {
      runs++;
      i += HEADER_SPAN - 1;
    }
  }
  return runs;
}

export function readPlanMarks(doc: Doc): PlanMarks {
  const text = doc.text;
  const ids = countingIds(text);
  return {
    numberedActions: ids.length,
    ids,
    ownerLabels: [...text.matchAll(OWNER_LABEL)].length,
    statusLabels: [...text.matchAll(STATUS_LABEL)].length,
    headerRuns: headerRuns(text),
  };
}

/** How many activities the marks lead a reader to expect. */
export function expectedActivities(m: PlanMarks): number {
  // A header says a table of actions stands there, not how long it is: at least a short list's worth.
  return Math.max(m.numberedActions, m.ownerLabels, m.statusLabels, m.headerRuns > 0 ? Math.max(3, m.headerRuns) : 0);
}

/** Below this share of the expected activities, a document is read in part. */
const READ_IN_PART = 0.8;

/**
 * The outcome the marks allow: a document whose text shows at least three of
 * a plan's marks but whose reading gave fewer than four in five of them as
 * activities is 'partial', never 'plan' or 'none', with a message naming what
 * was not read (the ids whose items no activity starts at).
 */
export function judgeByMarks(outcome: 'plan' | 'partial' | 'none', activities: ActivityRow[], marks: PlanMarks): { outcome: 'plan' | 'partial' | 'none'; message: Message | null } {
  const expected = expectedActivities(marks);
  if (expected < 3 || activities.length >= READ_IN_PART * expected) return { outcome, message: null };
  const unread = marks.ids.filter((m) => !activities.some((a) => a.start >= m.start && a.start <= m.end + 2)).map((m) => m.id);
  const seen = [
    marks.numberedActions ? `${marks.numberedActions} numbered items that read as actions` : '',
    marks.ownerLabels ? `${marks.ownerLabels} owner labels` : '',
    marks.statusLabels ? `${marks.statusLabels} status labels` : '',
    marks.headerRuns ? `${marks.headerRuns} runs of column words of an action table` : '',
  ].filter(Boolean);
  const named = unread.length ? `; not read: ${unread.slice(0, 12).join(', ')}${unread.length > 12 ? ` and ${unread.length - 12} more` : ''}` : '';
  const reason = `Unexpected ${activities.length} activities read where the text shows ${seen.join(', ')}, expected about ${expected}${named}`;
  return { outcome: 'partial', message: { severity: 'warning', reason, ruleId: 'extract/plan-read-in-part' } };
}
