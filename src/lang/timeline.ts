import { MONTH_WORD } from './months.js';

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
  until: /\b(?:senast|till|t\.o\.m\.?|tom|före|innan)\s+((?:19|20)\d\d)\b/i,
  /** 'från 2021', 'fr.o.m. 2021', 'from 2021' */
  from: /\b(?:från|fr\.o\.m\.?|from|efter)\s+((?:19|20)\d\d)\b/i,
  /** 'under mandatperioden' */
  mandate: /\bmandatperiod(?:en)?\b/i,
  /** 'löpande', 'kontinuerligt', 'årligen', 'ständigt pågående' */
  ongoing: /\b(?:löpande|kontinuerligt|fortlöpande|årligen|årlig|varje år|ständigt|tills vidare)\b/i,
  year: /\b((?:19|20)\d\d)\b/g,
};

/** Swedish municipal terms of office run four years from January after an election (2019–2022, 2023–2026). */
export const MANDATE_PERIOD_FIRST_YEAR = 2019;

/** A date or a range of dates as a planning system gives an activity's start and end ('2025-01-01', '2025-01-01 – 2025-12-31'). */
export const DATE_VALUE = /^(?:19|20)\d\d-\d\d-\d\d(?:\s*[-–]\s*(?:19|20)\d\d-\d\d-\d\d)?$/;

/**
 * A time as an activity table's 'Tid' cell gives it, anchored at the start of
 * a text: an optional qualifier (half year, quarter, season, month, 'Senast')
 * before a year or a range of years, or 'Löpande' alone.
 */
export const TIME_CELL = new RegExp(
  `^(?:(?:(?:HT|VT|Q\\s?[1-4]|kv\\.?\\s*[1-4]|kvartal\\s+[1-4]|våren|hösten|sommaren|vintern|vår|höst|senast|under|klart|från|till|${MONTH_WORD})\\s+)?(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?|löpande|kontinuerligt|årligen)(?=\\s|$|[.,;])`,
  'iu',
);
