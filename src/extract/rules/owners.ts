import { JOINER_WORDS } from '../../lang/units.js';
import { isUnitWord } from '../../clean/cell-kinds.js';
import { sv } from '../../lang/pattern.js';
import { defineRule } from '../rule.js';

export interface OwnerDefinition {
  abbr: string | null;
  name: string;
  rule: string;
  start: number;
  end: number;
}

/** True when the letters of the abbreviation appear in order in the name, the first at its start ('KLK' in 'Kommunledningskontoret'). */
export function abbreviates(abbr: string, name: string): boolean {
  const a = abbr.toLowerCase();
  const n = name.toLowerCase();
  if (a[0] !== n[0]) return false;
  let i = 0;
  for (const ch of n) if (ch === a[i]) i++;
  return i >= a.length;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** 'SAMHÄLLSUTVECKLINGSKONTORET (SAM)', 'Södra Roslagens Miljö- och Hälsoskyddskontor (SRMH)', 'fritidsenheten (FRI)'. */
const DEFINITION = sv(new RegExp(`((?:\\p{L}[\\w-]*)(?:\\s+(?:(?:${JOINER_WORDS})\\s+)?[\\w-]+){0,4})\\s+\\((\\p{Lu}{2,6})\\)`, 'gu'));
const INNER_JOINER = new RegExp(`\\s+(?:${JOINER_WORDS})\\s+`, 'g');

/**
 * The most words a definition spans before its parenthesis: five words, a
 * joining word between any two. Each stands between spaces, so a definition
 * starts no further back than that many runs of non-space, and the pattern
 * is tried from there, not at every letter of the prose between two
 * parentheses.
 */
const DEFINITION_WORDS = 9;

/** Where the `count`-th run of non-space before `at` begins (0 when there are fewer). */
function wordsBack(text: string, at: number, count: number): number {
  let i = at;
  for (let n = 0; n < count && i > 0; n++) {
    while (i > 0 && /\s/.test(text[i - 1])) i--;
    while (i > 0 && !/\s/.test(text[i - 1])) i--;
  }
  return i;
}

/** An abbreviation in parentheses, where a definition ends. */
const DEFINED = /\(\p{Lu}{2,6}\)/gu;

/**
 * The definitions in a text, read only before each abbreviation in
 * parentheses: a definition's words hold no parenthesis, so one ends at the
 * first '(' after its start and begins after the parenthesis before it.
 * Trying the pattern at every capital of a long document cost as much as
 * all the rest of reading owners.
 */
function definitionMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const paren of text.matchAll(DEFINED)) {
    const end = paren.index + paren[0].length;
    const from = Math.max(text.lastIndexOf('(', paren.index - 1), text.lastIndexOf(')', paren.index - 1)) + 1;
    DEFINITION.lastIndex = Math.max(from, wordsBack(text, paren.index, DEFINITION_WORDS));
    const m = DEFINITION.exec(text.slice(0, end));
    if (m && m.index + m[0].length === end) out.push(m);
  }
  return out;
}

/** Abbreviations a document defines for itself, the shortest name that the letters fit. */
export function findAbbreviationDefinitions(text: string): OwnerDefinition[] {
  const out: OwnerDefinition[] = [];
  for (const m of definitionMatches(text)) {
    const abbr = m[2];
    const words = m[1].split(/\s+/);
    for (let k = words.length - 1; k >= 0; k--) {
      const name = words.slice(k).join(' ');
      // Prose writes a unit in lower case ('… tillsammans med fritidsenheten (FRI)'): such a name must end as a unit's name does, in lower case too.
      if (/^\p{Ll}/u.test(name) && !(/^\p{Ll}/u.test(words[words.length - 1]) && isUnitWord(words[words.length - 1]))) continue;
      if (abbreviates(abbr, name.replace(INNER_JOINER, ' '))) {
        const start = m.index! + m[1].length - name.length;
        const display = name === name.toUpperCase() ? capitalise(name) : name;
        out.push({ abbr, name: display, rule: 'owner/abbreviation-definition', start, end: m.index! + m[0].length });
        break;
      }
    }
  }
  return out;
}

export const abbreviationRule = defineRule<Array<{ abbr: string | null; name: string }>>({
  id: 'owner/abbreviation-definition',
  version: 1,
  description: "Units a document defines with an abbreviation in parentheses: 'SAMHÄLLSUTVECKLINGSKONTORET (SAM)'.",
  examples: [
    { input: 'SAMHÄLLSUTVECKLINGSKONTORET (SAM)', output: [{ abbr: 'SAM', name: 'Samhällsutvecklingskontoret' }] },
    { input: 'tillsyn av verksamheten Södra Roslagens Miljö- och Hälsoskyddskontor (SRMH)', output: [{ abbr: 'SRMH', name: 'Södra Roslagens Miljö- och Hälsoskyddskontor' }] },
    { input: 'Arbetet leds av fritidsenheten (FRI) tillsammans med kultur- och fritidsförvaltningen (KFF).', output: [{ abbr: 'FRI', name: 'fritidsenheten' }, { abbr: 'KFF', name: 'kultur- och fritidsförvaltningen' }] },
    // A term in lower case is no unit, though its letters fit.
    { input: 'enligt metoden för trygghetsvandringar (TV) och enkäten (ENK)', output: [] },
    // Nor is a lower-case word run into an abbreviation that stands before another ('… tas i bruk FSA (BUF)').
    { input: 'när den nya förskolan tas i bruk FSA (BUF)', output: [] },
    { input: 'utan förkortning (se bilaga)', output: [] },
  ],
  apply: (text) => findAbbreviationDefinitions(text).map(({ abbr, name }) => ({ abbr, name })),
});

/** 'Kommunens nämnder och Telgebolagens styrelser ansvarar för hur insatserna …' → the two owners. */
/** A comma, or a joining word between two names ('och', 'samt'). */
const NAME_JOIN = new RegExp(`\\s*(?:,|\\s(?:${JOINER_WORDS})\\s)\\s*`, 'u');

export function splitOwnerNames(text: string): string[] {
  return text
    .split(NAME_JOIN)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}
