import { CLAUSE_JOIN, PROPOSAL_AREA, PROPOSAL_LEAD, SECTION_LABELS } from '../../lang/sections.js';
import { sv } from '../../lang/pattern.js';
import { trailingOwner, type Field } from '../outline/fields.js';
import { makeHeading } from '../outline/heading.js';
import type { Act, OutlineContext, Proposal } from '../resolve/proposal.js';
import { actionKind } from './action-item.js';
import { defineConstruction } from './define.js';

export const proposedClauses = defineConstruction({
  id: 'activity/proposed-clauses',
  description:
    "Minutes and short plans may give their actions as the clauses of one proposal paragraph ('Inom målområdet X föreslås att a (TF, 2026); b (…) samt c (…).'): each clause that opens with an infinitive and closes with its owner and time in parentheses is an activity; a section named in the lead-in is its area.",
  positive: [
    {
      doc: 'Förvaltningen har tagit fram förslag inom två målområden.\nInom målområdet Hållbara transporter föreslås att byta kommunens personbilar mot elbilar (TF, 2026); bygga laddplatser vid tre förskolor (FAST, HT 2026) samt införa en cykelpool för medarbetare (KLF, Löpande).\nInom målområdet Energismarta lokaler föreslås att installera solceller på två skolor (FAST, 2027) och mäta energianvändningen i alla lokaler varje månad (FAST, 2026–2027).',
      focusAreas: ['Hållbara transporter', 'Energismarta lokaler'],
      activities: ['byta kommunens personbilar mot elbilar', 'bygga laddplatser vid tre förskolor', 'införa en cykelpool för medarbetare', 'installera solceller på två skolor', 'mäta energianvändningen i alla lokaler varje månad'],
    },
    {
      // No area in the lead-in: the clauses belong to the section they stand in; 'att' may open each clause.
      doc: '# Trygg äldreomsorg\nUnder perioden avser nämnden att införa fasta kontaktpersoner i hemtjänsten (VOF, 2026); att utbilda all personal i bemötande vid demens (VOF, VT 2027) samt att starta en telefonlinje för anhöriga (VOF/SOC, 2026).',
      activities: ['införa fasta kontaktpersoner i hemtjänsten', 'utbilda all personal i bemötande vid demens', 'starta en telefonlinje för anhöriga'],
    },
    {
      // The lead-in may name the actions and end in a colon, the clauses then set as sentences of their own.
      doc: 'Inom temat Läsande barn föreslås följande åtgärder: Starta läsombud på alla förskolor (KUF, HT 2026); Dela ut en bok till varje nyfödd (Barn- och utbildningsförvaltningen, 2026) samt Förlänga bibliotekets öppettider på lördagar (KUF, 2027).',
      focusAreas: ['Läsande barn'],
      activities: ['Starta läsombud på alla förskolor', 'Dela ut en bok till varje nyfödd', 'Förlänga bibliotekets öppettider på lördagar'],
    },
  ],
  negative: [
    // A paragraph of reasons: its clauses open with no action, whatever their parentheses say.
    { doc: 'Inom fokusområdet Trygghet föreslås att arbetet prioriteras eftersom fler känner sig otrygga (SCB, 2024); otryggheten är störst bland äldre (KLK, 2025) samt bland unga kvinnor (KLK, 2025).', focusAreas: [], activities: [] },
    // A list of decisions: actions, but nobody in parentheses is given the work.
    { doc: 'Kommunstyrelsen föreslås att anta planen för vatten och avlopp (bilaga 1); upphäva den tidigare planen (KF 2019-05-12, § 40) samt justera paragrafen omedelbart.', focusAreas: [], activities: [] },
    // A list of goals: states to reach, not work to do.
    { doc: 'Inom målområdet Hållbara transporter föreslås att andelen elbilar ökar till hälften (TF, 2026); utsläppen från tjänsteresor halveras (KLF, 2030) samt fler medarbetare cyklar till jobbet (TF, 2027).', focusAreas: [], activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph') return;
      const p = readProposal(view.text(i));
      if (!p) return;
      const acts: Act[] = [];
      if (p.area) {
        const heading = makeHeading(b, b.start + p.area.start, p.area.title, 'heading', 'section/proposal-area', { label: p.area.label });
        acts.push({ op: 'open', heading });
      }
      for (const c of p.clauses) {
        acts.push({ op: 'entry', kind: 'item', start: b.start + c.start, text: c.text, rules: ['activity/proposed-clause'] });
        if (c.fields.length) acts.push({ op: 'fields', fields: c.fields, rule: 'activity/proposed-clause' });
      }
      const when = p.area ? undefined : (ctx: OutlineContext) => ctx.current.heading !== null;
      out.push({ block: i, construction: 'activity/proposed-clauses', rule: 'activity/proposed-clauses', role: 'activity', evidence: [{ id: 'owned-clauses-after-proposal', weight: 0.8 }], ...(when ? { when } : {}), acts });
    });
    return out;
  },
});

