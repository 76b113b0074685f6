import { sv } from './pattern.js';

/**
 * The words Swedish plans use to name their sections. A label is evidence of
 * a section's role, never a requirement: an unlabelled heading is a section
 * as well, and its role comes from what it holds (extract/roles.ts).
 *
 * `rank` orders labels relative to each other: 1 names the top level of a
 * plan, 2 a level below it. 'Insatsområde' is the top level in some plans and
 * the second in others; rank 1.5 lets the document's other labels decide.
 */
export interface SectionLabel {
  id: string;
  rank: number;
  /** The label word(s), matched at the start of a heading, band row or item. */
  pattern: string;
}

export const SECTION_LABELS: SectionLabel[] = [
  { id: 'label/fokusomrade', rank: 1, pattern: '(?:strategiskt\\s+|strategiska\\s+|prioriterat\\s+)?fokusområde' },
  { id: 'label/malomrade', rank: 1, pattern: '(?:strategiskt\\s+|prioriterat\\s+)?målområde' },
  { id: 'label/prioriterat-omrade', rank: 1, pattern: '(?:prioriterat|strategiskt|övergripande)\\s+område' },
  { id: 'label/utvecklingsomrade', rank: 1, pattern: 'utvecklingsområde' },
  { id: 'label/tema', rank: 1, pattern: 'tema' },
  { id: 'label/inriktning', rank: 1, pattern: 'inriktning' },
  { id: 'label/spar', rank: 1, pattern: 'spår' },
  { id: 'label/insatsomrade', rank: 1.5, pattern: 'insatsområde' },
  { id: 'label/delmal', rank: 2, pattern: 'delmål' },
  { id: 'label/mal', rank: 2, pattern: '(?:\\w+)?mål' },
  { id: 'label/strategi', rank: 2, pattern: 'strategi' },
  { id: 'label/delomrade', rank: 2, pattern: '(?:del|sak)område' },
  // Any compound on -område names a section ('Kärnområde 2', 'Resultatområde 3', a misspelt label): the head of the compound carries the meaning; so does 'Område 2' alone.
  { id: 'label/omrade', rank: 1, pattern: '\\p{L}*område' },
];

/** Every section label as one alternation, for patterns that take any label ('Fokusområde 2', 'Tema 3'). */
export const SECTION_LABEL_WORDS = SECTION_LABELS.map((l) => l.pattern).join('|');

/**
 * A one-word title run into the line before a section label and its colon ('… planen. Kreativitet
 * Inriktningsmål: …', 'Trygghet Delmål: …'): the word heads what follows. The labels are the
 * section labels'; capitals are checked by the caller (a /i pattern cannot).
 */
export const INLINE_LABELLED_TITLE = sv(`(?:^|[.!?]\\s+|\\s)(\\p{L}+)\\s+(?=(?:${SECTION_LABEL_WORDS})\\s*:)`, 'giu');

/**
 * Headings of the parts of a document around the plan: what stands under
 * them is no focus area or activity unless it carries a plan's own marks
 * (fields, an activity column). Matched against the whole heading title.
 */
export const FRAME_HEADINGS = sv(
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:inledning|bakgrund|syfte|sammanfattning|innehåll(?:sförteckning)?|förord|uppföljning|uppföljning\s+och\s+\w+|genomförande(?:\s+och\s+\w+)?|ansvar|ansvarsfördelning|kontakt(?:uppgifter)?|bilagor?|referenser|relevanta\s+dokument|läs\s+mer|ordlista|förkortningar|begrepp|budget|ekonomi|personal|vision|vår\s+vision|värdegrund|våra\s+värderingar|(?:\w+\s+)?mål(?:\s+och\s+indikatorer)?|indikatorer|nyckeltal|så\s+läser\s+du\s+\w+|teckenförklaring|uppdrag|verksamhetsberättelse|måluppföljning)$/i,
);

/**
 * A heading or lead-in that speaks to the reader in the second person ('Så
 * kan du förbereda dig', 'Det här kan ni göra hemma:'): what follows is advice
 * to residents, not what the organisation will do.
 */
