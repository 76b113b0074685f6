import type { Block } from '../../core/types.js';
import { MONEY_IN_TEXT } from '../../lang/amounts.js';
import { DEFINITE_NOUN_PHRASE, isGovernedInfinitive, STATE_AFTER_MODAL } from '../../lang/morphology.js';
import { BARE_PROPOSAL_AREA, CLAUSE_ADDITION, CLAUSE_JOIN, CLAUSE_MARK, CLAUSE_SUBJECT_VERB, GENERIC_SUBJECT, LABELLED_PROPOSAL_AREA, PROPOSAL_AREA, PROPOSAL_LEAD, SECTION_LABELS, SUBJECT_LEAD } from '../../lang/sections.js';
import { sv } from '../../lang/pattern.js';
import { isOwnerPart, trailingNameAndWhen, trailingOwner, trailingWhen, type Field } from '../outline/fields.js';
import { makeHeading } from '../outline/heading.js';
import type { Act, OutlineContext, Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { actionKind } from './action-item.js';
import { defineConstruction } from './define.js';

export const proposedClauses = defineConstruction({
  id: 'activity/proposed-clauses',
  description:
    "Minutes and short plans may give their actions as the clauses of one proposal paragraph ('Inom målområdet X föreslås att a (TF, 2026); b (…) samt c (…).', 'Inom området x ska kommunen a (TF, 2026), b (…) samt c (…).'): the paragraph is judged by what its clauses hold, not by the phrase that opens it: after the area a sentence names, a modal or a verb of intent with any subject ('ska kultur- och fritidsförvaltningen', 'planerar X att') leads clauses that open with an infinitive, and where most clauses are actions, two have an owner (in their parentheses, as their own subject, or the lead's subject when that is a unit) and two close on a parenthesis with an owner or a time, each such clause is an activity (one that reads as none is left unread and reported; a paragraph whose actions mostly name sums of money is a budget frame and gives none); the area named is its area.",
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
    {
      // Minutes may give each area its own paragraph, the label and title before the lead, the clauses numbered or lettered.
      doc: 'Nämnden har tagit fram en plan för säkrare skolvägar.\nFokusområde A – Säkra skolvägar: Tekniska nämnden föreslås besluta att 1. bygga om korsningen vid Ekskolan till en upphöjd passage (TF, 2027), 2. sänka hastigheten till 30 km/h kring alla skolor (TF, HT 2026) och 3. anordna cykelparkering vid tre skolor (FAST, 2027).\nFokusområde B – Trafikvett: Inom området föreslås att förvaltningen ska a. erbjuda cykelutbildning i årskurs 4 (BUF, Löpande), b. genomföra en reflexkampanj varje höst (TF, 2026–2027).',
      focusAreas: ['Säkra skolvägar', 'Trafikvett'],
      activities: ['bygga om korsningen vid Ekskolan till en upphöjd passage', 'sänka hastigheten till 30 km/h kring alla skolor', 'anordna cykelparkering vid tre skolor', 'erbjuda cykelutbildning i årskurs 4', 'genomföra en reflexkampanj varje höst'],
    },
    {
      // An officer's report on school meals: the area named in lower case after its definite label, the clauses joined by commas after their parentheses.
      doc: 'Kostenheten har tagit fram planen tillsammans med skolorna.\nInom temat mindre matsvinn ska kommunen väga tallrikssvinnet varje vecka (KE, 2027), låta eleverna rösta om menyn (BUF, VT 2027) samt servera mindre portioner först (KE, 2027).\nInom temat närproducerat ska kommunen köpa ägg från gårdar i kommunen (KE, 2028) och handla potatis lokalt (KE, 2028).',
      focusAreas: ['mindre matsvinn', 'närproducerat'],
      activities: ['väga tallrikssvinnet varje vecka', 'låta eleverna rösta om menyn', 'servera mindre portioner först', 'köpa ägg från gårdar i kommunen', 'handla potatis lokalt'],
    },
    {
      // Minutes whose decision gives each area a heading and then one sentence: the subject before its modal, a time between, the clauses lettered.
      doc: '# Område 1 – Fler besökare\nFritidsnämnden ska under perioden a) förlänga öppettiderna på huvudbiblioteket (KUF, VT 2027), b) starta en bokcirkel för unga (KUF, 2027) samt c) renovera läsesalen (FAST, HT 2028).\n# Område 2 – Föreningsliv\nNämnden ska under 2027 a) sänka lokalhyrorna för ungdomsföreningar (KUF, 2027), b) ordna en föreningsmässa (KUF, 2027).',
      focusAreas: ['Fler besökare', 'Föreningsliv'],
      activities: ['förlänga öppettiderna på huvudbiblioteket', 'starta en bokcirkel för unga', 'renovera läsesalen', 'sänka lokalhyrorna för ungdomsföreningar', 'ordna en föreningsmässa'],
    },
    {
      // A long enumeration joins its last clause with both a semicolon and 'och'.
      doc: 'Nämnden har gått igenom läsfrämjandet.\nInom området Läsande unga ska kommunen starta bokklubbar på två högstadieskolor (KFF, 2027); utöka bokbussens turer till byarna (KFF, hösten 2026); och inrätta ett meröppet bibliotek i Lövsta (FA, 2028).',
      focusAreas: ['Läsande unga'],
      activities: ['starta bokklubbar på två högstadieskolor', 'utöka bokbussens turer till byarna', 'inrätta ett meröppet bibliotek i Lövsta'],
    },
    {
      // A fire-safety decision as one paragraph: a sentence per area among the decision's own sentences, the numbers running on from one area to the next.
      doc: 'Räddningsnämnden beslutar att anta handlingsplanen för brandskydd i hemmet med följande innehåll. Inom området Äldres brandskydd ska kommunen 1) erbjuda hembesök med brandskyddskontroll till alla över 80 år (RTJ, 2027); 2) dela ut brandvarnare till hemtjänstens brukare (HTJ, VT 2027). Inom området Skola och ungdom ska kommunen 3) utbilda alla elever i årskurs 5 i brandkunskap (RTJ, 2027–2028); 4) hålla en utrymningsövning på gymnasiet varje termin (BUF, löpande). Nämnden beslutar vidare att följa upp planen i december 2027.',
      focusAreas: ['Äldres brandskydd', 'Skola och ungdom'],
      activities: ['erbjuda hembesök med brandskyddskontroll till alla över 80 år', 'dela ut brandvarnare till hemtjänstens brukare', 'utbilda alla elever i årskurs 5 i brandkunskap', 'hålla en utrymningsövning på gymnasiet varje termin'],
    },
    {
      // A clause that reads as no action among owned actions is left unread; the rest are the area's.
      doc: 'Nämnden har tagit fram en plan för badvatten.\nInom området rena stränder ska kommunen rensa tång vid Norrbadet (PE, 2027), mäta bakterier varje vecka (MHF, 2027) samt allt detta enligt badvattenföreskrifterna (MHF, 2027).\nInom området information ska kommunen sätta upp skyltar vid alla bad (PE, 2027) och publicera provsvaren på webben (MHF, 2027).',
      focusAreas: ['rena stränder', 'information'],
      activities: ['rensa tång vid Norrbadet', 'mäta bakterier varje vecka', 'sätta upp skyltar vid alla bad', 'publicera provsvaren på webben'],
    },
    {
      // Minutes on libraries whose areas' sentences name their owner as the subject, not in parentheses, which hold the time alone;
      // a clause given to another unit after a dash, one with no time at all.
      doc: 'Nämnden har gått igenom biblioteksplanen. Inom temat Läsande barn ska barnbiblioteket starta sagostunder på arabiska (VT 2027), låna ut boklådor till förskolorna (löpande); och besöka alla BVC (från HT 2027). Inom temat Digital delaktighet avser medborgarkontoret att hålla kurser i e-legitimation (2027) samt visa hur man betalar räkningar digitalt – studieförbunden ansvarar för att ordna kurser för seniorer (2027–2028).',
      focusAreas: ['Läsande barn', 'Digital delaktighet'],
      activities: ['starta sagostunder på arabiska', 'låna ut boklådor till förskolorna', 'besöka alla BVC', 'hålla kurser i e-legitimation', 'visa hur man betalar räkningar digitalt', 'ordna kurser för seniorer'],
    },
    {
      // Minutes on the music school: parentheses that label their fields with any separator and in any order, a title set as a
      // name that runs long, the last clause joined by a dash and 'och', and the decision's sentence after it left out.
      doc: 'Planen har två områden. Inom området Fler elever i kulturskolan ska förvaltningen starta en rockskola i Ås (ansvar: Kulturskolan, HT 2027), låna ut instrument gratis (ansvarig Biblioteket; klart 2027) – och erbjuda dans på fritids (tid VT 2028, ansvar Kulturskolan). Inom området Musik för barn som bor långt från centralorten ska förvaltningen köra en musikbuss till byarna (utförare – Kulturskolan · 2028); spela in en skiva med eleverna – samt ordna en sommarkurs (ansvar: Kulturskolan, se bilaga 2, sommaren 2027). Kostnaden ryms i ramen.',
      focusAreas: ['Fler elever i kulturskolan', 'Musik för barn som bor långt från centralorten'],
      activities: ['starta en rockskola i Ås', 'låna ut instrument gratis', 'erbjuda dans på fritids', 'köra en musikbuss till byarna', 'spela in en skiva med eleverna', 'ordna en sommarkurs'],
    },
  ],
  negative: [
    // A budget's frames: areas, a nämnd for subject and clauses with years, but sums of money are what they set.
    { doc: 'Inom området Äldreomsorg ska vård- och omsorgsnämnden hålla en ram på 310 mnkr (2027), spara 4 mnkr på lokaler (2027) samt redovisa utfallet varje kvartal (2027).', focusAreas: [], activities: [] },
    // Goals with a measure for subject: no unit is given work.
    { doc: 'Inom målområdet Hälsa ska andelen rökare minska till fem procent (2027) och andelen som rör sig varje dag öka (2028).', focusAreas: [], activities: [] },
    // Minutes' background: what the municipality did during the period, lettered, is a report.
    { doc: '# Bakgrund\nKommunen har under perioden a) inventerat skolvägarna (SBF, 2025), b) byggt om två passager (SBF, 2025).', focusAreas: [], activities: [] },
    // A clause after a parenthesis and its comma that opens with no action, beside one action, leaves the paragraph prose: half is not most.
    { doc: 'Inom temat trygghet ska kommunen belysa gångtunneln (GE, 2027), vilket boende har efterfrågat länge (Enkät, 2025).', focusAreas: [], activities: [] },
    // Lettered decision points: actions of the meeting itself, no one in parentheses given the work.
    { doc: 'Kultur- och fritidsnämnden föreslås besluta att a) godkänna budgeten för 2027 (bilaga 1), b) lägga rapporten till handlingarna samt c) justera paragrafen omedelbart.', focusAreas: [], activities: [] },
    // A paragraph of reasons: its clauses open with no action, whatever their parentheses say.
    { doc: 'Inom fokusområdet Trygghet föreslås att arbetet prioriteras eftersom fler känner sig otrygga (SCB, 2024); otryggheten är störst bland äldre (KLK, 2025) samt bland unga kvinnor (KLK, 2025).', focusAreas: [], activities: [] },
    // A list of decisions: actions, but nobody in parentheses is given the work.
    { doc: 'Kommunstyrelsen föreslås att anta planen för vatten och avlopp (bilaga 1); upphäva den tidigare planen (KF 2019-05-12, § 40) samt justera paragrafen omedelbart.', focusAreas: [], activities: [] },
    // A list of goals: states to reach, not work to do.
    { doc: 'Inom målområdet Hållbara transporter föreslås att andelen elbilar ökar till hälften (TF, 2026); utsläppen från tjänsteresor halveras (KLF, 2030) samt fler medarbetare cyklar till jobbet (TF, 2027).', focusAreas: [], activities: [] },
    // Fees set per area with the unit labelled after each: the clauses set states and sums, whatever their parentheses' labels say.
    { doc: 'Inom området Simhallen ska entrén kosta 60 kronor (ansvar: Fritidsenheten, 2027), barn under sju år gå in gratis (ansvar: Fritidsenheten, 2027) samt årskortet vara oförändrat (ansvar: Fritidsenheten, 2027).', focusAreas: [], activities: [] },
    // A decision's paragraph whose area sentences tell what was done: no proposal leads them.
    { doc: 'Nämnden beslutar att lägga redovisningen till handlingarna. Inom området Äldres brandskydd har kommunen genomfört hembesök (RTJ, 2026); delat ut brandvarnare (HTJ, 2026). Inom området Skola har kommunen utbildat eleverna (RTJ, 2026) samt övat utrymning (BUF, 2026).', focusAreas: [], activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph') return;
      const text = view.text(i);
      const prior = priorParagraphs(view, i);
      const parts = proposalSentences(text, prior);
      if (parts) {
        const acts = readProposalSentences(b, text, parts, prior);
        if (acts) out.push({ block: i, construction: 'activity/proposed-clauses', rule: 'activity/proposed-clauses', role: 'activity', evidence: [{ id: 'owned-clauses-after-proposal', weight: 0.8 }], acts });
        return;
      }
      const p = readProposal(text, null, prior);
      if (!p) return;
      const acts = [...clauseActs(b, p.area, p.clauses, 'section/proposal-area', 'activity/proposed-clause'), ...(p.unread ?? []).map((u) => unread(b, u.start, u.end))];
      const when = p.area ? undefined : (ctx: OutlineContext) => ctx.current.heading !== null;
      const rule = p.area?.opening ? 'activity/labelled-proposal-clauses' : 'activity/proposed-clauses';
      out.push({ block: i, construction: 'activity/proposed-clauses', rule, role: 'activity', evidence: [{ id: 'owned-clauses-after-proposal', weight: 0.8 }], ...(when ? { when } : {}), acts });
    });
    return out;
  },
});

