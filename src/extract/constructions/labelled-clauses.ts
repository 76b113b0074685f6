import { sv } from '../../lang/pattern.js';
import { FIELD_LABELS, FIELD_SENTENCE } from '../../lang/fields.js';
import { GOAL_CLAUSE, isGovernedInfinitive } from '../../lang/morphology.js';
import { AREA_LABEL_IN_PROSE, PROPOSAL_AREA, SUBJECT_MODAL_LEAD } from '../../lang/sections.js';
import { ownerWithTime } from '../outline/fields.js';
import type { Act, OutlineContext, Proposal } from '../resolve/proposal.js';
import { actionKind } from './action-item.js';
import { defineConstruction } from './define.js';
import { CLAUSE_END, clauseActs, cutClause, namedArea, type Clause } from './proposed-clauses.js';

export const labelledClauses = defineConstruction({
  id: 'activity/labelled-clauses',
  description:
    "A plan summed up in prose (minutes, a news page, a short decision) may give each area as a label and title inside a paragraph, its actions as the clauses after it, each (most, where one is written without) closed by its owner and time in parentheses ('Strategi 2, X: inreda … (KUF, 2027); starta … (BUF, HT 2027).'), or name the area by a title run into the paragraph with no label ('Gamla bruksmiljöer. Kommunen ska …'), or give such clauses after a colon with no label; a sentence of clauses may open with the subject and modal they share ('Kommunen ska bygga … (TF, 2027) samt …'), and a labelled area's actions, or those of a paragraph under an area set as a line of its own, may be sentences each followed by its fields as sentences ('Tema 1 X. Rensa … Ansvar: VA. Tid: 2027.', '… Ansvarig: Kulturenheten, klart hösten 2027.'): each clause is an activity, each label opens its area.",
  positive: [
    {
      // Areas as labels inside one paragraph of a school plan's decision, the clauses in lower case after the title's colon.
      doc: 'Planen för skolbiblioteken omfattar två strategier. Strategi 1, Läsande elever: inrätta ett skolbibliotek på varje skolenhet (BUF, 2027); anställa två skolbibliotekarier (BUF, HT 2026). Strategi 2, Digitala verktyg: köpa in e-böcker till mellanstadiet (Skolbiblioteket, 2026) samt utbilda lärarna i källkritik (BUF, Löpande). Kostnaden ryms i nämndens ram.',
      focusAreas: ['Läsande elever', 'Digitala verktyg'],
      activities: ['inrätta ett skolbibliotek på varje skolenhet', 'anställa två skolbibliotekarier', 'köpa in e-böcker till mellanstadiet', 'utbilda lärarna i källkritik'],
    },
    {
      // A news page: each area a paragraph of its own, its title closed by a full stop, the clauses capitalised, one sentence each.
      doc: '# Så ska utsläppen minska\nKommunfullmäktige antog i går klimatplanen för de kommande åren.\nMål A – Fossilfria transporter. Byta ut kommunens bilar mot elbilar (Fordonsenheten, 2026–2027). Bygga tio laddplatser vid förskolorna (Fastighetsenheten, 2027). Planen kostar 4 miljoner kronor (se bilaga 2).\nMål B – Energismarta lokaler. Installera solceller på fem skolor (Fastighetsenheten, 2028); Mäta energin i alla lokaler varje månad (Fastighetsenheten, Löpande).',
      focusAreas: ['Fossilfria transporter', 'Energismarta lokaler'],
      activities: ['Byta ut kommunens bilar mot elbilar', 'Bygga tio laddplatser vid förskolorna', 'Installera solceller på fem skolor', 'Mäta energin i alla lokaler varje månad'],
    },
    {
      // A road plan's decision: each area a paragraph, its title after a dash, its sentence opening with the subject and modal that all its clauses share.
      doc: 'Tema 1 – Säkra skolvägar. Gatuenheten ska bygga en upphöjd korsning vid Ekskolan (GE, 2027) samt sänka hastigheten på Skolvägen (GE, 2026).\nTema 2 – Belysta gångstråk. Vi ska även byta armaturer längs Åvägen (GE, 2028); lysa upp tunneln under riksvägen (GE, VT 2027).',
      focusAreas: ['Säkra skolvägar', 'Belysta gångstråk'],
      activities: ['bygga en upphöjd korsning vid Ekskolan', 'sänka hastigheten på Skolvägen', 'byta armaturer längs Åvägen', 'lysa upp tunneln under riksvägen'],
    },
    {
      // A water plan in minutes: the title after the number with no mark, each action a sentence followed by its owner and time as sentences of their own.
      doc: 'Förvaltningen föreslår följande åtgärder.\nTema 1 Rena sjöar. Rensa dikena vid Åby. Ansvar: VA-enheten. Tid: 2027. Mäta fosfor i Stora sjön varje vår. Ansvar: MBF. Tid: HT 2026.\nTema 2 Säkra brunnar. Provta de enskilda brunnarna i Ryd. Ansvar: MBF. Tid: 2028. Informera brunnsägarna om bidrag. Ansvar: Kommunikation. Tid: Löpande.',
      focusAreas: ['Rena sjöar', 'Säkra brunnar'],
      activities: ['Rensa dikena vid Åby', 'Mäta fosfor i Stora sjön varje vår', 'Provta de enskilda brunnarna i Ryd', 'Informera brunnsägarna om bidrag'],
    },
    {
      // A heritage plan's decision: each area a paragraph opening with its title run in (bold in the original) and closed by a full stop, no label or number.
      doc: 'Nämnden föreslår två inriktningar för kulturmiljöarbetet.\nGamla bruksmiljöer. Kommunen ska inventera arbetarbostäderna vid hyttan (SBK, 2027); ta fram råd för fönsterbyten (SBK, VT 2028) samt skylta bruksgatan (Museet, 2027).\nFornlämningar i skogen. Förvaltningen ska märka ut stigarna till gravfälten (Museet, HT 2027) och röja sly vid borgruinen (Parkenheten, 2028).',
      focusAreas: ['Gamla bruksmiljöer', 'Fornlämningar i skogen'],
      activities: ['inventera arbetarbostäderna vid hyttan', 'ta fram råd för fönsterbyten', 'skylta bruksgatan', 'märka ut stigarna till gravfälten', 'röja sly vid borgruinen'],
    },
    {
      // A library plan: each area a line of its own, the paragraph under it its actions as sentences, each followed by one field sentence naming owner and time together.
      doc: 'Förvaltningen föreslår följande insatser.\nTema 1 – Bokbussen\nKöra bokbussen till byarna i norr varje vecka. Ansvarig: Kulturenheten, klart hösten 2027. Ordna sagostunder i bussen på sommarlovet. Ansvarig: Barnbiblioteket, klart 2028.\nTema 2 – Läsombud\nUtbilda läsombud på de särskilda boendena. Ansvar och tid: Biblioteket, våren 2027. Köpa in storstilsböcker till läsombuden. Ansvar och tid: Biblioteket, 2027.',
      focusAreas: ['Bokbussen', 'Läsombud'],
      activities: ['Köra bokbussen till byarna i norr varje vecka', 'Ordna sagostunder i bussen på sommarlovet', 'Utbilda läsombud på de särskilda boendena', 'Köpa in storstilsböcker till läsombuden'],
    },
    {
      // A music school's plan: one clause written without its parenthesis, the last joined by '; och'; most clauses are owned, so all are actions.
      doc: 'Förvaltningen föreslår två inriktningar för kulturskolan.\nFler elever. Kulturskolan ska starta en kör i Västby (KS, 2027); erbjuda gratis prova-på-lektioner (KS, HT 2027); och korta kön till pianoundervisningen.\nNya lokaler. Fastighetsenheten ska bygga om källaren till replokaler (FE, 2028) samt ljudisolera musiksalen (FE, 2027).',
      focusAreas: ['Fler elever', 'Nya lokaler'],
      activities: ['starta en kör i Västby', 'erbjuda gratis prova-på-lektioner', 'korta kön till pianoundervisningen', 'bygga om källaren till replokaler', 'ljudisolera musiksalen'],
    },
    {
      // A street-cleaning plan: field sentences after each action, one owner's label closed by a dash, one action with its time alone, one with its owner alone.
      doc: 'Förvaltningen föreslår följande.\nTema 1 – Gator\nSopa alla gator i centrum varje vecka. Ansvarig – Gatuenheten. Tid: 2027. Byta papperskorgar i parkerna. Ansvarig: Parkenheten.\nTema 2 – Torg\nTvätta torgets stenläggning varje vår. Ansvarig: Gatuenheten. Tid: 2027–2028. Sätta upp askkoppar vid busshållplatserna. Tid: 2028.',
      focusAreas: ['Gator', 'Torg'],
      activities: ['Sopa alla gator i centrum varje vecka', 'Byta papperskorgar i parkerna', 'Tvätta torgets stenläggning varje vår', 'Sätta upp askkoppar vid busshållplatserna'],
    },
    {
      // No label: the clauses after a colon belong to the section they stand in.
      doc: '# Trygg utemiljö\nUnder perioden gör förvaltningen följande: belysa gångvägen till badplatsen (Gatuenheten, 2026); röja sly längs elljusspåret (Parkenheten, VT 2027) och sätta upp kameror vid resecentrum (Säkerhetsenheten, 2027).',
      activities: ['belysa gångvägen till badplatsen', 'röja sly längs elljusspåret', 'sätta upp kameror vid resecentrum'],
    },
  ],
  negative: [
    // Parentheses that refer to documents and laws name no one to do the work.
    { doc: 'Strategi 1, Avfall: följa avfallsplanen (se bilaga 2); sortera ut matavfall enligt lagen (SFS 2020:614); ta fram en rutin (KS 2025/113).', focusAreas: [], activities: [] },
    // Years alone say when, not who.
    { doc: '# Kultur\nNämnden har under åren arbetat så här: renovera biblioteket (2023); bygga om konsthallen (2024) och öppna en ny scen (2025).', activities: [] },
    // Abbreviations expanded in parentheses are terms, not owners.
    { doc: '# Vatten\nTema 1, Dagvatten: bygga dammar enligt handboken (LOD); anlägga våtmarker med stöd (LOVA).', focusAreas: [], activities: [] },
    // Owned clauses that state goals are no actions.
    { doc: 'Mål 1, Hållbara resor: andelen elbilar ökar till hälften (TF, 2026); utsläppen halveras (KLF, 2030).', focusAreas: [], activities: [] },
    // Goals followed by field sentences are no actions, nor are sentences that lack a time.
    { doc: 'Mål 2 Fler simkunniga. Andelen elever som kan simma ska öka. Ansvar: BUF. Tid: 2027. Alla elever ska ha simundervisning. Ansvar: BUF. Tid: 2028.', focusAreas: [], activities: [] },
    { doc: 'Tema 1 Idrott. Bygga en konstgräsplan. Ansvar: FAST. Rusta elljusspåret. Ansvar: FRI.', focusAreas: [], activities: [] },
    // A goal's modal opening the sentence ('… ska öka') is no shared subject before actions.
    { doc: 'Inriktning 1 – Fler läsare. Andelen elever som läser på fritiden ska öka till 60 procent (BUF, 2027); utlåningen ska bli dubbelt så stor (Biblioteket, 2028).', focusAreas: [], activities: [] },
    // A run-in word before clauses of what was done, with years alone, is a report, not a plan.
    { doc: 'Bakgrund. Kommunen har renoverat badhuset (2023); byggt om sporthallen (2024) samt öppnat en ny ishall (2025).', focusAreas: [], activities: [] },
    // A first sentence that is an action is no title over the sentences after it.
    { doc: 'Rusta upp elljusspåret. Förvaltningen ska bygga en ny bro (FRI, 2027) samt belysa parkeringen (FRI, 2028).', focusAreas: [] },
    // Under an area line, sentences whose field names the owner alone, with no time, are prose.
    { doc: 'Tema 3 – Lokaler\nBiblioteket flyttar till kulturhuset. Ansvarig: Fastighetsenheten. Lokalerna byggs om under våren. Ansvarig: Fastighetsenheten, Biblioteket.', activities: [] },
    // One owned clause beside one without a parenthesis is a remark, not a run.
    { doc: 'Nya lokaler. Fastighetsenheten ska bygga om källaren till replokaler (FE, 2028) samt ljudisolera musiksalen.', focusAreas: [], activities: [] },
    // Under an area line, actions most of which name an owner and no time are prose.
    { doc: 'Tema 3 – Parker\nKlippa gräset oftare. Ansvarig: Parkenheten. Plantera blommor. Ansvarig: Parkenheten. Rensa dammen. Ansvarig: Parkenheten. Tid: 2027.', activities: [] },
    // A decision's att-clauses under a labelled title, owned by a reference and a date, are no plan.
    { doc: 'Inriktning 2 – Beslut. Kommunstyrelsen ska besluta att anta planen (bilaga 1); att lägga rapporten till handlingarna (KS 2025/113).', focusAreas: [], activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph') return;
      const runs = readLabelledClauses(view.text(i));
      if (!runs) return;
      const acts: Act[] = runs.flatMap((run) => clauseActs(b, run.area, run.clauses, 'section/labelled-clauses-area', 'activity/labelled-clause'));
      for (const u of runs.flatMap((run) => run.unread)) {
        acts.push({ op: 'report', start: b.start + u.start, end: b.start + u.end, reason: 'Unexpected clause that is no action among owned actions, expected an action; kept as prose' });
      }
      // Clauses with no label over them need a section to stand in.
      const when = runs[0].area ? undefined : (ctx: OutlineContext) => ctx.current.heading !== null;
      // A paragraph opening with its label would otherwise be taken for that section's title alone.
      const rule = runs[0].area && !view.text(i).slice(0, runs[0].at).trim() ? 'activity/labelled-clauses' : 'activity/owned-clauses';
      out.push({ block: i, construction: 'activity/labelled-clauses', rule, role: 'activity', evidence: [{ id: 'owned-timed-clauses', weight: 0.8 }], ...(when ? { when } : {}), acts });
    });
    return out;
  },
});

