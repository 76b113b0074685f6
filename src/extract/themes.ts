import { stem } from './stem.js';
import type { ActivityRow, FocusAreaRow, ThemeHit } from '../core/types.js';
import { THEMES } from '../lang/themes.js';

/** One-word terms at least this long also match inside compounds. */
const COMPOUND_PART_MIN = 5;

interface Term {
  text: string;
  kind: 'acronym' | 'whole' | 'stems';
  stems: string[];
  part: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

const compiled = THEMES.map((theme) => ({
  id: theme.id,
  terms: [
    ...theme.terms.map((text): Term => {
      if (/^[A-ZÅÄÖ-]{2,}$/.test(text)) return { text, kind: 'acronym', stems: [text], part: false };
      const stems = words(text.toLowerCase()).map((w) => stem(w));
      return { text, kind: 'stems', stems, part: stems.length === 1 && stems[0].length >= COMPOUND_PART_MIN };
    }),
    ...(theme.whole ?? []).map((text): Term => (/^[A-ZÅÄÖ]{2,}$/.test(text) ? { text, kind: 'acronym', stems: [text], part: false } : { text, kind: 'whole', stems: [text], part: false })),
  ],
}));

function matches(term: Term, raw: string[], lower: string[], stems: string[]): boolean {
  if (term.kind === 'acronym') return raw.includes(term.text);
  if (term.kind === 'whole') return lower.includes(term.text);
  const [first, ...rest] = term.stems;
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i];
    const hit = s === first || (term.part && s.length > first.length && s.includes(first));
    if (hit && rest.every((r, k) => stems[i + 1 + k] === r)) return true;
  }
  return false;
}

/** Terms by what a text must hold for them to match: an acronym, a whole word, or their first stem; compound parts apart. */
const allTerms = compiled.flatMap((theme) => theme.terms);
const byFirstStem = new Map<string, Term[]>();
const partTerms: Term[] = [];
const byWord = new Map<string, Term[]>();
for (const t of allTerms) {
  const key = t.kind === 'stems' ? t.stems[0] : t.text;
  const index = t.kind === 'stems' ? byFirstStem : byWord;
  index.set(key, [...(index.get(key) ?? []), t]);
  if (t.part) partTerms.push(t);
}

/** The themes a text speaks of, each with the terms that say so. */
export function themesOf(text: string): ThemeHit[] {
  const raw = words(text);
  const lower = raw.map((w) => w.toLowerCase());
  const stems = lower.map((w) => stem(w));
  // Only terms that could match are tried: those whose first stem or word the text holds, and the compound parts.
  const candidates = new Set<Term>(partTerms);
  for (const s of stems) for (const t of byFirstStem.get(s) ?? []) candidates.add(t);
  for (const w of [...raw, ...lower]) for (const t of byWord.get(w) ?? []) candidates.add(t);
  const matched = new Set([...candidates].filter((t) => matches(t, raw, lower, stems)));
  const out: ThemeHit[] = [];
  if (matched.size === 0) return out;
  for (const theme of compiled) {
    const terms = theme.terms.filter((t) => matched.has(t)).map((t) => t.text);
    if (terms.length > 0) out.push({ theme: theme.id, rule: `theme/${theme.id}`, terms });
  }
  return out;
}

/**
 * Themes for every focus area, intervention area and activity, from their
 * own words. An activity without a theme of its own takes those of its
 * intervention area, or else of its focus area, marked as inherited.
 */
export function assignThemes(focusAreas: FocusAreaRow[], activities: ActivityRow[]): void {
  for (const f of focusAreas) f.themes = themesOf(f.title);
  const byKey = new Map(focusAreas.map((f) => [f.key, f]));
  for (const a of activities) {
    a.themes = themesOf(a.text);
    if (a.themes.length > 0) continue;
    for (let f = a.focusAreaKey === null ? undefined : byKey.get(a.focusAreaKey); f; f = f.parentKey === null ? undefined : byKey.get(f.parentKey)) {
      if (f.themes && f.themes.length > 0) {
        a.themes = f.themes.map((t) => ({ ...t, rule: 'theme/inherited', inherited: true }));
        break;
      }
    }
  }
}
