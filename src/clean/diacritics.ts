import type { Message, RawBlock } from '../core/types.js';
import { WORDS_ENDING_IN_DIACRITIC } from '../lang/language.js';
import { swedishLexicon, type Lexicon } from '../lang/lexicon.js';

/**
 * Repairs text that a PDF font with a broken encoding left behind:
 * words split after a diacritic ('fö r', 'Nä ringslivs') and, where that
 * breakage shows, plain vowels read as diacritics ('kömmun', 'strätegi').
 * Every repair is checked against the Swedish word list: a split is joined
 * only when the joined word is a word and its halves are not both words.
 */

const SPLIT = /(^|[^\p{L}])(\p{L}*[åäöÅÄÖ]) (\p{Ll}+)/gu;
/** Splits after diacritics, in number and as a share of all diacritics, that show a page's font is broken. */
const BROKEN_SPLITS = 3;
const BROKEN_SHARE = 0.25;
const KNOWN = new Set(WORDS_ENDING_IN_DIACRITIC);
const PLAIN: Record<string, string> = { ä: 'a', ö: 'o', å: 'a', Ä: 'A', Ö: 'O', Å: 'A' };

/**
 * The word, or the word with the fewest diacritics made plain, that the
 * lexicon knows: a simple form first ('Sötenäs' → 'Sotenäs', though 'söte' +
 * 'näs' would make a compound), then a compound. Null when none is known.
 */
export function nearestWord(word: string, lexicon: Lexicon): string | null {
  const at = [...word].flatMap((c, i) => (PLAIN[c] ? [i] : [])).slice(0, 6);
  const masks = Array.from({ length: 1 << at.length }, (_, m) => m).sort((p, q) => bits(p) - bits(q));
  const variants = masks.map((mask) => {
    const chars = [...word];
    at.forEach((i, k) => {
      if (mask & (1 << k)) chars[i] = PLAIN[chars[i]];
    });
    return chars.join('');
  });
  return variants.find((v) => lexicon.isForm(v)) ?? variants.find((v) => lexicon.has(v)) ?? null;
}

function bits(n: number): number {
  let c = 0;
  for (let m = n; m; m >>= 1) c += m & 1;
  return c;
}

/**
 * Words split after a diacritic in a text ('fö r'), leaving out words that end
 * in one ('på plats'); and of those, splits with a stub on one side ('fö r',
 * 'Nä ringslivs', 'Sötenä s'): what a broken font leaves and running Swedish
 * does not, so the word list is loaded only for text that has one ('också
 * för' is two words, and common).
 */
function splitsIn(text: string): { all: number; stubs: number } {
  let all = 0;
  let stubs = 0;
  for (const m of text.matchAll(SPLIT)) {
    const left = /\p{L}+$/u.exec(m[2])![0];
    if (KNOWN.has(left.toLowerCase())) continue;
    all++;
    if (left.length <= 2 || m[3].length === 1) stubs++;
  }
  return { all, stubs };
}

const ENDS_IN_DIACRITIC = /\p{L}*[åäöÅÄÖ]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** Where the font is broken, a diacritic it printed inside a fragment stands for a plain vowel; one before the break is real. */
function plainInside(fragment: string): string {
  return fragment.replace(/[åäöÅÄÖ](?=\p{L})/gu, (c) => PLAIN[c]);
}

interface Counts {
  joined: number;
  replaced: number;
}

/**
 * Walks a text's words, joining chains of fragments split after diacritics
 * ('tjä nstemä n'), longest chain first. A chain is joined when the joined
 * word is a word and either a fragment is a stub (a first one of two letters,
 * 'Nä', or a later one of one, 'r') or the fragments are not all words
 * themselves ('mötä kömmunens' are two words, each broken). Where the font is
 * broken, the vowels inside fragments are made plain as well, and a single
 * word that is no word gets its nearest word.
 */