export const READER_ADDRESS = sv(/\b(?:du|dig|din|ditt|dina|ni|er|ert|era)\b/i);

/** A lead-in that opens a list of actions: 'Vi ska:', 'Kommunen ska:', 'Vi vill:', 'Det här vill vi göra:', 'Så gör vi:', 'Åtgärder:', 'Exempel på insatser:', 'Insatser under perioden:'. */
export const ACTION_LEAD_IN = sv(
  /(?:\b(?:ska|skall|kommer\s+att|vill)\s*:|\b(?:ska|skall|kommer|vill)\s+(?:vi|kommunen|staden|regionen|[a-zåäö]+(?:en|et|na))(?:\s+att)?\s*:|\b(?:vill|ska|kommer)\s+(?:vi|kommunen)\s+(?:att\s+)?(?:göra|arbeta\s+med|genomföra)\s*:|\bgör\s+(?:vi|kommunen)\s*:|\b(?:exempel\s+på\s+)?(?:insatser|aktiviteter|åtgärder|uppdrag\s+för\s+perioden)(?:\s+(?:(?:under|för)\s+)?(?:perioden|året|\d{4}(?:[-–]\d{4})?))?\s*:|\b(?:vi|kommunen)\s+(?:ska|kommer\s+att)\s+(?:bland\s+annat\s+)?(?:arbeta\s+med|göra\s+följande|genomföra\s+följande)\s*:)\s*$/i,
);

/** A lead-in whose list goes on its sentence as infinitives: '… med särskilt fokus på att:', '… genom att:'. */
export const INFINITIVE_LEAD_IN = sv(/\batt\s*:\s*$/i);

/** The words of a heading that names a list of actions: 'Åtgärder', 'Aktiviteter', 'Konkreta åtgärder'. */
const ACTION_HEADING_WORDS = '(?:(?:konkreta|föreslagna|planerade|prioriterade|övriga)\\s+)?(?:åtgärder|aktiviteter|insatser|åtgärdslista|aktivitetslista)';

/** A heading that names a list of actions rather than a section of its own: 'Åtgärder', 'Aktiviteter', 'Konkreta åtgärder'. */
export const ACTION_HEADING = sv(`^${ACTION_HEADING_WORDS}\\b`, 'i');

/**
 * The subject and modal that open a sentence of owned clauses and stand for all of them, the
 * infinitives after it being the actions: 'Förvaltningen ska bygga … (TF, 2027) samt rusta …',
 * 'Vi kommer att även …'. The subject is a few words with no punctuation, capitalised as a
 * sentence's first word is; a goal's modal ('Andelen … ska öka') is told apart by the caller.
 */
export const SUBJECT_MODAL_LEAD = sv(/^(?:\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?)\s+(?:ska|skall|kommer\s+att)\s+(?:(?:även|också|därför|dessutom)\s+)?/u);

/**
 * A sentence whose subject does the work it names: the subject (a few words, capitalised as a
 * sentence's first word is), the modal, perhaps an adverb, and the first word after them, the verb
 * ('Kostenheten ska öka …', 'Parkenheten ska också plantera …'). Whether the subject is a unit and
 * the word a verb of work is the caller's to judge.
 */
export const SUBJECT_MODAL_VERB = sv(/^(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?)\s+(?:ska|skall|kommer\s+att)\s+(?:(?:även|också|därför|dessutom|gemensamt|tillsammans)\s+)?(\p{L}+)\s/u);

/** The subject of an 'X ska:' lead-in, the unit that owns every action under it. */
export const ACTOR_SHALL = sv(/(?:^|[.!?:]\s+)((?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*)(?:\s+[\wåäöÅÄÖ-]+){0,3})\s+(?:ska|skall)\s*:\s*$/);

/**
 * A lead-in or heading whose list is no plan content: goals, indicators and
 * measures, values, documents, recipients, members, contacts, process steps.
 */
