import { hexColour, hslOfHex, hueWithin } from '../../core/colour.js';
import type { Status, Track } from '../../core/types.js';
import { defineRule } from '../rule.js';
import { COLOUR_LIMITS, COLOUR_TRACKS, PART_OF_WORK, STATUS_PATTERNS, TRACK_MEANINGS, TRACK_PATTERNS, countValue } from '../../lang/status.js';
import { reportsDoneWork } from '../../lang/morphology.js';

export interface StatusMatch {
  status: Status;
  rule: string;
  track: Track | null;
}

/**
 * The canonical status of a status text: the pattern that matches first in
 * the text wins ('Ej påbörjad' before its 'påbörjad'); text with no known
 * phrase is 'unknown', an empty cell is no status.
 */
export function classifyStatus(text: string): StatusMatch | null {
  const t = text.trim();
  if (!t) return null;
  let best: { index: number; length: number; status: Status; rule: string } | null = null;
  for (const p of STATUS_PATTERNS) {
    const m = p.pattern.exec(t);
    if (!m) continue;
    // A phrase that says no report was given ('Ej rapporterad') gives way to one that says how far the work has come.
    const known = (s: Status) => s !== 'unknown';
    if (best && known(best.status) && !known(p.status)) continue;
    if (!best || (known(p.status) && !known(best.status)) || m.index < best.index || (m.index === best.index && m[0].length > best.length)) {
      best = { index: m.index, length: m[0].length, status: p.status, rule: p.id };
    }
  }
  const track = TRACK_PATTERNS.find((p) => p.pattern.test(t));
  if (!best && track) return { status: track.track === 'off_track' ? 'unknown' : 'ongoing', rule: track.id, track: track.track };
  return { status: best?.status ?? 'unknown', rule: best?.rule ?? 'status/unrecognised', track: track?.track ?? null };
}

/** Every status a text names ('Påbörjad eller pågår' names two), in the order of the status table. */
export function statusesIn(text: string): Status[] {
  return [...new Set(STATUS_PATTERNS.filter((p) => p.pattern.test(text)).map((p) => p.status))];
}

/** Whether a report of done work speaks of a part of it only ('två av fyra', 'hittills', 'resterande'); 'fyra av fyra' is the whole. */
export function isPartOfWork(text: string): boolean {
  const m = PART_OF_WORK.pattern.exec(text);
  if (!m) return false;
  if (m[1] === undefined) return true;
  const [part, whole] = [countValue(m[1]), countValue(m[2])];
  return part === null || whole === null || part < whole;
}

/** Done work a report says was done in part only is work under way. */
const partly = (m: StatusMatch, text: string): StatusMatch =>
  m.status === 'done' && isPartOfWork(text) ? { ...m, status: 'ongoing', rule: `${m.rule}+${PART_OF_WORK.id}` } : m;

/**
 * The status a comment's prose states in words ('Arbetet pågår', 'Klart i november'): as a status
 * cell's, but done work it reports in part only ('har genomförts för två av fyra arbetslag',
 * 'Fem möten har hållits hittills') is under way.
 */
export function statedInComment(text: string): StatusMatch | null {
  const m = classifyStatus(text);
  return m && m.status !== 'unknown' ? partly(m, text) : null;
}

/**
 * The status a comment reports by the tense of its verb alone, where it names none: work reported
 * in the past or the perfect ('Mötena hölls i september', 'Rutinen har tagits fram') is done, in
 * part only ongoing; a plan ('Ska genomföras 2027'), a denial or the present says nothing.
 */
export function reportedInComment(text: string): StatusMatch | null {
  return reportsDoneWork(text) ? partly({ status: 'done', rule: 'status/reported-done', track: null }, text) : null;
}

export const statusRule = defineRule<Status | null>({
  id: 'status/classify',
  version: 2,
  description: 'Canonical status from a status cell or sentence; the earliest matching phrase wins.',
  examples: [
    { input: 'Ej påbörjad', output: 'not_started' },
    { input: 'Påbörjad. Dialog inledd med kommunikationsenheten för vidare planering.', output: 'started' },
    { input: 'Planerad och delvis genomförd. Första utbildningstillfället genomfört.', output: 'ongoing' },
    { input: 'Upphandlingen av laddstolpar beräknas starta under hösten.', output: 'not_started' },
    { input: 'Arbetet med kulturstrategin ska påbörjas efter sommaren.', output: 'not_started' },
    { input: 'Arbetet med framkomlighetsstrategin pågår.', output: 'ongoing' },
    { input: 'Genomförd 8 oktober med cirka 20 utställande företagare.', output: 'done' },
    { input: 'Inventeringen av skyddsrummen är gjord. Två moment kvarstår innan planen kan antas.', output: 'started' },
    { input: 'Samverkan med föreningarna har kommit igång.', output: 'started' },
    { input: 'Arbetet löper på.', output: 'ongoing' },
    { input: 'Uppskjuten till 2021', output: 'postponed' },
    { input: 'Invigningen av konstgräsplanen skjuts till våren 2027 på grund av leveransproblem.', output: 'postponed' },
    { input: 'Frågan skjuts till kommunstyrelsen för beslut.', output: 'unknown' },
    { input: 'Utgår', output: 'cancelled' },
    { input: 'Se bilaga', output: 'unknown' },
    { input: 'Ej rapporterad', output: 'unknown' },
    { input: 'Ej rapporterad. Arbetet pågår enligt plan.', output: 'ongoing' },
    { input: '', output: null },
  ],
  apply: (text) => classifyStatus(text)?.status ?? null,
});

