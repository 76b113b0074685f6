import { GENERIC_ACTOR, LIST_OWNER_SENTENCE } from '../../lang/sections.js';
import { isOwnerPart, type Field } from '../outline/fields.js';
import type { Proposal } from '../resolve/proposal.js';
import { defineConstruction } from './define.js';
import { itemsAfter, judgeLeadIn } from './lead-in.js';
import { judgeList, type ListVerdict } from './list-content.js';
import type { DocView } from '../view/document-view.js';
import { sentences } from './owned-sentence.js';

export const listOwner = defineConstruction({
  id: 'field/list-owner',
  description:
    "A news page or a short plan may name the one unit responsible for a list once: in the sentence that leads into it ('Kulturenheten ansvarar för lovaktiviteterna:', 'Det är X som ansvarar för satsningen, som innehåller:') or in the sentence right after it ('Arbetet leds av fritidsenheten.', 'Ansvarig för insatserna är X.', 'X ansvarar för sommarkurserna.', 'Planen genomförs av X under 2027–2028.'). That unit (and the time said with it) goes to each item of that list that names none, so the list is a plan's though its items are statements; the rest of the paragraph stays prose. An organiser named after a programme ('Dagen arrangeras av …') and a unit's duty ('… ansvarar för att …') name no owner.",
  positive: [
    {
      // A news page on parks: the owner after each list, in two forms, and a sentence on something else after the first.
      doc: '# Lekplatser\n- Lekplatsen i Norrby byggs om med nya gungor\n- Sandlådorna i Ekparken får tak\nArbetet leds av parkenheten. Lekplatserna stänger under bygget.\n# Parkbänkar\n- Fler bänkar ställs ut längs ån\nAnsvarig för insatserna är gatuenheten.\n# Pulkabacke\n- Backen i Västra parken får belysning\n- En lift sätts upp i backen\nAnsvarig för utbyggnaden är fritidsförvaltningen. Backen öppnar när snön kommer.',
      focusAreas: ['Lekplatser', 'Parkbänkar', 'Pulkabacke'],
      activities: ['Lekplatsen i Norrby byggs om med nya gungor', 'Sandlådorna i Ekparken får tak', 'Fler bänkar ställs ut längs ån', 'Backen i Västra parken får belysning', 'En lift sätts upp i backen'],
    },
    {
      // A news page on libraries: the owner in the lead-in, in two forms, times in the items or none.
      doc: '# Öppettider\nDet är biblioteksenheten som ansvarar för förändringen, som innebär:\n- Biblioteket i Ryd har öppet på lördagar (från mars 2027)\n- Meröppet införs i Åby – hösten 2027\n# Läsfrämjande\nKulturskolan ansvarar för sommarens läsläger:\n- Barnen skriver egna berättelser med en författare\n• Vi hoppas att många vill skriva, säger kulturchefen Eva Ek.',
      focusAreas: ['Öppettider', 'Läsfrämjande'],
      activities: ['Biblioteket i Ryd har öppet på lördagar (från mars 2027)', 'Meröppet införs i Åby – hösten 2027', 'Barnen skriver egna berättelser med en författare'],
    },
    {
      // One owner and time for a plan's last list, after it: 'Planen genomförs av X under …'.
      doc: '# Gatljus\n- Byta armaturerna på Storgatan till LED\n- Belysa gångtunneln vid stationen\nPlanen genomförs av tekniska förvaltningen under 2027–2028.',
      activities: ['Byta armaturerna på Storgatan till LED', 'Belysa gångtunneln vid stationen'],
    },
  ],
  negative: [
    // An event's programme with its organiser after it: no owner, no plan.
    { doc: '# Program\n- Brandbilarna visas upp på gården\n- Barnen provar att släcka en eld\nDagen arrangeras av räddningstjänsten.', activities: [] },
    // A unit's duty after a list of rules ('ansvarar för att …'): no owner of the rules.
    { doc: '# Parkering\n- Bilar parkeras på anvisad plats\n- Cyklar ställs i cykelstället vid entrén\nFastighetsenheten ansvarar för att reglerna följs.', activities: [] },
    // A lead-in to the units themselves: a list of owners, none of them the list's.
    { doc: '# Organisation\nFöljande förvaltningar och enheter ansvarar för åtgärder i planen:\n- Kultur- och fritidsförvaltningen\n- Tekniska förvaltningen', activities: [] },
    // A contact person named after a list is no unit: the list of statements stays prose.
    { doc: '# Simhallen\n- Simhallen får nya omklädningsrum\n- Bastun byggs om\nAnsvarig för frågor om ombyggnaden är Eva Ek.', activities: [] },
    // Goals with a unit named after them stay goals.
    { doc: '# Mål\n- Andelen elever med godkända betyg ska öka\n- Fler ska känna sig trygga i skolan\nArbetet leds av skolförvaltningen.', activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph') return;
      const text = view.text(i);
      const all = sentences(text);
      // Leading into a list: the paragraph's last sentence, ending in a colon.
      const last = all.at(-1);
      if (last && /:\s*$/u.test(last.text) && view.blocks[i + 1]?.kind === 'item') {
        const items = itemsAfter(view, i);
        // A lead-in to a list of the units themselves ('Följande förvaltningar ansvarar för åtgärder i planen:') names no one owner.
        if (items.filter((t) => isOwnerPart(t)).length * 2 >= items.length) return;
        const read = readOwner(last.text.trim(), last.start + (last.text.length - last.text.trimStart().length));
        const intro = read && judgeLeadIn({ kind: 'shall', actor: read.fields[0].value, text: last.text.trim() }, items);
        // The owner governs the list it leads into: the items set with its first item's glyph, not a quotation set with a dash after them.
        if (intro?.kind === 'shall') out.push({ block: i, construction: 'field/list-owner', rule: 'lead-in/list-owner', role: 'lead-in', evidence: [{ id: 'list-owner-sentence', weight: 0.7 }], acts: [{ op: 'lead-in', leadIn: { ...intro, items: listLength(view, i + 1) } }] });
        return;
      }
      // Right after a list: the paragraph's first sentence.
      const first = all[0];
      if (!first || view.blocks[i - 1]?.kind !== 'item' || !/\.\s*$/u.test(first.text)) return;
      const read = readOwner(first.text.trim(), first.start);
      // Goals, measures or reports with a unit named after them stay what they are: the unit owns no actions there.
      if (read && !NOT_ACTIONS.has(judgeList(itemsBefore(view, i)))) out.push({ block: i, construction: 'field/list-owner', rule: 'field/list-owner', role: 'field', evidence: [{ id: 'list-owner-sentence', weight: 0.7 }], acts: [{ op: 'list-fields', fields: read.fields, rule: 'field/list-owner' }, { op: 'prose' }] });
    });
    return out;
  },
});