export const NON_ACTION_CONTEXT = sv(
  /\b(?:mål|målsättning\w*|indikator\w*|mått(?:en)?|nyckeltal|måttet|följ(?:er|s)\s+(?:upp|bland\s+annat)|värde(?:ord|n|grund)\w*|vision\w*|dokument\w*|beslutsunderlag|bilagor|ledamöter|ersättare|närvarande|kontakt\w*|steg|förkortningar|teckenförklaring|betyder|händelser|deltog|deltagare)\b/i,
);

/** A clause that ends a focus-area heading and opens its intervention areas: '…, där kommunen:', '…, där vi:'. */
export const WHERE_CLAUSE = sv(/,?\s*där\s+(?:kommunen|vi|staden|förvaltningen|regionen|nämnden)\s*:?\s*$/i);
/** The same clause inside a run of text, ending at its colon. */
export const WHERE_CLAUSE_INLINE = sv(/,?\s*där\s+(?:kommunen|vi|staden|förvaltningen|regionen|nämnden)\s*:/i);

/** Words that introduce a list of the plan's focus areas ('… fem strategiska fokusområden är:'). */
export const FOCUS_AREA_LIST_INTRO = sv(/\b(?:fokusområden|prioriterade\s+områden|strategiska\s+områden|insatsområden|målområden)\b[^.]*:\s*$/i);

/** A sentence that stops at its copula ('Fokusområdena är', 'Våra åtgärder blir följande') names what the list after it holds: a lead-in whose colon was lost. */
export const COPULA_LEAD_IN = sv(/\s(?:är|blir)(?:\s+följande)?\s*$/);

/** The modal verbs of what shall or should be: a goal's or an obligation's word. */
export const OBLIGATION_WORD = sv(/\b(?:ska|skall|bör)\b/i);

/** 'ska' or 'skall' in lower case: a sentence of what shall be, not a title. */
export const SHALL_WORD = sv(/\b(?:ska|skall)\b/);

/** The modal and what follows it in a sentence's lead, leaving its subject: 'Parkenheten ska plantera …' → 'Parkenheten'. */
export const MODAL_AND_REST = sv(/\s+(?:ska|skall|kommer\s+att)\b.*$/su);

/**
 * A reference to a numbered section by any section label: 'Åtgärder, mål 11–12', 'Insatser för
 * delmål 2.1', 'Aktiviteter inom tema 3'. The label words are the section labels' own.
 */
export const SECTION_REFERENCE = sv(`\\b(?:${SECTION_LABEL_WORDS})\\s+(\\d{1,2}(?:\\.\\d{1,2})?)(?:\\s*[-–]\\s*(\\d{1,2}))?(?!\\d)`, 'iu');

/**
 * An action heading that a transcript ran into its page's line, before the
 * capitalised sentence of its first action: '… drivmedel. Åtgärder Kommunen
 * ska …', 'Åtgärder, mål 11–12 Kontinuerlig …'. Group 1 is the heading, with
 * the goals it names; the caller checks that it and the sentence after it open
 * in capitals, as a heading does and a noun inside a Swedish sentence does
 * not. One with a colon is a lead-in and stays in its line.
 */
export const INLINE_ACTION_HEADING = sv(`(?:^|\\s)(${ACTION_HEADING_WORDS}(?:,?\\s*(?:${SECTION_LABEL_WORDS})\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?)?)\\s+(?=\\p{L})`, 'giu');

/** 'Åtgärd 3:', 'Aktivitet 2.', 'Åtgärd 1.2.3:' (under goal 1, sub-goal 2) at the start of a paragraph: a numbered action. */
export const ACTION_NUMBER = sv(/^(?:åtgärd|aktivitet|insats|uppdrag)\s+(\d{1,3}(?:\.\d{1,2}){0,2})\s*[:.–-]\s*/iu);

/** A row that sums the rows above it: 'Summa', 'Totalt'. */
export const TOTAL_ROW = sv(/^(?:summa|totalt|total)\b/i);