interface Run {
  area: ReturnType<typeof namedArea>;
  /** Where the run's label (or, without one, its body) begins in the paragraph's text. */
  at: number;
  clauses: Clause[];
  /** Clauses among the run's that are no action, left unread (offsets in the paragraph's text). */
  unread: Span[];
}

interface Span {
  start: number;
  end: number;
}

/** The end of a run of clauses: its last parenthesis closing the sentence. */
const RUN_END = /\)\s*[.!](?=\s|$)/u;
/** A sentence's end where its last clause has no parenthesis ('… (BUF, 2027); och c. Nästa …'): a stop after a word, before a capital or the end. */
const SENTENCE_STOP = /(?<=[\p{L}\d]{2})[.!](?=\s+\p{Lu}|\s*$)/u;

function earliest(a: RegExpExecArray | null, b: RegExpExecArray | null): RegExpExecArray | null {
  return !a || (b && b.index < a.index) ? b : a;
}
/** A colon opening a run with no label, inside one sentence. */
const RUN_COLON = /:\s+/u;

/**
 * The runs of owned clauses in a paragraph, or null where it holds none: each
 * run opens after an area's label and title or, in a paragraph without such
 * labels, after a colon, and goes on to the sentence end after its last
 * parenthesis; every clause of a run opens with an infinitive and closes with
 * both its owner and its time in parentheses, so references, years alone and
 * expanded abbreviations never make one, and the paragraph holds two at least.
 */
