import type { ActivityRow, Doc, FocusAreaRow, SdgLink } from '../core/types.js';
import { SDG_GOAL_WORD, SDG_LABEL, SDG_LIST_JOIN, SDG_MARKER, SDG_NUMBER_UNITS } from '../lang/sdgs.js';

/**
 * Agenda 2030 links an activity's document makes explicitly, and only those:
 * - in the activity's own words or the fields after it ('… bidrar till
 *   globala mål 3 och 11', 'Agenda 2030: 7, 13', 'SDG 12'), where a marker
 *   names the goals before their numbers;
 * - in a table column labelled for them ('Globala mål', 'Agenda 2030'), whose
 *   cell holds the numbers.
 * A number no marker or label opens is a plan's own goal ('mål 3'), and a
 * document that names no goal gets no link: nothing is inferred from subject
 * words.
 */

interface GoalAt {
  goal: number;
  start: number;
  end: number;
}

/** How far after an activity its fields are read for goals, in characters: the labelled lines under it, not the next chapter. */
const FIELD_REACH = 400;

const NUMBER = new RegExp(`^(\\d{1,2})(?!\\d|[.,:]\\d|\\s*(?:${SDG_NUMBER_UNITS.words.map((w) => (w === '%' ? w : `${w}(?![\\p{L}\\d])`)).join('|')}))`, 'u');

/** The goal numbers a list holds from `from` on ('7, 13 och 15'); offsets into `text`. */
function goalList(text: string, from: number): GoalAt[] {
  const out: GoalAt[] = [];
  let at = from;
  const lead = SDG_GOAL_WORD.exec(text.slice(at));
  at += lead ? lead[0].length : 0;
  for (;;) {
    const m = NUMBER.exec(text.slice(at));
    if (!m) break;
    const goal = Number(m[1]);
    if (goal < 1 || goal > 17) break;
    out.push({ goal, start: at, end: at + m[1].length });
    at += m[0].length;
    const join = SDG_LIST_JOIN.exec(text.slice(at));
    if (!join) break;
    at += join[0].length;
  }
  return out;
}

/** Goals named after a marker anywhere in a stretch of the text; offsets into the document. */
function markedGoals(doc: Doc, start: number, end: number): Array<GoalAt & { raw: string }> {
  const text = doc.text.slice(start, end);
  const out: Array<GoalAt & { raw: string }> = [];
  const marker = new RegExp(SDG_MARKER.source, 'giu');
  for (const m of text.matchAll(marker)) {
    const list = goalList(text, m.index! + m[0].length);
    if (list.length === 0) continue;
    const raw = text.slice(m.index!, list[list.length - 1].end);
    for (const g of list) out.push({ goal: g.goal, start: start + g.start, end: start + g.end, raw });
  }
  return out;
}

/** Goals in table cells under a column labelled for them, by the row block they stand in. */
function columnGoals(doc: Doc): Array<{ rowStart: number; rowEnd: number; goals: Array<GoalAt & { raw: string }> }> {
  const out: Array<{ rowStart: number; rowEnd: number; goals: Array<GoalAt & { raw: string }> }> = [];
  const columns = new Map<number, number>();
  for (const b of doc.blocks) {
    if (b.kind !== 'row' || !b.cells || b.table === undefined) continue;
    const cellText = (i: number) => doc.text.slice(b.cells![i].start, b.cells![i].end);
    if (b.header) {
      const col = b.cells.findIndex((_, i) => SDG_LABEL.test(cellText(i)));
      if (col >= 0) columns.set(b.table, col);
      continue;
    }
    const col = columns.get(b.table);
    if (col === undefined || !b.cells[col]) continue;
    const cell = b.cells[col];
    const text = doc.text.slice(cell.start, cell.end);
    const list = goalList(text, 0);
    // A cell that holds more than the goals' numbers ('Klart 2025') is not a list of goals.
    if (list.length === 0 || text.slice(list[list.length - 1].end).trim().length > 0) continue;
    out.push({ rowStart: b.start, rowEnd: b.end, goals: list.map((g) => ({ goal: g.goal, start: cell.start + g.start, end: cell.start + g.end, raw: text.trim() })) });
  }
  return out;
}

/** Sets `sdgs` on every activity the document links to a global goal; the others get none. */
export function assignSdgs(doc: Doc, focusAreas: FocusAreaRow[], activities: ActivityRow[]): void {
  if (!SDG_MARKER.test(doc.text) && !doc.blocks.some((b) => b.header && b.cells?.some((c) => SDG_LABEL.test(doc.text.slice(c.start, c.end))))) return;
  const columns = columnGoals(doc);
  const boundaries = [...activities.map((a) => a.start), ...focusAreas.map((f) => f.start)].sort((a, b) => a - b);
  for (const a of activities) {
    const links: SdgLink[] = [];
    const seen = new Set<number>();
    const push = (g: GoalAt & { raw: string }, rule: string) => {
      if (seen.has(g.goal)) return;
      seen.add(g.goal);
      links.push({ goal: g.goal, rule, raw: g.raw, start: g.start, end: g.end });
    };
    const row = columns.find((r) => r.rowStart <= a.start && a.end <= r.rowEnd);
    for (const g of row?.goals ?? []) push(g, 'sdg/column');
    // The activity's words and its fields up to the next activity or area (a row's other cells lie inside its block).
    const next = boundaries.find((s) => s > a.start) ?? doc.text.length;
    const limit = Math.min(row ? Math.min(row.rowEnd, next) : next, a.end + FIELD_REACH);
    for (const g of markedGoals(doc, a.start, Math.max(a.end, limit))) push(g, 'sdg/marker');
    a.sdgs = links.sort((x, y) => x.goal - y.goal);
  }
}
