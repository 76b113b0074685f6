import type { TextRule } from '../rule.js';
import { adoptionRule, firstDateRule } from './dates.js';
import { docTypeRule } from './doc-type.js';
import { municipalityRule } from './municipality.js';
import { abbreviationRule } from './owners.js';
import { ownerKindRule } from './owner-kind.js';
import { periodRule } from './period.js';
import { statusRule, trackFillRule } from './status.js';
import { yearsRule } from './years.js';
import { timelineRule } from './timeline.js';

/** Every text rule, for the example harness: a new rule is one file and one line here. */
export const TEXT_RULES: TextRule<unknown>[] = [
  statusRule,
  trackFillRule,
  yearsRule,
  municipalityRule,
  firstDateRule,
  adoptionRule,
  periodRule,
  abbreviationRule,
  ownerKindRule,
  docTypeRule,
  timelineRule,
] as TextRule<unknown>[];
