import { OWNER_LIST_INTRO } from '../../lang/structure.js';
import { ACTION_LEAD_IN, ACTOR_SHALL, GENERIC_ACTOR, FOCUS_AREA_LIST_INTRO, INFINITIVE_LEAD_IN, NON_ACTION_CONTEXT } from '../../lang/sections.js';
import type { LeadIn } from '../outline/types.js';
import type { Proposal } from '../resolve/proposal.js';
import { defineConstruction } from './define.js';

export const leadIn = defineConstruction({
  id: 'lead-in/list',
  description: "A line ending in ':' that says what the list under it is: actions ('Vi ska:', 'Kommunen ska:', 'Åtgärder:', 'Exempel på insatser:'), or goals, measures, documents and recipients, which are none.",
  positive: [
    { doc: '# Ett gott företagsklimat\nVi ska:\n- ge företagen en väg in till kommunen\n- korta handläggningstiderna\n# Kompetens\nVi ska:\n- öka antalet lärlingsplatser', focusAreas: ['Ett gott företagsklimat', 'Kompetens'], activities: ['ge företagen en väg in till kommunen', 'korta handläggningstiderna', 'öka antalet lärlingsplatser'] },
    { doc: '# Plats\nÅtgärder:\n- Marknadsföring av orten\n- Ny verksamhetsmark', activities: ['Marknadsföring av orten', 'Ny verksamhetsmark'] },
    { doc: 'Mål 1: Fler företag startar och växer\nAktiviteter:\n- Erbjuda nyföretagarrådgivning\n- Genomföra en årlig företagarvecka\nMål 2: Bättre kompetensförsörjning\nAktiviteter:\n- Starta ett teknikcollege\n# Indikatorer\n- Antal nystartade företag', focusAreas: ['Fler företag startar och växer', 'Bättre kompetensförsörjning'], activities: ['Erbjuda nyföretagarrådgivning', 'Genomföra en årlig företagarvecka', 'Starta ett teknikcollege'] },
    // A period after the list's name, the modal before its subject, a goal named in the lead-in: still actions.
    { doc: '# Avfall\nÅtgärder 2025–2026:\n- Öppna en återbruksbutik\n- Införa matavfallsinsamling i villor', activities: ['Öppna en återbruksbutik', 'Införa matavfallsinsamling i villor'] },
    { doc: '# Klimat\nUnder 2025 ska kommunen:\n- byta till elbilar i hemtjänsten\n- installera solceller på skolorna', activities: ['byta till elbilar i hemtjänsten', 'installera solceller på skolorna'] },
    { doc: '# Kultur\nAktiviteter för att nå målen:\n- Starta bokcirklar på fritidsgårdar\n- Digitalisera hembygdsarkivet', activities: ['Starta bokcirklar på fritidsgårdar', 'Digitalisera hembygdsarkivet'] },
  ],
  negative: [
    { doc: '# Uppföljning\nStrategin följs upp med följande mått:\n- Antal nystartade företag\n- Företagsklimat enligt enkät', activities: [] },
    { doc: '# Protokoll\nExpedieras till:\n- Ekonomichefen\n- Tekniska förvaltningen', activities: [] },
    { doc: '# Mål\nStrategins mål till 2030:\n- Utveckla fler arbetstillfällen\n- Öka antalet företag', activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      const t = view.trimmed(i);
      // A list item that ends in a colon introduces the items after it, as a paragraph would.
      if (b.kind === 'item' && !b.marker && /:\s*$/.test(t)) {
        const intro = classifyLeadIn(t);
        if (intro && intro.kind !== 'plain') out.push({ block: i, construction: 'lead-in/list', rule: 'lead-in/item', role: 'lead-in', evidence: [{ id: `lead-in-${intro.kind}`, weight: 0.8 }], acts: [{ op: 'lead-in', leadIn: intro }] });
      }
      if (b.kind !== 'paragraph') return;
      const intro = classifyLeadIn(t);
      if (intro) out.push({ block: i, construction: 'lead-in/list', rule: 'lead-in/paragraph', role: 'lead-in', evidence: [{ id: `lead-in-${intro.kind}`, weight: intro.kind === 'plain' ? 0.3 : 0.8 }], acts: [{ op: 'lead-in', leadIn: intro }] });
    });
    return out;
  },
});

/** What a line ending in ':' opens, or null for a line that is no lead-in. */
export function classifyLeadIn(text: string): LeadIn | null {
  const t = text.trim();
  if (!/:\s*$/.test(t)) return null;
  // The last sentence of the paragraph is the lead-in: 'Företagen ska … Vi ska:'.
  const last = t.split(/(?<=[.!?])\s+(?=[\p{Lu}])/u).pop() ?? t;
  const shall = ACTOR_SHALL.exec(last);
  if (ACTION_LEAD_IN.test(last) && !NON_ACTION_CONTEXT.test(last)) {
    if (shall && !GENERIC_ACTOR.test(shall[1])) return { kind: 'shall', actor: shall[1], text: last };
    return { kind: shall ? 'shall' : 'action', actor: null, text: last };
  }
  // '… skapar vi förflyttning mot visionen – med särskilt fokus på att:': the clause that ends in 'att:' decides.
  const clause = last.split(/\s[–—-]\s|[,;]\s/).pop() ?? last;
  if (INFINITIVE_LEAD_IN.test(clause) && !NON_ACTION_CONTEXT.test(clause)) return { kind: 'action', actor: null, text: last };
  if (OWNER_LIST_INTRO.test(last)) return { kind: 'owners', actor: null, text: last };
  if (FOCUS_AREA_LIST_INTRO.test(last)) return { kind: 'focus-list', actor: null, text: last };
  if (NON_ACTION_CONTEXT.test(last)) return { kind: 'non-action', actor: null, text: last };
  return { kind: 'plain', actor: null, text: last };
}