/** How many paragraphs back a paragraph's areas may have been named before it. */
const MAX_PRIOR_PARAGRAPHS = 3;

/**
 * The text of the paragraphs right before block `i` in its section (up to the heading above it), where a
 * paragraph may have named the areas that the sentences of the next go through ('… två områden, X och Y.'
 * closing one paragraph, 'Inom Y ska …' opening the next, as a PDF's lines part them).
 */
function priorParagraphs(view: DocView, i: number): string {
  const texts: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - MAX_PRIOR_PARAGRAPHS && view.blocks[k].kind === 'paragraph'; k--) texts.unshift(view.text(k));
  return texts.join(' ');
}

/** A proposal's sentence ends at a full stop after its last clause's parenthesis. */
const PROPOSAL_END = /\)\s*[.!](?=\s|$)/u;
const SENTENCE_START = /(?:^|[.!?]\s+)$/u;

/**
 * The sentences of a paragraph that each name an area in a proposal's lead ('… med följande innehåll.
 * Inom området X ska kommunen 1) … (IFO, 2026); 2) …. Inom området Y ska kommunen 3) …. Nämnden
 * beslutar vidare att …'), or null where the paragraph is one proposal from its start: each runs to the
 * full stop after its last parenthesis, so a decision's sentences around them stay out of its clauses.
 */
