import { ACTION_NOUN, ADVERB_BEFORE_VERB, GOAL_CLAUSE, OBLIGATION_CLAUSE, isInfinitive, isShortVerbBeforeObject } from '../../lang/morphology.js';
import { defineConstruction } from './define.js';

export const actionItem = defineConstruction({
  id: 'activity/action-like',
  description: "An item that reads as an action: it opens with an infinitive ('Ta fram', 'Införa', 'Marknadsföra'), by Swedish morphology, or names one with a noun made from a verb where its list is one of actions.",
  positive: [
    { doc: '# Service\n- Införa en digital felanmälan\n- Kartlägga handläggningstiderna\n- Ta fram en servicegaranti', activities: ['Införa en digital felanmälan', 'Kartlägga handläggningstiderna', 'Ta fram en servicegaranti'] },
    { doc: '# Service\n- Införa en digital felanmälan\n- Kartlägga handläggningstiderna\n- Företagsbesök med kommunalråd', activities: ['Införa en digital felanmälan', 'Kartlägga handläggningstiderna', 'Företagsbesök med kommunalråd'] },

    // Verbs the list gives by their forms ('tända': 'tänder', 'tände'), and a verb of two letters before its object's article.
    { doc: '# Skolgårdar\n- Så ett fält med vildblommor bakom idrottshallen\n- Tända belysningen på skolgården till klockan 22\n- Hyra ut gymnastiksalen till föreningar på helger', activities: ['Så ett fält med vildblommor bakom idrottshallen', 'Tända belysningen på skolgården till klockan 22', 'Hyra ut gymnastiksalen till föreningar på helger'] },
  ],
  negative: [
    { doc: '# Våra värden\n- Öppenhet\n- Delaktighet\n- Serviceanda', activities: [] },
    { doc: '# Mål\n- Kommunen ska vara bland de 100 bästa i rankingen\n- Sysselsättningen ska öka', activities: [] },
    { doc: '# Våra partner\n- Företagarna\n- Länsstyrelsen\n- Lokala företag', activities: [] },
    // 'Så' as an adverb or conjunction opens no action: no article or number opens an object after it.
    { doc: '# Så arbetar vi\n- Så här gör vi när en ansökan kommer in\n- Så långt möjligt digitalt\n- Så att alla kan delta', activities: [] },
    // Advice to residents: a heading or lead-in that speaks to the reader ('du', 'ni') opens what they may do, not the organisation's plan.
    { doc: '# Värmebölja i sommar\nSMHI varnar för höga temperaturer.\n## Det här kan du göra\n- Dricka mycket vatten under dagen\n- Hålla dig inomhus mitt på dagen\n- Ringa din vårdcentral vid yrsel', activities: [] },
    { doc: '# Energi hemma\nSå här kan ni sänka elräkningen:\n- Sänka inomhustemperaturen en grad\n- Stänga av apparater i viloläge\n- Tvätta med fulla maskiner', activities: [] },
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
  if (words.length >= 2 && (isInfinitive(first) || isShortVerbBeforeObject(first, words[1]))) return 'verb';
  // An adverb ending in -t or -vis, or 'Löpande', before the verb.
  if (words[2] && ADVERB_BEFORE_VERB.test(first) && isInfinitive(words[1])) return 'verb';
  if (GOAL_CLAUSE.test(text)) return 'goal';
  if (ACTION_NOUN.test(first)) return 'noun';
  return 'none';
}

export function statesObligation(text: string): boolean {
  return OBLIGATION_CLAUSE.test(text);
}
