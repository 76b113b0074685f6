/**
 * Page furniture: page numbers in their common forms, and running headers and
 * footers, found by pattern and by repetition across pages.
 */
import { FIELD_LABELS, INLINE_FIELD_ROLES } from '../lang/fields.js';
import { sv } from '../lang/pattern.js';
import { SECTION_LABEL_WORDS } from '../lang/sections.js';
import { PAGE_N_OF_M_WORDS, PAGE_N_WORDS } from '../lang/structure.js';

export interface PageNumber {
  page: number;
  total: number | null;
}

const PAGE_NUMBER_PATTERNS: Array<{ id: string; pattern: RegExp; total: boolean }> = [
  { id: 'furniture/n-of-m-parens', pattern: /^\s*(\d{1,4})\s*\((\d{1,4})\)\s*$/, total: true },
  { id: 'furniture/sida-n-av-m', pattern: PAGE_N_OF_M_WORDS, total: true },
  { id: 'furniture/n-slash-m', pattern: /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/, total: true },
  { id: 'furniture/dash-n-dash', pattern: /^\s*[-–]\s*(\d{1,4})\s*[-–]\s*$/, total: false },
  { id: 'furniture/sida-n', pattern: PAGE_N_WORDS, total: false },
  { id: 'furniture/bare-number', pattern: /^\s*(\d{1,4})\s*$/, total: false },
];

/** Reads a line that is only a page number. */
export function parsePageNumber(line: string): PageNumber | null {
  for (const p of PAGE_NUMBER_PATTERNS) {
    const m = p.pattern.exec(line);
    if (!m) continue;
    const page = Number(m[1]);
    const total = p.total ? Number(m[2] ?? m[3]) : null;
    if (total !== null && page > total) return null;
    return { page, total };
  }
  return null;
}

/** A field labelled as an activity's ('Ansvar: …', 'Tidplan: …'). */
const ACTIVITY_FIELD = FIELD_LABELS.filter((f) => INLINE_FIELD_ROLES.includes(f.role)).map((f) => sv(`^\\s*(?:${f.words})\\s*:`, 'i'));

/**
 * 'Tjänsteskrivelse | 2016-03-08 | Södertälje kommun | Kommunstyrelsens kontor': a footer of fields.
 * A line of two or more activity fields ('Ansvar: … | Tidplan: … | Kostnad: …') is an
 * activity's, though it falls at the foot of a page.
 */
export function isFieldFooter(line: string): boolean {
  const fields = line.split(/\s+\|\s+/);
  if (fields.filter((f) => ACTIVITY_FIELD.some((r) => r.test(f))).length >= 2) return false;
  return fields.length >= 3 && fields.every((f) => f.trim().length > 0 && f.length < 60);
}