/** The subjects of 'X ska:' that name no unit: 'Vi ska:', 'Man ska:'. */
export const GENERIC_ACTOR = sv(/^(?:vi|man)$/i);

/**
 * The words after which a paragraph hands its clauses to the plan: 'Inom fokusområdet X föreslås att
 * a (KLK, 2026); b (…) samt c (…)', '… planeras att', '… föreslås: a …', '… avser nämnden att', '… ska kommunen', '… föreslås
 * följande åtgärder: a (…); b (…)', and the subject before its modal where lettered clauses follow, an adverbial
 * between or not ('Kommunen ska under perioden a) … (SBF, 2027), b) …'). What
 * follows is only a candidate: the clauses must read as actions (extract/constructions/proposed-clauses.ts).
 */
export const PROPOSAL_LEAD = {
  id: 'lead-in/proposal',
  pattern: sv(/\b(?:(?:(?:föreslås|planeras|prioriteras)\s+)?(?:följande\s+)?(?:åtgärder|aktiviteter|insatser)[^.:;()]{0,40}:|(?:föreslås|planeras|prioriteras)\s+(?:besluta\s+)?att|(?:föreslås|planeras|prioriteras)\s*:|(?:föreslår|avser|kommer)\s+(?:vi|kommunen|staden|\p{Ll}*(?:nämnden|förvaltningen|kontoret|styrelsen))\s+att|(?:ska|skall)\s+(?:vi|kommunen|staden|\p{Ll}*(?:nämnden|förvaltningen|kontoret|styrelsen))(?:\s+att)?|(?<=^|[.!?:]\s+)(?:vi|kommunen|staden|\p{Ll}*(?:nämnden|förvaltningen|kontoret|styrelsen))\s+(?:ska|skall)(?:\s+(?:under|från|till|fram\s+till|senast|inom)\s+[^\s,;:()]+(?:\s+[^\s,;:()]+)?)?(?=\s+(?:[a-h]|[1-9])\)))\s+/iu),
};

/**
 * The verbs after an area named in a proposal's sentence that hand the clauses after them to the
 * subject they are followed by: 'Inom inriktningen X ska biblioteket a (…), b (…)', '… planerar
 * räddningstjänsten att a (…)'. `intent` verbs take 'att' after the subject. Whether the words between
 * verb and clause are a subject, and the clauses actions, is the caller's to judge
 * (extract/constructions/proposed-clauses.ts).
 */
export const SUBJECT_LEAD = { id: 'lead-in/subject', modal: ['ska', 'skall'], intent: ['planerar', 'avser', 'kommer'] };

/** The verbs that give a clause its own subject inside a run: '… och att miljöenheten ska mäta …', '… – fritidsgårdarna ansvarar för att pröva …'. */
export const CLAUSE_SUBJECT_VERB = { id: 'clause/subject-verb', words: ['ska', 'skall', 'ansvarar\\s+för\\s+att'] };

/** Subjects of a proposal that name no one unit: the whole organisation or the reader ('ska kommunen', 'ska nämnden'). */
export const GENERIC_SUBJECT = { id: 'subject/generic', words: ['vi', 'man', 'kommunen', 'staden', 'nämnden', 'förvaltningen', 'styrelsen', 'kontoret'] };

/** A section named in a proposal's lead-in, its label in the definite form: 'Inom fokusområdet X', 'Under temat X', 'För insatsområde 2, X'. Group 1 is the label, 2 its number. */
export const PROPOSAL_AREA = sv(`^(?:inom|under|för|i)\\s+(?:det\\s+|den\\s+)?(${SECTION_LABEL_WORDS})(?:et|t|n|en)?(?:\\s+(\\d{1,2}(?:\\.\\d{1,2})*))?\\s*[,:–-]?\\s+`, 'iu');

/**
 * An area named in a proposal's sentence by its title alone, with no label word: 'Inom Fler platser ska …'. It is
 * an area only where the paragraph has named it before ('… två områden, Fler platser och Stöd på arbetsplatsen.'),
 * which the caller checks. Group 1 is the title.
 */