export function readLabelledClauses(text: string): Run[] | null {
  const labels = [...text.matchAll(AREA_LABEL_IN_PROSE)];
  const starts: Array<{ area: Run['area']; at: number; body: number; limit: number; fieldsOnly?: boolean }> = [];
  labels.forEach((m, k) => {
    const titleAt = m.index! + m[0].indexOf(m[3], m[1].length + m[2].length);
    starts.push({ area: namedArea(m[1], m[3], titleAt), at: m.index!, body: m.index! + m[0].length, limit: labels[k + 1]?.index ?? text.length });
  });
  // A sentence before one that names its own area ('Planen har två områden. Inom området X ska …') is no title run in: the areas are named after it.
  const runIn = labels.length === 0 ? runInTitle(text) : null;
  if (runIn && PROPOSAL_AREA.test(text.slice(runIn.body))) return null;
  if (runIn) starts.push({ area: { title: runIn.title, start: 0, label: null }, at: 0, body: runIn.body, limit: text.length });
  else if (labels.length === 0) {
    const colon = RUN_COLON.exec(text);
    if (colon && !/[.!?]\s/u.test(text.slice(0, colon.index))) starts.push({ area: null, at: colon.index + colon[0].length, body: colon.index + colon[0].length, limit: text.length });
    // Under an area set as a line of its own, the paragraph may be its actions, as owned clauses or each followed by its
    // fields as sentences; a transcript cut after the title ('Insatsområde 1 X' / '. Utbilda …') leaves the title's full stop before them.
    else {
      const lead = /^[\s.:–-]*/u.exec(text)![0].length;
      starts.push({ area: null, at: lead, body: lead, limit: text.length, fieldsOnly: true });
    }
  }
  const runs: Run[] = [];
  for (const s of starts) {
    if (labels.length && !s.area) continue;
    const unread: Span[] = [];
    const clauses = readRun(text, s.body, s.limit, unread) ?? (s.area || s.fieldsOnly ? readFieldRun(text, s.body, s.limit) : null);
    if (clauses) runs.push({ area: s.area, at: s.at, clauses, unread });
  }
  return runs.reduce((n, r) => n + r.clauses.length, 0) >= 2 ? runs : null;
}

