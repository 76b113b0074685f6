import { DANGLING_WORDS, DEFINITE_FORM_ENDINGS, NUMBER_WORDS, SHORT_INFINITIVES, VERB_PARTICLES } from './language.js';
import { RUN_IN_FIELD } from './fields.js';
import { swedishLexicon, type Lexicon } from './lexicon.js';

/**
 * Swedish verb morphology over the bundled word list: which words are
 * infinitives ('Skapa', 'Införa', 'Ta'), which are present-tense verbs
 * ('erbjuder', 'har', 'genomsyras'). Verbs stand in the list as infinitives
 * and carry the suffix rules that make their present tense; an adjective that
 * ends in -a ('lokala', 'nya') is no headword or makes no present tense.
 */

const shortInfinitives = new Set(SHORT_INFINITIVES);
const functionWords = new Set(DANGLING_WORDS);
const numberWords = new Set(NUMBER_WORDS);
const memo = new Map<string, boolean>();
/** A short infinitive with a particle before it in one word ('utse', 'uppnå', 'genomgå'), which does not end in -a. */
const PARTICLE_VERB = new RegExp(`^(?:${VERB_PARTICLES.join('|')})(?:${SHORT_INFINITIVES.join('|')})$`);

function makesPresent(lex: Lexicon, w: string): boolean {
  // arbeta → arbetar; erbjuda → erbjuder; göra, föra → gör, för.
  return lex.isForm(`${w}r`) || lex.isForm(`${w.slice(0, -1)}er`) || (/[öä]ra$/.test(w) && lex.isForm(w.slice(0, -1)));
}

/** An infinitive: a verb's headword, or a compound whose last part is one ('marknadsföra', 'detaljplanera'). */
/** A word set in capitals that is an infinitive ('FÖRBÄTTRA'): four letters at least, as shorter capitals are mostly abbreviations. */
export function isCapitalInfinitive(word: string): boolean {
  return /^\p{Lu}{4,}$/u.test(word) && isInfinitive(word.toLowerCase());
}

export function isInfinitive(word: string): boolean {
  const w = word.toLowerCase();
  if (shortInfinitives.has(w)) return true;
  if (numberWords.has(w)) return false;
  // A particle verb is a word of its own in the list ('utse'), not any particle before a short verb.
  if (PARTICLE_VERB.test(w)) return swedishLexicon().isStem(w);
  if (!/^[a-zåäöé]{3,}a$/.test(w)) return false;
  const known = memo.get(w);
  if (known !== undefined) return known;
  const lex = swedishLexicon();
  let ok = (lex.isStem(w) && makesPresent(lex, w)) || listedByForms(lex, w);
  // A compound's verb is its last part, at least four letters after a word of at least three.
  for (let i = 3; !ok && i <= w.length - 4; i++) {
    const tail = w.slice(i);
    if (lex.has(w.slice(0, i).replace(/s$/, '')) && lex.isStem(tail) && makesPresent(lex, tail)) ok = true;
  }
  memo.set(w, ok);
  return ok;
}

/**
 * A verb the list gives by its forms, not as a headword ('tända', 'hyra'): a word of the list in -a whose
 * present ('tänder', 'hyr') and past ('tände', 'hyrde') are words of the list too. An adjective in -a
 * ('lokala') or a noun ('lampa') has no past in -de/-te, so the past is what makes it a verb.
 */
function listedByForms(lex: Lexicon, w: string): boolean {
  const stem = w.slice(0, -1);
  // An adjective's plural ('breda', 'bredare', 'bredast') may share a verb's forms; its superlative tells it.
  if (!lex.isForm(w) || functionWords.has(w) || lex.isForm(`${stem}ast`)) return false;
  const present = lex.isForm(`${stem}er`) || (/r$/.test(stem) && lex.isForm(stem));
  // The past adds -de, -te or -dde; a stem in -d or -t adds only -e ('tänd' → 'tände', 'mött' → 'mötte'). Some
  // verbs turn the stem's last 'ä' into 'a' in the past ('ersätt' → 'ersatte', 'sträck' → 'sträckte' keeps it).
  const past = (s: string) => (/[dt]$/.test(s) ? [`${s}e`] : [`${s}de`, `${s}te`, `${s}dde`]);
  const pasts = [...past(stem), ...past(stem.replace(/ä(?=[^aeiouyåäö]+$)/u, 'a'))];
  return present && pasts.some((form) => lex.isForm(form));
}

/**
 * A verb of two letters ('så', 'sy'): the list gives its present, past and supine ('sår', 'sådde', 'sått').
 * As most such words are adverbs or conjunctions too ('Så här', 'Så att'), it opens an action only before
 * an article or a number that opens its object ('Så en äng', 'Sy två fanor').
 */