export const BARE_PROPOSAL_AREA = sv(/^(?:[Ii]nom|[Ff]ör)\s+(\p{Lu}[^,;:.()]{2,80}?)\s+(?=(?:ska|skall|planerar|avser|kommer|föreslås)\s)/u);

/** The words that join a proposal's last clause to the one before it: '…(KLK, 2026) samt c', '… och att c'. */
export const CLAUSE_JOIN = { id: 'clause-join', words: ['samt', 'och'] };

/** The adverbs a writer may set after the join word, before the last clause's verb: '… samt även besöka …', '… och dessutom ordna …'. */
export const CLAUSE_ADDITION = { id: 'clause-addition', words: ['även', 'också', 'dessutom', 'därtill'] };

/**
 * A section label, its number or letter and its title opening a proposal paragraph, the title
 * ending at a colon: 'Insatsområde 2, Värme och trygghet: Inom området föreslås att …', 'Målområde
 * B – Säkra skolvägar: Nämnden föreslås besluta att …'. Group 1 is the label, 2 its number, 3 the title.
 */
export const LABELLED_PROPOSAL_AREA = sv(`^(${SECTION_LABEL_WORDS})\\s+(\\d{1,2}(?:\\.\\d{1,2})*|[A-ZÅÄÖ])\\s*[,:.–-]\\s*([^:.;()]{3,120}?)\\s*:\\s+`, 'iu');

/**
 * A section label, its number or letter and its title set inside running prose, at the start of a
 * paragraph or a sentence, the title closed by a colon or a full stop before the clauses that follow:
 * 'Strategi 2, Lärande miljöer: inreda …', 'Mål B – Säkra skolvägar. Bygga om …', or with no mark but
 * a space between number and title ('Tema 3 Rena sjöar. Rensa …'). Group 1 is the
 * label, 2 its number, 3 the title.
 */
export const AREA_LABEL_IN_PROSE = sv(`(?<=^|[.!?]\\s+)(${SECTION_LABEL_WORDS})\\s+(\\d{1,2}(?:\\.\\d{1,2})*|[A-ZÅÄÖ])(?:\\s*[,:.–-]\\s*|\\s+)([^:.;()]{3,120}?)\\s*[:.]\\s+`, 'giu');

/**
 * The mark of one clause in a run of lettered or numbered clauses ('a) …, b) … samt c) …', '1. …,
 * 2. …'): a letter or digit closed by a parenthesis or a full stop, after a space or the start.
 * Group 1 is the letter or digit; a run counts only where the marks go on from 'a' or '1'.
 */
export const CLAUSE_MARK = sv(/(?<=^|[\s,;:])([a-h]|[1-9])[).]\s+/gu);

/** The work of an area as a closing sentence names it, and how it says when that work is done ('… åtgärderna ska vara genomförda senast 2028'). */
const AREA_WORK = '(?:åtgärderna|insatserna|aktiviteterna|arbetet)';
const AREA_DONE = '(?:ska\\s+vara\\s+(?:genomförda|genomfört|klara|klart|färdiga)|ska\\s+pågå|pågår|genomförs)';
const UNIT_WORDS = '(\\p{Lu}[\\p{L}-]*(?:\\s+(?:och\\s+)?[\\p{L}-]+){0,3}?)';

/**
 * A sentence that gives one unit (and perhaps one time) for every action of the area it closes:
 * 'Parkenheten ansvarar för åtgärderna.', 'Gatuenheten ansvarar för området och arbetet ska vara
 * klart senast 2028.', 'Ansvarig är fritidsenheten.', 'Ansvarig för insatserna är HR-avdelningen.', or short: 'Gatuenheten ansvarar.'
 * Group 1 (or 3) is the unit, group 2 the time.
 */
