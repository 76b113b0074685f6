import { sv } from './pattern.js';
import type { Status, Track } from '../core/types.js';
import { NUMBER_WORDS } from './language.js';

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
  // Also with a modal or 'ännu' between, and in the passive: 'har inte kunnat påbörjas', 'har ännu inte startats'.
  { id: 'status/ej-paborjad', status: 'not_started', pattern: sv(/\b(?:ej|inte|icke)\s+(?:(?:kunnat|hunnit|ännu)\s+)?(?:på)?(?:börja[dt]?s?|startat?d?s?|startas|igång(?:satt)?)\b/i), example: 'Ej påbörjad' },
  // A start in the future tense or the passive of a plan: the work has not begun ('ska påbörjas', 'beräknas starta', 'planeras inledas').
  { id: 'status/future-start', status: 'not_started', pattern: sv(/\b(?:snart|ska|skall|kommer\s+att|planeras|beräknas|avses)\s+(?:att\s+)?(?:(?:på)?börja[s]?|starta[s]?|inleda[s]?)\b/i), example: 'Upphandlingen av laddstolpar beräknas starta under hösten.' },
  // The negation of a done word: nothing was carried out ('Ej genomförd'), or the work is not yet finished ('Inte klar', 'Ej helt genomförd').
  { id: 'status/ej-genomford', status: 'not_started', pattern: sv(/\b(?:ej|inte|icke)\s+(?:(?:kunnat|hunnit|ännu)\s+)?(?:genomför|utför)(?:[dt]s?|as)\b/i), example: 'Ej genomförd, medel saknades.' },
  { id: 'status/ej-klar', status: 'ongoing', pattern: sv(/\b(?:ej|inte|icke)\s+(?:(?:helt|ännu)\s+)?(?:klar[t]?|färdig[t]?|slutför[dt]|avslutad|avslutat)\b|\b(?:ej|inte)\s+helt\s+(?:genomför[dt]|utför[dt])\b/i), example: 'Inte klar, arbetet fortsätter under våren.' },
  // No report was given ('Ej rapporterad', 'Inte bedömd'): the status is unknown, but the phrase fills the status cell (a transcript's reader types the cell by it).
  { id: 'status/ej-rapporterad', status: 'unknown', pattern: sv(/^\s*(?:ej|inte)\s+(?:in)?(?:rapporterad|rapporterat|redovisad|redovisat|bedömd|bedömt|uppföljd|uppföljt)\b/i), example: 'Ej rapporterad' },
  { id: 'status/ej-aktuell', status: 'cancelled', pattern: sv(/^\s*(?:ej|inte)\s+(?:längre\s+)?aktuell[t]?\b/i), example: 'Ej aktuell' },
  { id: 'status/planerad', status: 'not_started', pattern: sv(/^\s*(?:planerad|planerat|ej\s+startad)\s*\.?\s*$/i), example: 'Planerad' },
  // Partly carried out: the work is under way, past its start ('ongoing' is the reading every independent gold accepts).
  { id: 'status/delvis-genomford', status: 'ongoing', pattern: sv(/\bdelvis\s+(?:genomför[dt]s?|klar[t]?|utför[dt])\b/i), example: 'Planerad och delvis genomförd.' },
  // Some of the work remains: it has begun ('Två moment kvarstår', 'Delar av inventeringen kvarstår').
  { id: 'status/kvarstar', status: 'started', pattern: sv(/\b(?:delar|moment|steg|arbete)\b[^.]{0,40}?\bkvarstår\b/i), example: 'Inventeringen av skyddsrummen är gjord, två moment kvarstår.' },
  { id: 'status/paborjad', status: 'started', pattern: sv(/\b(?:har\s+)?(?:påbörja(?:d|t|ts|de)?|startat|startad|inledd|inledande|inlett|kommit\s+igång)\b/i), example: 'Påbörjad.' },
  // The work goes on ('Arbetet fortsätter under hösten'), unless the sentence says it does not.
  { id: 'status/pagaende', status: 'ongoing', pattern: sv(/\b(?:pågående|pågår|fortlöpande|fortgår|fortlöper|fortsätter(?!\s+(?:inte|ej)\b)|löper\s+på|i\s?gång)\b|^\s*genomförs\b/i), example: 'Arbetet med framkomlighetsstrategin pågår.' },
  { id: 'status/genomford', status: 'done', pattern: sv(/\b(?:genomför[dt]s?|klar[t]?|avslutad|avslutat|slutförd|slutfört|färdigställd|färdig|utförd|utfört|framtagen|framtaget|framtagna|uppnådd|uppnått|implementerad|implementerat|införd|infört)\b/i), example: 'Genomförd 8 oktober' },
  // Late but under way: the work goes on ('Försenad', 'Pågår men är försenad').
  { id: 'status/forsenad', status: 'ongoing', pattern: sv(/\b(?:försenad|försenat|försenade|fördröjd|fördröjt)\b/i), example: 'Försenad' },
  // Put off, as a participle or as the passive of 'skjuta upp/fram' in any tense ('har skjutits upp till 2026', 'sköts fram ett år'), or pushed to a later time ('skjuts till hösten').
  { id: 'status/uppskjuten', status: 'postponed', pattern: sv(/\b(?:uppskjuten|uppskjutet|uppskjutna|(?:skjuts|skjutits|sköts)\s+(?:upp|fram|till\s+(?=\d{4}|nästa|våren|hösten))|framflyttad|framskjuten|vilande|pausad|pausats?)\b/i), example: 'Uppskjuten till 2021' },
  // Stopped, as a participle or as the passive of 'avbryta' in any tense ('Projektet avbröts'); the infinitive ('kan avbryta') states no outcome.
  { id: 'status/utgar', status: 'cancelled', pattern: sv(/\b(?:utgår|utgått|struken|strukits|avbruten|avbrutet|avbrutits|avbryts|avbröts|stryks|avslogs)\b/i), example: 'Utgår' },
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