export function isShortVerbBeforeObject(word: string, next: string | undefined): boolean {
  const w = word.toLowerCase();
  if (!/^[a-zåäö]{2}$/.test(w) || !next || !numberWords.has(next.toLowerCase())) return false;
  const lex = swedishLexicon();
  return lex.isForm(`${w}r`) && lex.isForm(`${w}dde`) && lex.isForm(`${w}tt`);
}

/**
 * A word that reads as an infinitive where a modal before it governs it ('Kommunen ska bygga … samt
 * ersätta …'): an infinitive, or a word of the list in -a whose present in -er the list holds as a
 * word of its own, as it gives some strong verbs by their forms ('ersätta' → 'ersätter'). Outside
 * such a clause an adjective in -a could pass this test; the modal is what makes it a verb.
 */
export function isGovernedInfinitive(word: string): boolean {
  const w = word.toLowerCase();
  if (isInfinitive(w)) return true;
  if (!/^[a-zåäöé]{2,}a$/.test(w) || functionWords.has(w) || numberWords.has(w)) return false;
  const lex = swedishLexicon();
  // A verb of three letters ('öka', 'öva') is too short to read as one anywhere, but after a modal it is one when the list
  // gives its present, past and supine ('ökar', 'ökade', 'ökat'), as no adjective ('bra') or modal ('ska') has all three.
  if (w.length === 3) return lex.has(`${w}r`) && lex.has(`${w}de`) && lex.has(`${w}t`);
  return lex.has(w) && lex.isStem(`${w.slice(0, -1)}er`);
}

/**
 * An imperative that is no infinitive: the stem of a verb whose infinitive adds -a ('Förstör',
 * 'Läs', 'Följ'), and no headword of its own, so that a noun ('Plan', 'Lek') is not one.
 * An instruction to the reader is written so; a plan's actions are infinitives ('Förstöra').
 */
export function isImperative(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-zåäöé]{2,}$/.test(w) || /a$/.test(w) || functionWords.has(w) || numberWords.has(w)) return false;
  // The infinitive must be a headword itself: a compound noun ('Företagsbesök') reads as a compound verb's stem.
  const lex = swedishLexicon();
  return !lex.isStem(w) && lex.isStem(`${w}a`) && isInfinitive(`${w}a`);
}

/** A present-tense (or present passive) verb: 'erbjuder', 'verkar', 'har', 'genomsyras'. */
export function isPresentTense(word: string): boolean {
  const w = word.toLowerCase();
  // 'för', 'under', 'efter': words that are prepositions far more often than verbs.
  if (!/^[a-zåäö]{2,}$/.test(w) || functionWords.has(w)) return false;
  const candidates: string[] = [];
  if (/[aoueå]r$/.test(w)) candidates.push(w.slice(0, -1)); // verkar → verka, bor → bo, står → stå
  if (/er$/.test(w)) candidates.push(`${w.slice(0, -2)}a`); // erbjuder → erbjuda
  if (/(?:[^aeiouyåäö]|ö)r$/.test(w)) candidates.push(`${w}a`); // gör → göra, genomför → genomföra
  if (/s$/.test(w)) candidates.push(w.slice(0, -1), `${w.slice(0, -2)}a`); // genomsyras → genomsyra
  if (/[^aeiouyåäöst]s$/.test(w)) candidates.push(`${w.slice(0, -1)}a`); // följs → följa, genomförs → genomföra
  if (w === 'har' || w === 'är') return true;
  // Only headwords: a compound reading ('mötesplatser' as 'mötes' + 'platsa') makes nouns into verbs.
  const lex = swedishLexicon();
  return candidates.some((c) => (shortInfinitives.has(c) || (c.length > 3 && lex.isStem(c))) && isInfinitive(c));
}

/** Nouns made from verbs, which name an action ('Företagsbesök', 'Kartläggning', 'Utbildning i …'). */
export const ACTION_NOUN = /^(?:\p{L}+(?:ning|ningar|ering|eringar|ande|else|tion|besök|utbildning|mässa|kampanj|projekt|satsning|insats|översyn|utredning|dialog|samverkan|samarbete|möten|möte|träffar|forum)|ny|nytt|nya|fler|fortsatt|ökad|ökat|utökad|bättre|tydligare|snabbare|förbättrad|gemensam|gemensamt)\b/iu;

const FINITE_VERBS = new Set(['ska', 'skall', 'är', 'har', 'kan', 'behöver', 'måste', 'gör', 'finns', 'blir', 'får', 'vill', 'bör', 'kommer']);