export function proposalSentences(text: string, prior = ''): Array<{ start: number; end: number }> | null {
  const starts: number[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    if (!SENTENCE_START.test(text.slice(0, m.index))) continue;
    const rest = text.slice(m.index);
    if (PROPOSAL_AREA.test(rest) || bareArea(rest, `${prior} ${text.slice(0, m.index)}`)) starts.push(m.index);
  }
  if (!starts.length || (starts.length === 1 && starts[0] === 0)) return null;
  return starts.map((start, k) => {
    const limit = starts[k + 1] ?? text.length;
    const end = PROPOSAL_END.exec(text.slice(start, limit));
    return { start, end: end ? start + end.index + 1 : limit };
  });
}

/**
 * The acts of a paragraph's proposal sentences: those that read give their area and clauses; the rest
 * of the paragraph (the decision's other sentences, a sentence that does not read) is said in a message,
 * not dropped; null where none reads. A run numbered on across the sentences ('1) … 3)', '4) … 6)') reads
 * each sentence's numbers where the one before left off.
 */
function readProposalSentences(b: Block, text: string, parts: Array<{ start: number; end: number }>, prior: string): Act[] | null {
  const acts: Act[] = [];
  let read = 0;
  let at = 0;
  let first: string | null = null;
  for (const part of parts) {
    const p = readProposal(text.slice(part.start, part.end), first, `${prior} ${text.slice(0, part.start)}`);
    if (!p?.area) continue;
    const shifted = p.clauses.map((c) => ({ ...c, start: c.start + part.start, fields: c.fields.map((f) => ({ ...f, start: f.start + part.start, end: f.end + part.start })) }));
    if (/[^\s.!?]/u.test(text.slice(at, part.start))) acts.push(unread(b, at, part.start));
    acts.push(...clauseActs(b, { ...p.area, start: p.area.start + part.start }, shifted, 'section/proposal-area', 'activity/proposed-clause'));
    for (const u of p.unread ?? []) acts.push(unread(b, part.start + u.start, part.start + u.end));
    read++;
    at = part.end;
    first = p.nextMark ?? null;
  }
  if (!read) return null;
  if (/[^\s.!?]/u.test(text.slice(at))) acts.push(unread(b, at, text.length));
  return acts;
}

