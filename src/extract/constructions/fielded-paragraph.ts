import { GOAL_CLAUSE, reportsPast } from '../../lang/morphology.js';
import { splitFields } from '../outline/fields.js';
import type { OutlineContext, Proposal } from '../resolve/proposal.js';
import { actionKind } from './action-item.js';
import { SUBJECT_MODAL_LEAD } from '../../lang/sections.js';
import { defineConstruction } from './define.js';
import { runInTitle } from './labelled-clauses.js';
import { sentences } from './owned-sentence.js';
import { readOwner } from './list-owner.js';
import type { DocView } from '../view/document-view.js';

/** The most sentences an action's paragraph holds before its fields: the action, and a sentence or two on why or how. */
const MAX_SENTENCES = 3;

export const fieldedParagraph = defineConstruction({
  id: 'activity/fielded-paragraph',
  description:
    "A prose plan may give each action a paragraph of its own, the action first and its labelled fields last ('Erbjuda … . Ansvar: X. Tid: 2027.', '… (Ansvar: X; tid: Y).', only 'Ansvar: X.'), perhaps after a short run-in title that names it ('Skyltning: Märka ut … . Tid: … Ansvar: …'), or its owner (and time) in a last sentence of prose ('Arbetet leds av X och ska vara klart under 2028.', 'X ansvarar, med start hösten 2027.', 'Ansvarig är X.'): such a paragraph is one activity with those fields, in any order and with any of them missing; a paragraph whose words before the fields are no action (a goal, a report of what was done, a contact) is prose.",
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
      // A care plan: the owner and time in each paragraph's last sentence, in prose, written three ways; a sentence of why between.
      doc: '# Stöd till anhöriga\nStarta en samtalsgrupp för unga anhöriga. Behovet har ökat. Arbetet leds av socialförvaltningen och ska vara klart under 2027.\nErbjuda avlösning även kvällstid. Hemtjänsten ansvarar, med start hösten 2027.\nTa fram en broschyr om anhörigstöd. Ansvarig är kommunikationsenheten.',
      activities: ['Starta en samtalsgrupp för unga anhöriga. Behovet har ökat.', 'Erbjuda avlösning även kvällstid.', 'Ta fram en broschyr om anhörigstöd.'],
    },
    {
      // A paragraph whose subject shall do the work, the owner and time after it with lower-case labels.
      doc: '# Skolmåltider\nKostenheten ska servera vegetarisk lunch två dagar i veckan. ansvarig: Kostenheten, tid: HT 2027.',
      activities: ['Kostenheten ska servera vegetarisk lunch två dagar i veckan.'],
    },
  ],
  negative: [
    // What was done, in the past tense, with who led it in its last sentence: a report, not a plan.
    { doc: '# Fritidsgårdar\nVi höll fritidsgården öppen även på söndagar. Besöken ökade. Arbetet leddes av fritidsenheten.', activities: [] },
    // A sentence of why with a 'ska' deep in it, then the plan's owner: no action.
    { doc: '# Belysning\nSamtidigt är ljuset viktigt för att alla ska känna sig trygga. Gatuenheten ansvarar för arbetet med planen.', activities: [] },
    // An action's paragraph closed by a contact person, not a unit: prose.
    { doc: '# Simhallen\nBygga om omklädningsrummen i simhallen. Ansvarig är Eva Ek.', activities: [] },
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
      if (at === null) return proposeOwnedParagraph(view, i, out);
      out.push({
        block: i,
        construction: 'activity/fielded-paragraph',
        rule: 'activity/fielded-paragraph',
        role: 'activity',
        evidence: [{ id: 'paragraph-with-fields', weight: 0.75 }],
        when: standsAlone,
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
  return at;
}

/**
 * A paragraph per action whose owner is named in its last sentence in prose ('Arbetet leds av X och
 * ska vara klart under 2028.', 'X ansvarar, med start hösten 2027.', 'Ansvarig är X.'): the
 * sentences before it, opening with an action, are the activity, and that sentence its fields.
 */
function proposeOwnedParagraph(view: DocView, i: number, out: Proposal[]): void {
  const text = view.trimmed(i);
  const all = sentences(text);
  const last = all.at(-1);
  if (all.length < 2 || all.length > MAX_SENTENCES + 1 || !last) return;
  const owner = readOwner(last.text.trim(), last.start);
  const body = text.slice(0, last.start).trimEnd();
  if (!owner || !opensAction(body)) return;
  // The fields' offsets count from the block's start, as the resolver attaches them.
  const lead = view.begin(i) - view.blocks[i].start;
  const fields = owner.fields.map((f) => ({ ...f, start: f.start + lead, end: f.end + lead }));
  out.push({
    block: i,
    construction: 'activity/fielded-paragraph',
    rule: 'activity/owned-paragraph',
    role: 'activity',
    evidence: [{ id: 'paragraph-with-owner-sentence', weight: 0.7 }],
    when: standsAlone,
    acts: [
      { op: 'entry', kind: 'item', start: view.begin(i), text: body, rules: ['activity/owned-paragraph'] },
      { op: 'fields', fields, rule: 'field/closing-owner' },
    ],
  });
}

/**
 * Whether a paragraph may be an action of its own where it stands: inside a section (before any, it
 * is a masthead's or a cover's, whatever its fields say), and not right after an item that names no
 * owner or time, whose description it is ('2.1 Digitalisera fotoarkivet' over 'Kommunen ska öppna …').
 */
function standsAlone(ctx: OutlineContext): boolean {
  const last = ctx.lastEntry;
  return ctx.current.heading !== null && !(last && !last.fields.some((f) => f.role === 'owner' || f.role === 'time'));
}

/** Whether a paragraph's first sentence states an action: an infinitive or what someone shall do, not a goal, nor what was done (a sentence of why after it may tell of the past). */
function opensAction(text: string): boolean {
  const first = sentences(text)[0]?.text ?? text;
  if (reportsPast(first.toLowerCase())) return false;
  // What someone shall do opens on its subject and modal ('Kostenheten ska servera …'); a 'ska' deeper in the sentence ('… viktig för att människor ska känna sig trygga') states none.
  return actionKind(first) === 'verb' || (SUBJECT_MODAL_LEAD.test(first) && !GOAL_CLAUSE.test(first));
}
