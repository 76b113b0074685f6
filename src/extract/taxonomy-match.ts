import { swedishLexicon } from '../lang/lexicon.js';
import { LIG_ADJECTIVE, NOUN_ENDING } from '../lang/morphology.js';
import { COMPANY_FORM_WORD } from '../lang/units.js';
import { stem } from './stem.js';

/**
 * Finds the entries of a taxonomy (themes, subjects) a text speaks of, on
 * Swedish morphology: terms match on stems ('utbildningar' → 'utbildning'),
 * and a one-word term of five or more letters also as a part of a compound
 * whose other parts are Swedish words by the lexicon ('avfall' in
 * 'matavfallsinsamling', 'hälsa' in 'folkhälsoarbete'), never inside a plain
 * word ('natur' is not in 'naturligtvis'). Where terms overlap in one word the
 * longest wins ('planberedskap' over 'beredskap'). Words of a name (a person,
 * a company) are no terms: 'Anna Skog' speaks of no forest.
 */
export interface TaxonomyEntry {
  id: string;
  terms: string[];
  whole?: string[];
}

/** A term found: the entry, the term as the taxonomy writes it, and how it stood. */
export interface TermHit {
  id: string;
  term: string;
  /** whole: the word itself or a phrase; head: the last part of a compound; modifier: an earlier part. */
  position: 'whole' | 'head' | 'modifier';
  /** 0-based offsets of the word (or phrase) in the text. */
  start: number;
  end: number;
}

interface Term {
  id: string;
  text: string;
  /** A name the taxonomy lists as a term ('Almi', 'Science Park'): it matches where a name stands. */
  isName: boolean;
  kind: 'acronym' | 'whole' | 'stems';
  stems: string[];
  /** The forms it is looked for inside compounds: as written ('klimat', whose stem 'klim' is too short) and its stem ('folkhäls' of 'folkhälsa', for 'folkhälsoarbete'). */
  parts: string[];
}

export interface Token {
  raw: string;
  lower: string;
  stem: string;
  start: number;
  end: number;
  isName: boolean;
}

/** One-word terms at least this long also match inside compounds. */
const COMPOUND_PART_MIN = 5;
/** Endings a stem leaves on a word ('utbildning|ar', 'avfall|et', 'hälsa' → 'häls|o'): up to this long no lexicon look-up is needed. */
const ENDING_MAX = 4;


const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** What ends a sentence or a field between two words: a capital after it opens a sentence, not a name. */
const SENTENCE_BREAK = /[.!?:;•–\n\r\t|()"”]/u;

/** The words of a text with their stems; words of names (mid-sentence capitals and their runs, companies) are marked. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    tokens.push({ raw, lower, stem: stem(lower), start: m.index!, end: m.index! + raw.length, isName: false });
  }
  // Words before a company form ('Klimatbolaget AB', 'Skogs och Vatten AB') are the company's name.
  for (let i = 1; i < tokens.length; i++) {
    if (!COMPANY_FORM_WORD.test(tokens[i].raw)) continue;
    for (let k = i - 1; k >= 0 && (CAPITALISED.test(tokens[k].raw) || /^(?:och|&|i)$/.test(tokens[k].raw)); k--) tokens[k].isName = true;
    tokens[i].isName = true;
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!CAPITALISED.test(t.raw)) continue;
    const prev = tokens[i - 1];
    const between = text.slice(prev.end, t.start);
    if (SENTENCE_BREAK.test(between) || /\d/.test(prev.raw)) continue;
    // A capital after a lower-case word stands mid-sentence: a name ('med Anna Skog', 'hos Energikontoret').
    // A capital right after another capital or a company form continues a name ('Anna Skog', 'Bostads AB Vattentornet').
    if (/^\p{Ll}/u.test(prev.raw) || ((CAPITALISED.test(prev.raw) || prev.isName) && /^ +$/.test(between))) t.isName = true;
  }
  return tokens;
}

export interface TaxonomyMatcher {
  /** Every term the text holds, names left out, longest first where terms overlap within a word. */
  hits(text: string, options?: { names?: boolean }): TermHit[];
  /** The same over words already tokenized. */
  hitsIn(tokens: Token[], options?: { names?: boolean }): TermHit[];
}

const splitMemo = new Map<string, boolean>();

/** Whether a piece of a compound is a Swedish word, with or without the linking s or vowel ('avfalls', 'hälso'). */
function isPart(piece: string): boolean {
  if (piece.length < 3) return false;
  let known = splitMemo.get(piece);
  if (known === undefined) {
    const lexicon = swedishLexicon();
    known = lexicon.has(piece) || (/[se]$/.test(piece) && lexicon.has(piece.slice(0, -1)));
    splitMemo.set(piece, known);
  }
  return known;
}

/** Whether what follows a term's stem in a word is its ending, or an ending and the next part of the compound. */
function isTail(rest: string): boolean {
  if (rest.length <= ENDING_MAX && !/[-]/.test(rest)) return rest.length === 0 || /^[\p{Ll}]+$/u.test(rest);
  const r = rest.replace(/^-/, '');
  // The next part follows at once, or after a linking letter ('klimat|s|arbete', 'häls|o|plan').
  return isPart(r) || (/^[soeua]/.test(r) && r.length > 4 && isPart(r.slice(1)));
}

