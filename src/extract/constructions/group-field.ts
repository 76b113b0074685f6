import { FIELD_LABELS, GROUP_FIELD } from '../../lang/fields.js';
import { sv } from '../../lang/pattern.js';
import { ownerWithTime, type Field } from '../outline/fields.js';
import type { Proposal } from '../resolve/proposal.js';
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

export const groupFields = defineConstruction({
  id: 'field/group',
  description:
    "A field stated once for a group of actions, on a line of its own before or after them ('Ansvarig för samtliga åtgärder i spåret: Fritidsenheten.', 'Ansvar för aktiviteterna under strategi 3 är KFF.', 'För alla insatser inom området ansvarar Gatuenheten.'), belongs to every action of its section, the ones before it and the ones after, that names no such field of its own; it opens no activity.",
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
  ],
  negative: [
    // The plan's owner named in its introduction, before any area: no group of actions stands under it.
    { doc: 'Ansvarig för samtliga åtgärder i planen är kommunstyrelsen.\n# Inledning\nPlanen gäller 2026–2028.', activities: [] },
    // A goal that all actions shall reach names no field.
    { doc: '# Klimat\nSamtliga åtgärder ska minska utsläppen till 2030.', activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph' && !(b.kind === 'item' && !b.marker)) return;
      const fields = groupField(view.text(i));
      if (!fields) return;
      out.push({
        block: i,
        construction: 'field/group',
        rule: 'field/group',
        role: 'field',
        evidence: [{ id: 'label-for-a-group-of-actions', weight: 0.8 }],
        // A plan's owner named before any section is the plan's, not a group's.
        when: (ctx) => ctx.current.heading !== null,
        acts: [{ op: 'group-fields', fields, rule: 'field/group' }],
      });
    });
    return out;
  },
});