/** A title run into its paragraph: a capitalised phrase without digits closed by a full stop (or, where `colon`, a colon), before the first sentence. */
const RUN_IN = /^(\p{Lu}[^.!?:;()\d]{2,60}?)\.\s+/u;
/** A colon closes a title only before a sentence of its own ('Leder: Kommunen ska …'), not before a list the sentence goes on with ('… ska kommunen: sätta upp …'). */
const RUN_IN_COLON = /^(\p{Lu}[^.!?:;()\d]{2,60}?)(?:\.\s+|:\s+(?=\p{Lu}))/u;
const MAX_RUN_IN_WORDS = 6;

/**
 * The title a paragraph opens with when it names its area with no label ('Leder och skyltning.
 * Kommunen ska …'), or null: a few words that are no action themselves, so a paragraph that
 * opens with its first action ('Rensa dikena. Ansvar: …') keeps it. `verbal`: the caller reads
 * every sentence after it as a subject's 'ska …', so a title may open with a verb's form
 * ('Säkra cykelvägar.', 'Cykla till skolan.'). `colon`: a caller whose paragraph shows its plan by
 * other evidence (an area's closing owner) may read a title closed by a colon ('Leder: Kommunen ska …').
 */
export function runInTitle(text: string, verbal = false, colon = false): { title: string; body: number } | null {
  const m = (colon ? RUN_IN_COLON : RUN_IN).exec(text);
  if (!m || m[1].trim().split(/\s+/u).length > MAX_RUN_IN_WORDS || (!verbal && actionKind(m[1]) === 'verb')) return null;
  return { title: m[1].trim(), body: m[0].length };
}