function unread(b: Block, from: number, to: number): Act {
  return { op: 'report', start: b.start + from, end: b.start + to, reason: 'Unexpected text in a proposal that is no owned action, expected an area and its owned clauses; kept as prose' };
}

/**
 * The acts of an area named inside a paragraph and of the clauses after it:
 * the area opens, each clause is an item with its fields. One place, so that
 * every prose construction gives its clauses the same shape.
 */
export function clauseActs(b: Block, area: ProposalParagraph['area'], clauses: readonly Clause[], areaRule: string, clauseRule: string): Act[] {
  const acts: Act[] = [];
  if (area) acts.push({ op: 'open', heading: makeHeading(b, b.start + area.start, area.title, 'heading', areaRule, { label: area.label }) });
  for (const c of clauses) {
    acts.push({ op: 'entry', kind: 'item', start: b.start + c.start, text: c.text, rules: [clauseRule] });
    if (c.fields.length) acts.push({ op: 'fields', fields: c.fields, rule: clauseRule });
  }
  return acts;
}

export interface Clause {
  /** Offset of the clause in the paragraph's text, its words without the parenthesis, and its fields (offsets in the paragraph's text). */
  start: number;
  text: string;
  fields: Field[];
}

interface ProposalParagraph {
  /** The area the paragraph names (its label null where a run-in title stands alone); `opening` where its label and title open the paragraph, before the lead. */
  area: { title: string; start: number; label: (typeof SECTION_LABELS)[number] | null; opening?: boolean } | null;
  clauses: Clause[];
  /** Clauses among them that read as no action, left unread (offsets in the paragraph's text). */
  unread?: Array<{ start: number; end: number }>;
}

