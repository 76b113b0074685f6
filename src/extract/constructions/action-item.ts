import { ACTION_NOUN, isInfinitive } from '../../lang/morphology.js';
import { defineConstruction } from './define.js';

export const actionItem = defineConstruction({
  id: 'activity/action-like',
  description: "An item that reads as an action: it opens with an infinitive ('Ta fram', 'Införa', 'Marknadsföra'), by Swedish morphology, or names one with a noun made from a verb where its list is one of actions.",
  positive: [
    { doc: '# Service\n- Införa en företagslots\n- Kartlägga handläggningstiderna\n- Ta fram en servicegaranti', activities: ['Införa en företagslots', 'Kartlägga handläggningstiderna', 'Ta fram en servicegaranti'] },
    { doc: '# Service\n- Införa en företagslots\n- Kartlägga handläggningstiderna\n- Företagsbesök med kommunalråd', activities: ['Införa en företagslots', 'Kartlägga handläggningstiderna', 'Företagsbesök med kommunalråd'] },
  ],
  negative: [
    { doc: '# Våra värden\n- Öppenhet\n- Delaktighet\n- Serviceanda', activities: [] },
    { doc: '# Mål\n- Kommunen ska vara bland de 100 bästa i rankingen\n- Sysselsättningen ska öka', activities: [] },
    { doc: '# Våra partner\n- Företagarna\n- Länsstyrelsen\n- Lokala företag', activities: [] },
  ],
});

export type ActionKind = 'verb' | 'noun' | 'goal' | 'none';

/** The first words that carry meaning: adverbs before the verb ('Aktivt delta', 'Löpande möjliggöra') skipped. */
function leadingWords(text: string): string[] {
  return text
    .replace(/^[\s"”“'(]+/, '')
    .split(/[\s,.:;()]+/)
    .filter(Boolean)
    .slice(0, 3);
}

/**
 * How an item reads: an action by its verb, an action noun, a goal ('X ska
 * öka', 'Antalet … ska'), or none of these.
 */
export function actionKind(text: string): ActionKind {
  const words = leadingWords(text);
  if (words.length === 0) return 'none';
  const first = words[0];
  // An action names what is done: a verb alone ('Producera') is a broken line or a heading.
  if (words.length >= 2 && isInfinitive(first)) return 'verb';
  // An adverb ending in -t or -vis, or 'Löpande', before the verb.
  if (words[2] && /^(?:\p{L}+t|\p{L}+vis|löpande|årligen|fortsatt|gemensamt|aktivt|vidare)$/iu.test(first) && isInfinitive(words[1])) return 'verb';
  if (/\b(?:ska|skall|bör)\s+(?:\p{L}+\s+)?(?:öka|minska|vara|ha|ligga|nå|bli|finnas|uppleva|kunna|präglas|upplevas)\b/iu.test(text)) return 'goal';
  if (ACTION_NOUN.test(first)) return 'noun';
  return 'none';
}

/** What someone shall or should do, as the main clause says it: 'Kommunen ska verka för …', 'Resepolicy bör tas fram'. */
const OBLIGATION = /^(?:\S+\s+){0,7}?(?:ska|skall|bör)\s/iu;

export function statesObligation(text: string): boolean {
  return OBLIGATION.test(text);
}