/**
 * The clauses of one run, from `body` on (before `limit`), or null where its
 * first sentence holds one that is not an owned, timed action: the run goes on
 * over the sentences after it while each is such clauses too ('X: Utöka …
 * (FG, 2027). Öppna … (FG, 2028).'), and ends at the first that is not.
 */
function readRun(text: string, body: number, limit: number, unread: Span[]): Clause[] | null {
  const out: Clause[] = [];
  for (let from = body; from < limit; ) {
    const sentence = readSentence(text, from, limit);
    if (!sentence) break;
    out.push(...sentence.clauses);
    unread.push(...sentence.unread);
    from = sentence.next;
  }
  return out.length ? out : null;
}

/**
 * The length of the subject and modal a sentence of clauses opens with ('Nämnden ska …'), which
 * every clause after it shares, or 0: a goal's modal ('Andelen … ska öka') is no such lead, so a
 * sentence of goals keeps it and fails as actions.
 */
function sharedLead(sentence: string): number {
  const lead = SUBJECT_MODAL_LEAD.exec(sentence);
  if (!lead) return 0;
  const goal = GOAL_CLAUSE.exec(sentence);
  return goal && goal.index < lead[0].length ? 0 : lead[0].length;
}

/**
 * The clauses of the sentence at `from`, ending at its last parenthesis and full stop, the spans of
 * those it leaves unread, and where the next sentence begins; null unless most are owned, timed actions.
 */
