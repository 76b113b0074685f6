import { escapeRegExp } from '../../lang/pattern.js';
import type { Municipality } from '../../core/types.js';
import { defineRule } from '../rule.js';
import { MUNICIPALITIES } from '../../lang/municipalities.js';
import { COUNCILS_IN_PLACE, MUNICIPALITY_FORMS, NAME_AFFIXES, NAME_SUFFIXES } from '../../lang/municipality-names.js';

export interface MunicipalityHit {
  code: string;
  rule: string;
  start: number;
  end: number;
}

const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

/** Names whose genitive adds no -s ('Borås kommun', 'Västerås stad'). */
function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

const formToCode = new Map<string, string>();
for (const m of MUNICIPALITIES) {
  formToCode.set(m.name.toLowerCase(), m.code);
  formToCode.set(genitive(m.name).toLowerCase(), m.code);
}
for (const f of MUNICIPALITY_FORMS) if (f.kind === 'stem') formToCode.set(f.form.toLowerCase(), f.code);
const organisations = new Map(MUNICIPALITY_FORMS.filter((f) => f.kind === 'organisation').map((f) => [f.form.toLowerCase(), f.code]));
/** The short names as the register writes them, capitalised: 'i Lidköping', not 'i mark'. */
const shortNames = new Map(MUNICIPALITIES.map((m) => [m.name, m.code]));
const shortAlternation = [...shortNames.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/** The longest name or genitive, in characters: how far before 'kommun' a name can start. */
const LONGEST_FORM = Math.max(...[...formToCode.keys()].map((k) => k.length));
/** The word a name stands before. */
const KOMMUN_WORD = new RegExp(`\\s+(?:${NAME_SUFFIXES.words.join('|')})(?![\\p{L}])`, 'giu');

/**
 * 'Lerums kommun', 'Täby kommun', 'Lidingö stad', 'Gotlands kommun': a name or
 * its genitive before kommun/stad. Bare names are not counted: 'Mark', 'Vara'
 * and 'Ale' are words too. Found from the words kommun and stad backwards: a
 * pattern of every name tried at every place of the text cost more than the
 * rest of the metadata. Left to right and without overlap, the name starting
 * first (and so the longest), not inside a word or a hyphenated name.
 */
function namedBeforeKommun(text: string): MunicipalityHit[] {
  const hits: MunicipalityHit[] = [];
  let end = 0;
  for (const k of text.matchAll(KOMMUN_WORD)) {
    const nameEnd = k.index!;
    for (let start = Math.max(end, nameEnd - LONGEST_FORM); start < nameEnd; start++) {
      if (start > 0 && /[\p{L}-]/u.test(text[start - 1])) continue;
      const code = formToCode.get(text.slice(start, nameEnd).toLowerCase());
      if (!code) continue;
      hits.push({ code, rule: 'municipality/name-kommun', start, end: nameEnd + k[0].length });
      end = nameEnd + k[0].length;
      break;
    }
  }
  return hits;
}

/** 'Kommunfullmäktige i Lerum': the organ, and where a name must follow. */
const ORGAN_IN = new RegExp(`(?:${COUNCILS_IN_PLACE.words.join('|')})\\s+i\\s+`, 'giu');

/**
 * The name after 'Kommunfullmäktige i', the longest that ends a word. (A
 * pattern of all names is compiled again whenever the engine has dropped its
 * code between documents, which cost more than the rest of the metadata.)
 */
function organInNamed(text: string): MunicipalityHit[] {
  const hits: MunicipalityHit[] = [];
  for (const m of text.matchAll(ORGAN_IN)) {
    const from = m.index! + m[0].length;
    for (let end = Math.min(text.length, from + LONGEST_FORM); end > from; end--) {
      const code = formToCode.get(text.slice(from, end).toLowerCase());
      if (!code || (end < text.length && /\p{L}/u.test(text[end]))) continue;
      hits.push({ code, rule: 'municipality/organ-i-name', start: m.index!, end });
      break;
    }
  }
  return hits;
}
/** 'Region Gotland': a municipality's own name for itself that is not 'X kommun'. */
const ORGANISATION = new RegExp(`(?<![\\p{L}])(${[...organisations.keys()].map(escapeRegExp).join('|')})(?![\\p{L}])`, 'giu');
/**
 * 'i Lidköping', 'I Falun': a place named as the register writes it, after
 * the preposition; the name's capital is required, so 'i mark' and 'i vara'
 * are words. Weaker than a named organisation: counted only when no
 * 'X kommun' is found, since a plan may mention a conference in Stockholm.
 */
const IN_PLACE = new RegExp(`(?<![\\p{L}])[Ii]\\s+(${shortAlternation})(?![\\p{L}-])`, 'gu');
/** Organisation numbers of municipalities start with 212000. */
const ORG_NUMBER = /\b212000-\d{4}\b/g;

/** Every mention of a municipality by an organisation's name in the text, in order. */
export function findMunicipalities(text: string): MunicipalityHit[] {
  const hits: MunicipalityHit[] = [...namedBeforeKommun(text), ...organInNamed(text)];
  for (const m of text.matchAll(ORGANISATION)) {
    const code = organisations.get(m[1].toLowerCase());
    if (code) hits.push({ code, rule: 'municipality/own-name', start: m.index!, end: m.index! + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Places named after 'i' ('i Lidköping'), in order. */
export function findPlaces(text: string): MunicipalityHit[] {
  return [...text.matchAll(IN_PLACE)].map((m) => ({ code: shortNames.get(m[1])!, rule: 'municipality/i-place', start: m.index!, end: m.index! + m[0].length }));
}

/**
 * The municipality a document is about: the most often named one; an
 * organisation number (212000-xxxx) in the same block as a name confirms it.
 * Without an organisation's name, the place most often named after 'i'.
 * The title a container gives (PDF information, an HTML page's <title>,
 * often the site's name) counts as one more mention; its hits have no span
 * in the text and are returned only when the text names nothing.
 */
export function resolveMunicipality(text: string, containerTitle?: string | null): MunicipalityHit | null {
  const titled = containerTitle ? findMunicipalities(containerTitle) : [];
  const named = findMunicipalities(text);
  const hits = named.length > 0 || titled.length > 0 ? named : findPlaces(text);
  if (hits.length === 0) {
    const t = titled[0] ?? (containerTitle ? findPlaces(containerTitle)[0] : undefined);
    return t ? { ...t, rule: `${t.rule}-container-title`, start: 0, end: 0 } : null;
  }
  const score = new Map<string, number>();
  for (const h of [...hits, ...titled]) score.set(h.code, (score.get(h.code) ?? 0) + 1);
  for (const org of text.matchAll(ORG_NUMBER)) {
    const near = hits.filter((h) => Math.abs(h.start - org.index!) < 400);
    for (const h of near) score.set(h.code, (score.get(h.code) ?? 0) + 2);
  }
  const [code] = [...score].filter(([c]) => hits.some((h) => h.code === c)).sort((a, b) => b[1] - a[1] || firstIndex(hits, a[0]) - firstIndex(hits, b[0]))[0];
  return hits.find((h) => h.code === code)!;
}

function firstIndex(hits: MunicipalityHit[], code: string): number {
  return hits.findIndex((h) => h.code === code);
}

export function municipalityByCode(code: string): Municipality | undefined {
  return byCode.get(code);
}

/**
 * Looks a municipality up by code or by any name it goes by, in any case:
 * 'Falun', 'Falu kommun', 'Malung-Sälens kommun', 'Göteborgs Stad',
 * 'Region Gotland', 'i Lerum'.
 */
export function lookupMunicipality(nameOrCode: string): Municipality | undefined {
  const key = nameOrCode.trim().replace(/\s+/g, ' ').toLowerCase();
  if (/^\d{4}$/.test(key)) return byCode.get(key);
  const code = organisations.get(key) ?? formToCode.get(key.replace(NAME_AFFIXES.before, '').replace(NAME_AFFIXES.after, ''));
  return code ? byCode.get(code) : undefined;
}

export const municipalityRule = defineRule<string | null>({
  id: 'municipality/resolve',
  version: 1,
  description: "SCB code of the municipality most named in the text as 'X kommun', 'Xs kommun', 'X stad' or by its own name ('Falu kommun', 'Region Gotland'); else the place most named after 'i'.",
  examples: [
    { input: 'Förklaringsdokument till näringslivsstrategi för Lerums kommun', output: '1441' },
    { input: 'Tillhandahålla information om Täby kommuns upphandlingar. Täby kommun arbetar med polis.', output: '0160' },
    { input: 'Näringslivspolicy för Lidingö stad', output: '0186' },
    { input: 'Västerås stad och Borås kommun', output: '1980' },
    { input: 'Södertälje kommun Organisationsnr: 212000-0159', output: '0181' },
    { input: 'Vi ska vara en bra mark för företag.', output: null },
    { input: 'Handlingsplan för näringslivet, Falu kommun', output: '2080' },
    { input: 'Region Gotland antar en ny plan för besöksnäringen.', output: '0980' },
    { input: 'Strategi för Malung-Sälens kommun 2024–2027', output: '2023' },
    { input: 'Nytt bibliotek öppnar i Lidköping i vår.', output: '1494' },
    { input: 'Konferensen hölls i Stockholm. Ljusdals kommun deltog.', output: '2161' },
    { input: 'Vi bygger bostäder i mark som redan är exploaterad.', output: null },
  ],
  apply: (text) => resolveMunicipality(text)?.code ?? null,
});