/**
 * The blocks of Unicode a document's own status symbols are drawn from where
 * its legend says what they mean ('⊘ Uppskjuten', '◆ Avvaktar'): circled
 * operators, the media controls a plan borrows for paused or stopped work
 * ('⏸ Vilande', '⏹ Avbruten'), geometric shapes, miscellaneous symbols and
 * dingbats, large circles, coloured circles and squares. A character class
 * body, for `u` patterns.
 */
export const LEGEND_GLYPHS = '\\u2295-\\u22A1\\u23F8-\\u23FA\\u25A0-\\u25FF\\u2600-\\u27BF\\u2B1B-\\u2B2F\\u{1F534}-\\u{1F7EB}';

/** 'Löpande', 'Stående', 'Kontinuerligt' as a status: work that goes on the whole period. */
export const CONTINUOUS_STATUS = sv(/^\s*(?:löpande|stående|kontinuerligt|årligen|återkommande)\s*\.?\s*$/i);

export type PictureColour = 'red' | 'orange' | 'yellow' | 'green' | 'blue' | 'purple';

/**
 * The colour a status picture (an icon, a dot, a drawn bar) is named by: the
 * hue of its coloured pixels. Report tools each have their own green
 * (Stratsys #97C101, Hypergene #3CB371, Word #00B050), so hues, not values.
 */
export const PICTURE_COLOURS: Array<{ colour: PictureColour; hue: [number, number] }> = [
  { colour: 'red', hue: [340, 15] },
  { colour: 'orange', hue: [15, 45] },
  { colour: 'yellow', hue: [45, 70] },
  { colour: 'green', hue: [70, 170] },
  { colour: 'blue', hue: [170, 260] },
  { colour: 'purple', hue: [260, 340] },
];

/**
 * How a reader writes a status picture into the text, where it stood: the
 * symbol a person transcribing the page would type for a light ('✅', '⚠',
 * '⛔'). A grey picture is the 'not assessed' light; a cross is written as a
 * cross whatever its colour. All lie in Unicode's basic plane, so an offset
 * counts the same in JavaScript and in SQLite's substr.
 */
export const PICTURE_TOKENS: Record<PictureColour | 'grey', string> = { red: '⛔', orange: '⚠', yellow: '⚠', green: '✅', blue: '◆', purple: '◆', grey: '⚪' };
export const CROSS_TOKEN = '❌';

/** A drawn progress bar written as its measured share: '≈80 %' (the sign says it was measured from a drawing). */
export function barToken(share: number): string {
  return `≈${Math.round(share * 100)} %`;
}

/** Traffic lights shown by a coloured symbol (a picture a reader wrote as one, or typed by the author), when no legend says otherwise. */
export const SYMBOL_TRACKS: Array<{ id: string; track: Track; symbols: string[] }> = [
  { id: 'track/symbol-green', track: 'on_track', symbols: ['✅', '🟢', '🟩'] },
  { id: 'track/symbol-yellow', track: 'deviation', symbols: ['⚠', '🟡', '🟠', '🟨', '🟧'] },
  { id: 'track/symbol-red', track: 'off_track', symbols: ['⛔', '🔴', '🟥'] },
];

/** A share of the work done: '75 %', '75%', '≈80 %' (measured from a bar), 'Färdiggrad 75 %'. */
export const PROGRESS_PERCENT = sv(/(≈)?\s?(?<![\d,.])(\d{1,3})(?:[,.]\d+)?\s?(?:%|procent)/);

/** Every symbol a status picture is written as, and the symbols authors type for a light: what a goal's assessment may be. */
export const LIGHT_SYMBOLS: string[] = [...new Set([...Object.values(PICTURE_TOKENS), CROSS_TOKEN, ...SYMBOL_TRACKS.flatMap((t) => t.symbols)])];

/** The words of a goal's assessment: a degree, then whether the goal was met ('delvis uppfyllt'). */
const ASSESSMENT_DEGREES = ['delvis', 'ej', 'inte', 'helt'];
const ASSESSMENT_VERBS = ['uppfyll[dt]a?', 'uppnådd', 'uppnått'];
const MET = `(?:${ASSESSMENT_VERBS.join('|')})`;

/**
 * A goal's assessment in words, as follow-ups write it beside a goal
 * ('Uppfyllt', 'Delvis uppfyllt', 'Ej uppnått'): a traffic light for the goal.
 */