/** A modal or auxiliary verb ('ska', 'har', 'finns'): a finite verb no noun in -er can be taken for. */
export function isAuxiliary(word: string): boolean {
  return FINITE_VERBS.has(word.toLowerCase());
}

/** A finite verb: a modal or auxiliary ('ska', 'har', 'finns'), or a present-tense form ('erbjuder'). */
export function isFiniteVerb(word: string): boolean {
  return FINITE_VERBS.has(word.toLowerCase()) || isPresentTense(word);
}

/** The first `count` words after `at`: read as far as they go, not by cutting all the rest of a long text into words. */
function wordsAfter(text: string, at: number, count: number): string[] {
  const out: string[] = [];
  const word = /\S+/g;
  word.lastIndex = at;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    out.push(m[0]);
    if (out.length === count) break;
  }
  return out;
}

/**
 * Where a section title ends when a description runs on after it: at its
 * first sentence end, or before the first capitalised word (not the first
 * word) that opens a clause, a finite verb following within a few words
 * ('Kompetensförsörjning Företagen i regionen ska …'). A title with no
 * description is the whole text.
 */
export function titleEnd(text: string): number {
  const sentence = /^(.{3,}?[^\s.]{2})[.!?](?:\s|$)/u.exec(text);
  let end = sentence ? sentence[1].length : text.length;
  for (const field of text.matchAll(RUN_IN_FIELD.pattern)) {
    if (field.index >= end) break;
    if (/^\p{Lu}/u.test(field[0])) {
      end = field.index;
      break;
    }
  }
  const words = /(?<=\s)(\p{Lu}[\p{Ll}-]+)/gu;
  for (let m = words.exec(text); m && m.index < end; m = words.exec(text)) {
    const following = wordsAfter(text, m.index + m[0].length, 5);
    if (following.some((w) => FINITE_VERBS.has(w.toLowerCase()) || isPresentTense(w.replace(/[,.;:]$/, '')))) {
      end = m.index;
      break;
    }
  }
  return text.slice(0, end).trimEnd().length;
}

/**
 * An adverb before an infinitive ('Aktivt delta', 'Löpande möjliggöra', 'Årligen genomföra'): by its ending (-t, -vis) or as one of these.
 * 'Att' ends in -t but is the infinitive's marker, no adverb: 'Att synliggöra arbetet bidrar till …' is a sentence about an action, not one.
 */
export const ADVERB_BEFORE_VERB = /^(?!att$)(?:\p{L}+t|\p{L}+vis|löpande|årligen|fortsatt|gemensamt|aktivt|vidare)$/iu;

/** What a goal says shall be ('… ska öka', 'Antalet … ska vara'): the modal and a verb of state or change. */
export const GOAL_CLAUSE = /\b(?:ska|skall|bör)\s+(?:\p{L}+\s+)?(?:öka|minska|vara|ha|ligga|nå|bli|finnas|uppleva|kunna|präglas|upplevas)\b/iu;

/**
 * The verbs after a modal that say what shall be, not what someone shall do ('Enheten ska vara …',
 * 'Kontoret ska ha …', 'Boendet ska kunna …'): a unit as subject does not make them work. A verb of
 * change takes an object when a unit is its subject ('Kostenheten ska öka andelen …') and is work then.
 */
export const STATE_AFTER_MODAL = /^(?:vara|ha|ligga|bli|finnas|kunna|präglas|upplevas|få)$/iu;

/** What someone shall or should do, as the main clause says it: 'Kommunen ska verka för …', 'Resepolicy bör tas fram'. */
export const OBLIGATION_CLAUSE = /^(?:\S+\s+){0,7}?(?:ska|skall|bör)\s/iu;

/** Perfect and past tense: what a comment reports ('har hållits', 'genomfördes'). */
export const REPORTED_TENSE = /\b(?:har|hade|blev|var|\p{Ll}+(?:ades|des|tes|ats|its))\b/u;

const REPORTED_TENSE_ALL = new RegExp(REPORTED_TENSE.source, 'gu');

/**
 * Whether lower-case text reports in the perfect or past tense, as REPORTED_TENSE, but with a word
 * in -ats read as a supine only where the verb it comes from is an infinitive ('arbetats' from
 * 'arbeta'): a noun on -plats ('lekplats', 'mötesplats') reports nothing.
 */
export function reportsPast(text: string): boolean {
  for (const m of text.matchAll(REPORTED_TENSE_ALL)) if (!m[0].endsWith('ats') || isInfinitive(m[0].slice(0, -2))) return true;
  return false;
}

