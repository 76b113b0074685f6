import { FIELD_LABELS, YEAR_COLUMN, type FieldRole } from '../../lang/fields.js';
import { sv } from '../../lang/pattern.js';
import { defineConstruction } from './define.js';

export const tableColumns = defineConstruction({
  id: 'table/column-roles',
  description: "A table's header cells give its columns their roles (activity, owner, partner, time, year, status, comment, cost, indicator); a table whose header names no activity column but an owner, time or status takes its first text column as the activity.",
  positive: [
    { doc: '| Nr | Åtgärd | Ansvarig | Klart | Läge |\n| 1 | Införa en företagslots | NLE | 2024 | Klar |\n| 2 | Korta handläggningstiden | SBG | 2025 | Pågår |', activities: ['Införa en företagslots', 'Korta handläggningstiden'] },
    { doc: '| Vad ska göras | Vem | När |\n| Starta en yrkesutbildning | Utbildning | HT 2024 |', activities: ['Starta en yrkesutbildning'] },
    { doc: '| Nr | Atgärd | Ansvarig | Klart | Lage |\n| 1 | Införa en företagslots | NLE | 2024 | Klar |', activities: ['Införa en företagslots'] },
    // An activity column with no header word, and one row under its band: the owner, time and status columns make it a plan's table.
    { doc: '| Nr | | Ansvarig | Klart | Status |\n| Prioriterat område 1: Service | | | | |\n| 1.1 | Införa en företagslots | NLE | Q1 2024 | Klar |', activities: ['Införa en företagslots'] },
  ],
  negative: [
    { doc: '| Indikator | Utgångsvärde | Målvärde 2026 |\n| Antal nystartade företag | 4,1 | 5,0 |', activities: [] },
    { doc: '| Verksamhet, mnkr | Budget 2024 | Prognos 2024 |\n| Bygglov | -8,5 | -8,0 |', activities: [] },
  ],
});

/** Swedish letters without their marks, as OCR often reads a bold header's ('Atgärd' for 'Åtgärd'). */
const unmarked = (text: string) => text.replace(/[åä]/g, 'a').replace(/[ÅÄ]/g, 'A').replace(/ö/g, 'o').replace(/Ö/g, 'O');
const compiled = FIELD_LABELS.map((f) => ({ ...f, pattern: sv(`^(?:${f.words})(?:\\b|$)`, 'i'), plain: sv(`^(?:${unmarked(f.words)})(?:\\b|$)`, 'i') }));

export interface ColumnRoles {
  roles: Array<FieldRole | null>;
  /** The year each year column stands for. */
  years: Map<number, number>;
  /** The header named the activity column itself. */
  named: boolean;
}

/** The role each header cell names, or null. */
export function columnRoles(header: string[]): ColumnRoles {
  const years = new Map<number, number>();
  const roles = header.map((raw, i): FieldRole | null => {
    const text = raw.replace(/\s+/g, ' ').trim();
    const year = YEAR_COLUMN.exec(text);
    if (year) {
      years.set(i, Number(year[1]));
      return 'year';
    }
    // A header read with a letter's mark lost still names its column; the word as written is tried first.
    return (compiled.find((f) => f.pattern.test(text)) ?? compiled.find((f) => f.plain.test(unmarked(text))))?.role ?? null;
  });
  const named = roles.includes('activity');
  return { roles, years, named };
}

/**
 * Whether a header row makes an activity table: it names an activity column,
 * or at least two of owner, time and status, and no indicator or cost column
 * stands in the activity's place.
 */
export function isActivityHeader(c: ColumnRoles): boolean {
  if (c.named) return true;
  const plan = new Set(c.roles.filter((r): r is FieldRole => r === 'owner' || r === 'time' || r === 'status' || r === 'year'));
  return plan.size >= 2 && !c.roles.includes('indicator');
}

/** The activity column: the named one, else the first column without a role. */
export function activityColumn(c: ColumnRoles): number {
  const named = c.roles.indexOf('activity');
  return named >= 0 ? named : c.roles.findIndex((r) => r === null);
}

/** A header row, by its cells: two or more name a role and none is a long text. */
export function looksLikeHeader(cells: string[]): boolean {
  const c = columnRoles(cells);
  return c.roles.filter((r) => r !== null).length >= 2 && cells.every((t) => t.length <= 40);
}
