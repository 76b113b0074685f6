import { cellKind } from '../../clean/cell-kinds.js';
import { FIGURE_CELL } from '../../lang/amounts.js';
import type { FieldRole } from '../../lang/fields.js';
import { headerRole, typeColumns, type TypedColumns } from '../view/column-types.js';
import { defineConstruction } from './define.js';

export const tableColumns = defineConstruction({
  id: 'table/column-roles',
  description: "A table's header cells give its columns their roles (activity, owner, partner, time, year, status, comment, cost, indicator), compounds split by the word list with the head deciding; a table whose header names no activity column but an owner, time or status takes its first text column as the activity.",
  positive: [
    { doc: '| Nr | Åtgärd | Ansvarig | Klart | Läge |\n| 1 | Införa en digital felanmälan | NLE | 2024 | Klar |\n| 2 | Korta handläggningstiden | SBG | 2025 | Pågår |', activities: ['Införa en digital felanmälan', 'Korta handläggningstiden'] },
    { doc: '| Vad ska göras | Vem | När |\n| Starta en yrkesutbildning | Utbildning | HT 2024 |', activities: ['Starta en yrkesutbildning'] },
    { doc: '| Nr | Atgärd | Ansvarig | Klart | Lage |\n| 1 | Införa en digital felanmälan | NLE | 2024 | Klar |', activities: ['Införa en digital felanmälan'] },
    // An activity column with no header word, and one row under its band: the owner, time and status columns make it a plan's table.
    { doc: '| Nr | | Ansvarig | Klart | Status |\n| Prioriterat område 1: Service | | | | |\n| 1.1 | Införa en digital felanmälan | NLE | Q1 2024 | Klar |', activities: ['Införa en digital felanmälan'] },
    // Compound headers: the head decides ('Lägesbedömning'), the first part where the head only says 'description' ('Statusbeskrivning').
    { doc: '| Insatsbeskrivning | Ansvarar | Tidsram | Statusbeskrivning |\n| Anordna trygghetsvandringar i centrum | Socialförvaltningen | 2025 | Pågår |\n| Förbättra belysningen i gångtunnlar | Tekniska förvaltningen | 2026 | Ej påbörjad |', activities: ['Anordna trygghetsvandringar i centrum', 'Förbättra belysningen i gångtunnlar'] },
    // 'Vad har gjorts?' reports on the action of the row; the action is the other column.
    { doc: '| Vad ska göras | Vad har gjorts? | Genomförs |\n| Starta läxhjälp på biblioteken | Läxhjälpen startade i mars | 2025 |', activities: ['Starta läxhjälp på biblioteken'] },
  ],
  negative: [
    { doc: '| Indikator | Utgångsvärde | Målvärde 2026 |\n| Antal nystartade företag | 4,1 | 5,0 |', activities: [] },
    { doc: '| Verksamhet, mnkr | Budget 2024 | Prognos 2024 |\n| Bygglov | -8,5 | -8,0 |', activities: [] },
    // A follow-up column alone is no action column: what was done says nothing that is planned.
    { doc: '| Vad har gjorts? | Kommentar |\n| Tre möten med föreningar om kulturstöd | Fortsätter nästa år |', activities: [] },
  ],
});

export type ColumnRoles = TypedColumns;

/** The role each header cell names, or null: whole words, compounds split by the word list, and retrospective questions (see view/column-types). */
export function columnRoles(header: string[]): ColumnRoles {
  const years = new Map<number, number>();
  const roles = header.map((raw, i): FieldRole | null => {
    const { role, year } = headerRole(raw);
    if (year !== null) years.set(i, year);
    return role;
  });
  return { roles, years, named: roles.includes('activity') };
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

/**
 * A table's columns typed by its header (null where it has none) and the
 * cells of its body together (see view/column-types): the one way every
 * table reader, whatever the format, gives its columns roles.
 */
export function typeTable(header: string[] | null, body: string[][]): ColumnRoles {
  return typeColumns(header, body);
}

/** A cell that is a figure (a number, a percentage, an amount), not a year, a status or an id of a row. */
export const isFigure = (cell: string) => FIGURE_CELL.test(cell.trim()) && !['time', 'status', 'mark', 'empty'].includes(cellKind(cell));

/**
 * A table whose cells beside the activity's are figures (a budget with its
 * outcome, indicators with their target values): at least half of the other
 * columns that hold anything hold figures in most of their cells. A column of
 * row ids (named 'Nr', or ids in the first column) or of progress is no figure column.
 */
export function isFigureTable(c: ColumnRoles, body: string[][]): boolean {
  const activity = activityColumn(c);
  let filled = 0;
  let figures = 0;
  for (let i = 0; i < c.roles.length; i++) {
    // Percent complete under a status or progress header says how far an action has come: no figure.
    if (i === activity || ['number', 'status', 'progress', 'track'].includes(c.roles[i] ?? '')) continue;
    const cells = body.map((r) => r[i] ?? '').filter((t) => t.trim());
    if (cells.length === 0) continue;
    if (i === 0 && cells.every((t) => cellKind(t) === 'id')) continue;
    filled++;
    if (cells.filter(isFigure).length * 3 >= cells.length * 2) figures++;
  }
  return filled > 0 && figures * 2 >= filled;
}

/**
 * Whether a table is one of actions: its header names an activity column or
 * two of owner, time and status (see isActivityHeader), or, without a header,
 * its cells show an activity column beside one of owner, time or status; and
 * its other cells are not figures.
 */
export function isActionTable(c: ColumnRoles, body: string[][], header: boolean): boolean {
  const plan = c.roles.some((r) => r === 'owner' || r === 'time' || r === 'status' || r === 'year');
  const shaped = header ? isActivityHeader(c) : c.roles.includes('activity') && plan;
  return shaped && !isFigureTable(c, body);
}

/** The activity column: the named one, else the first column without a role. */
export function activityColumn(c: ColumnRoles): number {
  const named = c.roles.indexOf('activity');
  return named >= 0 ? named : c.roles.findIndex((r) => r === null);
}

/** A header row, by its cells: two or more name a role and none is a long text. */
export function looksLikeHeader(cells: string[]): boolean {
  // The length first: most rows a table is asked about are its body, with a long cell.
  if (!cells.every((t) => t.length <= 40)) return false;
  return columnRoles(cells).roles.filter((r) => r !== null).length >= 2;
}