/**
 * A clause ends at ';', or after its closing parenthesis at a comma or a join word ('… (TF, 2026), b …',
 * '… (TF, 2026) samt c …', with 'att' perhaps repeated after it). A long enumeration may join its last
 * clause with both ('… (GA, 2027); och c …'): the join word after a semicolon goes with the end too.
 * A semicolon inside a parenthesis parts its fields ('(ansvarig: X; klart: 2027)'), not the clauses.
 * One pattern for every prose construction.
 */
export const CLAUSE_END = sv(`;(?![^()]*\\))\\s*(?:(?:${CLAUSE_JOIN.words.join('|')})\\s+)?|(?<=\\))\\s*,\\s*(?:(?:${CLAUSE_JOIN.words.join('|')})\\s+)?|(?<=\\))\\s+(?:${CLAUSE_JOIN.words.join('|')})\\s+`, 'giu');
/** What may stand before a clause's verb and is none of the action: an adverb of addition after the join word ('samt även'), an 'att'. */
const LEADING_ATT = sv(`^(?:(?:${CLAUSE_ADDITION.words.join('|')})\\s+)?att\\s+|^(?:${CLAUSE_ADDITION.words.join('|')})\\s+(?=\\p{Ll})`, 'iu');
/** The join word left at the end of a marked clause, before the next clause's mark ('… (VME, 2027) samt c) …'). */
const TRAILING_JOIN = sv(`(?:[\\s.,;]+(?:${CLAUSE_JOIN.words.join('|')}))?[\\s.,;]*$`, 'iu');
/** The words between a proposal's lead and its first marked clause that carry no action of their own ('… föreslås att kommunen ska a) …'). */
const MAX_WORDS_BEFORE_MARK = 5;

/**
 * The clauses of a proposal paragraph, or null where it is none: after the
 * proposal's lead, clauses that hold what a plan's do (`isPlanRun`), each read
 * with the owner and time the sentence gives it (`ownedClause`).
 */
/** A list number after a sentence's stop at the end of a paragraph: the next item's, run on. */
const NEXT_NUMBER_RUN_ON = /(?<=[.!])\s+\d{1,2}\.$/u;

export function readProposal(text: string, firstMark: string | null = null, before = ''): (ProposalParagraph & { nextMark?: string }) | null {
  const lead = leadOf(text, before);
  if (!lead) return null;
  const bodyStart = lead.end;
  const clauses: Clause[] = [];
  const cut = (from: number, end: number) => clauses.push(cutClause(text, from, end));
  const marks = clauseMarks(text, bodyStart, firstMark);
  // A transcript runs the next decision's number into the sentence ('… (KLF, 2027). 2.'): the last clause ends before it.
  const end = text.length - (NEXT_NUMBER_RUN_ON.exec(text)?.[0].length ?? 0);
  // The last marked clause ends with its sentence: a decision's sentence after it ('… (FRI, 2026). Nämnden beslutar vidare …') is none of it.
  const lastEnd = (from: number) => {
    const stop = PROPOSAL_END.exec(text.slice(from, end));
    return stop ? from + stop.index + 1 : end;
  };
  if (marks) marks.forEach((m, i) => cut(m, i + 1 < marks.length ? markAt(text, marks[i + 1]) : lastEnd(m)));
  else {
    let start = bodyStart;
    PROPOSAL_CLAUSE_END.lastIndex = bodyStart;
    for (let m = PROPOSAL_CLAUSE_END.exec(text); m; m = PROPOSAL_CLAUSE_END.exec(text)) {
      cut(start, m.index);
      start = m.index + m[0].length;
    }
    // The last clause ends with its sentence here too: a sentence after it ('… (IFO, 2028). Insatserna ryms inom ramen.') is none of it.
    cut(start, lastEnd(start));
  }
  const actions = withoutIds(clauses).map((c) => ownedClause(c, lead.subject)).filter((c) => isGovernedAction(c.text));
  if (!isPlanRun(clauses.length, actions)) return null;
  const bare = bareArea(text, before);
  const area = areaOf(text.slice(0, lead.index)) ?? labelledArea(text, lead.index) ?? (bare && { title: bare.title, start: bare.start, label: null });
  const unread = clauses.filter((c) => !actions.some((a) => a.start >= c.start && a.start < c.start + c.text.length)).map((c) => ({ start: c.start, end: c.start + c.text.length }));
  const stop = lastEnd(clauses.at(-1)!.start);
  const tail = stop + /^[\s.!?]*/u.exec(text.slice(stop))![0].length;
  if (tail < end) unread.push({ start: tail, end });
  return { area, clauses: actions, unread, ...(marks ? { nextMark: marks.next } : {}) };
}

/**
 * Whether a run of clauses is a plan's, judged by what they hold: most clauses are actions (a clause that
 * reads as none, a verb the lexicon does not know or a remark run into the list, is left unread and
 * reported, not made an action); two actions at least have an owner, in their parenthesis or as the
 * subject that gives them the work, and two close on a parenthesis that holds their owner or their time,
 * so that a list of reasons, goals or decisions is never read as the plan; and no more than half name a
 * sum of money, as a budget's frames do ('hålla en ram på 182 mnkr (2027)').
 */
