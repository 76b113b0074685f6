import { isPresentTense } from '../../lang/morphology.js';
import { CONJUNCTIONS } from '../../lang/language.js';
import { TRACK_PATTERNS } from '../../lang/status.js';
import type { Proposal } from '../resolve/proposal.js';
import { defineConstruction } from './define.js';

export const whereClause = defineConstruction({
  id: 'section/where-clause',
  description: "A focus-area heading that ends '…, där kommunen:' (or 'där vi:') opens intervention areas written as clauses in lower case ('erbjuder mötesplatser …'); the items under each clause are its activities.",
  positive: [
    { doc: 'Fokusområde 1: Trygga offentliga miljöer, där kommunen:\nförebygger skadegörelse i centrum.\no Nattvandring med föreningar\no Belysning i gångtunnlar\nsamverkar med polisen om lägesbilder.\no Gemensam lägesbild varje månad', focusAreas: ['Trygga offentliga miljöer'], subAreas: ['förebygger skadegörelse i centrum.', 'samverkar med polisen om lägesbilder.'], activities: ['Nattvandring med föreningar', 'Belysning i gångtunnlar', 'Gemensam lägesbild varje månad'] },
    { doc: 'Insatsområde 2: Ett rikt kulturliv, där vi:\nerbjuder unga egna scener.\no Öppen scen på fritidsgården', subAreas: ['erbjuder unga egna scener.'] },
  ],
  negative: [
    { doc: '# Bakgrund\nKommunen arbetar där det behövs.\nerbjuder ingenting här.', focusAreas: [], subAreas: [], activities: [] },
    // A heading without the clause: lower-case lines under it are no intervention areas.
    { doc: 'Fokusområde 1: Trygga offentliga miljöer\nförebygger skadegörelse i centrum.\n- Ordna nattvandring med föreningar', subAreas: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    const base = { construction: 'section/where-clause', evidence: [{ id: 'clause-after-where', weight: 0.8 }] };
    view.blocks.forEach((b, i) => {
      if (b.kind === 'row' || b.kind === 'heading') return;
      const t = view.trimmed(i);
      // Clauses after '…, där kommunen:' open intervention areas.
      if (/^\p{Ll}/u.test(t)) out.push({ ...base, block: i, rule: 'section/where-clause', role: 'area', when: (ctx) => ctx.whereSection !== null && ctx.leadIn?.kind !== 'shall', acts: [{ op: 'clause', start: view.begin(i), text: t }] });
      // In a run-on transcript an item swallows the clause after it.
      const cut = b.kind === 'item' && /^[\p{Lu}\d]/u.test(t) ? trailingClause(t) : null;
      if (cut !== null) out.push({ ...base, block: i, rule: 'activity/item-before-clause', role: 'activity', when: (ctx) => ctx.whereSection !== null, acts: [{ op: 'entry', kind: 'item', start: view.begin(i), text: t.slice(0, cut).trimEnd(), rules: ['activity/list-item'] }, { op: 'clause', start: view.begin(i) + cut, text: t.slice(cut) }] });
    });
    return out;
  },
});

const conjunctions = new Set(CONJUNCTIONS);

/**
 * In a run-on transcript an item swallows the clause after it ('Utvecklings-
 * projekt X genomsyras i hela förvaltningen …'): the clause starts at a
 * present-tense verb in lower case that no conjunction or comma joins to the item.
 */
export function trailingClause(text: string): number | null {
  if (!/[.]\s*$/.test(text)) return null;
  const re = /\S+/g;
  let previous: string | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    // 'Grön indikerar att …' is a legend line, not an item and a clause.
    if (previous !== null && !TRACK_PATTERNS.some((t) => t.pattern.test(text.slice(0, m!.index).trim())) && /^\p{Ll}+$/u.test(word) && !conjunctions.has(previous.toLowerCase()) && !/[,:]$/.test(previous) && isPresentTense(word)) return m.index;
    previous = word;
  }
  return null;
}
