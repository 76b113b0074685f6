import { escapeRegExp } from '../../lang/pattern.js';
import type { Municipality } from '../../core/types.js';
import { defineRule } from '../rule.js';
import { MUNICIPALITIES } from '../../lang/municipalities.js';

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
const alternation = [...formToCode.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/**
 * 'Lerums kommun', 'Täby kommun', 'Lidingö stad', 'Gotlands kommun': a name or
 * its genitive before kommun/stad. Bare names are not counted: 'Mark', 'Vara'
 * and 'Ale' are words too.
 */
const NAMED = new RegExp(`(?<![\\p{L}-])(${alternation})\\s+(?:kommun|kommuns|stad|stads|kommunkoncern)(?![\\p{L}])`, 'giu');
/** 'Kommunfullmäktige i Lerum', 'Region Gotland'. */
const IN_NAMED = new RegExp(`(?:kommunfullmäktige|kommunstyrelsen)\\s+i\\s+(${alternation})(?![\\p{L}])`, 'giu');
/** Organisation numbers of municipalities start with 212000. */
const ORG_NUMBER = /\b212000-\d{4}\b/g;

/** Every mention of a municipality in the text, in order. */
export function findMunicipalities(text: string): MunicipalityHit[] {
  const hits: MunicipalityHit[] = [];
  for (const [re, rule] of [
    [NAMED, 'municipality/name-kommun'],
    [IN_NAMED, 'municipality/organ-i-name'],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const code = formToCode.get(m[1].toLowerCase());
      if (code) hits.push({ code, rule, start: m.index!, end: m.index! + m[0].length });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The municipality a document is about: the most often named one; an
 * organisation number (212000-xxxx) in the same block as a name confirms it.
 */
export function resolveMunicipality(text: string): MunicipalityHit | null {
  const hits = findMunicipalities(text);
  if (hits.length === 0) return null;
  const score = new Map<string, number>();
  for (const h of hits) score.set(h.code, (score.get(h.code) ?? 0) + 1);
  for (const org of text.matchAll(ORG_NUMBER)) {
    const near = hits.filter((h) => Math.abs(h.start - org.index!) < 400);
    for (const h of near) score.set(h.code, (score.get(h.code) ?? 0) + 2);
  }
  const [code] = [...score].sort((a, b) => b[1] - a[1] || firstIndex(hits, a[0]) - firstIndex(hits, b[0]))[0];
  return hits.find((h) => h.code === code)!;
}

function firstIndex(hits: MunicipalityHit[], code: string): number {
  return hits.findIndex((h) => h.code === code);
}

export function municipalityByCode(code: string): Municipality | undefined {
  return byCode.get(code);
}

/** Looks a municipality up by code or by name (any case, genitive allowed). */
export function lookupMunicipality(nameOrCode: string): Municipality | undefined {
  const key = nameOrCode.trim();
  if (/^\d{4}$/.test(key)) return byCode.get(key);
  const code = formToCode.get(key.toLowerCase().replace(/\s+(?:kommun|stad)$/, ''));
  return code ? byCode.get(code) : undefined;
}

export const municipalityRule = defineRule<string | null>({
  id: 'municipality/resolve',
  version: 1,
  description: "SCB code of the municipality most named in the text as 'X kommun', 'Xs kommun' or 'X stad'.",
  examples: [
    { input: 'Förklaringsdokument till näringslivsstrategi för Lerums kommun', output: '1441' },
    { input: 'Tillhandahålla information om Täby kommuns upphandlingar. Täby kommun arbetar med polis.', output: '0160' },
    { input: 'Näringslivspolicy för Lidingö stad', output: '0186' },
    { input: 'Västerås stad och Borås kommun', output: '1980' },
    { input: 'Södertälje kommun Organisationsnr: 212000-0159', output: '0181' },
    { input: 'Vi ska vara en bra mark för företag.', output: null },
  ],
  apply: (text) => resolveMunicipality(text)?.code ?? null,
});
