import { describe, expect, it } from 'vitest';
import type { ActivityRow, FocusAreaRow } from '../../src/core/types.js';
import { assignThemes, themesOf } from '../../src/extract/themes.js';
import { subjectThemesOf } from '../../src/extract/themes.js';
import { findSubject, SUBJECTS } from '../../src/lang/subjects.js';
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
    // 'anbudsgivare' is a term of its own: the longer term wins over 'anbud' inside it.
    expect(themesOf('Dialog med upphandlingsenheten om anbudsgivare')).toEqual([
      { theme: 'dialogue', rule: 'theme/dialogue', terms: ['dialog'], confidence: 0.9 },
      { theme: 'procurement', rule: 'theme/procurement', terms: ['upphandling', 'anbudsgivare'], confidence: 0.9 },
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
    // Each level inherits on its own: the business theme and the policy area of the intervention area.
    expect(activities[0].themes).toEqual([
      { theme: 'skills', rule: 'theme/inherited', terms: ['skolan'], inherited: true, confidence: 0.72 },
      { theme: 'utbildning', rule: 'theme/inherited', terms: ['skolan'], inherited: true, confidence: 0.72 },
    ]);
    expect(activities[1].themes).toEqual([
      { theme: 'digital', rule: 'theme/digital', terms: ['e-tjänst'], confidence: 0.9 },
      { theme: 'digitalisering', rule: 'theme/digitalisering', terms: ['e-tjänst'], confidence: 0.9 },
    ]);
  });
});

const areas = (text: string) => subjectThemesOf(text).map((t) => t.theme);

describe('policy areas as themes', () => {
  it('are the 22 areas of municipal planning, with stable ids and Swedish and English labels', () => {
    expect(SUBJECTS.map((s) => s.id)).toEqual([
      'naringsliv', 'klimat', 'miljo', 'vatten', 'avfall', 'samhallsbyggnad', 'trafik', 'utbildning', 'barn-unga', 'folkhalsa', 'vard-omsorg',
      'aldre', 'socialtjanst', 'integration', 'trygghet', 'krisberedskap', 'kultur-fritid', 'friluftsliv', 'digitalisering', 'jamstalldhet',
      'demokrati', 'organisation',
    ]);
    for (const s of SUBJECTS) expect(s.sv && s.en && s.terms.length >= 5).toBeTruthy();
    expect(new Set(SUBJECTS.map((s) => s.sv)).size).toBe(22);
    expect(new Set(SUBJECTS.map((s) => s.en)).size).toBe(22);
  });

  it('finds a subject by id, Swedish or English label, or a word only one label has', () => {
    expect(findSubject('klimat')?.id).toBe('klimat');
    expect(findSubject('Klimat och energi')?.id).toBe('klimat');
    expect(findSubject('climate and energy')?.id).toBe('klimat');
    expect(findSubject('Public health')?.id).toBe('folkhalsa');
    expect(findSubject('avfall')?.id).toBe('avfall');
    expect(findSubject('väder')).toBeNull();
  });

  it('reads a term as a compound part on both sides of a word, by the lexicon', () => {
    expect(subjectThemesOf('Ta fram en ny klimatplan')).toEqual([{ theme: 'klimat', rule: 'theme/klimat', terms: ['klimat'], confidence: 0.65 }]);
    expect(subjectThemesOf('Samla in matavfall')).toEqual([{ theme: 'avfall', rule: 'theme/avfall', terms: ['matavfall'], confidence: 0.9 }]);
    expect(areas('Utveckla folkhälsoarbetet i skolan')).toEqual(['utbildning', 'folkhalsa']);
    expect(areas('Starta en återbruksbutik')).toEqual(['avfall']);
  });

  it('lets the longest term win inside a word', () => {
    expect(areas('God planberedskap för bostäder')).toEqual(['samhallsbyggnad']);
    expect(areas('Öva krisberedskap')).toEqual(['krisberedskap']);
  });

  it('finds no term inside a plain word', () => {
    expect(areas('Det är naturligtvis viktigt')).toEqual([]);
    expect(areas('Konstatera att arbetet pågår')).toEqual([]);
  });

  it('reads no theme from the name of a person or a company', () => {
    expect(areas('Kontaktperson är Eva Skog')).toEqual([]);
    expect(areas('Ta fram en plan med Klimatbolaget AB')).toEqual([]);
    expect(areas('Avtal med Gröna Vatten och Energi AB om service')).toEqual([]);
    expect(areas('Genomföra möten med Anna Fiske och Per Kultur')).toEqual([]);
    // The same words in running text, and at the start of a sentence, are themes.
    expect(areas('Skogen och vattnet ska skyddas.')).toEqual(['miljo', 'vatten']);
    expect(areas('Fiske i sjöar. Kultur för alla.')).toEqual(['vatten', 'kultur-fritid', 'friluftsliv']);
  });
});
