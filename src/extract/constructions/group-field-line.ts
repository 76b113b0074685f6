import { defineConstruction } from './define.js';
import { fieldLine, type Field } from '../outline/fields.js';
import type { Proposal } from '../resolve/proposal.js';
import { GROUP_QUALIFIER } from '../../lang/fields.js';
import { NUMBER_WORDS } from '../../lang/language.js';

export const groupFieldLine = defineConstruction({
  id: 'field/group-line',
  description:
    "A line of fields that names the items it belongs to ('Ansvar för båda aktiviteterna: Kulturenheten. Tid: 2027.', 'För samtliga åtgärder ovan gäller: Ansvar: X'), given once after a group of items instead of under each: each item of the section above it takes the fields of the roles it lacks.",
  positive: [
    {
      // A culture plan's list: owner and time given once for the two items of a strategy.
      doc: '# Läsfrämjande\n## Bokstart\n1. Dela ut en bokpåse till alla ettåringar\n2. Starta sagostunder på familjecentralen\nAnsvar för båda aktiviteterna: Biblioteket. Tid: 2027.\n## Skolbibliotek\n1. Bemanna skolbiblioteket på Norrskolan\nAnsvar: Barn- och utbildningsförvaltningen. Tid: 2028.',
      focusAreas: ['Bokstart', 'Skolbibliotek'],
      activities: ['Dela ut en bokpåse till alla ettåringar', 'Starta sagostunder på familjecentralen', 'Bemanna skolbiblioteket på Norrskolan'],
    },
    {
      // The group named first, its fields after the colon, the list in bullets.
      doc: '# Parker\n- Plantera tjugo träd i Stadsparken\n- Byta bänkarna vid dammen\nFör samtliga åtgärder ovan gäller: Ansvar: Parkenheten. Klart: 2028.',
      activities: ['Plantera tjugo träd i Stadsparken', 'Byta bänkarna vid dammen'],
    },
  ],
  negative: [
    // A line naming no group is a field line of the item above it only (field/following-line reads it).
    { doc: 'Ansvar för båda aktiviteterna: Biblioteket.', activities: [] },
    // Prose about every action names no field.
    { doc: '# Parker\n- Plantera tjugo träd i Stadsparken\n- Byta bänkarna vid dammen\nFör alla åtgärder söker kommunen statsbidrag.', activities: ['Plantera tjugo träd i Stadsparken', 'Byta bänkarna vid dammen'] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph') return;
      const read = groupFields(view.text(i));
      if (!read) return;
      const last = read.count === null ? {} : { last: read.count };
      out.push({ block: i, construction: 'field/group-line', rule: 'field/group-line', role: 'field', evidence: [{ id: 'field-line-naming-its-items', weight: 0.85 }], when: (ctx) => ctx.lastEntry !== null, acts: [{ op: 'area-fields', fields: read.fields, rule: 'field/group-line', ...last }] });
    });
    return out;
  },
});

/**
 * The fields of a line that names the items it belongs to, offsets into `text`, and how many items
 * it counts ('båda' two, 'de tre' three; null for 'alla', 'samtliga': every item of the section);
 * null where the line names no group or holds no owner, time or status. The group's words are
 * blanked, not cut, so the fields' offsets stay those of the line.
 */
export function groupFields(text: string): { fields: Field[]; count: number | null } | null {
  const m = GROUP_QUALIFIER.before.exec(text) ?? GROUP_QUALIFIER.after.exec(text);
  if (!m) return null;
  const fields = fieldLine(text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length));
  if (!fields?.some((f) => f.role === 'owner' || f.role === 'time' || f.role === 'status')) return null;
  const words = m[0].toLowerCase().split(/\s+/u);
  const named = words.map((w) => GROUP_QUALIFIER.counts[w] ?? (w !== 'en' && w !== 'ett' && NUMBER_WORDS.includes(w) ? NUMBER_WORDS.indexOf(w) : null)).find((n) => n !== null);
  return { fields, count: named ?? null };
}
