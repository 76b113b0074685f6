import { describe, expect, it } from 'vitest';
import type { ActivityRow, FocusAreaRow } from '../../src/core/types.js';
import { assignThemes, themesOf } from '../../src/extract/themes.js';
import { THEMES } from '../../src/lang/themes.js';

const ids = (text: string) => themesOf(text).map((t) => t.theme);

describe('themes', () => {
  it('has stable, unique ids with Swedish and English labels', () => {
    expect(THEMES.map((t) => t.id)).toEqual(['service', 'skills', 'establishment', 'infrastructure', 'place-marketing', 'dialogue', 'entrepreneurship', 'procurement', 'sustainability', 'digital']);
    for (const t of THEMES) expect(t.sv && t.en && t.terms.length).toBeTruthy();
  });

  it("puts Täby's and Södertälje's skills focus areas under skills", () => {
    expect(ids('Utbildning och arbetsmarknad')).toContain('skills');
    expect(ids('God tillgång på arbetskraft med relevant kompetens')).toContain('skills');
  });

  it('matches inflected forms and compounds on stems, and names the terms', () => {
    expect(themesOf('Dialog med upphandlingsenheten om anbudsgivare')).toEqual([
      { theme: 'dialogue', rule: 'theme/dialogue', terms: ['dialog'] },
      { theme: 'procurement', rule: 'theme/procurement', terms: ['upphandling', 'anbud', 'anbudsgivare'] },
    ]);
    expect(ids('Arrangera högre utbildnings- och rekryteringsmässa')).toEqual(['skills']);
    expect(ids('Skapa en marknadsföringsplan')).toEqual(['place-marketing']);
    expect(ids('Ta fram en plan för att införa fler e-tjänster')).toEqual(['digital']);
    expect(ids('Utvecklingsprojekt Södertälje Science Park')).toEqual(['entrepreneurship']);
  });

  it('keeps short words whole and acronyms as written', () => {
    expect(ids('Marknadsföring av mark för företag')).toEqual(['establishment', 'place-marketing']);
    expect(ids('Stärka lokala företag')).toEqual([]);
    expect(ids('Ett aktivt etableringsarbete')).toEqual(['establishment']);
    expect(ids('Samarbete med UF')).toEqual(['entrepreneurship']);
    expect(ids('en uf-grupp')).toEqual([]);
  });

  it('lets an activity without a theme of its own inherit its focus area’s', () => {
    const base = { rule: 'r', page: null, start: 0, end: 0 };
    const focusAreas: FocusAreaRow[] = [
      { ...base, key: 0, parentKey: null, ordinal: 1, title: 'Kompetensförsörjning' },
      { ...base, key: 1, parentKey: 0, ordinal: 1, title: 'Samverkan med skolan' },
    ];
    const activity = (text: string, focusAreaKey: number): ActivityRow => ({ ...base, focusAreaKey, ordinal: 1, text, ownerRaw: null, ownerKey: null, years: [], status: null, statusRaw: null, statusRule: null, track: null });
    const activities = [activity('Genomföra och följa upp planen', 1), activity('Informera om e-tjänster', 0)];
    assignThemes(focusAreas, activities);
    expect(activities[0].themes).toEqual([{ theme: 'skills', rule: 'theme/inherited', terms: ['skolan'], inherited: true }]);
    expect(activities[1].themes).toEqual([{ theme: 'digital', rule: 'theme/digital', terms: ['e-tjänst'] }]);
  });
});