/** Where in a word a compound part stands, or null: the part must follow a word (or open the word) and end it or be followed by one. */
function partPosition(word: string, partStem: string): { at: number; position: TermHit['position'] } | null {
  for (let at = word.indexOf(partStem); at >= 0; at = word.indexOf(partStem, at + 1)) {
    const before = word.slice(0, at).replace(/-$/, '');
    if (at > 0 && !isPart(before)) continue;
    const rest = word.slice(at + partStem.length);
    if (!isTail(rest)) continue;
    // A short rest is the term's ending ('avfall|et'), unless it is a word of its own ('klimat|plan').
    const headLike = rest.length <= ENDING_MAX && !rest.includes('-') && !(rest.length === ENDING_MAX && isPart(rest));
    // The word is the term itself: inflected where the stemmer did not see it ('näringsliv|et'), else no match ('natur|lig').
    if (at === 0 && headLike) return NOUN_ENDING.test(rest) ? { at, position: 'whole' } : null;
    return { at, position: headLike ? 'head' : 'modifier' };
  }
  return null;
}

/** The letters a compound part is indexed by: every part is at least COMPOUND_PART_MIN long. */
const PART_KEY = 4;

/**
 * The terms with a compound part that may stand in a word, in taxonomy
 * order: those whose part's first letters occur in it. Trying every part on
 * every new word of a document cost more than all the rest of the matching;
 * the others cannot match, since each part must occur in the word whole.
 */
function partIndex(parts: Term[]): (word: string) => Term[] {
  const byKey = new Map<string, number[]>();
  parts.forEach((term, i) => {
    for (const key of new Set(term.parts.map((form) => form.slice(0, PART_KEY)))) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  return (word) => {
    const found = new Set<number>();
    for (let at = 0; at + PART_KEY <= word.length; at++) for (const i of byKey.get(word.slice(at, at + PART_KEY)) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b).map((i) => parts[i]);
  };
}

export function compileTaxonomy(entries: TaxonomyEntry[]): TaxonomyMatcher {
  const terms: Term[] = entries.flatMap((e) => [
    ...e.terms.map((text): Term => {
      if (/^[A-ZÅÄÖ-]{2,}$/.test(text)) return { id: e.id, text, kind: 'acronym', isName: true, stems: [text], parts: [] };
      const words = text.toLowerCase().match(WORD) ?? [];
      const stems = words.map((w) => stem(w));
      const parts = words.length === 1 ? [...new Set([words[0], stems[0]])].filter((p) => p.length >= COMPOUND_PART_MIN) : [];
      return { id: e.id, text, kind: 'stems', isName: /^\p{Lu}/u.test(text), stems, parts };
    }),
    ...(e.whole ?? []).map((text): Term => ({ id: e.id, text, kind: /^[A-ZÅÄÖ]{2,}$/.test(text) ? 'acronym' : 'whole', isName: /^[A-ZÅÄÖ]{2,}$/.test(text), stems: [text], parts: [] })),
  ]);
  const byFirstStem = new Map<string, Term[]>();
  const byWord = new Map<string, Term[]>();
  const parts = terms.filter((t) => t.parts.length > 0);
  const partTerms = partIndex(parts);
  for (const t of terms) {
    const index = t.kind === 'stems' ? byFirstStem : byWord;
    const key = t.kind === 'stems' ? t.stems[0] : t.text;
    index.set(key, [...(index.get(key) ?? []), t]);
  }
  // Compound parts found in a word, by word: documents repeat their words.
  const partMemo = new Map<string, Array<{ term: Term; at: number; length: number; position: TermHit['position'] }>>();
  const partsOf = (word: string) => {
    let found = partMemo.get(word);
    if (found === undefined) {
      found = [];
      if (word.length > COMPOUND_PART_MIN + 2) {
        for (const term of partTerms(word)) {
          for (const form of term.parts) {
            if (!word.includes(form)) continue;
            const p = partPosition(word, form);
            if (p) {
              found.push({ term, ...p, length: form.length });
              break;
            }
          }
        }
        // The longest term wins where two overlap ('planberedskap' over 'beredskap'; 'avfallshantering' over 'avfall').
        found = found.filter((f) => !found!.some((g) => g !== f && g.length > f.length && g.at <= f.at && f.at + f.length <= g.at + g.length));
      }
      if (partMemo.size > 50_000) partMemo.clear();
      partMemo.set(word, found);
    }
    return found;
  };

  const hitsIn = (tokens: Token[], options: { names?: boolean } = {}): TermHit[] => {
    const out: TermHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // In a name only the names and acronyms the taxonomy lists count ('Almi', 'Science Park', 'UF'), and only as whole words.
      const inName = t.isName && !options.names;
      const whole: TermHit[] = [];
      for (const term of [...(byWord.get(t.raw) ?? []), ...(t.raw === t.lower ? [] : byWord.get(t.lower) ?? [])]) {
        if (inName && !term.isName) continue;
        if (term.kind === 'acronym' ? term.text === t.raw : term.text === t.lower) whole.push({ id: term.id, term: term.text, position: 'whole', start: t.start, end: t.end });
      }
      for (const term of byFirstStem.get(t.stem) ?? []) {
        const n = term.stems.length;
        // The stemmer takes the adjective's -lig off ('naturlig' → 'natur'): an adjective so made is not the noun.
        if (LIG_ADJECTIVE.test(t.lower) && !LIG_ADJECTIVE.test(term.text)) continue;
        if (!term.stems.every((s, k) => tokens[i + k]?.stem === s && (options.names || term.isName || !tokens[i + k].isName))) continue;
        whole.push({ id: term.id, term: term.text, position: 'whole', start: t.start, end: tokens[i + n - 1].end });
      }
      out.push(...whole);
      if (whole.length > 0 || inName) continue;
      for (const p of partsOf(t.lower)) out.push({ id: p.term.id, term: p.term.text, position: p.position, start: t.start, end: t.end });
    }
    return out;
  };
  return { hitsIn, hits: (text, options) => hitsIn(tokenize(text), options) };
}