export const AREA_OWNER_SENTENCE = {
  id: 'sentence/area-owner',
  pattern: sv(
    `^(?:${UNIT_WORDS}\\s+ansvarar(?:\\s+för\\s+(?:området|${AREA_WORK.slice(3, -1)}|dessa)(?:\\s+inom\\s+(?:området|temat|\\p{L}+området))?(?:,?\\s+och\\s+${AREA_WORK}\\s+${AREA_DONE}\\s+([^.]{4,40}?))?)?|ansvarig(?:\\s+för\\s+(?:området|${AREA_WORK.slice(3, -1)}))?\\s+är\\s+(\\p{L}[\\p{L}-]*(?:\\s+(?:och\\s+)?[\\p{L}-]+){0,3}?))\\s*\\.$`,
    'iu',
  ),
};

/** A unit as a sentence names it after a verb or a copula, in lower case or not ('… leds av fritidsenheten'). */
const UNIT_NAMED = '(\\p{L}[\\p{L}-]*(?:\\s+(?:och\\s+)?[\\p{L}-]+){0,3}?)';
/** What a list's owner sentence may say its unit leads or carries out: the list's work, or the plan. */
const LIST_WORK = '(?:arbetet|insatserna|åtgärderna|aktiviteterna|satsningen|planen|det\\s+här|detta)';

/**
 * A sentence that names the one unit responsible for a list, leading into it (ending in ':') or
 * right after it: 'Fritidsenheten ansvarar för lovaktiviteterna:', 'Det är arbetsmarknadsenheten
 * som ansvarar för satsningen, som innehåller:', 'Arbetet leds av fritidsenheten.', 'Ansvarig för
 * insatserna är skolförvaltningen.', 'Ansvarig för genomförandet är X.', 'Planen genomförs av X under 2027–2028.'. A unit responsible
 * 'för att …' states a duty, not a list's owner. Short: 'Anhörigcentrum ansvarar, med start hösten 2027.', 'Arbetet leds av X och ska vara klart
 * under 2028.'. Group 1, 2, 3, 6 or 7 is the unit, group 4, 5 or 8 a time said with it.
 */
export const LIST_OWNER_SENTENCE = {
  id: 'sentence/list-owner',
  pattern: sv(
    `^(?:(?:det\\s+är\\s+${UNIT_NAMED}\\s+som|${UNIT_WORDS})\\s+ansvarar\\s+för\\s+(?!att(?:\\s|:|$))[^.:;]{2,80}?|${LIST_WORK}\\s+(?:leds|samordnas|genomförs)\\s+av\\s+${UNIT_NAMED}(?:\\s+((?:under|senast|från)\\s+[^.:]{4,30}?)|\\s+och\\s+${AREA_DONE}\\s+([^.:]{4,30}?))?|ansvarig(?:\\s+för\\s+[^.:]{2,40}?)?\\s+är\\s+${UNIT_NAMED}|${UNIT_WORDS}\\s+ansvarar(?:,?\\s+med\\s+start\\s+([^.:]{4,30}?))?)\\s*[.:]$`,
    'iu',
  ),
};

/** What a plan-wide owner's sentence says its unit carries out: the plan, or all of its work. */
const PLAN_WORK = '(?:planen|programmet|handlingsplanen|arbetet|åtgärderna|insatserna|aktiviteterna|satsningen)';
/** How a sentence says the work is done by a time: 'och allt ska vara på plats', 'och arbetet ska vara klart'. */
const PLAN_DONE = `(?:allt|alltihop|det|${PLAN_WORK})\\s+(?:ska\\s+vara\\s+(?:genomfört|genomförda|klart|klara|färdigt|färdiga|på\\s+plats)|ska\\s+genomföras|genomförs)`;

/**
 * The sentences that name the one unit carrying out a whole plan, said once in the prose around it (a news page's
 * opening, a decision's background), each by its id; group 1 is the unit, and the sentence may go on after it
 * (', som också …', a time). The unit must carry the plan out: 'ansvarar för att planen genomförs', 'ansvarar för
 * genomförandet', 'Arbetet leds av X'; a duty of another kind ('ansvarar för att planen följs upp') names no owner.
 */