function repairText(text: string, lexicon: Lexicon, broken: boolean, count: Counts): string {
  const parts = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    // Every chain that starts here and reads as a word; a simple word beats a compound, then the longer chain wins.
    const options: Array<{ k: number; text: string; simple: boolean }> = [];
    for (let k = Math.min(4, parts.length - 1 - i); k >= (broken ? 0 : 1); k--) {
      const chain = parts.slice(i, i + k + 1);
      if (!chain.slice(0, -1).every((p) => ENDS_IN_DIACRITIC.test(p)) || !chain.slice(1).every((p) => STARTS_LOWER.test(p))) continue;
      const lead = /^[^\p{L}]*/u.exec(chain[0])![0];
      const tail = /[^\p{L}]*$/u.exec(chain[chain.length - 1])![0];
      const cores = chain.map((p, j) => p.slice(j === 0 ? lead.length : 0, j === chain.length - 1 ? p.length - tail.length : p.length));
      if (cores.some((c) => !/^\p{L}+$/u.test(c))) continue;
      const raw = cores.join('');
      let word: string | null;
      if (k === 0) {
        // A lone word: in a broken text a diacritic inside a word is the font's ('söm' for 'som'); else repaired only when it is no word.
        const plain = plainInside(raw);
        if (plain !== raw && lexicon.isForm(plain)) word = plain;
        else if (!/[åäöÅÄÖ]/u.test(raw) || lexicon.isForm(raw)) continue;
        else word = plain !== raw && lexicon.has(plain) ? plain : lexicon.has(raw) ? null : nearestWord(raw, lexicon);
        if (word === null || word === raw) continue;
      } else {
        const plain = cores.map(plainInside).join('');
        // 'på plats', 'två år': a word that ends in a diacritic, then a word (though a broken font's 'å ren' is 'åren').
        if (k === 1 && KNOWN.has(cores[0].toLowerCase()) && lexicon.has(cores[1]) && !(broken && lexicon.isForm(plain))) continue;
        word = broken && lexicon.has(plain) ? plain : nearestWord(raw, lexicon);
        if (word === null) continue;
        const stub = cores[0].length <= 2 || cores.slice(1).some((c) => c.length === 1);
        if (!stub && cores.every((c) => nearestWord(c, lexicon) !== null)) continue;
        if (!broken) word = raw;
      }
      options.push({ k, text: `${lead}${word}${tail}`, simple: lexicon.isForm(word) });
    }
    const best = options.find((o) => o.simple) ?? options[0];
    if (!best) {
      out.push(parts[i]);
      continue;
    }
    if (best.k === 0) count.replaced++;
    else count.joined++;
    out.push(best.text);
    i += best.k;
  }
  return out.join(' ');
}

/**
 * Repairs the texts of one document. Whether a font is broken is decided per
 * page (`pages[i]` is the page of `texts[i]`), since a document can mix
 * pages of a broken font with pages read by OCR: a page is broken when many
 * of its words are split after a diacritic. The word list is loaded only
 * when some text shows a split.
 */
export function repairDiacritics(texts: string[], pages: Array<number | null> = []): { texts: string[]; joined: number; replaced: number } {
  if (!texts.some((t) => splitsIn(t).stubs > 0)) return { texts, joined: 0, replaced: 0 };
  const splits = new Map<number | null, number>();
  const diacritics = new Map<number | null, number>();
  texts.forEach((t, i) => {
    const page = pages[i] ?? null;
    splits.set(page, (splits.get(page) ?? 0) + splitsIn(t).all);
    diacritics.set(page, (diacritics.get(page) ?? 0) + (t.match(/[åäöÅÄÖ]/gu)?.length ?? 0));
  });
  const broken = (page: number | null) => (splits.get(page) ?? 0) >= BROKEN_SPLITS && (splits.get(page) ?? 0) >= (diacritics.get(page) ?? 0) * BROKEN_SHARE;
  const lexicon = swedishLexicon();
  const count: Counts = { joined: 0, replaced: 0 };
  return { texts: texts.map((t, i) => repairText(t, lexicon, broken(pages[i] ?? null), count)), ...count };
}

/** Repairs a document's blocks (their text and cells) in place, and says what it did. */
export function repairBlockDiacritics(blocks: RawBlock[], messages: Message[]): void {
  const texts: string[] = [];
  const pages: Array<number | null> = [];
  for (const b of blocks) {
    for (const t of [b.text ?? '', ...(b.cells ?? [])]) {
      texts.push(t);
      pages.push(b.page);
    }
  }
  const result = repairDiacritics(texts, pages);
  if (result.joined === 0) return;
  let i = 0;
  for (const b of blocks) {
    b.text = result.texts[i++];
    if (b.cells) b.cells = b.cells.map(() => result.texts[i++]);
  }
  messages.push({
    severity: 'info',
    reason: `Joined ${result.joined} words split after å, ä or ö${result.replaced ? `; the font encoding looks broken, and ${result.replaced} words whose plain vowels read as å, ä or ö were restored` : ''} (each checked against the Swedish word list)`,
    ruleId: 'clean/diacritic-repair',
  });
}