function readSentence(text: string, from: number, limit: number): { clauses: Clause[]; unread: Span[]; next: number } | null {
  const end = earliest(RUN_END.exec(text.slice(from, limit)), SENTENCE_STOP.exec(text.slice(from, limit)));
  if (!end) return null;
  const runEnd = from + end.index + 1;
  const clauses: Clause[] = [];
  const lead = sharedLead(text.slice(from, runEnd));
  let start = from + lead;
  CLAUSE_END.lastIndex = start;
  for (let m = CLAUSE_END.exec(text); m && m.index < runEnd; m = CLAUSE_END.exec(text)) {
    clauses.push(cutClause(text, start, m.index));
    start = m.index + m[0].length;
  }
  clauses.push(cutClause(text, start, runEnd));
  // The clauses after the first share its lead's modal, which makes their first word a verb.
  const action = (c: Clause, k: number) => actionKind(c.text) === 'verb' || (lead > 0 && k > 0 && isGovernedInfinitive(c.text.split(/\s+/u)[0]));
  const actions = clauses.filter(action);
  // Most clauses, and two at least where there are more than one, must be owned, timed actions; an action
  // written without its parenthesis among them ('… (BUF, 2027); b; och c (…)') is one still, and a clause
  // that is none ('…, vilket nämnden har efterfrågat') is left unread and said so, not made an action.
  const owned = actions.filter(isOwnedTimed).length;
  if (owned * 2 <= clauses.length || (clauses.length > 1 && owned < 2)) return null;
  const after = from + end.index + end[0].length;
  const unread = clauses.filter((c) => !actions.includes(c)).map((c) => ({ start: c.start, end: c.start + c.text.length }));
  return { clauses: actions, unread, next: after + (text.length - after - text.slice(after).trimStart().length) };
}

function isOwnedTimed(c: Clause): boolean {
  return c.fields.some((f) => f.role === 'owner') && c.fields.some((f) => f.role === 'time');
}

/** The end of an action's sentence, before the field sentences after it. */
const SENTENCE_END = /[.!](?=\s|$)/u;
const FIELD_SENTENCE_LABELS = FIELD_LABELS.filter((l) => l.role === 'owner' || l.role === 'time').map((l) => ({ role: l.role, pattern: sv(`^(?:${l.words})$`, 'iu') }));

/**
 * The clauses of a labelled run whose actions are sentences, each followed by its owner and its
 * time as sentences of their own ('Tema 3 Rena sjöar. Rensa dikena. Ansvar: VA. Tid: 2027.'), or
 * null where the first sentence is no such action or most lack one of the two; the run ends at the
 * first sentence that is no action or has neither.
 */
function readFieldRun(text: string, body: number, limit: number): Clause[] | null {
  const out: Clause[] = [];
  const skip = (at: number) => at + (text.slice(at, limit).length - text.slice(at, limit).trimStart().length);
  for (let at = skip(body); at < limit; ) {
    const end = SENTENCE_END.exec(text.slice(at, limit));
    if (!end) break;
    const clause: Clause = { start: at, text: text.slice(at, at + end.index), fields: [] };
    let next = skip(at + end.index + 1);
    for (let m = FIELD_SENTENCE.exec(text.slice(next, limit)); m; m = FIELD_SENTENCE.exec(text.slice(next, limit))) {
      const role = FIELD_SENTENCE_LABELS.find((l) => l.pattern.test(m![1]))!.role;
      const start = next + m[0].lastIndexOf(m[2]);
      clause.fields.push(...ownerWithTime({ role, label: m[1], value: m[2], start, end: start + m[2].length, rule: 'field/labelled-sentence' }));
      next = skip(next + m[0].length);
    }
    // An action may lack one of its two fields ('Ansvarig: X.' and no time); half the run's at least must have both.
    if (!clause.fields.length || actionKind(clause.text) !== 'verb') break;
    out.push(clause);
    at = next;
  }
  return out.length && out.filter(isOwnedTimed).length * 2 >= out.length ? out : null;
}
