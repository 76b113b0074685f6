import { reportsPast } from '../../lang/morphology.js';
import { splitFields } from '../outline/fields.js';
import type { Proposal } from '../resolve/proposal.js';
import { actionKind, statesObligation } from './action-item.js';
import { defineConstruction } from './define.js';
import { runInTitle } from './labelled-clauses.js';
import { sentences } from './owned-sentence.js';

/** The most sentences an action's paragraph holds before its fields: the action, and a sentence or two on why or how. */
const MAX_SENTENCES = 3;

export const fieldedParagraph = defineConstruction({
  id: 'activity/fielded-paragraph',
  description:
    "A prose plan may give each action a paragraph of its own, the action first and its labelled fields last ('Erbjuda … . Ansvar: X. Tid: 2027.', '… (Ansvar: X; tid: Y).', only 'Ansvar: X.'), perhaps after a short run-in title that names it ('Skyltning: Märka ut … . Tid: … Ansvar: …'): such a paragraph is one activity with those fields, in any order and with any of them missing; a paragraph whose words before the fields are no action (a goal, a report of what was done, a contact) is prose.",
  positive: [
    {
      // A library plan: a paragraph per action under labelled areas, fields written three ways, one without a time.
      doc: '# Målområde 1: Läsande barn\nDela ut en bokpåse till alla familjer vid barnets BVC-besök vid sex månader. Ansvar: Biblioteket i samverkan med Regionen. Tid: 2027.\nStarta läsecirklar för föräldrar på förskolorna (Ansvar: Förskoleförvaltningen; tid: från hösten 2027).\n# Målområde 2: Öppna bibliotek\nInföra meröppet på filialen i Ryd. Ansvar: Kulturförvaltningen.',
      focusAreas: ['Läsande barn', 'Öppna bibliotek'],
      activities: ['Dela ut en bokpåse till alla familjer vid barnets BVC-besök vid sex månader.', 'Starta läsecirklar för föräldrar på förskolorna', 'Införa meröppet på filialen i Ryd.'],
    },
    {
      // A crisis-preparedness plan: each paragraph opens with a run-in name, the time before the owner, a sentence of why after the action.
      doc: '# Reservvatten\nNödvattentank: Köpa in två nödvattentankar till äldreboendena. Behovet visade sig vid vattenläckan i fjol. Tid: VT 2027. Ansvar: VA-enheten.\nÖvning. Öva nödvattenutdelning med frivilliga en gång per år. Ansvar: Räddningstjänsten. Tid: 2027–2028.',
      activities: ['Köpa in två nödvattentankar till äldreboendena. Behovet visade sig vid vattenläckan i fjol.', 'Öva nödvattenutdelning med frivilliga en gång per år.'],
    },
    {
      // A paragraph whose subject shall do the work, the owner and time after it with lower-case labels.
      doc: '# Skolmåltider\nKostenheten ska servera vegetarisk lunch två dagar i veckan. ansvarig: Kostenheten, tid: HT 2027.',
      activities: ['Kostenheten ska servera vegetarisk lunch två dagar i veckan.'],
    },
  ],
  negative: [
    // What was done, in the past tense, with who did it: a report, not a plan.
    { doc: '# Läsfrämjande\nBiblioteket delade ut 400 bokpåsar under 2026. Ansvar: Biblioteket.', activities: [] },
    // A goal with its owner is no action.
    { doc: '# Mål\nAndelen barn som läser varje dag ska öka. Ansvar: Kulturnämnden. Tid: 2028.', activities: [] },
    // A contact paragraph: a name and a phone, no action.
    { doc: '# Kontakt\nFrågor om planen besvaras av kulturchefen. Ansvarig: Eva Ek, 0470-123 45.', activities: [] },
    // A name with fields and no action after it names a field of work, not what shall be done.
    { doc: '# Vinter\nVinterväghållning på landsbygden. Ansvar: Gatuenheten. Tid: 2027.', activities: [] },
    // A long paragraph of background ending in a field is prose about the plan.
    { doc: '# Bakgrund\nUtreda behovet av fler platser. Kommunen växer. Skolorna är fulla. Förskolorna har kö. Ansvar: Kommunstyrelsen.', activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph') return;
      const text = view.trimmed(i);
      const at = actionStart(text);
      if (at === null) return;
      out.push({
        block: i,
        construction: 'activity/fielded-paragraph',
        rule: 'activity/fielded-paragraph',
        role: 'activity',
        evidence: [{ id: 'paragraph-with-fields', weight: 0.75 }],
        // A paragraph before any section is a masthead's or a cover's, whatever its fields say.
        when: (ctx) => ctx.current.heading !== null,
        acts: [{ op: 'entry', kind: 'item', start: view.begin(i) + at, text: text.slice(at), rules: ['activity/fielded-paragraph'] }],
      });
    });
    return out;
  },
});

/**
 * Where a paragraph's action begins (0, or after its run-in title), or null
 * for a paragraph that is no action with its fields: the fields must name an
 * owner or a time by a label, and what stands before them must open with an
 * action (an infinitive, or what someone shall do) in a few sentences.
 */
export function actionStart(text: string): number | null {
  const { bodyEnd, fields } = splitFields(text);
  if (!fields.some((f) => f.label && (f.role === 'owner' || f.role === 'time'))) return null;
  // A role named twice is several actions' fields run into one paragraph ('… Ansvarig: X. Plantera … Ansvarig: X.'): no one action's.
  if (new Set(fields.map((f) => f.role)).size < fields.length) return null;
  const body = text.slice(0, bodyEnd);
  const title = runInTitle(body, false, true);
  const at = title && !opensAction(body) ? title.body : 0;
  const rest = body.slice(at);
  if (!opensAction(rest) || sentences(rest).length > MAX_SENTENCES) return null;
  if (reportsPast(rest.toLowerCase())) return null;
  return at;
}

function opensAction(text: string): boolean {
  const first = sentences(text)[0]?.text ?? text;
  return actionKind(first) === 'verb' || (statesObligation(first) && actionKind(first) !== 'goal');
}
