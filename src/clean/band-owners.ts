import type { RawBlock } from '../core/types.js';
import { ownerStart } from './cell-kinds.js';
import { headerRole } from './header-role.js';

/**
 * A row's owner that a reading by position set after the band below it. An
 * owner cell centred beside a row of several lines stands lower on the page
 * than the row's first line; when the next area's band follows, poppler's
 * order gives the band's title first and the owner after it, so that the
 * band's title ends in a unit's name and the row above has no owner:
 *
 *   '… Bygga en skatepark 2026 0 % Tema 2 Trygga miljöer
 *    Socialförvaltningen Ordna nattvandringar Polisen …' — the band is 'Tema
 *    2 Trygga miljöer'; 'Socialförvaltningen' is the skatepark's owner.
 *
 * Only a unit the table shows as an owner of another row is moved, and only
 * where the band keeps a title of its own.
 */

/** The band's text when a row is one (one filled cell), else null. */
function bandText(row: RawBlock): string | null {
  const filled = row.cells!.filter((c) => c.trim());
  return filled.length === 1 && row.cells![0].trim() ? row.cells![0].trim() : null;
}

export function placeBandOwners(blocks: RawBlock[]): RawBlock[] {
  let out = blocks;
  for (const header of blocks.filter((b) => b.kind === 'row' && b.header && b.cells)) {
    const owner = header.cells!.findIndex((c) => headerRole(c).role === 'owner');
    if (owner <= 0) continue;
    const rows = out.filter((b) => b.kind === 'row' && b.table === header.table && !b.header && b.cells);
    const owners = new Set(rows.map((r) => (r.cells![owner] ?? '').trim()).filter(Boolean));
    rows.forEach((band, k) => {
      const text = bandText(band);
      const above = rows[k - 1];
      if (!text || !above || bandText(above) !== null || (above.cells![owner] ?? '').trim()) return;
      const words = text.split(/\s+/);
      const at = ownerStart(words, words.length);
      const unit = words.slice(at).join(' ');
      // The band keeps a title: a word after its label and number at least.
      if (at === words.length || !owners.has(unit) || !/\p{Ll}{2}/u.test(words.slice(0, at).join(' ').replace(/^\S+\s+\d+(?:\.\d+)*[.:]?/, ''))) return;
      out = out.map((b) => (b === band ? { ...b, cells: [words.slice(0, at).join(' '), ...b.cells!.slice(1)] } : b === above ? { ...b, cells: b.cells!.map((c, i) => (i === owner ? unit : c)) } : b));
    });
  }
  return out;
}
