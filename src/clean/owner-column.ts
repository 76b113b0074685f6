import type { FieldRole } from '../lang/fields.js';
import type { Message, RawBlock } from '../core/types.js';
import { ABBREVIATION } from './cell-kinds.js';
import { UNIT_JOINERS } from '../lang/units.js';

/**
 * An owner column read too far into the partner column after it, in a table
 * a transcript ran into its line: with no cell borders left, 'SBF MF 2024'
 * gives the owner 'SBF MF' and no partner, and 'KFF Idrottsföreningarna Lund' the
 * owner 'KFF Idrottsföreningarna'. The column says where its cells end: where most
 * of its cells are abbreviations alone ('SBF', 'MF/SBF', 'ALF, SLK', 'SBF MF'), a cell
 * is its leading abbreviations, written as the column writes several (with a
 * slash or a comma between them); the words after them open the partner's
 * cell.
 */

/** Owner cells, at least, that must show the column's shape. */
const MIN_CELLS = 3;
/** Share of the filled owner cells that must be abbreviations alone. */
const MIN_SHARE = 0.6;

/** The tokens of a cell that are its leading abbreviations, each but the last ending in a list's comma or slash: how many. */
function leadingAbbreviations(tokens: string[]): number {
  let k = 0;
  while (k < tokens.length && ABBREVIATION.test(tokens[k]) && (k === 0 || /[,/]$/.test(tokens[k - 1]))) k++;
  return k;
}

/** The rows of each table (index → its columns' roles) with owner cells cut back to the column's shape, in place. */
export function evenOwnerColumns(out: RawBlock[], roles: Map<number, FieldRole[]>, messages: Message[] = []): RawBlock[] {
  for (const [table, columns] of roles) rejoinListedOwners(out, table, columns, messages);
  for (const [table, columns] of roles) {
    const o = columns.indexOf('owner');
    const p = o + 1;
    if (o < 0 || columns[p] !== 'partner') continue;
    const rows = out.filter((b) => b.kind === 'row' && !b.header && b.table === table && b.cells?.[o]?.trim());
    const tokensOf = (b: RawBlock) => b.cells![o].trim().split(/\s+/);
    const whole = rows.filter((b) => tokensOf(b).every((t) => ABBREVIATION.test(t))).length;
    if (rows.length < MIN_CELLS || whole < rows.length * MIN_SHARE) continue;
    for (const b of rows) {
      const tokens = tokensOf(b);
      // A list of owners cut after its comma or slash ('AMF,' / 'SOC Migrationsverket'): the abbreviation that opens the partner's cell is the list's last.
      const next = (b.cells![p] ?? '').trim().split(/\s+/);
      if (/[,/]$/.test(tokens[tokens.length - 1]) && ABBREVIATION.test(next[0] ?? '')) {
        b.cells = b.cells!.map((c, i) => (i === o ? `${c.trim()} ${next[0]}` : i === p ? next.slice(1).join(' ') : c));
        continue;
      }
      const k = leadingAbbreviations(tokens);
      // No abbreviation where the column holds them, one in the partner's cell ('Inrätta' / 'Hälso- och' / 'sjukvårdsråd … SOC Regionens …'): the action's words ran on past a cut the reader took for the owner's; the action goes on to the abbreviation, the owner's.
      const at = next.findIndex((t) => ABBREVIATION.test(t));
      // Only an owner cell cut short ('Vård- och', 'Miljö-'): a whole name ('Räddningstjänsten') is an owner the column writes out.
      const cut = /-$/.test(tokens[tokens.length - 1]) || UNIT_JOINERS.words.includes(tokens[tokens.length - 1]);
      if (k === 0 && cut && at >= 0 && columns[o - 1] === 'activity') {
        const owner = leadingAbbreviations(next.slice(at));
        const moved = [...tokens, ...next.slice(0, at)].join(' ');
        b.cells = b.cells!.map((c, i) => (i === o - 1 ? `${c.trim()} ${moved}` : i === o ? next.slice(at, at + owner).join(' ') : i === p ? next.slice(at + owner).join(' ') : c));
        messages.push({ severity: 'info', reason: `Moved '${moved}' from the owner and partner cells to the activity: the owner column holds abbreviations, and the row's first one is in the partner's cell`, ruleId: 'clean/run-on-owner-column' });
        continue;
      }
      if (k === 0 || k === tokens.length) continue;
      const moved = tokens.slice(k).join(' ');
      b.cells = b.cells!.map((c, i) => (i === o ? tokens.slice(0, k).join(' ') : i === p ? [moved, c.trim()].filter(Boolean).join(' ') : c));
      messages.push({ severity: 'info', reason: `Moved '${moved}' from an owner cell to the partner cell after it: the owner column holds abbreviations alone`, ruleId: 'clean/run-on-owner-column' });
    }
  }
  return out;
}

/**
 * 'Ordna språkcaféer för nyanlända föräldrar Integration/' / 'Utbildning': a
 * list of owners that a line break cut after its slash or comma, its first
 * owner left at the end of the action. The word is an owner when another row
 * of the table names it as its whole owner (owners recur down a column); it
 * then opens the owner's cell again.
 */
function rejoinListedOwners(out: RawBlock[], table: number, columns: FieldRole[], messages: Message[]): void {
  const o = columns.indexOf('owner');
  const a = columns.indexOf('activity');
  if (o < 0 || a < 0 || a + 1 !== o) return;
  const rows = out.filter((b) => b.kind === 'row' && !b.header && b.table === table && b.cells);
  const owners = new Set(rows.map((b) => b.cells![o].trim()).filter(Boolean));
  for (const b of rows) {
    const words = b.cells![a].trim().split(/\s+/);
    const last = words[words.length - 1] ?? '';
    const listed = /^(\p{Lu}[^,/]*)[,/]$/u.exec(last);
    if (!listed || !owners.has(listed[1]) || words.length < 2 || !b.cells![o].trim()) continue;
    b.cells = b.cells!.map((c, i) => (i === a ? words.slice(0, -1).join(' ') : i === o ? `${last}${last.endsWith(',') ? ' ' : ''}${c.trim()}` : c));
    messages.push({ severity: 'info', reason: `Moved '${last}' from the end of an action to the owner after it: another row names it as its owner`, ruleId: 'clean/run-on-owner-column' });
  }
}