function isPlanRun(clauseCount: number, actions: readonly Clause[]): boolean {
  if (clauseCount < 2 || actions.length * 2 <= clauseCount) return false;
  if (actions.filter((c) => c.fields.some((f) => f.role === 'owner')).length < 2) return false;
  if (actions.filter((c) => c.fields.some((f) => f.rule !== SUBJECT_RULE)).length < 2) return false;
  return actions.filter((c) => MONEY_IN_TEXT.test(c.text)).length * 2 < actions.length;
}

const SUBJECT_RULE = 'field/owner-as-subject';
/**
 * A clause the lead's modal governs is an action where it opens on a verb: one the lexicon knows as an
 * infinitive anywhere, or one it knows only after a modal ('öva', 'öka'), since the lead has set the modal.
 */
function isGovernedAction(text: string): boolean {
  if (actionKind(text) === 'verb') return true;
  const words = text.trim().split(/\s+/u);
  return words.length >= 2 && isGovernedInfinitive(words[0]) && !STATE_AFTER_MODAL.test(words[0]);
}

/**
 * A clause ends, beyond CLAUSE_END, at a dash after its parenthesis, or at a dash before a clause with a
 * subject of its own ('… (2028) – fritidsgårdarna ansvarar för att …', '… digitalt – studieförbunden ska …'),
 * or at a dash before a join word, which a writer may set before the last clause as a comma's or a
 * semicolon's stronger form ('… (SF, 2027) – och erbjuda …', '… i Ryd – samt starta …'): the join word goes with the end.
 */
const PROPOSAL_CLAUSE_END = new RegExp(
  `${CLAUSE_END.source}|\\s+[–—]\\s+(?:${CLAUSE_JOIN.words.join('|')})\\s+|(?<=\\))\\s+[–—]\\s+|\\s+[–—]\\s+(?=(?:[^\\s,;()]+\\s+){1,6}?(?:${CLAUSE_SUBJECT_VERB.words.join('|')})\\s)`,
  CLAUSE_END.flags,
);

/** A clause that opens with its own subject and the verb that gives it the work ('miljöenheten ska mäta …', 'fritidsgårdarna ansvarar för att pröva …'). */
const CLAUSE_SUBJECT = sv(`^([^,;:()]{3,80}?)\\s+(?:${CLAUSE_SUBJECT_VERB.words.join('|')})\\s+(?=\\p{Ll})`, 'u');

/**
 * A clause read with its owner and time wherever the sentence gives them: a subject of its own before its
 * verb ('att miljöenheten ska mäta …') is its owner and is cut from its text; a parenthesis that holds a name
 * and a time gives both by their places, one that holds only a time gives that; and one with no owner of its own takes the subject of the proposal's lead
 * ('Inom inriktningen X ska biblioteket a (VT 2027), b (2028)'), unless that names the whole organisation.
 */
function ownedClause(c: Clause, leadSubject: Field | null): Clause {
  let clause = c;
  const own = CLAUSE_SUBJECT.exec(c.text);
  if (own && isSubject(own[1]) && isGovernedAction(c.text.slice(own[0].length))) {
    const owner: Field[] = isGeneric(own[1]) ? [] : [{ role: 'owner', label: '', value: own[1], start: c.start, end: c.start + own[1].length, rule: SUBJECT_RULE }];
    clause = { start: c.start + own[0].length, text: c.text.slice(own[0].length), fields: [...c.fields, ...owner] };
  }
  if (!c.fields.length) {
    const when = trailingNameAndWhen(clause.text) ?? trailingWhen(clause.text);
    if (when) {
      const fields = when.fields.map((f) => ({ ...f, start: clause.start + f.start, end: clause.start + f.end }));
      clause = { ...clause, text: clause.text.slice(0, when.bodyEnd).trimEnd(), fields: [...clause.fields, ...fields] };
    }
  }
  if (leadSubject && !clause.fields.some((f) => f.role === 'owner')) clause = { ...clause, fields: [...clause.fields, leadSubject] };
  return clause;
}

/** An id opening a clause: a capitalised label, perhaps cut short, and its number ('Åtg 4 upprätta …', 'Insats 2: erbjuda …', 'A3 starta …'). */
const CLAUSE_ID = /^(\p{Lu}\p{L}{0,11}\.?)\s*(\d{1,2}(?:\.\d{1,2})?)[.:)]?\s+(?=\p{Ll})/u;

/**
 * The clauses without the ids that number them, where the ids are a sequence: the same label before each and
 * the numbers counting up ('Åtg 1 införa … ; Åtg 2 erbjuda …', run on from an earlier sentence: 'Åtg 4 …, samt
 * Åtg 5 …'), so that an id is never taken for a word of the action; a capitalised word with a number that
 * no other clause repeats is left as written.
 */
