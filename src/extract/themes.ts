import type { ActivityRow, FocusAreaRow, ThemeHit } from '../core/types.js';
import { SUBJECTS } from '../lang/subjects.js';
import { THEMES } from '../lang/themes.js';
import { compileTaxonomy, tokenize, type TaxonomyMatcher, type TermHit, type Token } from './taxonomy-match.js';

/**
 * How sure a theme is, by how its word stood: the word itself or a phrase,
 * the head of a compound ('matavfall' is waste), or only a modifier
 * ('avfallsplanen' is a plan about waste, 'energibolaget' a company).
 */
export const THEME_CONFIDENCE = { whole: 0.9, head: 0.8, modifier: 0.65 } as const;
/** An inherited theme is the focus area's, held a little less surely. */
const INHERITED_FACTOR = 0.8;

/** The business-climate themes (src/lang/themes.ts) and the policy areas every subject shares (src/lang/subjects.ts). */
export const businessThemes: TaxonomyMatcher = compileTaxonomy(THEMES);
export const subjectThemes: TaxonomyMatcher = compileTaxonomy(SUBJECTS);

function collect(hits: TermHit[], order: string[]): ThemeHit[] {
  const out: ThemeHit[] = [];
  for (const id of order) {
    const own = hits.filter((h) => h.id === id);
    if (own.length === 0) continue;
    const terms = [...new Set(own.map((h) => h.term))];
    const confidence = Math.max(...own.map((h) => THEME_CONFIDENCE[h.position]));
    out.push({ theme: id, rule: `theme/${id}`, terms, confidence });
  }
  return out;
}

const THEME_ORDER = THEMES.map((t) => t.id);
const SUBJECT_ORDER = SUBJECTS.map((s) => s.id);

/** The business-climate themes a text speaks of, each with the terms that say so and a confidence. */
export function themesOf(text: string, tokens: Token[] = tokenize(text)): ThemeHit[] {
  return collect(businessThemes.hitsIn(tokens), THEME_ORDER);
}

/** The policy areas (subjects) a text speaks of, as themes. */
export function subjectThemesOf(text: string, tokens: Token[] = tokenize(text)): ThemeHit[] {
  return collect(subjectThemes.hitsIn(tokens), SUBJECT_ORDER);
}

function allThemesOf(text: string): ThemeHit[] {
  const tokens = tokenize(text);
  return [...themesOf(text, tokens), ...subjectThemesOf(text, tokens)];
}

/**
 * Themes for every focus area, intervention area and activity, from their
 * own words, at both levels. An activity without a theme of its own at a
 * level takes those of its intervention area, or else of its focus area, at
 * that level, marked as inherited.
 */
export function assignThemes(focusAreas: FocusAreaRow[], activities: ActivityRow[]): void {
  for (const f of focusAreas) f.themes = allThemesOf(f.title);
  const byKey = new Map(focusAreas.map((f) => [f.key, f]));
  const isSubject = new Set(SUBJECT_ORDER);
  for (const a of activities) {
    const own = allThemesOf(a.text);
    const levels = [own.filter((t) => !isSubject.has(t.theme)), own.filter((t) => isSubject.has(t.theme))];
    a.themes = levels.flatMap((level, n) => {
      if (level.length > 0) return level;
      for (let f = a.focusAreaKey === null ? undefined : byKey.get(a.focusAreaKey); f; f = f.parentKey === null ? undefined : byKey.get(f.parentKey)) {
        const inherited = (f.themes ?? []).filter((t) => isSubject.has(t.theme) === (n === 1));
        if (inherited.length > 0) return inherited.map((t) => ({ ...t, rule: 'theme/inherited', inherited: true, confidence: Math.round((t.confidence ?? THEME_CONFIDENCE.whole) * INHERITED_FACTOR * 100) / 100 }));
      }
      return [];
    });
  }
}