export const ASSESSMENT_TRACKS: Array<{ id: string; track: Track; pattern: RegExp }> = [
  { id: 'track/assessment-not-met', track: 'off_track', pattern: sv(`^\\s*(?:ej|inte)\\s+${MET}\\b`, 'i') },
  { id: 'track/assessment-partly', track: 'deviation', pattern: sv(`^\\s*delvis\\s+${MET}\\b`, 'i') },
  { id: 'track/assessment-met', track: 'on_track', pattern: sv(`^\\s*(?:helt\\s+)?${MET}\\b`, 'i') },
];

/**
 * The same words as a pattern source that matches them with a capital or a
 * small first letter only, for patterns that must tell capitals apart (where
 * the next goal of a list begins): 'Delvis uppfyllt', 'Uppfyllt.'.
 */
const eitherInitial = (w: string) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`;
export const ASSESSMENT_WORDS = `(?:(?:${ASSESSMENT_DEGREES.map(eitherInitial).join('|')})\\s+)?(?:${ASSESSMENT_VERBS.map(eitherInitial).join('|')})\\.?`;

/**
 * What a legend may say a light means when it names no status
 * ('🟢 Enligt plan', 'Gul = risk för avvikelse', 'Röd – avvikelse'): the
 * light itself. Tried in order, the longer phrases first.
 */
export const TRACK_MEANINGS: Array<{ id: string; track: Track; pattern: RegExp }> = [
  { id: 'track/meaning-not-to-plan', track: 'off_track', pattern: sv(/\b(?:ej|inte)\s+enligt\s+plan\b|\b(?:större|allvarlig)\s+avvikelse\b|\bkommer\s+inte\s+att\s+(?:nås|uppnås)\b/i) },
  { id: 'track/meaning-risk', track: 'deviation', pattern: sv(/\b(?:risk\s+för\s+avvikelse|mindre\s+avvikelse|viss\s+avvikelse|delvis\s+enligt\s+plan|risk\s+för\s+försening)\b/i) },
  { id: 'track/meaning-deviation', track: 'off_track', pattern: sv(/\bavvikelse\b/i) },
  { id: 'track/meaning-to-plan', track: 'on_track', pattern: sv(/\b(?:enligt\s+plan|inga\s+avvikelser|på\s+god\s+väg)\b/i) },
];

/** A count as a figure or a word ('4', 'fyra'), for a part of a whole. */
const COUNT = `(?:\\d{1,4}|${NUMBER_WORDS.join('|')})`;

/**
 * Signs that a report of done work speaks of a part of it only: a count of a whole ('två av fyra
 * arbetslag', '3 av 5 skolor'), 'so far' ('hittills'), the rest still to come ('resterande under
 * våren', 'återstående etapper'). Group 1 and 2 are the part and the whole, where the text counts.
 */
export const PART_OF_WORK = { id: 'status/part-of-work', pattern: sv(`\\b(${COUNT})\\s+av\\s+(${COUNT}|alla|samtliga)\\b|\\b(?:hittills|resterande|återstående|återstår)\\b`, 'iu') };

/** The value of a count as PART_OF_WORK reads it ('fyra' → 4), or null for a word that counts no number ('alla'). */
export function countValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  const i = NUMBER_WORDS.indexOf(w);
  // 'en' and 'ett' are both one; the words after them count from two.
  return i < 0 ? null : i < 2 ? 1 : [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 100, 1000][i - 2];
}

/**
 * A symbol an author may set in a colour of its own to say a status or a light ('●' in green, '■'
 * in red): the status symbols and the blocks a legend's symbols are drawn from. One character.
 */
export const STATUS_GLYPH = new RegExp(`[${STATUS_SYMBOLS.map((s) => s.symbols).join('')}${LEGEND_GLYPHS}]`, 'gu');

const ONE_GLYPH = new RegExp(`^${STATUS_GLYPH.source}$`, 'u');

/** Words a legend's key says at most ('Ej påbörjad', 'Risk för avvikelse'); an action says more. */
const KEY_WORDS = 5;

/** Whether a few words say a status or a light, as a legend's key does ('Pågår', 'Ej startad', 'Enligt plan'). */
const saysStatus = (words: string) =>
  words.split(/\s+/u).length <= KEY_WORDS && [...STATUS_PATTERNS, ...TRACK_MEANINGS, ...TRACK_PATTERNS].some((p) => p.pattern.test(words));

/**
 * A line of a legend's keys: a status symbol, then words that say a status, then another symbol
 * and its words, and so on ('● Klar ● Pågår ● Ej startad', '● Klar ◐ Pågår ○ Ej påbörjad'), not a
 * list item whose bullet the symbol is.
 */
export function isKeyLine(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  if (!ONE_GLYPH.test(words[0] ?? '')) return false;
  const keys: string[][] = [];
  for (const w of words) {
    if (ONE_GLYPH.test(w)) keys.push([]);
    else keys.at(-1)!.push(w);
  }
  return keys.length >= 2 && keys.every((k) => k.length > 0 && saysStatus(k.join(' ')));
}
