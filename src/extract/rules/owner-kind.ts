import { LEAD_OWNER_SEPARATOR, OWNER_ABBREVIATIONS, OWNER_BODIES, OWNER_DOMAINS, UNSPECIFIC_OWNER, type OwnerKind } from '../../lang/owner-kinds.js';
import { defineRule } from '../rule.js';

export interface OwnerKindHit {
  kind: OwnerKind;
  rule: string;
}

/** Words that name no unit of their own: the whole municipality, 'the administration'. */
const UNSPECIFIC = UNSPECIFIC_OWNER.pattern;

/** Where the lead owner's name ends: 'BUF, NLK', 'SBF/KLF', 'NLE i samverkan med Region X', 'KLF och Näringslivsenheten'. */
const LEAD_SEPARATOR = LEAD_OWNER_SEPARATOR.pattern;

/**
 * The kind of an owner, from its name (or its abbreviation when the name is
 * one): a body that decides the kind whatever its domain (region, company,
 * nämnd), else the domain stem that stands first in the name, else a
 * conventional abbreviation; 'okand' when nothing speaks.
 */
export function ownerKind(name: string, abbr: string | null = null): OwnerKindHit {
  // Several owners or a partner named with the lead: the lead, written first, decides.
  const lead = name.split(LEAD_SEPARATOR)[0].trim() || name.trim();
  const lower = lead.toLowerCase().replace(/\s+/g, ' ').replace(/[.:]+$/, '');
  for (const b of OWNER_BODIES) if (b.pattern.test(lower)) return { kind: b.kind, rule: b.id };
  let first: { at: number; hit: OwnerKindHit } | null = null;
  for (const d of OWNER_DOMAINS) {
    const at = lower.search(d.pattern);
    if (at >= 0 && (first === null || at < first.at)) first = { at, hit: { kind: d.kind, rule: d.id } };
  }
  if (first) return first.hit;
  for (const candidate of [abbr, lead]) {
    if (!candidate || !/^\p{Lu}{2,6}$/u.test(candidate)) continue;
    const kind = OWNER_ABBREVIATIONS[candidate];
    if (kind) return { kind, rule: 'owner-kind/abbreviation' };
    // 'GHAB', 'SKAB': municipal companies are abbreviated with their 'AB'.
    if (candidate.length >= 3 && candidate.endsWith('AB')) return { kind: 'kommunalt_bolag', rule: 'owner-kind/company-abbreviation' };
  }
  return { kind: 'okand', rule: UNSPECIFIC.test(lower) ? 'owner-kind/unspecific' : 'owner-kind/unknown' };
}

export const ownerKindRule = defineRule<OwnerKind>({
  id: 'owner-kind',
  version: 1,
  description: "The kind of unit an owner is, from the parts of its name: 'Samhällsbyggnadsförvaltningen' → samhallsbyggnad, 'Kultur- och fritidsnämnden' → politisk_instans.",
  examples: [
    { input: 'Kommunledningskontoret', output: 'kommunledning' },
    { input: 'Näringslivsenheten', output: 'naringsliv' },
    { input: 'Miljö- och samhällsbyggnadsförvaltningen', output: 'miljo' },
    { input: 'Gymnasieförvaltningen', output: 'utbildning_arbetsmarknad' },
    { input: 'Kultur- och fritidsnämnden', output: 'politisk_instans' },
    { input: 'Kommunstyrelsen', output: 'politisk_instans' },
    { input: 'Region Västerbotten', output: 'extern_part' },
    { input: 'Skellefteå Kraft AB', output: 'kommunalt_bolag' },
    { input: 'SBF', output: 'samhallsbyggnad' },
    { input: 'Socialförvaltningen', output: 'socialtjanst' },
    { input: 'SBF i samverkan med Region Gävleborg', output: 'samhallsbyggnad' },
    { input: 'NLE, SBF', output: 'naringsliv' },
    { input: 'Visit Sundsvall', output: 'naringsliv' },
    { input: 'SKAB', output: 'kommunalt_bolag' },
    // Nothing of a kind: the municipality as a whole, an unknown abbreviation, a person's role.
    { input: 'Lerums kommun', output: 'okand' },
    { input: 'Förvaltningen', output: 'okand' },
    { input: 'XYZ', output: 'okand' },
    { input: 'Projektledaren', output: 'okand' },
  ],
  apply: (text) => ownerKind(text).kind,
});
