/**
 * Words of Swedish prose that the rules lean on: abbreviations that end in a
 * period without ending a sentence, words that open a new sentence when a
 * transcript has lost the period before them, and verb forms.
 */

/** Abbreviations whose final period is not a sentence end. Lower case, with their periods. */
export const ABBREVIATIONS = [
  'ex.', 't.ex.', 'tex.', 'm.m.', 'mm.', 'm.fl.', 'mfl.', 'bl.a.', 'dvs.', 'd.v.s.', 'etc.', 'resp.', 'ca.',
  'inkl.', 'exkl.', 's.k.', 't.o.m.', 'fr.o.m.', 'osv.', 'o.s.v.', 'nr.', 'st.', 'kl.', 'tel.', 'jfr.',
  'p.g.a.', 'pga.', 'e.d.', 'mkr.', 'tkr.', 'kap.', 'ang.', 'enl.', 'avd.', 'forts.', 'p.', 'alt.',
];

/** Abbreviations that close a list within a line ('Nyhetsbrev, webb m.m.'): the line ends with them, and a capital after one opens the next. Lower case. */
export const LIST_CLOSING_ABBREVIATIONS = ['m.m.', 'mm.', 'm.fl.', 'mfl.', 'etc.', 'osv.', 'o.s.v.', 'e.d.'];

/** Capitalised words that open a sentence whose period a transcript lost ('… nätverksbyggande Detta kan …'). */
export const SENTENCE_OPENERS = [
  'Det', 'Detta', 'Dessa', 'Denna', 'Genom', 'Här', 'Att', 'Vi', 'Man', 'Syftet', 'Målet', 'Därför',
  'Samtidigt', 'Arbetet', 'Kommunens',
];

/**
 * Infinitives too short to end in -a after three letters, which most Swedish infinitives do ('Skapa',
 * 'Stödja'): those without it, and a preparedness plan's 'öva' (drills) with its -a.
 */
export const SHORT_INFINITIVES = ['ta', 'gå', 'nå', 'se', 'få', 'stå', 'bo', 'ge', 'slå', 'dra', 'tro', 'öva'];

/** Particles and prefixes a short infinitive takes before it in one word ('utse', 'uppnå', 'genomgå', 'förse', 'anta'). */
export const VERB_PARTICLES = ['ut', 'in', 'upp', 'av', 'till', 'över', 'under', 'genom', 'fram', 'om', 'an', 'på', 'be', 'för', 'efter', 'åter', 'från', 'bort', 'ned', 'ner', 'sam', 'med', 'mot', 'vid'];

/** Number words, some of which are verbs too ('fyra' = to fire): never an action's verb at the head of an item. */
export const NUMBER_WORDS = ['en', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tjugo', 'hundra', 'tusen'];

/** Words that join coordinated verbs ('Driver och utvecklar'): a verb after them is not a new clause. */
export const CONJUNCTIONS = ['och', 'eller', 'samt', 'men', 'som', 'att', 'och/eller'];

/** Words no sentence ends on: a line ending in one runs on into the next, even before a capital ('… och Fokusområdesansvarige.'). Lower case. */
export const DANGLING_WORDS = [
  'och', 'eller', 'samt', 'men', 'som', 'att', 'för', 'i', 'med', 'till', 'av', 'på', 'om', 'från', 'mellan',
  'under', 'vid', 'hos', 'inom', 'mot', 'genom', 'den', 'det', 'de', 'en', 'ett', 'där', 'när', 'utan',
];

/** Prepositions and adverbs of place beyond DANGLING_WORDS: no title ends on one ('Invånare utanför' is the start of a clause). */
export const PREPOSITIONS = [
  'utanför', 'utifrån', 'efter', 'bland', 'kring', 'över', 'enligt', 'bortom', 'innan', 'sedan', 'bakom', 'framför', 'runt',
  'längs', 'trots', 'per', 'via', 'inför', 'åt', 'ovanför', 'nedanför', 'bredvid', 'jämte', 'utom', 'förutom', 'beträffande',
];

/** Every word a clause, a line or a title does not stop on: DANGLING_WORDS, PREPOSITIONS and CONJUNCTIONS together ('… i maj Säkrare …' may start a new line, '… till Norrby …' may not). */
export const RUN_ON_WORDS = [...DANGLING_WORDS, ...PREPOSITIONS, ...CONJUNCTIONS];

/** Words that end in å, ä or ö on their own, so a space after them is no broken-font split. */
export const WORDS_ENDING_IN_DIACRITIC = [
  'på', 'så', 'få', 'då', 'nå', 'gå', 'stå', 'två', 'små', 'blå', 'rå', 'må', 'slå', 'grå', 'två', 'bå',
  'ö', 'å', 'ä', 'sjö', 'snö', 'frö', 'dö', 'strö', 'klö', 'hö', 'bö', 'rö', 'sjå', 'trå', 'vrå', 'ståå',
  'också', 'ändå', 'uppnå', 'nivå', 'framgå', 'förstå', 'ingå', 'utgå', 'övergå', 'genomgå', 'bestå', 'återgå', 'uppstå', 'avstå', 'kvarstå',
];

/**
 * Words that any page of running Swedish (or Norwegian, Danish) text holds
 * some of; a page with many words and none of these is a text layer of
 * garbage (a font without a usable encoding), not prose.
 */
export const COMMON_WORDS = ['och', 'att', 'för', 'som', 'med', 'av', 'på', 'till', 'i', 'en', 'ett', 'den', 'det', 'är', 'de', 'om', 'har', 'ska', 'kan', 'og', 'er', 'til'];

/** Words after a hyphen at a line's end that show the hyphen joins two words ('miljö-' + 'och klimatarbetet'). */
export const JOINING_WORD_AFTER_HYPHEN = /^(?:och|eller|samt|resp\.?|respektive|till)\b/;

/**
 * The endings of a noun in the definite form as prose names a unit in lower case ('bibliotek|et',
 * 'kulturskol|an', 'förvaltning|en', 'brandvärn|en', 'fritidsgårdar|na'), as a pattern's alternation.
 */
export const DEFINITE_FORM_ENDINGS = 'en|et|na|an';
