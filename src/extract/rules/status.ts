import type { Status, Track } from '../../core/types.js';
import { defineRule } from '../rule.js';
import { STATUS_PATTERNS, TRACK_PATTERNS } from '../vocab/status.js';

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
    if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length)) {
      best = { index: m.index, length: m[0].length, status: p.status, rule: p.id };
    }
  }
  const track = TRACK_PATTERNS.find((p) => p.pattern.test(t));
  if (!best && track) return { status: track.track === 'off_track' ? 'unknown' : 'ongoing', rule: track.id, track: track.track };
  return { status: best?.status ?? 'unknown', rule: best?.rule ?? 'status/unrecognised', track: track?.track ?? null };
}

export const statusRule = defineRule<Status | null>({
  id: 'status/classify',
  version: 2,
  description: 'Canonical status from a status cell or sentence; the earliest matching phrase wins.',
  examples: [
    { input: 'Ej påbörjad', output: 'not_started' },
    { input: 'Påbörjad. Dialog inledd med kommunikationsenheten för vidare planering.', output: 'started' },
    { input: 'Planerad och delvis genomförd. Första utbildningstillfället genomfört.', output: 'started' },
    { input: 'Beaktas i tillsynsplaneringen som snart påbörjas för 2020. Insatser prioriteras därefter.', output: 'not_started' },
    { input: 'Arbetet med framkomlighetsstrategin pågår.', output: 'ongoing' },
    { input: 'Genomförd 8 oktober med cirka 20 utställande företagare.', output: 'done' },
    { input: 'Handlingsplan för service och bemötande har upprättats av avdelningen för kommunikation och HR. Vissa delar kvarstår som tydligt adresserar myndighetsutövning.', output: 'started' },
    { input: 'Arbetet löper på.', output: 'ongoing' },
    { input: 'Uppskjuten till 2021', output: 'postponed' },
    { input: 'Utgår', output: 'cancelled' },
    { input: 'Se bilaga', output: 'unknown' },
    { input: '', output: null },
  ],
  apply: (text) => classifyStatus(text)?.status ?? null,
});
