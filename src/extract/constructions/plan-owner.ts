import { cellKind } from '../../clean/cell-kinds.js';
import { GENERIC_ACTOR, PLAN_OWNER_SENTENCES, PLAN_TIME_AFTER_OWNER, PLAN_TIME_SENTENCE, TIME_LEAD_PREPOSITION } from '../../lang/sections.js';
import { isOwnerPart, type Field } from '../outline/fields.js';
import type { Proposal } from '../resolve/proposal.js';
import { defineConstruction } from './define.js';
import { sentences } from './owned-sentence.js';

/** The rule that stamps the fields a plan's owner sentence gives: fields given to many, no evidence that an item is an action. */
export const PLAN_OWNER_RULE = 'field/plan-owner';

export const planOwner = defineConstruction({
  id: 'field/plan-owner',
  description:
    "A news page or a short decision may name the one unit that carries out the whole plan once, in the prose around it rather than beside its lists ('Det är X som ansvarar för att planen genomförs.', 'Arbetet leds av X, som …', 'X ansvarar för genomförandet, och allt ska vara klart under 2027.'), and may give one time for all its work ('Åtgärderna genomförs under 2027–2028.', or leading into the plan's sections: 'Det här ska göras under 2027:'): that unit and time go to every action in the section the sentence stands in, and those under it, that names none of its own, before or after the sentence. A person named so, a duty of another kind ('ansvarar för att planen följs upp'), and a paragraph that another construction reads (an area's closing owner, a list's) give nothing here.",
  positive: [
    {
      // A news page on swimming lessons: the owner in the opening prose, the areas as sub-headings with short lists.
      doc: 'Fler barn ska lära sig simma. Det är fritidsförvaltningen som ansvarar för att planen genomförs.\n# Simskola\n- erbjuda simskola på sommarlovet i Ås\n- ordna simprov i årskurs 4\n# Badplatser\n- sätta upp livbojar vid alla badplatser\n- märka ut djupet vid bryggorna',
      focusAreas: ['Simskola', 'Badplatser'],
      activities: ['erbjuda simskola på sommarlovet i Ås', 'ordna simprov i årskurs 4', 'sätta upp livbojar vid alla badplatser', 'märka ut djupet vid bryggorna'],
    },
    {
      // A decision on snow clearance: the owner and one time for the list after the unit, a clause after a comma left out.
      doc: 'Kommunen har antagit en plan för vinterväghållning. Arbetet leds av gatuenheten, som också svarar på felanmälningar. Allt ska vara klart senast 2028.\n# Cykelvägar och trappor\n- ploga cykelvägarna före kl. 7\n- sanda trapporna vid skolorna',
      activities: ['ploga cykelvägarna före kl. 7', 'sanda trapporna vid skolorna'],
    },
    {
      // A news page on school meals: one time for the plan in the sentence that leads into its sections, the owners in each lead-in.
      doc: 'Skolmaten ska bli bättre. Det här ska göras under 2028:\n# Råvaror\nKostenheten ska:\n- köpa in mer svensk fisk\n- laga soppan från grunden\n# Matsalar\nFastighetsenheten ska:\n- byta stolarna i Norrskolans matsal\n- sätta upp ljuddämpande plattor',
      focusAreas: ['Råvaror', 'Matsalar'],
      activities: ['köpa in mer svensk fisk', 'laga soppan från grunden', 'byta stolarna i Norrskolans matsal', 'sätta upp ljuddämpande plattor'],
    },
  ],
  negative: [
    // A person named as leading the work is no unit: the list of what a renovated hall has stays no plan.
    { doc: 'Simhallen öppnar igen i september. Arbetet leds av Eva Lind, projektledare på fastighetsenheten.\n# Det här finns\n- En bassäng på 25 meter\n- En bastu med utsikt', activities: [] },
    // A duty of another kind names no owner of the plan's work, and the sentence alone makes no plan.
    { doc: 'Kommunstyrelsen ansvarar för att planen följs upp varje år. Planen gäller 2027–2028.', activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph') return;
      const fields = planFields(view.text(i));
      if (!fields.length) return;
      // A sentence leading into the plan's sections ('Det här ska göras under 2027:' over headings) leads into no list: its time is the plan's.
      const overSections = /:\s*$/u.test(view.trimmed(i)) && view.blocks[i + 1]?.kind === 'heading';
      const rule = overSections ? 'field/plan-time-lead-in' : 'field/plan-owner';
      out.push({ block: i, construction: 'field/plan-owner', rule, role: 'field', evidence: [{ id: 'plan-owner-sentence', weight: 0.6 }], acts: [{ op: 'group-fields', reach: 'section', fields, rule: PLAN_OWNER_RULE }] });
    });
    return out;
  },
});

/**
 * The owner and time a paragraph gives a whole plan: the first sentence that names the unit carrying it out (with
 * a time said after the unit), and a sentence that gives all the work one time; offsets in the paragraph. Empty
 * where it names neither, or names as the one who leads the work someone who is no unit (a person, 'vi').
 */
export function planFields(text: string): Field[] {
  const fields: Field[] = [];
  const field = (role: 'owner' | 'time', at: number, value: string): Field => ({ role, label: '', value, start: at, end: at + value.length, rule: PLAN_OWNER_RULE });
  for (const s of sentences(text)) {
    const sentence = s.text.trim();
    const at = s.start + (s.text.length - s.text.trimStart().length);
    const owner = fields.some((f) => f.role === 'owner') ? null : ownerSentence(sentence);
    if (owner) {
      fields.push(field('owner', at + owner.index, owner.unit));
      const time = PLAN_TIME_AFTER_OWNER.pattern.exec(sentence.slice(owner.end));
      if (time && isTime(time[1])) fields.push(field('time', at + owner.end + time[0].indexOf(time[1]), time[1]));
      continue;
    }
    const time = fields.some((f) => f.role === 'time') ? null : PLAN_TIME_SENTENCE.pattern.exec(sentence);
    if (time && isTime(time[1])) fields.push(field('time', at + time[0].lastIndexOf(time[1]), time[1]));
  }
  return fields;
}

/** The unit a sentence names as carrying out the plan, its offset in the sentence and where the match ends; null where it names none or no unit. */
function ownerSentence(sentence: string): { unit: string; index: number; end: number } | null {
  for (const { pattern } of PLAN_OWNER_SENTENCES) {
    const m = pattern.exec(sentence);
    const unit = m && (m[1] ?? m[2]);
    if (!m || !unit || GENERIC_ACTOR.test(unit) || !isOwnerPart(unit)) continue;
    return { unit, index: m[0].indexOf(unit), end: m[0].length };
  }
  return null;
}

/** A time a sentence gives the work: one a time cell would read as, after its preposition ('under 2027', 'senast hösten 2028'). */
const isTime = (value: string) => /\b(?:19|20)\d\d\b/u.test(value) && cellKind(value.replace(TIME_LEAD_PREPOSITION, '')) === 'time';
