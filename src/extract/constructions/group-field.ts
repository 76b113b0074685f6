import { FIELD_LABELS, GROUP_FIELD } from '../../lang/fields.js';
import { NUMBER_WORDS } from '../../lang/language.js';
import { sv } from '../../lang/pattern.js';
import { fieldLine, ownerWithTime, type Field } from '../outline/fields.js';
import type { Act, OutlineContext, Proposal } from '../resolve/proposal.js';
import { defineConstruction } from './define.js';

/** The owner's and the time's labels, each whole, to tell which a group field's label is. */
const GROUP_LABELS = FIELD_LABELS.filter((f) => f.role === 'owner' || f.role === 'time').map((f) => ({ field: f, pattern: sv(`^(?:${f.words})$`, 'iu') }));

/**
 * The field a line states once for a group of actions ('Ansvarig för samtliga åtgärder i spåret:
 * Fritidsenheten.'), with offsets into the line; null where the line is no such statement.
 */
export function groupField(text: string): Field[] | null {
  for (const pattern of GROUP_FIELD.patterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    const label = GROUP_LABELS.find((l) => l.pattern.test(m[1]))?.field;
    const value = m[2].trim();
    if (!label || !value) return null;
    const start = m.index + m[0].indexOf(value, m[1].length);
    // Every field read here is the group's, the time after an owner's comma too: none is evidence that an item is an action.
    return ownerWithTime({ role: label.role, label: m[1], value, start, end: start + value.length, rule: GROUP_FIELD.id }).map((f) => ({ ...f, rule: GROUP_FIELD.id }));
  }
  return null;
}

/**
 * The fields of a line that names the items read before it, offsets into `text`, and how many items
 * it counts ('båda' two, 'de tre' three; null for 'alla', 'samtliga': every item of the section);
 * null where the line names no group or holds no owner, time or status. The group's words are
 * blanked, not cut, so the fields' offsets stay those of the line.
 */
export function groupFields(text: string): { fields: Field[]; count: number | null } | null {
  const m = GROUP_FIELD.before.exec(text) ?? GROUP_FIELD.after.exec(text);
  if (!m) return null;
  const fields = fieldLine(text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length));
  if (!fields?.some((f) => f.role === 'owner' || f.role === 'time' || f.role === 'status')) return null;
  const words = m[0].toLowerCase().split(/\s+/u);
  const named = words.map((w) => GROUP_FIELD.counts[w] ?? (w !== 'en' && w !== 'ett' && NUMBER_WORDS.includes(w) ? NUMBER_WORDS.indexOf(w) : null)).find((n) => n !== null);
  return { fields, count: named ?? null };
}

const proposal = (block: number, evidence: string, weight: number, when: (ctx: OutlineContext) => boolean, act: Act): Proposal => ({
  block,
  construction: 'field/group',
  rule: 'field/group',
  role: 'field',
  evidence: [{ id: evidence, weight }],
  when,
  acts: [act],
});

export const fieldsForGroup = defineConstruction({
  id: 'field/group',
  description:
    "A field given once to a group of items, on a line of its own, instead of under each item. A line that names the items read before it ('Ansvar för båda aktiviteterna: Kulturenheten. Tid: 2027.', 'För samtliga åtgärder ovan gäller: Ansvar: X') gives them at once to the items it counts ('båda', 'de tre'), read last, or to every item of its section, each taking the fields of the roles it lacks. A field stated for the section's actions ('Ansvarig för samtliga åtgärder i spåret: Fritidsenheten.', 'Ansvar för aktiviteterna under strategi 3 är KFF.', 'För alla insatser inom området ansvarar Gatuenheten.'), before them or after them, belongs to every action of its section and the sections under it that names no such field of its own, and opens no activity.",
  positive: [
    // A follow-up of a cycling plan: the owner named for the whole area before its numbered measures.
    {
      doc: '# Spår 1 – Cykelvägar\nAnsvarig för samtliga åtgärder i spåret: Gatuenheten.\n1. Bygga en cykelbana längs Ringvägen\nKlart: 2027\n2. Sätta upp cykelpumpar vid skolorna\nKlart: 2026',
      focusAreas: ['Cykelvägar'],
      activities: ['Bygga en cykelbana längs Ringvägen', 'Sätta upp cykelpumpar vid skolorna'],
    },
    // A library plan: the owner named after the list, with a partner, in a sentence.
    {
      doc: '# Läsfrämjande\nAktiviteter:\n1. Dela ut en bok till varje nyfödd\nTid: 2027\n2. Starta en bokcirkel på äldreboendet\nFör samtliga aktiviteter under området ansvarar Biblioteket i samverkan med Studieförbundet.',
      activities: ['Dela ut en bok till varje nyfödd', 'Starta en bokcirkel på äldreboendet'],
    },
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
    // The plan's owner named in its introduction, before any area: no group of actions stands under it.
    { doc: 'Ansvarig för samtliga åtgärder i planen är kommunstyrelsen.\n# Inledning\nPlanen gäller 2026–2028.', activities: [] },
    // A goal that all actions shall reach names no field.
    { doc: '# Klimat\nSamtliga åtgärder ska minska utsläppen till 2030.', activities: [] },
    // A line naming no group is a field line of the item above it only (field/following-line reads it).
    { doc: 'Ansvar för båda aktiviteterna: Biblioteket.', activities: [] },
    // Prose about every action names no field.
    { doc: '# Parker\n- Plantera tjugo träd i Stadsparken\n- Byta bänkarna vid dammen\nFör alla åtgärder söker kommunen statsbidrag.', activities: ['Plantera tjugo träd i Stadsparken', 'Byta bänkarna vid dammen'] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph' && !(b.kind === 'item' && !b.marker)) return;
      const text = view.text(i);
      // A line naming the items read before it gives them its fields at once; with none read, it may still state a section's field.
      const read = b.kind === 'paragraph' ? groupFields(text) : null;
      if (read) {
        const last = read.count === null ? {} : { last: read.count };
        out.push(proposal(i, 'field-line-naming-its-items', 0.85, (ctx) => ctx.lastEntry !== null, { op: 'group-fields', reach: 'read', fields: read.fields, rule: 'field/group', ...last }));
      }
      const stated = groupField(text);
      // A plan's owner named before any section is the plan's, not a group's.
      if (stated) out.push(proposal(i, 'label-for-a-group-of-actions', 0.8, (ctx) => ctx.current.heading !== null, { op: 'group-fields', reach: 'section', fields: stated, rule: 'field/group' }));
    });
    return out;
  },
});