/** The shape of a line with its numbers blanked, so 'Sida 3 av 9' and 'Sida 4 av 9' repeat. */
export function furnitureKey(line: string): string {
  return line.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

/** A number-blind key that is a section label and its number alone ('tema #', 'fokusområde #'). */
const NUMBERED_SECTION = sv(`^(?:${SECTION_LABEL_WORDS})\\s*#\\s*[:.–-]?$`, 'iu');

/**
 * Lines that repeat, in their number-blind shape, at the top or bottom of at
 * least half of the pages (and at least three, or both of two) are running headers or footers.
 * `small`: the number-blind shapes of lines set smaller than the body, for a two-page document's short running lines.
 */
export function findRunningLines(pages: string[][], edge = 3, small: ReadonlySet<string> = new Set()): Set<string> {
  const counts = new Map<string, number>();
  const texts = new Map<string, Set<string>>();
  for (const lines of pages) {
    const seen = new Set<string>();
    const candidates = [...lines.slice(0, edge), ...lines.slice(Math.max(edge, lines.length - edge))];
    for (const line of candidates) {
      const key = furnitureKey(line);
      if (key.length < 3 || seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      texts.set(key, (texts.get(key) ?? new Set()).add(line.trim()));
    }
  }
  const needed = Math.max(3, Math.ceil(pages.length / 2));
  // A two-page document repeats its running lines twice only: a line of three words or more at the same edge of both pages runs a header or footer (a heading or a label is shorter, or numbered anew), and so does a shorter one set smaller than the body ('Kommunens namn' in 8 pt).
  const repeated = (k: string, n: number) => n >= needed || (pages.length === 2 && n === 2 && (k.split(' ').length >= 3 || small.has(k)));
  // 'Tema 1', 'Tema 2', 'Tema 3' at the top of their pages: a section label numbered anew on each page opens its section, it runs no header.
  const numberedSections = (k: string) => NUMBERED_SECTION.test(k) && texts.get(k)!.size === counts.get(k);
  return new Set([...counts].filter(([k, n]) => repeated(k, n) && !numberedSections(k)).map(([k]) => k));
}

/**
 * The line that opens both pages of a two-page document, or closes both, the
 * same in its number-blind shape, is its running head or footer ('Nordby
 * kommun Kulturplan' over each page, 'Kulturförvaltningen' under each): too
 * few pages for findRunningLines to count, but a heading of the text stands
 * on one page only. A sentence, a numbered section label and a single word
 * are no running line.
 */
export function findTwoPageLines(pages: string[][]): Set<string> {
  const out = new Set<string>();
  if (pages.length !== 2) return out;
  for (const pick of [(l: string[]) => l.find((x) => x.trim()), (l: string[]) => [...l].reverse().find((x) => x.trim())]) {
    const lines = pages.map((l) => (pick(l) ?? '').trim());
    const keys = lines.map(furnitureKey);
    if (keys[0] === keys[1] && keys[0].split(' ').length >= 2 && !NUMBERED_SECTION.test(keys[0]) && !/[.!?]$/.test(lines[0])) out.add(keys[0]);
  }
  return out;
}

/** A page's words with their numbers blanked, so '– 2 –' and '– 3 –', 'Sida 2 av 7' and 'Sida 3 av 7' are alike. */
/** A word with its numbers blanked: 'Sida 1 av 2' and 'Sida 2 av 2' are the same words. */
const blindWord = (word: string) => word.replace(/\d+/g, '#');
const blindWords = (text: string) => text.trim().split(/\s+/).filter(Boolean).map(blindWord);

/**
 * A running head or footer run into each page's one line, as transcripts give
 * it ('Kommunens plan 2025–2028 – 2 – …' or '… Kommunens plan – 2 –'): the
 * longest opening (or closing) of at least three words, numbers blanked, that
 * more than half of the pages (and at least three) share. Returns, for each
 * text, the offset where the text after the head starts (or where the footer
 * starts), or null where the text does not have it.
 */
/** A page's head or foot runs to this many words: a browser prints the page's date, time and whole title, then its address and page ('12/3/26, 7:56 PM Uppföljning av … - X kommun https://… 1/3'). */
const MAX_EDGE_WORDS = 30;

export function findPageEdges(texts: string[], edge: 'head' | 'foot'): Array<number | null> {
  const none = texts.map((): number | null => null);
  if (texts.length < 3) return none;
  const words = texts.map(blindWords);
  const take = (w: string[], n: number) => (edge === 'head' ? w.slice(0, n) : w.slice(-n)).join(' ');
  let best: { n: number; key: string } | null = null;
  for (let n = 3; n <= MAX_EDGE_WORDS; n++) {
    const counts = new Map<string, number>();
    // A text that is the head alone counts too: a page's marker inside the head ('… näringslivsprogrammet 2 (3)') cut it from the page's text.
    for (const w of words) if (w.length >= n) counts.set(take(w, n), (counts.get(take(w, n)) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (!top || top[1] * 2 < texts.length + 1 || top[1] < 3) break;
    best = { n, key: top[0] };
  }
  if (!best) return none;
  let { n, key } = best;
  // A number that differs from page to page where the head ends (or the footer starts) is the page's own text, such as its first heading's number ('… Plan 2025–2028 3. Kulturarvet'), unless it is the page's number ('Sida 3', '(3)', '-3-').
  const raw = texts.map((t) => t.trim().split(/\s+/).filter(Boolean));
  const inner = (w: string[]) => (edge === 'head' ? w[n - 1] : w[w.length - n]);
  const isPageNumber = (w: string[]) => (edge === 'head' ? PAGE_N_WORDS.test(`${w[n - 2]} ${w[n - 1]}`) : false) || /^[(–-]\d{1,3}[)–-]$/.test(inner(w));
  while (n >= 3) {
    const sharing = raw.filter((w, i) => words[i].length >= n && take(words[i], n) === key);
    if (!/\d/.test(inner(sharing[0])) || new Set(sharing.map(inner)).size === 1 || isPageNumber(sharing[0])) break;
    n--;
    key = edge === 'head' ? key.split(' ').slice(0, n).join(' ') : key.split(' ').slice(1).join(' ');
  }
  if (n < 3) return none;
  return texts.map((text, i) => {
    if (words[i].length < n || take(words[i], n) !== key) return null;
    const spans = [...text.matchAll(/\S+/g)];
    return edge === 'head' ? spans[n - 1].index! + spans[n - 1][0].length : spans[spans.length - n].index!;
  });
}

/**
 * The head (or foot) of a document of two pages, each one line: the words
 * both pages open (or end) with, at least three and no more than a head
 * holds, not a sentence. With two pages a run shared by most pages proves
 * nothing, so only a run the same on both is cut; a page's text that ends a
 * sentence there is not a running line. `exact`: words compared as written,
 * numbers too. Offsets as findPageEdges gives them.
 */
export function findTwoPageEdges(texts: string[], edge: 'head' | 'foot', exact = false): Array<number | null> {
  const none = texts.map((): number | null => null);
  if (texts.length !== 2) return none;
  const spans = texts.map((t) => [...t.matchAll(/\S+/g)]);
  const ordered = spans.map((s) => (edge === 'head' ? s : [...s].reverse()));
  let n = 0;
  const same = exact ? (a: string, b: string) => a === b : (a: string, b: string) => blindWord(a) === blindWord(b);
  while (n < ordered[0].length && n < ordered[1].length && same(ordered[0][n][0], ordered[1][n][0])) n++;
  // `exact`: the page numbers are gone, so a head keeps its numbers; a run that stops before a number stops inside a label ('Område 1' | 'Område 2').
  if (exact && ordered.some((o) => /^\d/.test(o[n]?.[0] ?? ''))) return none;
  // A page that is the shared run and nothing more is no page with a head.
  if (n < 3 || n > MAX_EDGE_WORDS || ordered.some((o) => o.length <= n)) return none;
  const run = ordered[0].slice(0, n).map((m) => m[0]);
  const lastWord = edge === 'head' ? run[n - 1] : run[0];
  if (/[.!?:]$/.test(lastWord) || NUMBERED_SECTION.test(furnitureKey((edge === 'head' ? run : [...run].reverse()).join(' ')))) return none;
  return spans.map((s) => (edge === 'head' ? s[n - 1].index! + s[n - 1][0].length : s[s.length - n].index!));
}

/**
 * A footer that a reading order put inside a page's text: poppler reads a
 * page's lines by position, and a table row taller than the space above the
 * footer has its lower lines read after the footer ('… Kommunledningsstaben
 * 2023– Kommunens rapport 2024, nämnden 100 % ● …'). A run of five words or
 * more (numbers blanked, a closing page number aside) that ends at least two
 * pages, stands on every page (three or more), and on some page stands inside
 * the text. Returns, for each page's text, the spans to cut (start, end), a
 * page number right after the run included when it ends the text; null when
 * no such footer.
 */
export function findFootersInside(texts: string[]): Array<Array<[number, number]>> | null {
  if (texts.length < 3) return null;
  const words = texts.map((t) => [...t.matchAll(/\S+/g)]);
  const blind = words.map((w) => w.map((m) => blindWord(m[0])));
  // The page's words without its closing page number (one to three digits, as the span below takes it): a footer that ends on a year keeps it.
  const ends = blind.map((w, i) => (w.length && /^\d{1,3}$/.test(words[i][w.length - 1][0]) ? w.slice(0, -1) : w));
  for (let n = MAX_FOOTER_WORDS; n >= MIN_FOOTER_WORDS; n--) {
    const counts = new Map<string, number>();
    for (const w of ends) if (w.length > n) counts.set(w.slice(-n).join(' '), (counts.get(w.slice(-n).join(' ')) ?? 0) + 1);
    for (const [key, count] of counts) {
      if (count < 2 || /^#/.test(key)) continue;
      const spans = blind.map((w, i) => occurrences(w, key.split(' ')).map((k): [number, number] => {
        const m = words[i];
        const last = k + n - 1;
        const stop = last + 1 === m.length - 1 && /^\d{1,3}$/.test(m[last + 1][0]) ? last + 1 : last;
        return [m[k].index!, m[stop].index! + m[stop][0].length];
      }));
      const inside = spans.some((s, i) => s.some(([, e]) => texts[i].slice(e).trim().length > 0));
      if (inside && spans.every((s) => s.length > 0)) return spans;
    }
  }
  return null;
}

const MIN_FOOTER_WORDS = 5;
const MAX_FOOTER_WORDS = 15;

/** Where a run of words occurs in a page's words, as the index of its first. */
function occurrences(words: string[], run: string[]): number[] {
  const out: number[] = [];
  for (let k = 0; k + run.length <= words.length; k++) if (run.every((r, j) => words[k + j] === r)) out.push(k);
  return out;
}
