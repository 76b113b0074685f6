import { sv } from './pattern.js';
import type { Status, Track } from '../core/types.js';

export interface StatusPattern {
  id: string;
  status: Status;
  pattern: RegExp;
  /** A phrase from a real document this pattern is for. */
  example: string;
}

/**
 * Status phrases, from status columns and from prose ('Arbetet med … pågår').
 * When several match, the one starting first in the text wins, then the longer
 * match: 'Ej påbörjad' starts before its 'påbörjad', 'delvis genomförd' before
 * its 'genomförd'.
 */
export const STATUS_PATTERNS: StatusPattern[] = [
  { id: 'status/ej-paborjad', status: 'not_started', pattern: sv(/\b(?:ej|inte|icke)\s+(?:på)?(?:börja[dt]s?|startat?d?|igång(?:satt)?)\b/i), example: 'Ej påbörjad' },
  { id: 'status/snart-paborjas', status: 'not_started', pattern: sv(/\b(?:snart|ska|kommer\s+att)\s+(?:på)?börjas\b/i), example: 'Beaktas i tillsynsplaneringen som snart påbörjas för 2020.' },
  { id: 'status/planerad', status: 'not_started', pattern: sv(/^\s*(?:planerad|planerat|ej\s+startad)\s*\.?\s*$/i), example: 'Planerad' },
  { id: 'status/delvis-genomford', status: 'started', pattern: sv(/\bdelvis\s+(?:genomför[dt]s?|klar[t]?|utför[dt])\b/i), example: 'Planerad och delvis genomförd.' },
  { id: 'status/kvarstar', status: 'started', pattern: sv(/\b(?:delar|moment|arbete)\s+kvarstår\b/i), example: 'Vissa delar kvarstår som tydligt adresserar myndighetsutövning.' },
  { id: 'status/paborjad', status: 'started', pattern: sv(/\b(?:har\s+)?(?:påbörja(?:d|t|ts|de)?|startat|startad|inledd|inledande|inlett|kommit\s+igång)\b/i), example: 'Påbörjad.' },
  { id: 'status/pagaende', status: 'ongoing', pattern: sv(/\b(?:pågående|pågår|fortlöpande|fortgår|löper\s+på)\b/i), example: 'Arbetet med framkomlighetsstrategin pågår.' },
  { id: 'status/genomford', status: 'done', pattern: sv(/\b(?:genomför[dt]s?|klar[t]?|avslutad|avslutat|slutförd|slutfört|färdigställd|färdig|utförd|utfört|uppnådd|uppnått)\b/i), example: 'Genomförd 8 oktober' },
  // Late but under way: the work goes on ('Försenad', 'Pågår men är försenad').
  { id: 'status/forsenad', status: 'ongoing', pattern: sv(/\b(?:försenad|försenat|försenade|fördröjd|fördröjt)\b/i), example: 'Försenad' },
  { id: 'status/uppskjuten', status: 'postponed', pattern: sv(/\b(?:uppskjuten|uppskjutet|skjuts\s+upp|framflyttad|framskjuten|vilande|pausad)\b/i), example: 'Uppskjuten till 2021' },
  { id: 'status/utgar', status: 'cancelled', pattern: sv(/\b(?:utgår|utgått|struken|strukits|avbruten|avbrutet|stryks|avslogs)\b/i), example: 'Utgår' },
];

export interface TrackPattern {
  id: string;
  track: Track;
  pattern: RegExp;
}

/** Traffic lights, as words in a status cell ('Grön', 'gul', 'Röd'). */
export const TRACK_PATTERNS: TrackPattern[] = [
  { id: 'track/gron', track: 'on_track', pattern: sv(/^\s*(?:grön|grönt|green)\b/i) },
  { id: 'track/gul', track: 'deviation', pattern: sv(/^\s*(?:gul|gult|yellow)\b/i) },
  { id: 'track/rod', track: 'off_track', pattern: sv(/^\s*(?:röd|rött|red)\b/i) },
];

export interface ColourTrack {
  id: string;
  track: Track;
  /** Hue range in degrees, start inclusive, end exclusive; a range may wrap past 360. */
  hue: [number, number];
}

/**
 * Traffic lights as cell fill colours with no word in the cell. Hues, not
 * exact colours, since every template has its own green: Word's #00B050, Excel's
 * pastel #C6EFCE, a report tool's #6AA84F. Orange counts as the warning light.
 * Greys, blues and near-white or near-black fills are no light at all.
 */
export const COLOUR_TRACKS: ColourTrack[] = [
  { id: 'track/colour-red', track: 'off_track', hue: [340, 15] },
  { id: 'track/colour-yellow', track: 'deviation', hue: [15, 70] },
  { id: 'track/colour-green', track: 'on_track', hue: [70, 170] },
];

/** A fill counts as a colour when it is this saturated (HSL) and neither near-white nor near-black. */
export const COLOUR_LIMITS = { minSaturation: 0.3, minLightness: 0.15, maxLightness: 0.94 };

/**
 * Status symbols and what they mean where a document gives no legend: the
 * common Stratsys/Word convention of a full, half and empty circle, a check
 * mark and a cross.
 */
export const STATUS_SYMBOLS: Array<{ id: string; status: Status; symbols: string }> = [
  { id: 'status/symbol-full', status: 'done', symbols: '●✓✔☑■' },
  { id: 'status/symbol-half', status: 'ongoing', symbols: '◐◑◒◓◔◕▲' },
  { id: 'status/symbol-empty', status: 'not_started', symbols: '○◯□☐' },
  { id: 'status/symbol-cross', status: 'cancelled', symbols: '✕✖✗✘×' },
];

/** 'Löpande', 'Stående', 'Kontinuerligt' as a status: work that goes on the whole period. */
export const CONTINUOUS_STATUS = sv(/^\s*(?:löpande|stående|kontinuerligt|årligen|återkommande)\s*\.?\s*$/i);
