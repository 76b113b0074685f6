import { CLAUSE_JOIN, SHALL_WORD } from '../../lang/sections.js';
import { sv } from '../../lang/pattern.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { defineConstruction } from './define.js';
import { itemsAfter, judgeLeadIn } from './lead-in.js';

export const openLeadIn = defineConstruction({
  id: 'lead-in/open-sentence',
  description:
    "A short line that opens a sentence with its modal ('Nämnden ska under 2027') and leaves it open, its items going on in lower case and punctuated as one sentence ('a) … (TF, 2027),', 'b) … samt', 'c) … .'): a lead-in to the actions, not a section title, whatever its format.",
  positive: [
    {
      doc: '# Fokusområde 1 – Rent vatten\n## Nämnden ska under 2027\n- kartlägga enskilda avlopp runt sjön (MBF, 2027),\n- anlägga en våtmark vid åns utlopp (TF, 2027–2028) och\n- mäta näringsämnen i bäckarna (MBF, löpande).\n# Fokusområde 2 – Levande skog\n## Förvaltningen skall årligen\n- gallra kommunens tätortsnära skog (TF, 2028);\n- märka upp två nya vandringsleder (KFF, 2027).',
      focusAreas: ['Rent vatten', 'Levande skog'],
      activities: ['kartlägga enskilda avlopp runt sjön', 'anlägga en våtmark vid åns utlopp', 'mäta näringsämnen i bäckarna', 'gallra kommunens tätortsnära skog', 'märka upp två nya vandringsleder'],
    },
  ],
  negative: [
    // A goal set as a heading says what shall be, and its list is no run of its sentence: the heading stays the section.
    {
      doc: '# Alla barn ska ha en trygg uppväxt\n- Erbjuda föräldrastöd i alla kommundelar\n- Anställa fler skolkuratorer\n# Alla unga ska kunna påverka\n- Starta ett ungdomsråd\n- Ordna dialogmöten på skolorna',
      focusAreas: ['Alla barn ska ha en trygg uppväxt', 'Alla unga ska kunna påverka'],
    },
    // Items in lower case that end each on its own, no run of one sentence: a title over a list.
    { doc: '# Kommunen ska vara trygg\n- belysa gångvägarna\n- rensa sikthinder vid skolorna\n# Kommunen ska vara grön\n- plantera träd\n- anlägga ängar', focusAreas: ['Kommunen ska vara trygg', 'Kommunen ska vara grön'] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'heading' && b.kind !== 'paragraph') return;
      const t = view.trimmed(i);
      if (!isOpenSentence(t)) return;
      const items = sentenceRun(itemsAfter(view, i));
      if (!items) return;
      const intro = judgeLeadIn({ kind: 'shall', actor: null, text: t }, items);
      if (intro?.kind === 'shall') out.push({ block: i, construction: 'lead-in/open-sentence', rule: 'lead-in/open-sentence', role: 'lead-in', evidence: [{ id: 'lead-in-open-sentence', weight: 0.8 }], acts: [{ op: 'lead-in', leadIn: { ...intro, items: items.length } }] });
    });
    return out;
  },
});

/** A line's sentence is that short, its modal given and the infinitive still owed. */
const MAX_OPEN_WORDS = 8;

/** A short line with a modal ('ska'), no mark to end it and nothing past it that a title could be. */
function isOpenSentence(text: string): boolean {
  return SHALL_WORD.test(text) && !/[.!?:;,)]$/u.test(text) && text.split(/\s+/).length <= MAX_OPEN_WORDS;
}

/** An item that leaves its sentence open for the next: a comma or semicolon, perhaps a join word after it, or the join word alone. */
const RUN_ON = sv(`(?:[,;](?:\\s+(?:${CLAUSE_JOIN.words.join('|')}))?|\\s(?:${CLAUSE_JOIN.words.join('|')}))$`, 'iu');

/**
 * The items that go on the line's sentence, up to the one that closes it (a list of other
 * business may follow in the same run), or null: two at least, each opening in lower case,
 * every one before the last leaving the sentence open.
 */
function sentenceRun(items: string[]): string[] | null {
  const end = items.findIndex((t) => /[.!]$/u.test(t));
  const run = items.slice(0, end + 1);
  if (end < 1 || !run.every((t) => /^\p{Ll}/u.test(t))) return null;
  return run.slice(0, -1).every((t) => RUN_ON.test(t)) ? run : null;
}
