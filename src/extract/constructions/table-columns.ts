import type { FieldRole } from '../../lang/fields.js';
import { headerRole } from '../view/column-types.js';
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

export interface ColumnRoles {
  roles: Array<FieldRole | null>;
  /** The year each year column stands for. */
  years: Map<number, number>;
  /** The header named the activity column itself. */
  named: boolean;
}

/** The role each header cell names, or null: whole words, compounds split by the word list, and retrospective questions (see view/column-types). */
export function columnRoles(header: string[]): ColumnRoles {
  const years = new Map<number, number>();
  const roles = header.map((raw, i): FieldRole | null => {
    const { role, year } = headerRole(raw);
    if (year !== null) years.set(i, year);
    return role;
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