const NOT_ACTIONS = new Set<ListVerdict>(['goal', 'indicator', 'report', 'instruction']);

/** How many items from block i on are set with block i's marker. */
function listLength(view: DocView, i: number): number {
  let n = 0;
  while (view.blocks[i + n]?.kind === 'item' && view.blocks[i + n].marker === view.blocks[i].marker) n++;
  return n;
}

/** The items of the list that ends right before block i. */
function itemsBefore(view: DocView, i: number): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && view.blocks[j].kind === 'item'; j--) out.unshift(view.trimmed(j));
  return out;
}

/** The owner (and time) a list's owner sentence names, as fields at their offsets from `at`; null for a sentence that names none. */
export function readOwner(sentence: string, at: number): { fields: Field[] } | null {
  const m = LIST_OWNER_SENTENCE.pattern.exec(sentence);
  const unit = m && (m[1] ?? m[2] ?? m[3] ?? m[6] ?? m[7]);
  if (!m || !unit || GENERIC_ACTOR.test(unit)) return null;
  // 'Ansvarig för … är' and a bare 'X ansvarar' name a unit, not a contact person ('Ansvarig för frågor om planen är Eva Ek').
  if ((m[6] || m[7]) && !isOwnerPart(unit)) return null;
  const time = m[4] ?? m[5] ?? m[8];
  const field = (role: 'owner' | 'time', value: string): Field => {
    const v = at + sentence.lastIndexOf(value);
    return { role, label: '', value, start: v, end: v + value.length, rule: 'field/list-owner' };
  };
  return { fields: [field('owner', unit), ...(time ? [field('time', time)] : [])] };
}
