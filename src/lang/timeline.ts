import { MONTH_WORD } from './months.js';
import { NUMBER_WORDS } from './language.js';

/**
 * How Swedish plans say when: years, ranges, quarters, halves, seasons,
 * months, dates, and open phrases. Each pattern has an id; the timeline rule
 * turns a match into a start and an end date (either may be open).
 */
export const SEASONS: Record<string, [string, string]> = {
  våren: ['03-01', '05-31'],
  vår: ['03-01', '05-31'],
  sommaren: ['06-01', '08-31'],
  sommar: ['06-01', '08-31'],
  hösten: ['09-01', '11-30'],
  höst: ['09-01', '11-30'],
  vintern: ['12-01', '02-28'],
};

export const TIMELINE_PATTERNS = {
  /** 'Q3 2020', 'kvartal 3 2020', '3:e kvartalet 2020' */
  quarter: /(?:\bQ\s?([1-4])|\bkvartal\s+([1-4])|\b([1-4])(?::[ae])?\s+kvartalet)\s+((?:19|20)\d\d)\b/i,
  /** 'första halvåret 2021', 'H2 2021' */
  half: /(?:\b(första|andra)\s+halvåret|\bH([12]))\s+((?:19|20)\d\d)\b/i,
  /** 'hösten 2021', 'våren 2020' */
  season: /\b(våren|vår|sommaren|sommar|hösten|höst|vintern)\s+((?:19|20)\d\d)\b/i,
  /** '31 maj 2026', '1 december 2024' */
  date: new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_WORD})\\s+((?:19|20)\\d\\d)\\b`, 'i'),
  /** 'maj 2026', 'december 2024' */
  month: new RegExp(`\\b(${MONTH_WORD})\\s+((?:19|20)\\d\\d)\\b`, 'i'),
  /** '2019–2020', '2019-2022' */
  range: /\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b/,
  /** 'senast 2025', 'till 2025', 't.o.m. 2025' */
  until: /\b(?:senast|till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.?|tom|före|innan)\s+((?:19|20)\d\d)\b/i,
  /** 'från 2021', 'fr.o.m. 2021', 'from 2021' */
  from: /\b(?:från|fr\.o\.m\.?|from|efter)\s+((?:19|20)\d\d)\b/i,
  /** A lower bound before a qualified time, the time after it in group 1: 'från januari 2026', 'fr.o.m. hösten 2026', 'från och med Q2 2027'. */
  fromQualified: /(?:^|[\s,(])(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|från|efter)\s+(\S.*)$/i,
  /** An upper bound before a qualified time, the time after it in group 1: 't.o.m. juni 2027', 'till och med våren 2027', 'senast maj 2026'. */
  untilQualified: /(?:^|[\s,(])(?:till\s+och\s+med|t\.\s?o\.\s?m\.?|senast|till)\s+(\S.*)$/i,
  /** 'under mandatperioden' */
  mandate: /\bmandatperiod(?:en)?\b/i,
  /** 'löpande', 'kontinuerligt', 'årligen', 'ständigt pågående' */
  ongoing: /\b(?:löpande|kontinuerligt|fortlöpande|årligen|årlig|varje år|ständigt|tills vidare)\b/i,
  year: /\b((?:19|20)\d\d)\b/g,
};

/** A when that recurs without a year ('varje vinter', 'varannan höst', 'en gång per termin'): the time of an assignment, no years. */
export const RECURRING_WHEN = {
  id: 'time/recurring',
  // 'Två gånger per år', '4 gånger om året' as well as 'en gång per termin'.
  pattern: new RegExp(`^\\s*(?:varje|varannan|en\\s+gång\\s+(?:per|i|om)|(?:\\d{1,2}|${NUMBER_WORDS.filter((w) => w !== 'en' && w !== 'ett').join('|')})\\s+gånger\\s+(?:per|i|om))\\s+(?:år(?:et)?|vår(?:en)?|sommar(?:en)?|höst(?:en)?|vinter|vintern|termin(?:en)?|halvår(?:et)?|kvartal(?:et)?|månad(?:en)?|vecka|veckan)\\s*\\.?\\s*$`, 'iu'),
};

/** Swedish municipal terms of office run four years from January after an election (2019–2022, 2023–2026). */
export const MANDATE_PERIOD_FIRST_YEAR = 2019;

/** A date or a range of dates as a planning system gives an activity's start and end ('2025-01-01', '2025-01-01 – 2025-12-31'). */
export const DATE_VALUE = /^(?:19|20)\d\d-\d\d-\d\d(?:\s*[-–]\s*(?:19|20)\d\d-\d\d-\d\d)?$/;

/**
 * The words of when that may stand before a year, once for both readings: in
 * a time cell (`cell`, matched case-blind) and inside a sentence (`sentence`,
 * where a capital is allowed only at the word's start, so that a lower-case
 * word cannot match inside a name).
 */
const WHEN_WORDS: ReadonlyArray<{ id: string; words: readonly string[]; cell: boolean; sentence: boolean }> = [
  { id: 'half-year', words: ['HT', 'VT'], cell: true, sentence: true },
  { id: 'quarter', words: ['Q\\s?[1-4]'], cell: true, sentence: true },
  { id: 'quarter-word', words: ['kvartal\\s+[1-4]'], cell: true, sentence: true },
  { id: 'quarter-short', words: ['kv\\.?\\s*[1-4]'], cell: true, sentence: false },
  { id: 'tertial', words: ['T[1-3]'], cell: true, sentence: false },
  { id: 'tertial-word', words: ['tertial\\s+[1-3]'], cell: true, sentence: false },
  { id: 'season', words: ['våren', 'hösten', 'sommaren', 'vintern'], cell: true, sentence: true },
  { id: 'season-short', words: ['vår', 'höst'], cell: true, sentence: false },
  { id: 'week', words: ['vecka\\s+\\d{1,2}'], cell: true, sentence: true },
  { id: 'week-short', words: ['v\\.\\s?\\d{1,2}'], cell: true, sentence: false },
  { id: 'until', words: ['senast'], cell: true, sentence: true },
  { id: 'during', words: ['under'], cell: true, sentence: true },
  { id: 'from-inclusive', words: ['från\\s+och\\s+med'], cell: true, sentence: true },
  { id: 'from', words: ['från'], cell: true, sentence: true },
  { id: 'from-abbreviated', words: ['fr\\.\\s?o\\.\\s?m\\.?'], cell: true, sentence: true },
  { id: 'until-inclusive', words: ['till\\s+och\\s+med'], cell: true, sentence: true },
  { id: 'until-abbreviated', words: ['t\\.\\s?o\\.\\s?m\\.?'], cell: true, sentence: true },
  { id: 'to', words: ['till'], cell: true, sentence: false },
  { id: 'done-by', words: ['klart'], cell: true, sentence: false },
  { id: 'month', words: [`(?:\\d{1,2}\\s+)?${MONTH_WORD}`], cell: false, sentence: true },
  { id: 'month-range', words: [`(?:\\d{1,2}\\s+)?${MONTH_WORD}(?:\\s*[-–]\\s*${MONTH_WORD})?`], cell: true, sentence: false },
];

/** 'under' → '[Uu]nder': the sentence reading lets a word open a sentence, no more. */
const capitalOptional = (alternative: string): string => {
  const first = alternative[0];
  return first && first !== first.toUpperCase() ? `[${first.toUpperCase()}${first}]${alternative.slice(1)}` : alternative;
};

/** What may stand before a year in a time cell: a half year, quarter, tertial, season, week, month or month range, date, or a word of when. */
const TIME_QUALIFIER = `(?:${WHEN_WORDS.filter((w) => w.cell).flatMap((w) => w.words).join('|')})`;
/**
 * A year, a date in it ('2025-06-30'), a month in it ('2025-12', as a 'Klart senast' column gives the month a thing is due;
 * not a date a line break cut, '2025-12-'), or a season across two ('2025/26'). A date a line break cut after
 * its year's dash, which a transcript runs on with a space ('Senast 2026- 06-30'), is still one date.
 */
const YEAR_TOKEN = '(?:19|20)\\d\\d(?:-\\s?\\d\\d-\\d\\d|-(?:0[1-9]|1[0-2])(?![\\d-])|/\\d\\d)?';

/**
 * A time a line break cut before its year ('… – Kommunstyrelsen, våren' / '2026', 'Q3' / '2026'), or a range
 * it cut after its dash ('Klart: 2025–' / '2026'): the qualifier or the open range closing one line, the year
 * opening the next.
 */
export const TIME_CUT_BEFORE_YEAR = {
  id: 'timeline/cut-before-year',
  closing: new RegExp(`(?:^|\\s)(?:${TIME_QUALIFIER}|(?:19|20)\\d\\d\\s?[–—-])$`, 'iu'),
  opening: new RegExp(`^${YEAR_TOKEN}\\b`, 'u'),
};

/** A bound before a qualified time ('Senast juni 2026', 'Från hösten 2025', 'fr.o.m. januari 2026', 'till och med våren 2027'): the qualifier then says which part of the year. */
const BOUND_IDS = ['until', 'from', 'to', 'from-inclusive', 'from-abbreviated', 'until-inclusive', 'until-abbreviated'];
const BOUND_WORD = `(?:${WHEN_WORDS.filter((w) => w.cell && BOUND_IDS.includes(w.id)).flatMap((w) => w.words).join('|')})`;

/** Which part of the year a recurring time names ('Årligen i oktober', 'Löpande under hösten'), as a cell may go on after the word. */
const RECURRING_PART = `(?:\\s+(?:i|under)\\s+(?:${MONTH_WORD}|${WHEN_WORDS.filter((w) => w.id === 'season').flatMap((w) => w.words).join('|')}))?`;

/** More times after the first, listed ('Augusti 2026, 2027', '2025, 2026 och 2027', 'VT 2026, HT 2027'): a cell for recurring work names each year. */
const YEAR_LIST = `(?:(?:,|\\s+och)\\s+(?:${TIME_QUALIFIER}\\s+)?${YEAR_TOKEN})*`;

/**
 * A time as an activity table's 'Tid' cell gives it, anchored at the start of
 * a text: an optional qualifier (half year, quarter, season, week, month,
 * 'Senast', or 'Senast' before one of these) before a year or a date, perhaps a range to another ('2023–2024',
 * 'okt 2025–mar 2026', 'Jan–jun 2024') or open ('2023–', from then on), or 'Löpande' alone.
 */
export const TIME_CELL = new RegExp(
  `^(?:(?:${BOUND_WORD}\\s+)?(?:${TIME_QUALIFIER}\\s+)?${YEAR_TOKEN}(?:\\s*[-–]\\s*(?:${TIME_QUALIFIER}\\s+)?${YEAR_TOKEN}|[-–](?=\\s|$))?${YEAR_LIST}|(?:löpande|kontinuerligt|årligen)${RECURRING_PART})(?=\\s|$|[.,;])`,
  'iu',
);

/** The words that say 'when' before a year inside a sentence: 'under 2026', 'från december 2025', 'HT 2026', 'vecka 12 2026'. */
const WHEN_WORD = `(?:${WHEN_WORDS.filter((w) => w.sentence)
  .flatMap((w) => w.words)
  .map(capitalOptional)
  .join('|')})`;
/** A year, a range of years, or a season across two ('2025/26'); not a year's genitive ('2024 års enkät'). */
const YEAR_SPAN = '(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d|/\\d\\d)?\\b(?!\\s+års?\\b)';

/**
 * When an action's own words say when it happens: a time word before a year,
 * perhaps with one word between ('Under 2026 inför vi …', '… från vintern
 * 2025/26', 'under läsåret 2025/26'), or a range of years closing the sentence
 * ('… vid kommunens parkeringar 2025–2027'). Not a year that is part of a name
 * ('projektet MAP 2020', 'utgå från Agenda 2030'), what a document covers ('en
 * strategi för 2025–2030') or a comparison ('jämfört med 2019'). Case is
 * written out: a case-blind pattern would let the lower-case word match a name.
 */
export const TIME_IN_SENTENCE = new RegExp(`(?:\\b${WHEN_WORD}(?:\\s+\\p{Ll}+)?\\s+${YEAR_SPAN}|(?<!\\bför\\s)\\b(?:19|20)\\d\\d\\s*[-–]\\s*(?:19|20)\\d\\d(?=\\s*[.]?\\s*$))`, 'u');

/** The words that say an item's time is when its work is done ('– klart hösten 2027'). */
export const DONE_WORDS = { id: 'time/done-words', words: ['klar', 'klart', 'färdig', 'färdigt', 'färdigställd', 'färdigställs'] };

/**
 * A time within a year written without its year, as a programme or a season's plan gives it ('vecka 26–32',
 * 'v. 41', '6–24 juli', '22 juni–14 augusti'): read as an item's time only beside an owner in the pair that
 * closes the item, where no year is needed to see that it says when.
 */
export const TIME_WITHOUT_YEAR = {
  id: 'time/without-year',
  pattern: new RegExp(`^(?:(?:vecka|v\\.?)\\s*\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?|\\d{1,2}(?:\\s+${MONTH_WORD})?\\s*[-–]\\s*\\d{1,2}\\s+${MONTH_WORD})$`, 'iu'),
};

/**
 * A completion time set after a dash at the end of an item ('… i parken – klar sommaren 2027',
 * '… – färdigt under 2026'): when the planned work is to be done. Group 1 is the time; the caller
 * checks that it reads as one.
 */
export const DONE_BY_AFTER_DASH = { id: 'time/done-after-dash', pattern: new RegExp(`\\s[–—-]\\s+(?:${DONE_WORDS.words.join('|')})\\s+([^–—()]{2,40}?)[.!]?\\s*$`, 'iu') };
