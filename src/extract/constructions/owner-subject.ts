import { isGovernedInfinitive, STATE_AFTER_MODAL } from '../../lang/morphology.js';
import { CLAUSE_MARK, SUBJECT_MODAL_VERB } from '../../lang/sections.js';
import { timeInSentence } from '../activity-fields.js';
import { isOwnerPart, trailingOwner, type Field } from '../outline/fields.js';
import { defineConstruction } from './define.js';
import { proposeSentenceActions, type SentenceAction } from './sentence-actions.js';
import { sentences } from './owned-sentence.js';

export const ownerSubject = defineConstruction({
  id: 'activity/owner-subject',
  description:
    "In a plan written as prose, a sentence whose subject is a unit and whose modal governs a verb of work ('Parkenheten ska plantera 200 träd senast 2028.') assigns that work to the unit: the whole sentence is the activity, its subject the owner, the time read from inside it. A goal has no unit for subject ('Andelen … ska öka'), a unit that shall be something does no work ('Enheten ska vara …'), and a report is in the past tense. A sentence with no time in it states a unit's standing task, as a strategy explains itself. The shape must recur in the document: where two sentences have a unit for subject, one whose subject is a name (a company, a service: 'Västbo Energi ska …') or two owners together ('X och Y ska gemensamt …') is an assignment too.",
  positive: [
    {
      // A plan for parks: numbered area headings, one owned sentence a paragraph.
      doc: '# 1 Gröna stråk\nParkenheten ska plantera 200 träd längs Storgatan senast 2028.\nGatuenheten ska bygga en gångväg genom Norrparken under 2027.\n# 2 Lek\nFritidsenheten ska rusta upp fyra lekplatser under 2026–2027.',
      focusAreas: ['Gröna stråk', 'Lek'],
      activities: ['Parkenheten ska plantera 200 träd längs Storgatan senast 2028', 'Gatuenheten ska bygga en gångväg genom Norrparken under 2027', 'Fritidsenheten ska rusta upp fyra lekplatser under 2026–2027'],
    },
    {
      // A social services plan: a role for subject, an adverb after the modal, reasoning before the action in the same paragraph.
      doc: '# Trygg hemtjänst\nMånga äldre känner sig ensamma. Enhetschefen ska också införa fasta kontaktpersoner under hösten 2026.\n# Anhöriga\nAnhörigsamordnaren ska starta en stödgrupp för anhöriga under 2027.',
      focusAreas: ['Trygg hemtjänst', 'Anhöriga'],
      activities: ['Enhetschefen ska också införa fasta kontaktpersoner under hösten 2026', 'Anhörigsamordnaren ska starta en stödgrupp för anhöriga under 2027'],
    },
    {
      // A housing plan: a company and a service named without a unit's word, beside units; two owners as one subject; dates written two ways.
      doc: '# 1. Bostäder för äldre\nSocialförvaltningen ska kartlägga behovet av trygghetsboenden senast 2027-06-30.\nVästbo Energi och Fastighetsenheten ska gemensamt ta fram en plan för solceller på seniorboenden senast den 31 maj 2028.\n# 2. Boende för unga\nUngdomsbostäderna ska erbjuda 20 nya studentlägenheter under 2028.\nBostadsenheten ska starta en kö för förstagångshyresgäster under hösten 2027.',
      focusAreas: ['Bostäder för äldre', 'Boende för unga'],
      activities: [
        'Socialförvaltningen ska kartlägga behovet av trygghetsboenden senast 2027-06-30',
        'Västbo Energi och Fastighetsenheten ska gemensamt ta fram en plan för solceller på seniorboenden senast den 31 maj 2028',
        'Ungdomsbostäderna ska erbjuda 20 nya studentlägenheter under 2028',
        'Bostadsenheten ska starta en kö för förstagångshyresgäster under hösten 2027',
      ],
    },
  ],
  negative: [
    // Subjects that are names only, with no unit's sentence beside them to show the document writes its plan so.
    { doc: '# Föreningar\nVästbo Energi ska erbjuda rådgivning om solceller under 2027.\nGnistan ska starta en kör för seniorer under 2028.', activities: [] },
    // Goals: the subject is a measure or a group, not a unit.
    { doc: '# Mål\nAndelen ekologiska livsmedel ska öka senast 2028.\nFler företag ska vilja etablera sig i kommunen under 2027.', activities: [] },
    // Minutes' background in the past tense: what units did is no plan.
    { doc: '# Bakgrund\nMiljöenheten genomförde en kartläggning under 2025.\nSocialförvaltningen har tagit fram en enkät under 2024.', activities: [] },
    // A unit that shall be or have something does no work.
    { doc: '# Organisation\nKulturenheten ska vara en del av förvaltningen från 2027.\nFritidsenheten ska ha en egen budget från 2028.', activities: [] },
    // A strategy's reasoning: units with standing tasks and no time to do them in.
    { doc: '# Företagsklimat\nNäringslivsenheten ska verka för att det blir lätt att starta företag. Förvaltningen ska arbeta för ett gott bemötande.\n# Mark\nPlanenheten ska främja en god markberedskap.', activities: [] },
    // One owned sentence in a whole document is a remark, not the document's way of writing its plan.
    { doc: '# Uppföljning\nKommunen följer upp planen årligen. Ekonomienheten ska sammanställa utfallet senast 2028.', activities: [] },
  ],
  propose(view) {
    return proposeSentenceActions(view, ['paragraph'], ownedBySubject, 'activity/owner-subject', { id: 'unit-as-subject', weight: 0.6 });

  },
});