interface Clause {
  /** Offset of the clause in the paragraph's text, its words without the parenthesis, and its fields (offsets in the paragraph's text). */
  start: number;
  text: string;
  fields: Field[];
}

interface ProposalParagraph {
  area: { title: string; start: number; label: (typeof SECTION_LABELS)[number] } | null;
  clauses: Clause[];
}

/** A clause ends at ';', or at a closing parenthesis before 'samt' / 'och' (with 'att' perhaps repeated after it). */
const CLAUSE_END = sv(`;\\s*|(?<=\\))\\s*,?\\s+(?:${CLAUSE_JOIN.words.join('|')})\\s+`, 'giu');
const LEADING_ATT = sv(/^att\s+/iu);

/**
 * The clauses of a proposal paragraph, or null where it is none: after the
 * proposal's words, two clauses at least, every one opening with an
 * infinitive, and two at least closing with an owner in parentheses, so that a
 * list of reasons, goals or decisions is never read as the plan.
 */
export function readProposal(text: string): ProposalParagraph | null {
  const lead = PROPOSAL_LEAD.pattern.exec(text);
  if (!lead) return null;
  const bodyStart = lead.index + lead[0].length;
  const clauses: Clause[] = [];
  let start = bodyStart;
  const cut = (end: number) => {
    let s = start;
    let raw = text.slice(s, end);
    const att = LEADING_ATT.exec(raw);
    if (att) {
      s += att[0].length;
      raw = raw.slice(att[0].length);
    }
    raw = raw.replace(/[\s.,;]+$/u, '');
    const owned = trailingOwner(raw);
    const body = owned ? raw.slice(0, owned.bodyEnd).trimEnd() : raw;
    clauses.push({ start: s, text: body, fields: (owned?.fields ?? []).map((f) => ({ ...f, start: s + f.start, end: s + f.end })) });
  };
  CLAUSE_END.lastIndex = bodyStart;
  for (let m = CLAUSE_END.exec(text); m; m = CLAUSE_END.exec(text)) {
    cut(m.index);
    start = m.index + m[0].length;
  }
  cut(text.length);
  if (clauses.length < 2 || clauses.some((c) => actionKind(c.text) !== 'verb')) return null;
  if (clauses.filter((c) => c.fields.some((f) => f.role === 'owner')).length < 2) return null;
  return { area: areaOf(text.slice(0, lead.index)), clauses };
}

/** The section a proposal's lead-in names ('Inom fokusområdet Barns hälsa'): its label and title, where the title is short and set as a name. */
function areaOf(lead: string): ProposalParagraph['area'] {
  const m = PROPOSAL_AREA.exec(lead);
  if (!m) return null;
  const raw = lead.slice(m[0].length);
  const title = raw.replace(/[\s,:;–-]+$/u, '').replace(/^["”“«]|["”“»]$/gu, '');
  if (!/^\p{Lu}/u.test(title) || title.split(/\s+/).length > 12) return null;
  const label = SECTION_LABELS.find((l) => sv(`^(?:${l.pattern})`, 'iu').test(m[1]));
  if (!label) return null;
  return { title, start: m[0].length + (raw.indexOf(title) >= 0 ? raw.indexOf(title) : 0), label };
}