export interface TrackMatch {
  track: Track;
  rule: string;
  /** The word as written, or the fill as '#RRGGBB'. */
  raw: string;
}

/** The traffic light a word in a cell names ('Grön', 'gul'). */
export function trackOfWord(text: string): TrackMatch | null {
  const t = text.trim();
  const hit = t ? TRACK_PATTERNS.find((p) => p.pattern.test(t)) : undefined;
  return hit ? { track: hit.track, rule: hit.id, raw: t } : null;
}

/** A colour word set as a sentence or a label of its own at the start of a text ('Grön. Avtalet är tecknat', 'Gul: försenad'). */
const LEADING_WORD = /^\s*(\p{L}+)\s*(?:[.:;–—-](?:\s|$)|$)/u;

/**
 * The traffic light a comment opens with: planning systems write the
 * assessment's colour as the first sentence of the comment ('Röd. Arbetet har
 * inte startat.'). A colour word that runs on into the sentence ('Gröna ytor
 * …', 'Röd tråd i arbetet …') is none.
 */
export function trackOfLead(text: string): TrackMatch | null {
  const m = LEADING_WORD.exec(text);
  return m ? trackOfWord(m[1]) : null;
}

/** An assessment is a few words ('Risk för avvikelse'); a longer text is a comment about the work. */
const MAX_MEANING_WORDS = 6;

/**
 * The traffic light an assessment field states in words ('Enligt plan',
 * 'Risk för avvikelse', 'Avvikelse'), as planning systems write the light
 * beside its colour or in place of it.
 */
export function trackOfMeaning(text: string): TrackMatch | null {
  const t = text.trim();
  if (!t || t.split(/\s+/).length > MAX_MEANING_WORDS) return null;
  const hit = TRACK_MEANINGS.find((p) => p.pattern.test(t));
  return hit ? { track: hit.track, rule: hit.id, raw: t } : null;
}

/** The traffic light a cell's fill colour shows, if it shows one. */
export function trackOfFill(fill: string | null | undefined): TrackMatch | null {
  if (!fill) return null;
  const c = hslOfHex(fill);
  if (!c || c.s < COLOUR_LIMITS.minSaturation || c.l < COLOUR_LIMITS.minLightness || c.l > COLOUR_LIMITS.maxLightness) return null;
  const hit = COLOUR_TRACKS.find((t) => hueWithin(c.h, t.hue));
  return hit ? { track: hit.track, rule: hit.id, raw: hexColour(fill) } : null;
}

/** Degrees between two hues on the colour wheel. */
const hueGap = (a: number, b: number) => {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
};
/** How far past a light's hues a colour may lie and still be drawn to it, where the palette leaves that light without a colour. */
const MAX_PALETTE_SHIFT = 20;

/**
 * The lights a document's own palette shows, where its fills read by hue
 * alone would leave a light out: three colours of which two read as one
 * light (a yellow and an orange, both 'deviation') while the third light has
 * none. The one of the two nearest the missing light's hues, within a few
 * degrees, is that light (a salmon '#F4B183' is the red of a pastel palette).
 * Fill → light, for the fills so moved only.
 */
export function paletteTracks(fills: string[]): Map<string, Track> {
  const out = new Map<string, Track>();
  const lit = [...new Set(fills.map(hexColour))]
    .map((f) => ({ f, track: trackOfFill(f)?.track, h: hslOfHex(f)?.h ?? 0 }))
    .filter((x): x is { f: string; track: Track; h: number } => !!x.track);
  const used = new Set(lit.map((x) => x.track));
  if (lit.length !== 3 || used.size !== 2) return out;
  const missing = COLOUR_TRACKS.find((t) => !used.has(t.track));
  if (!missing) return out;
  const distance = (h: number) => (hueWithin(h, missing.hue) ? 0 : Math.min(hueGap(h, missing.hue[0]), hueGap(h, missing.hue[1])));
  const [nearest] = lit.filter((x) => lit.some((y) => y !== x && y.track === x.track)).sort((a, b) => distance(a.h) - distance(b.h));
  if (nearest && distance(nearest.h) <= MAX_PALETTE_SHIFT) out.set(nearest.f, missing.track);
  return out;
}

export const trackFillRule = defineRule<Track | null>({
  id: 'track/colour',
  version: 1,
  description: 'Traffic light from the fill colour of a cell without words: red, yellow or orange, green by hue.',
  examples: [
    { input: '#00B050', output: 'on_track' },
    { input: 'C6EFCE', output: 'on_track' },
    { input: '#FFFF00', output: 'deviation' },
    { input: '#FFC000', output: 'deviation' },
    { input: '#FF0000', output: 'off_track' },
    { input: '#FFC7CE', output: 'off_track' },
    { input: '#D9D9D9', output: null },
    { input: '#DEEAF6', output: null },
    { input: '#FFFFFF', output: null },
  ],
  apply: (fill) => trackOfFill(fill)?.track ?? null,
});