function withoutIds(clauses: readonly Clause[]): readonly Clause[] {
  const ids = clauses.map((c) => CLAUSE_ID.exec(c.text));
  const found = ids.filter((m): m is RegExpExecArray => m !== null);
  if (found.length < 2 || new Set(found.map((m) => m[1].toLowerCase())).size !== 1) return clauses;
  const numbers = found.map((m) => Number(m[2]));
  if (numbers.some((n, k) => k > 0 && n <= numbers[k - 1])) return clauses;
  return clauses.map((c, k) => {
    const id = ids[k];
    return id ? { ...c, start: c.start + id[0].length, text: c.text.slice(id[0].length) } : c;
  });
}

/** The most words a proposal's subject runs to ('brandvärnen i Tärnaby och Gunnarn'). */
const MAX_SUBJECT_WORDS = 6;

/** Whether words before a verb are its subject: a unit's name or a noun phrase in the definite form, short, with no figure, no verb. */
function isSubject(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/u);
  if (/\d/u.test(phrase) || words.length > MAX_SUBJECT_WORDS || words.some((w) => isGovernedInfinitive(w))) return false;
  return isGeneric(phrase) || isOwnerPart(phrase.trim()) || DEFINITE_NOUN_PHRASE.test(phrase.trim());
}

const isGeneric = (phrase: string) => GENERIC_SUBJECT.words.includes(phrase.trim().toLowerCase());

/** The verb of a subject lead: a modal, or a verb of intent that takes 'att' after its subject (group 2). */
const SUBJECT_LEAD_VERB = sv(`\\s(?:(?:${SUBJECT_LEAD.modal.join('|')})|(${SUBJECT_LEAD.intent.join('|')}))\\s+`, 'giu');

/**
 * Where a proposal's clauses begin: after the lead the phrase list knows ('föreslås att', 'ska kommunen'), or,
 * in a sentence that names its area, after the verb and subject that follow the area, whatever the subject
 * ('Inom inriktningen X ska kultur- och fritidsförvaltningen ta fram …', '… planerar räddningstjänsten att
 * sätta upp …'): the subject ends where the first clause opens on an infinitive. The subject, where it names
 * a unit, is given as the owner of the clauses that name none; the phrase list's own subjects ('avser
 * kultur- och fritidskontoret att') are read so too.
 */
function leadOf(text: string, before: string): { index: number; end: number; subject: Field | null } | null {
  const subject = subjectLead(text, before);
  if (subject) return subject;
  const known = PROPOSAL_LEAD.pattern.exec(text);
  return known && { index: known.index, end: known.index + known[0].length, subject: null };
}

/** The verb and subject after the area a sentence opens with, the subject ending where the first clause opens on an infinitive; or null. */
function subjectLead(text: string, before: string): { index: number; end: number; subject: Field | null } | null {
  const areaEnd = PROPOSAL_AREA.exec(text)?.[0].length ?? bareArea(text, before)?.end;
  if (areaEnd === undefined) return null;
  SUBJECT_LEAD_VERB.lastIndex = areaEnd;
  const verb = SUBJECT_LEAD_VERB.exec(text);
  if (!verb || /[.!?;:()]/u.test(text.slice(areaEnd, verb.index))) return null;
  const after = verb.index + verb[0].length;
  const words = [...text.slice(after).matchAll(/\S+/gu)].slice(0, MAX_SUBJECT_WORDS + 2);
  for (let n = 1; n <= MAX_SUBJECT_WORDS && n < words.length; n++) {
    const k = verb[1] ? n + 1 : n;
    if (verb[1] && words[n][0].toLowerCase() !== 'att') continue;
    const next = words[k]?.[0];
    if (!next || !isGovernedInfinitive(next) || STATE_AFTER_MODAL.test(next)) continue;
    const subject = text.slice(after, after + words[n - 1].index + words[n - 1][0].length);
    if (!isSubject(subject)) return null;
    const field: Field = { role: 'owner', label: '', value: subject, start: after, end: after + subject.length, rule: SUBJECT_RULE };
    return { index: verb.index + 1, end: after + words[k].index, subject: isGeneric(subject) ? null : field };
  }
  return null;
}

/**
 * One clause of a run, from `from` to `end` in the paragraph's text: without
 * an 'att' before it or the join word after it, its owner and time read from
 * the parenthesis that closes it.
 */
export function cutClause(text: string, from: number, end: number): Clause {
  let s = from;
  let raw = text.slice(s, end);
  const att = LEADING_ATT.exec(raw);
  if (att) {
    s += att[0].length;
    raw = raw.slice(att[0].length);
  }
  raw = raw.replace(TRAILING_JOIN, '');
  const owned = trailingOwner(raw);
  const body = owned ? raw.slice(0, owned.bodyEnd).trimEnd() : raw;
  return { start: s, text: body, fields: (owned?.fields ?? []).map((f) => ({ ...f, start: s + f.start, end: s + f.end })) };
}