/** A unit named after a verb in a plan-wide owner's sentence: it runs to a stop, a time or a clause after it ('… av parkenheten, som …', '… av tekniska förvaltningen under 2027'). */
const PLAN_UNIT = '(\\p{L}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,5}?)(?=\\s*[,.;:]|\\s+(?:under|senast|till|från|som|med)\\s|\\s+och\\s+(?:ska|allt|alltihop|det|arbetet|åtgärderna|insatserna)\\s|\\s*$)';
export const PLAN_OWNER_SENTENCES = [
  { id: 'sentence/plan-owner-carries-out', pattern: sv(`^(?:det\\s+är\\s+${UNIT_NAMED}\\s+som|${UNIT_WORDS})\\s+ansvarar\\s+för\\s+(?:att\\s+${PLAN_WORK}\\s+(?:genomförs|blir\\s+av|förverkligas)|genomförandet(?:\\s+av\\s+${PLAN_WORK})?|(?!planen)${PLAN_WORK})(?=[\\s,.]|$)`, 'iu') },
  { id: 'sentence/plan-owner-led-by', pattern: sv(`^${PLAN_WORK}\\s+(?:leds|samordnas|genomförs)\\s+av\\s+${PLAN_UNIT}`, 'iu') },
  { id: 'sentence/plan-owner-responsible', pattern: sv(`^ansvarig\\s+för\\s+(?:genomförandet|${PLAN_WORK})\\s+är\\s+${PLAN_UNIT}`, 'iu') },
];

/**
 * The time a plan-wide owner's sentence gives for all the work, after the unit: ' under 2027–2028', ', och allt ska
 * vara på plats under 2027', ' och ska vara klart senast 2028'. Group 1 is the time.
 */
export const PLAN_TIME_AFTER_OWNER = { id: 'sentence/plan-time-after-owner', pattern: sv(`^(?:,?\\s+och\\s+(?:${PLAN_DONE}|ska\\s+vara\\s+(?:klart|klar|genomfört|färdigt))\\s+)?\\s*((?:under|senast|till|från)\\s+[^.,;:]{4,30}?)\\s*(?:[.,;]|$)`, 'iu') };

/**
 * A sentence that gives one time for all of a plan's work, said once around it: 'Allt ska vara på plats under 2027.',
 * 'Åtgärderna genomförs under 2027–2028.', or leading into the plan's sections: 'Det här ska göras under 2027:'. Group 1 is the time.
 */
/** The preposition a sentence sets before the time it gives the work ('under 2027', 'till 2028', 'från hösten 2026'): cut before the time is read. */
export const TIME_LEAD_PREPOSITION = sv(/^(?:under|till|från)\s+/iu);
export const PLAN_TIME_SENTENCE = { id: 'sentence/plan-time', pattern: sv(`^(?:${PLAN_DONE}|(?:det\\s+här|detta|följande)\\s+ska\\s+(?:göras|genomföras))\\s+((?:under|senast|till)\\s+[^.:]{4,30}?)\\s*[.:]$`, 'iu') };

/** A sentence that gives one time for every action of the area it closes: 'Åtgärderna ska vara genomförda under 2027.', 'Arbetet genomförs 2027–2028.' Group 1 is the time. */
export const AREA_TIME_SENTENCE = { id: 'sentence/area-time', pattern: sv(`^${AREA_WORK}\\s+${AREA_DONE}\\s+([^.]{4,40}?)\\s*\\.$`, 'iu') };

/**
 * A sentence whose modal ends in a colon and whose actions follow as a list inside it ('Inom
 * området X ska kommunen: städa …, sätta upp … och låna ut …'). Group 1 is what stands before
 * the modal (where an area may be named).
 */
export const LIST_AFTER_MODAL = sv(/^(.*?)\s*\b(?:ska|skall)(?:\s+(?:även|också))?(?:\s+(?:vi|kommunen|staden|\p{Ll}*(?:nämnden|förvaltningen|kontoret|styrelsen)))?(?:\s+under\s+perioden)?\s*:\s+/iu);