type SubjectSentence = SentenceAction;

/** Owners named together as one subject ('Socialtjänsten och bostadsbolaget ska gemensamt …'): one a unit shows them owners; the first is the lead. */
const GROUP_JOIN = /\s+och\s+|,\s*/u;
/**
 * A subject shaped as a unit's name though no unit's word says so: a company or a service by name
 * ('Gnosjöhem', 'Budget- och skuldrådgivningen', 'Västbo Energi'), each word capitalised or a noun in
 * the definite form, a word joined by 'och' or a dash allowed; a measure or a group ('Andelen
 * ekologiska livsmedel', 'Fler företag') ends in no such noun.
 */
function isUnitName(subject: string): boolean {
  const words = subject.split(/\s+/u);
  const last = words[words.length - 1];
  return words.length <= 3 && /^\p{Lu}/u.test(subject) && !/\d/u.test(subject) && (/^\p{Lu}/u.test(last) || /\p{Ll}(?:en|et|na)$/u.test(last));
}

/**
 * The sentences of a paragraph whose subject is a unit that shall do something. Sentences other
 * constructions read are left to them: one with a unit in parentheses at its end, one of lettered or
 * numbered clauses.
 */
export function ownedBySubject(text: string): SubjectSentence[] {
  const out: SubjectSentence[] = [];
  for (const s of sentences(text)) {
    const m = SUBJECT_MODAL_VERB.exec(s.text);
    if (!m || !isGovernedInfinitive(m[2]) || STATE_AFTER_MODAL.test(m[2])) continue;
    const firm = isOwnerPart(m[1]) || m[1].split(GROUP_JOIN).some(isOwnerPart);
    if (!firm && !isUnitName(m[1])) continue;
    if (trailingOwner(s.text, true) || s.text.match(CLAUSE_MARK)) continue;
    // The assignment dates its work ('senast 2028', 'under hösten 2027'); a unit's standing task with no time is a strategy's reasoning.
    if (!timeInSentence(s.text)) continue;
    const body = s.text.replace(/[.!]\s*$/u, '').trimEnd();
    out.push({ start: s.start, text: body, fields: [{ role: 'owner', label: '', value: m[1], start: s.start, end: s.start + m[1].length, rule: 'field/owner-as-subject' }], ...(firm ? {} : { byShape: true }) });
  }
  return out;
}