/**
 * Where each clause of a lettered or numbered run begins ('a) …, b) … samt c) …', '1. … 2. …'),
 * or null where the body has no such run: the marks must count on from 'a' or '1' without a gap,
 * two at least, and only a few words (the lead's subject: 'kommunen ska') stand before the first.
 */
function clauseMarks(text: string, bodyStart: number, firstMark: string | null = null): (number[] & { next: string }) | null {
  const starts: number[] = [];
  let expected: string | null = null;
  CLAUSE_MARK.lastIndex = bodyStart;
  for (let m = CLAUSE_MARK.exec(text); m; m = CLAUSE_MARK.exec(text)) {
    const sign = m[1];
    if (expected === null ? sign !== 'a' && sign !== '1' && sign !== firstMark && !countsOn(text, m) : sign !== expected) continue;
    if (expected === null && text.slice(bodyStart, m.index).split(/\s+/).filter(Boolean).length > MAX_WORDS_BEFORE_MARK) return null;
    starts.push(m.index + m[0].length);
    expected = String.fromCharCode(sign.charCodeAt(0) + 1);
  }
  return starts.length >= 2 ? Object.assign(starts, { next: expected! }) : null;
}

/**
 * Whether the mark `m` is followed by its successor ('4) … 5) …'): a run numbered on from an area
 * whose sentence a transcript has set apart may begin anywhere, where the marks after it count on.
 */
function countsOn(text: string, m: RegExpExecArray): boolean {
  const next = new RegExp(CLAUSE_MARK.source, CLAUSE_MARK.flags);
  next.lastIndex = m.index + m[0].length;
  const n = next.exec(text);
  return !!n && n[1] === String.fromCharCode(m[1].charCodeAt(0) + 1);
}

/** The offset of the mark before a clause that begins at `start`. */
function markAt(text: string, start: number): number {
  return text.lastIndexOf(' ', start - 2) + 1;
}

/** The section a proposal's lead-in names ('Inom fokusområdet Barns hälsa'): its label and title, where the title is short and set as a name. */
export function areaOf(lead: string): ProposalParagraph['area'] {
  const m = PROPOSAL_AREA.exec(lead);
  if (!m) return null;
  const raw = lead.slice(m[0].length);
  const title = raw.replace(/[\s,:;–-]+$/u, '').replace(/^["”“«]|["”“»]$/gu, '');
  // The definite label has said that a name follows, which running prose may set in lower case ('Inom området blommande marker ska kommunen …').
  return namedArea(m[1], title, m[0].length + (raw.indexOf(title) >= 0 ? raw.indexOf(title) : 0), true);
}

/**
 * An area a sentence names by its title alone ('Inom Fler platser ska …'), where the text before it in the
 * paragraph has named that title already, as a paragraph announces its areas before it goes through them
 * ('Insatserna delas in i två områden, Fler platser och Stöd på arbetsplatsen.'); a place or a body named
 * after 'Inom' for the first time is no area. Offsets in `text`; null where there is none.
 */
function bareArea(text: string, before: string): { title: string; start: number; end: number } | null {
  const m = BARE_PROPOSAL_AREA.exec(text);
  if (!m || !before.includes(m[1])) return null;
  const start = m[0].indexOf(m[1]);
  return { title: m[1], start, end: start + m[1].length };
}

/** The section a proposal paragraph opens with, before its lead ('Insatsområde 2, Värme och trygghet: Inom området föreslås att …'). */
function labelledArea(text: string, leadAt: number): ProposalParagraph['area'] {
  const m = LABELLED_PROPOSAL_AREA.exec(text);
  if (!m || m[0].length > leadAt) return null;
  const area = namedArea(m[1], m[3], m[0].indexOf(m[3], m[1].length + m[2].length));
  return area && { ...area, opening: true };
}

/** A title in lower case is a name only when short. */
const MAX_LOWER_TITLE_WORDS = 5;
/** The most words a title set as a name runs to. */
const MAX_TITLE_WORDS = 12;

/** An area whose title is short and set as a name (or, after a definite label, in lower case: `lowerCase`), under a label of the section labels. */
export function namedArea(labelWord: string, title: string, start: number, lowerCase = false): ProposalParagraph['area'] {
  // Only a title set in lower case is held short: one set as a name may run as long as any ('Inom området Stöd till den som redan har skulder').
  const lower = /^\p{Ll}/u.test(title);
  if (!(lowerCase ? /^\p{L}/u : /^\p{Lu}/u).test(title) || title.split(/\s+/).length > (lower ? MAX_LOWER_TITLE_WORDS : MAX_TITLE_WORDS)) return null;
  const label = SECTION_LABELS.find((l) => sv(`^(?:${l.pattern})`, 'iu').test(labelWord));
  if (!label) return null;
  return { title, start, label };
}
