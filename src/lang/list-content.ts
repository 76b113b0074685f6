import { sv } from './pattern.js';
import { NUMBER_WORDS } from './language.js';

/**
 * What the items of a list say about the list: words that read the same in
 * every subject. A measure's head ('Antal …', 'Andel …') or a number with a
 * unit makes an indicator; a comparative before a noun ('Fler …', 'Minskad …')
 * or a verb of change before a measure ('Öka andelen …') states a goal.
 */
export const MEASURE_HEAD = { id: 'list/measure-head', pattern: sv(/^(?:antal(?:et)?|andel(?:en)?|nöjd(?:het)?|medel\w*|genomsnittlig\w*|kostnad(?:en)?\s+per|procent|index)\b/i) };

/** A number with its unit or a share: '25 hektar', '80 %', '3 mnkr', '1 200 st'. */
export const QUANTITY = { id: 'list/quantity', pattern: sv(/\d(?:[\d\s]*\d)?(?:[,.]\d+)?\s*(?:%|‰|procent|procentenheter|st|kr|tkr|mnkr|mkr|ton|kg|hektar|ha|km|m2|m²|kwh|mwh|gwh|dagar|timmar|platser|personer)\b/i) };

/** A goal stated as a comparison or a reached state: 'Fler företag …', 'Minskad klimatpåverkan', 'Ökad trygghet'. */
export const GOAL_STATE = { id: 'list/goal-state', pattern: sv(/^(?:fler|färre|mer|mindre|högre|lägre|bättre|större|minskad|minskat|minskade|ökad|ökat|ökade|förbättrad|förbättrat|stärkt|stärkta|god|goda|gott|hög|låg)\b/i) };

/**
 * A verb of change before a measure or a definite noun: 'Öka andelen …', 'Minska energiförbrukningen',
 * 'Halvera utsläppen': a direction the plan wants, stated as a goal.
 */
export const CHANGE_OF_MEASURE = { id: 'list/change-of-measure', pattern: sv(/^(?:öka|minska|halvera|fördubbla|höja|sänka)\s+(?:\d|\p{L}+(?:en|et|na|an))\b/iu) };

/** The verb after a modal of obligation: 'Räddningstjänsten ska öva …' (an action), 'Energi ska inte slösas' (a norm). */
export const SHALL_VERB = { id: 'list/shall-verb', pattern: sv(/\b(?:ska|skall)\s+(?:även\s+|också\s+)?(\p{L}+)/iu) };

/**
 * What makes an item name a thing to deliver rather than a way of working: a counted or
 * indefinite object ('ta fram en plan', 'ett stöd', 'fyra gånger per år') or a figure. A
 * principle or a commitment ('Bygga flexibelt så att …', 'möta alla med respekt') names none.
 * The words are the number words, 'en' and 'ett' among them; a figure is any digit.
 */
export const DELIVERABLE_OBJECT = { id: 'list/deliverable-object', words: NUMBER_WORDS, figure: /\d/u };

/**
 * A quotation as a news page sets it, the speaker named after it ('– Blommorna gör stor skillnad, säger Anna Berg,
 * ordförande i nämnden.', '… menar rektorn Per Ek'): reported speech, never an item of a plan, whatever its first word.
 */
export const REPORTED_SPEECH = { id: 'list/reported-speech', pattern: sv(/,\s+(?:säger|sa|berättar|menar|konstaterar|förklarar|tycker)\s+\p{L}[^,.!?]*(?:,[^.!?]*)?[.!]?\s*$/iu) };