/**
 * Past passives and supines of strong and irregular verbs, which no regular ending gives away
 * ('Mötena hölls', 'Beslut togs', 'har gjorts'); with a particle or a word before them in one word
 * too ('antogs', 'driftsattes').
 */
export const IRREGULAR_PAST_FORMS = ['hölls', 'togs', 'gavs', 'drogs', 'skrevs', 'gjordes', 'sattes', 'lades', 'valdes', 'bjöds', 'sågs', 'gjort', 'gjorts'];

/** Words that deny what a clause reports ('har inte hållits', 'inget beslut fattades'). */
const NEGATIONS = /\b(?:inte|ej|icke|inget|ingen|inga|aldrig)\b/iu;
/** What is yet to come: a modal of the future or a plan ('ska genomföras', 'kommer att', 'planeras'). */
const FUTURE = /\b(?:ska|skall|kommer\s+att|planeras|beräknas|avses)\b/iu;
/** A supine after 'har' or 'hade', an adverb between or not ('har hållits', 'har nu genomförts', 'hade tagits fram'). */
const SUPINE = /\b(?:har|hade)\s+(?:(?:nu|redan|också|även)\s+)?(\p{L}{3,}?)(its|ats|ts|tts|it|at|tt|t)\b/giu;
/** A weak past passive ('genomfördes', 'redovisades', 'köptes'). */
const PAST_PASSIVE = /\b(\p{L}{3,}?)(ades|des|tes)\b/giu;

/** Whether the stem a regular ending was cut from is a verb's: stem + 'a' is an infinitive ('genomför' + 'a'), or a short one lost its 'g' ('tag' → 'ta'). */
const isVerbStem = (stem: string) => isInfinitive(`${stem}a`) || (stem.endsWith('g') && shortInfinitives.has(stem.slice(0, -1))) || shortInfinitives.has(stem);

/** A word that ends on an irregular past form, alone or after a particle or a word ('antogs', 'driftsattes'). */
function isIrregularPast(word: string): boolean {
  const w = word.toLowerCase();
  return IRREGULAR_PAST_FORMS.some((f) => w === f || (w.endsWith(f) && w.length - f.length >= 2 && swedishLexicon().has(w.slice(0, -f.length))));
}

/**
 * Whether a report says work was carried out, by the tense of its verbs: a supine after 'har'
 * ('Två träffar har hållits'), a past passive ('Utbildningen genomfördes i maj', 'Mötena hölls i
 * september'). A report that denies ('har inte hållits') or looks ahead ('ska genomföras 2027',
 * 'Avtal planeras') says nothing done; nor does the present ('Arbetet redovisas') or a goal ('ska öka').
 */
export function reportsDoneWork(text: string): boolean {
  if (NEGATIONS.test(text) || FUTURE.test(text)) return false;
  for (const m of text.matchAll(SUPINE)) if (isVerbStem(m[1].toLowerCase()) || isIrregularPast(m[0].split(/\s+/).pop()!)) return true;
  for (const m of text.matchAll(PAST_PASSIVE)) if (isVerbStem(m[1].toLowerCase())) return true;
  return text.split(/[^\p{L}]+/u).some((w) => w && isIrregularPast(w));
}

/** Endings of a noun's forms (definite, plural, genitive): what may follow a term that opens a word and still be the term ('avfall|et'). */
export const NOUN_ENDING = /^(?:|e?n|e?t|ar|er|or|r|na|arna|erna|orna|ens|ets|ns|s|ars|ers|ors|nas)$/u;

/** The definite singular ending of a noun ('förvaltning|en', 'kontor|et', 'nämnd|en'). */
export const DEFINITE_ENDING = /^(?:e?n|e?t)$/u;

/**
 * A noun phrase in the definite form, as running prose names a unit in lower case: 'biblioteket',
 * 'kulturskolan', 'kultur- och fritidsförvaltningen', 'brandvärnen i Tärnaby och Gunnarn'.
 */
export const DEFINITE_NOUN_PHRASE = new RegExp(
  `^(?:\\p{L}+-\\s+och\\s+)?\\p{L}{3,}(?:${DEFINITE_FORM_ENDINGS})(?:\\s+och\\s+\\p{L}{3,}(?:${DEFINITE_FORM_ENDINGS}))?(?:\\s+(?:i|på|inom|vid)\\s+[\\p{L}\\s-]+)?$`,
  'u',
);

/** Adjectives made with -lig ('dagliga', 'mänsklig'): a stemmer reduces them to the noun they come from ('dag', 'människa'), so a noun term must not match them. */
export const LIG_ADJECTIVE = /lig(?:a|t|e|en|are|ast)?$/u;
