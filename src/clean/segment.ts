import type { RawBlock } from '../core/types.js';
import { ABBREVIATIONS, DANGLING_WORDS, PREPOSITIONS, RUN_ON_WORDS } from '../lang/language.js';
import { BULLET, GLUED_OUTLINE_NUMBER, NUMBERED, NUMBERED_LABEL } from '../lang/structure.js';
import { isKeyLine } from '../lang/status.js';
import { FIELD_LABELS, FIELD_SENTENCE, labelWords, type FieldRole } from '../lang/fields.js';
import { ACTION_NUMBER, SECTION_LABEL_WORDS } from '../lang/sections.js';
import { sv } from '../lang/pattern.js';
import { TIME_CUT_BEFORE_YEAR } from '../lang/timeline.js';
import { joinLines } from './normalize.js';

/** A visual line, as a text file or a PDF page gives it. */
export interface Line {
  text: string;
  page: number | null;
  /** The line starts to the right of the text margin (a bullet glyph may have been lost). */
  indented: boolean;
  /** How much of the text width the line fills, 0..1; short lines end paragraphs. */
  fill: number;
  /** More vertical space than the line spacing precedes the line (PDF only). */
  gapBefore?: boolean;
  /** The space from the line above, in the page's line spacings (PDF only): 1 within a paragraph. */
  spaceBefore?: number;
  /** Font size relative to the body text (PDF only). */
  fontRatio?: number;
  /** The line starts where the line before it starts: a wrapped line under a hanging indent (PDF only). */
  hangs?: boolean;
  /** The line is a table row: its cells in column order. */
  cells?: string[];
  /** Table rows: each cell's fill colour, where the cell is filled. */
  fills?: Array<string | null>;
  /** The line opens with a number set apart from the text after it by more than a word space: a badge's, or a heading's before a tab (PDF only). */
  numberApart?: boolean;
  /** Offset of the line start in the source text (text formats), for provenance. */
  source?: number;
}

const abbreviationSet = new Set(ABBREVIATIONS);
const danglingSet = new Set(DANGLING_WORDS);
const runOnSet = new Set(RUN_ON_WORDS);
const prepositionSet = new Set(PREPOSITIONS);

/** The text stops on a word no sentence ends on, so the next line continues it. */
function endsDangling(text: string): boolean {
  const last = lastLetters(text);
  return last !== null && danglingSet.has(last.toLowerCase());
}

/** How much of a text's end is read for its last word first. */
const TAIL = 80;

/**
 * The letters a text ends on, space after them aside, or null. Read from the
 * text's tail: a paragraph is asked again at each line it grows by, and a
 * pattern anchored at the end tries every word of the whole text before it
 * (a long page's paragraphs cost more in this than in all the rest of cutting
 * them). A word that fills the tail is read from the whole text.
 */
export function lastLetters(text: string): string | null {
  const t = text.trimEnd();
  const tail = t.length > TAIL ? t.slice(-TAIL) : t;
  const m = /\p{L}+$/u.exec(tail);
  if (!m) return null;
  // At the tail's first unit the word may go on before it (or a surrogate pair be cut there).
  return m.index > 1 || tail === t ? m[0] : /\p{L}+$/u.exec(t)![0];
}

/** True when the text ends a sentence: a period, '!' or '?' that does not end an abbreviation. */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  if (!/[.!?]["”’)]?$/.test(t)) return false;
  const lastWord = t.split(/\s+/).pop()!.toLowerCase();
  return !abbreviationSet.has(lastWord);
}

/**
 * A line that opens with a letter and a period that is a word of its own
 * ('i. Många av …') after a paragraph's full line whose sentence is still open
 * ('… den miljö vi lever' / 'i. Många av …'): the word ends that sentence, it
 * numbers no item. A list's letters follow a colon or a line that ends.
 */
function endsOnLetterWord(open: OpenBlock | null, line: Line): boolean {
  const letter = /^\s*(\p{Ll})\.\s+\p{Lu}/u.exec(line.text);
  // A line set in, after a gap or on another page opens something of its own.
  if (!open || !letter || open.block.kind !== 'paragraph' || open.lastFill < FULL_LINE || line.indented || line.gapBefore || open.page !== line.page) return false;
  const before = open.block.text.trimEnd();
  return danglingSet.has(letter[1]) && /\p{Ll}$/u.test(before) && !endsSentence(before);
}

/** Of the text width: a line this full wrapped, its sentence going on in the next. */
const FULL_LINE = 0.8;

/** More parentheses opened than closed: the text goes on where one closes. */
export function leavesOpen(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

/** A closing parenthesis before any opening one: the line ends what an earlier line began. */
function closesFirst(text: string): boolean {
  const close = text.indexOf(')');
  const open = text.indexOf('(');
  return close >= 0 && (open < 0 || close < open);
}

function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text.trimStart());
}

/** A line that opens on a label of the given roles (any label's, without roles), its colon and a value. */
const labelLine = (roles?: readonly FieldRole[]) => sv(`^\\s*(?:${labelWords(roles)})\\s*:\\s*\\S`, 'i');
/** A line that opens on any field's label and its value ('Aktivitet: Erbjuda …', 'Ansvarig: Fältgruppen'). */
const LABELLED_LINE = labelLine();
/**
 * A line that opens with a field's label and its value ('Ansvarig: Kulturförvaltningen')
 * is a field in any type size: a browser printing a saved page can set such lines in its
 * own default size, larger than the body.
 */
const FIELD_LINE = labelLine(['owner', 'partner', 'time', 'status', 'comment', 'progress', 'track']);
/** A line that opens with an activity's label ('Aktivitet: …', 'Åtgärd: …'): a record's first field. */
const ACTIVITY_LINE = labelLine(['activity']);

/** The labels of an activity record's lines: its number, its text and its fields ('Nr: B2', 'Aktivitet: …', 'Ansvarig: …'). */
const RECORD_ROLES: FieldRole[] = ['number', 'activity', 'owner', 'partner', 'time', 'status', 'comment', 'progress', 'track'];
const RECORD_LINE = labelLine(RECORD_ROLES);
/** A label of a word or two, its colon and a value ('Utfört: 40 %'). */
const LABEL_AND_VALUE = /^\p{L}[\p{L}-]*(?:\s\p{L}+)?\s*:\s*\S/u;
const SECTION_LABEL = sv(`^\\s*(?:${SECTION_LABEL_WORDS})\\b`, 'i');
/**
 * A section's label, its number if any and a separator before its title ('Målområde 2: …', 'Tema 3 – …', 'Strategiskt område: …');
 * after a number the space alone parts label and title ('Delmål 1.2 Trygga skolvägar', 'Spår 3 Lokal mat'): the number ends the label.
 */
const LABELLED_TITLE = sv(`^\\s*(?:${SECTION_LABEL_WORDS})(?:(?:\\s+\\d{1,2}(?:\\.\\d{1,2})*)?\\s*(?::|\\.|\\s[–-])\\s+\\S|\\s+\\d{1,2}(?:\\.\\d{1,2})*\\s+\\p{Lu})`, 'iu');

const isRecordLine = (b: RawBlock | undefined) => b !== undefined && (b.kind === 'paragraph' || b.kind === 'row') && RECORD_LINE.test(b.kind === 'row' ? (b.cells ?? []).join(' ') : b.text);

/**
 * A short line 'Label: value' in body type beside a record's field lines is one of
 * them, though no sentence runs through it: a planning system's printed card sets
 * its number ('Nr: B2') and fields the label list does not know ('Utfört: 40 %')
 * alone on a line like the rest. A section's label ('Mål: …', 'Tema: …') stays a heading.
 */
function keepRecordLines(blocks: RawBlock[]): RawBlock[] {
  // From the last line up, so that a run of such lines over a record ('Mått: …' over 'Nr: B2') joins it line by line.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.kind !== 'heading' || (b.size ?? 1) > 1.1 || !LABEL_AND_VALUE.test(b.text) || SECTION_LABEL.test(b.text)) continue;
    if (isRecordLine(blocks[i - 1]) || isRecordLine(blocks[i + 1])) b.kind = 'paragraph';
  }
  return blocks;
}

const HEADER_CELL = FIELD_LABELS.filter((f) => f.role !== 'goal').map((f) => sv(`^\\s*(?:${f.words})(?:\\b|$)`, 'i'));

export function isHeaderRow(cells: string[]): boolean {
  const hits = cells.filter((c) => c.trim().length <= 40 && HEADER_CELL.some((r) => r.test(c.replace(/\s+/g, ' ')))).length;
  return hits >= 2;
}

interface OpenBlock {
  block: RawBlock;
  /** Font size of the block's first line relative to body text (PDF only). */
  size?: number;
  lines: number;
  lastFill: number;
  page: number | null;
  /** The text of the block's last line as read. */
  lastLine?: string;
  /** The block's first line stands in from the text margin (an item's marker set in). */
  setIn?: boolean;
  /** A heading opened by a number set apart before its title: an area's title beside its badge. */
  badged?: boolean;
}

/**
 * Groups lines into blocks: list items by their marker (or by an indent where
 * the glyph was lost), paragraphs by joining wrapped lines, headings as short
 * lines that no sentence runs through, table rows by their cells.
 */
export function segmentLines(lines: Line[]): RawBlock[] {
  const out: RawBlock[] = [];
  let open: OpenBlock | null = null;
  let table = -1;
  let lastWasRow = false;
  const spaced = spacesParagraphs(lines);

  const close = () => {
    if (!open) return;
    const b = open.block;
    if (open.size !== undefined) b.size = Math.round(open.size * 100) / 100;
    b.text = b.text.trim();
    // An action's numbered label in body type ('Insats 3: Köpa in …') opens an entry, however short its line: no heading.
    if (b.kind === 'paragraph' && open.lines === 1 && !FIELD_LINE.test(b.text) && !ACTION_NUMBER.test(b.text) && isHeadingText(b.text, open.lastFill)) b.kind = 'heading';
    if (b.text) out.push(b);
    open = null;
  };

  for (const [index, line] of lines.entries()) {
    if (line.cells) {
      close();
      if (!lastWasRow) table++;
      lastWasRow = true;
      const previous = out[out.length - 1];
      const brokenRow = previous?.kind === 'row' && previous.page !== line.page && continuesOverBreak(line.cells, previous.cells!);
      if (previous?.kind === 'row' && !previous.header && (isContinuationRow(line.cells, previous.cells!) || brokenRow)) {
        previous.cells = wrappedValue(line.cells, previous.cells!) ?? previous.cells!.map((c, i) => joinLines(c, line.cells![i] ?? ''));
        continue;
      }
      out.push({ kind: 'row', text: '', page: line.page, cells: line.cells.map((c) => c.trim()), table, header: isHeaderRow(line.cells), source: line.source, ...(line.fills ? { fills: line.fills } : {}) });
      continue;
    }
    const text = line.text;
    if (text.trim() === '') continue;
    if (lastWasRow && !line.cells) lastWasRow = false;

    // A line of a legend's keys ('● Klar ● Pågår') opens with a status symbol, not a bullet.
    const bullet = isKeyLine(text) ? null : BULLET.exec(text);
    // A numbered line set larger than the body right over a table is the table's title ('4.1 Title'), not a list item.
    // A letter that is a word ending the sentence above ('… vi lever' / 'i. Många …') numbers nothing.
    const numbered: RegExpExecArray | null = bullet || (isLarge(line) && lines[index + 1]?.cells) || endsOnLetterWord(open, line) ? null : ownNumber(text, NUMBERED.exec(text) ?? GLUED_OUTLINE_NUMBER.exec(text));
    if (bullet || numbered) {
      close();
      const m: RegExpExecArray = (bullet ?? numbered)!;
      open = { block: { kind: 'item', text: text.slice(m[0].length), page: line.page, marker: m[1], level: 0, source: line.source === undefined ? undefined : line.source + m[0].length }, lines: 1, lastFill: line.fill, page: line.page, size: line.fontRatio, lastLine: text.slice(m[0].length), setIn: line.indented };
      continue;
    }
    // A number set apart before a short title in a heading's type (a layout's badge in an area's box) numbers a heading of its own.
    if (isBadgedTitle(line, lines[index + 1])) {
      close();
      open = { block: { kind: 'heading', text: text.trim(), page: line.page, source: line.source }, lines: 1, lastFill: line.fill, page: line.page, size: line.fontRatio, lastLine: text, badged: true };
      continue;
    }
    if (open && canContinue(open, line, lines[index + 1], spaced)) {
      open.block.text = joinLines(open.block.text, text);
      open.lines++;
      open.lastFill = line.fill;
      open.lastLine = text;
      open.page = line.page;
      continue;
    }
    close();
    // A line set larger than the body right over a table is the table's title, set in from the margin or not ('4. Insatsområde 1 – …' as a browser prints a heading LibreOffice saved in a list).
    if (line.indented && !(isLarge(line) && lines[index + 1]?.cells && !FIELD_LINE.test(text))) {
      // A line set in from the margin where the bullet glyph did not survive extraction.
      open = { block: { kind: 'item', text: text.trim(), page: line.page, marker: '', level: 0, source: line.source }, lines: 1, lastFill: line.fill, page: line.page, size: line.fontRatio, lastLine: text, setIn: true };
    } else {
      const kind = isLarge(line) && !FIELD_LINE.test(text) ? 'heading' : 'paragraph';
      const counter = kind === 'heading' ? COUNTER_BEFORE_LABEL.exec(text)?.[0].length ?? 0 : 0;
      open = { block: { kind, text: text.slice(counter).trim(), page: line.page, source: line.source === undefined ? undefined : line.source + counter }, lines: 1, lastFill: line.fill, page: line.page, size: line.fontRatio, lastLine: text };
    }
  }
  close();
  return keepRecordLines(out);
}

/**
 * A list's counter before a line's own outline number ('1. 1.1 Bakgrund',
 * '2. 2 Utgångspunkter': a browser numbering a heading that carries its
 * number, as LibreOffice saves numbered headings in a list) gives way to that
 * number, whose last part it restates: the match of the inner number, as if
 * it opened the line.
 */
const OWN_NUMBER = sv(/^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\p{Lu})/u);
function ownNumber(text: string, m: RegExpExecArray | null): RegExpExecArray | null {
  const counter = m ? /^(\d{1,2})[.)]$/.exec(m[1]) : null;
  const inner = counter ? OWN_NUMBER.exec(text.slice(m![0].length)) : null;
  if (!inner || inner[1].split('.').pop() !== counter![1]) return m;
  return Object.assign([m![0] + inner[0], inner[1]], { index: 0, input: text, groups: undefined }) as RegExpExecArray;
}

/**
 * A list's counter before a heading's label with its own number ('4. Insatsområde 1 – Service',
 * '2. Delmål 2.1 …'): a browser numbering a heading LibreOffice saved in a list. The label's number is
 * the heading's; the counter is dropped.
 */
const COUNTER_BEFORE_LABEL = sv(/^\s*\d{1,2}[.)]\s+(?=\p{Lu}\p{Ll}{2,20}\s+\d{1,2}(?:\.\d{1,2})*(?:\s|:|$))/u);


/** Type sizes, relative to the body's, that differ by this much are different types: a size measured to a tenth of a point. */
const TITLE_TYPE_STEP = 0.015;

/** Larger than the body by this much at least: an area's title in its box beside a badge is set in a heading's type. */
const BADGE_TITLE_SIZE = 1.05;
/** Not smaller than the body: a title set bold in the body's size. */
const BODY_SIZE = 0.98;
const BADGE_TITLE_WORDS = 12;

/**
 * A line whose number stands apart before a title (a badge beside an area's title, a heading's number
 * before its tab), opening in a capital, a few words that end no sentence ('2  Friska bestånd'), the
 * title in larger type than the body, or in the body's size where the next line has no number apart
 * (the lines of a numbered list each have one). A process step in small type ('1  Elevdialog'), a
 * sentence after a number ('1  Nämnden samlar in resultaten.') and a figure ('1 900 sålda') are none.
 */
function isBadgedTitle(line: Line, next: Line | undefined): boolean {
  const size = line.fontRatio ?? 0;
  if (!line.numberApart || size < BODY_SIZE || (size < BADGE_TITLE_SIZE && (!next || next.numberApart))) return false;
  const title = line.text.trim().replace(/^\d{1,2}\s+/, '');
  return /^\p{Lu}/u.test(title) && title.split(/\s+/).length <= BADGE_TITLE_WORDS && !/[.,;:!?]$/.test(title);
}

/** Set larger than the body text (PDF only): a heading's size. */
function isLarge(line: Line): boolean {
  return line.fontRatio !== undefined && line.fontRatio > 1.15;
}

function canContinue(open: OpenBlock, line: Line, next: Line | undefined, spaced: boolean): boolean {
  const b = open.block;
  // A heading wraps in its own large type; an area's title beside its badge, in whatever size, wraps in its own type
  // too, into the next column where the column ends under its first line ('2  Säkra cykelstråk genom' / 'centrum och byarna').
  if (b.kind === 'heading') return line.fontRatio !== undefined && (line.fontRatio > 1.15 || (open.badged === true && open.size !== undefined && Math.abs(line.fontRatio - open.size) < 0.03)) && startsLowercase(line.text) && !line.gapBefore;
  if (b.kind === 'row' || b.kind === 'furniture') return false;
  const pageChanged = open.page !== line.page;
  if (line.fontRatio !== undefined && line.fontRatio > 1.15) {
    // A numbered chapter heading wraps onto a second line in the same large type; so does an item set
    // in large type whose first line filled the measure, whatever its next word ('… för minst' / '150 ungdomar per år').
    const sameSize = open.size !== undefined && Math.abs(open.size - line.fontRatio) < 0.1 && !line.gapBefore;
    return sameSize && (startsLowercase(line.text) || (b.kind === 'item' && !pageChanged && open.lastFill >= 0.7 && !endsSentence(b.text)));
  }
  // A section's labelled title ('Målområde 2: Trygga miljöer') ends at its line where the next opens in capitals and in
  // another type size ('Mål', 'Indikatorer' set under it): a title that wraps keeps its type.
  // (A title set bold in a size a little above the body's, 9.8 pt over 9.6, differs in type: any measured difference counts.)
  if (open.lines === 1 && LABELLED_TITLE.test(b.text) && line.fontRatio !== undefined && open.size !== undefined && Math.abs(line.fontRatio - open.size) >= TITLE_TYPE_STEP && /^\s*\p{Lu}/u.test(line.text)) return false;
  if (endsDangling(b.text) && !line.gapBefore && !BULLET.test(line.text)) return true;
  // An item's line that stops on a preposition waits for its object, and a number that opens the line under it is that
  // object ('… för personer över' / '75 år', '… en gång per' / '2 veckor'), not an item set in: a new item opens on a word.
  if (b.kind === 'item' && /^\s*\d/.test(line.text) && runOnSet.has(lastLetters(b.text)?.toLowerCase() ?? '') && !line.gapBefore && !pageChanged && !BULLET.test(line.text) && !FIELD_LINE.test(line.text)) return true;
  // A spaced dash or a comma closing a line waits for what it introduces ('… med svar inom fyra veckor –' / 'Kommunledningsförvaltningen, hösten 2025'); a time's qualifier for its year.
  if ((/(?:\s[–—-]|,)$/.test(b.text.trimEnd()) || (TIME_CUT_BEFORE_YEAR.closing.test(b.text.trimEnd()) && TIME_CUT_BEFORE_YEAR.opening.test(line.text.trimStart()))) && !BULLET.test(line.text) && !pageChanged) return true;
  // A parenthesis the block left open and this line closes ('… (KFF i samverkan med RF-SISU' / 'Västra Götaland, 2027)'): one text, whatever its capital.
  if (leavesOpen(b.text) && closesFirst(line.text) && !BULLET.test(line.text)) return true;
  // A run of fields whose last label waits for its value ('Ansvar: … | Tidplan:') goes on in the next line.
  if (endsOnEmptyField(b.text) && !line.gapBefore && !pageChanged && !BULLET.test(line.text) && !NUMBERED_LABEL.test(line.text)) return true;
  // A field's value that filled its line wraps under itself, set in to where the value starts, past its label
  // ('Aktivitet: Erbjuda kursen för föräldrar till barn 6–' / '12 år', '… i metoden Trygghetscirkeln' / '(COS)').
  if (b.kind === 'paragraph' && open.lines === 1 && open.lastFill >= 0.7 && LABELLED_LINE.test(b.text) && !/:\s*$/.test(b.text) && line.indented && !line.gapBefore && !pageChanged && !BULLET.test(line.text) && !LABELLED_LINE.test(line.text)) return true;
  // An item whose marker stands in from the margin wraps under its own text: a line back at the margin, in capitals, on the
  // same page, is the paragraph after the list ('• ordna en mässa för nyinflyttade' / 'Arbetsmarknadsenheten ansvarar …').
  if (b.kind === 'item' && open.setIn && line.fontRatio !== undefined && !line.indented && !line.hangs && !pageChanged && /^\s*\p{Lu}/u.test(line.text)) return false;
  if (startsLowercase(line.text)) {
    // A wrapped item line sits under the item's text, to the right of its marker: set in, but not a new item.
    const wrapsItem = b.kind === 'item' && open.lastFill >= 0.7 && line.fontRatio !== undefined;
    if (line.indented && !pageChanged && !line.hangs && !wrapsItem) return false;
    // A transcript item ends at its page (its next page opens with a page marker run into the text); in a
    // PDF, whose lines know their type size, an item split by the page break goes on in lower case on the next page.
    return !(pageChanged && b.kind === 'item' && line.fontRatio === undefined);
  }
  // A sentence that stopped without its end goes on in a parenthesis that opens the next line, the next page's too ('… i alla stadsdelar 2026–2027' / '(Fritidsgårdarna). Vi …').
  if (b.kind === 'paragraph' && /^\(/.test(line.text.trimStart()) && !endsSentence(b.text) && !/:\s*$/.test(b.text) && !line.indented) return true;
  // So does an item's, its parenthesis wrapped under the item's text ('• Andel elever som läser på fritiden' / '(Skolenkäten)').
  if (b.kind === 'item' && line.hangs && !pageChanged && !line.gapBefore && /^\(/.test(line.text.trimStart()) && !endsSentence(b.text) && !/:\s*$/.test(b.text)) return true;
  if (wrapsFieldValue(open, line, next)) return true;
  if (wrapsLabelledEntry(open, line)) return true;
  if (line.indented || line.gapBefore) return false;
  // A capitalised line in another type size starts a block of its own: the small
  // field lines under an item's title ('Ansvarig: …' in 9.5 pt under 11 pt) are not its last line.
  if (line.fontRatio !== undefined && open.size !== undefined && Math.abs(line.fontRatio - open.size) > 0.08 * open.size) return false;
  // A numbered label opens an entry of its own ('Åtgärd 2: Ta fram …' under 'Ansvar: … | Kostnad: Inom ram'), as a marker does.
  if (NUMBERED_LABEL.test(line.text)) return false;
  // A short line that ends in a colon opens a list ('Aktiviteter:'); a word or three alone after an item is a heading ('Indikatorer'), not the item's last line.
  const words = line.text.trim().split(/\s+/).length;
  if (/:\s*$/.test(line.text) && words <= 6) return false;
  // An item's line that stops on a preposition waits for its object, a name in capitals too ('• Bygga en cykelbana längs' / 'Storgatan'):
  // a short line at the margin under it is the item's end, no heading.
  if (b.kind === 'item' && prepositionSet.has(lastLetters(b.text)?.toLowerCase() ?? '') && !line.indented && !pageChanged && !BULLET.test(line.text) && !FIELD_LINE.test(line.text) && !NUMBERED_LABEL.test(line.text)) return true;
  // A figure opens no heading: 'årskurs' / '1–6' is the item's text going on.
  if (b.kind === 'item' && words <= 3 && !/[.,;:!?]\s*$/.test(line.text) && !/^\d/.test(line.text.trim())) return false;
  // A paragraph that runs its fields in as sentences ('… Ansvar: SOC. Tid: 2027. Genomföra …') goes on in a full line's
  // next line that opens with such a field: the fields of its last sentence, not a field line of their own.
  // So does a full line that opens with such fields and runs on into the next sentence ('… erbjuda en lunch.' / 'Ansvar: KFF, klart 2027. Starta …').
  if (b.kind === 'paragraph' && open.lastFill >= 0.7 && FIELD_SENTENCE.test(line.text.trimStart()) && (b.text.split(/(?<=[.!])\s+/u).slice(1).some((t) => FIELD_SENTENCE.test(t)) || runsOnPastFields(line))) return true;
  // In a document that sets space between its paragraphs, a full line whose sentence ended at its end wraps into the next
  // line when no space parts them: the paragraph's next sentence. A field's line keeps to itself.
  if (spaced && b.kind === 'paragraph' && open.lastFill >= 0.7 && !isSpaced(line) && /[.!?]["”’)]?\s*$/.test(b.text) && !LABELLED_LINE.test(line.text) && /^\s*\p{Lu}\p{Ll}/u.test(line.text)) return true;
  if (/[.!?:;]["”’)]?\s*$/.test(b.text) && endsSentence(b.text.replace(/:\s*$/, '.'))) return false;
  if (/:\s*$/.test(b.text)) return false;
  // Where paragraphs are parted by space, a line after such space opens one, however full the line above it.
  if (spaced && isSpaced(line)) return false;
  // A line that opens with an activity's label under a line that opened with a label of its own opens the next record,
  // however full the line above ('Indikator: … Målvärde 2027: 0' / 'Aktivitet: Teckna …', a planning system's label column).
  if (b.kind === 'paragraph' && LABELLED_LINE.test(open.lastLine ?? '') && ACTIVITY_LINE.test(line.text)) return false;
  return open.lastFill >= 0.7;
}

/**
 * An entry opened by a numbered label ('Insats 7: Samordna grävningen med') whose
 * line filled the measure with its sentence open wraps under its text, past the
 * label, whatever the next word ('Gatuenheten och fibernätet'): a word
 * processor's list label set as text. A field's line, a new entry or a marker
 * under it is no such wrap, nor a line after space or on the next page.
 */
function wrapsLabelledEntry(open: OpenBlock, line: Line): boolean {
  const b = open.block;
  if (b.kind !== 'paragraph' || !NUMBERED_LABEL.test(b.text) || !line.indented || !line.hangs || open.lastFill < FULL_LINE) return false;
  if (line.gapBefore || open.page !== line.page || endsSentence(b.text) || /[:;]\s*$/.test(b.text)) return false;
  return !BULLET.test(line.text) && !LABELLED_LINE.test(line.text) && !NUMBERED_LABEL.test(line.text) && !NUMBERED.test(line.text);
}

/**
 * A line that opens with a field sentence ('Ansvar: KFF, klart 2027.') and
 * goes on with a sentence of another kind to its end: fields run into prose.
 */
function runsOnPastFields(line: Line): boolean {
  const text = line.text.trimStart();
  const m = FIELD_SENTENCE.exec(text);
  const rest = m ? text.slice(m[0].length).trim() : '';
  return m !== null && line.fill >= 0.7 && /^\p{Lu}\p{Ll}/u.test(rest) && !FIELD_SENTENCE.test(rest) && !LABELLED_LINE.test(rest);
}

/**
 * Whether a PDF sets space between its paragraphs: most lines that end a
 * paragraph beyond doubt (a sentence's end on a short line) are followed on
 * their page by a line of body text with space before it. Lines with no
 * space between them are then one paragraph, whatever their sentences.
 */
function spacesParagraphs(lines: Line[]): boolean {
  let ends = 0;
  let spaced = 0;
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (!next || l.cells || next.cells || l.fontRatio === undefined || next.fontRatio === undefined || next.page !== l.page) return;
    // A field line set close under its paragraph ('Ansvar: … Klart: …') says nothing of the space between paragraphs.
    if (l.fill >= 0.7 || !endsSentence(l.text) || Math.abs(next.fontRatio - l.fontRatio) > 0.05 || BULLET.test(next.text) || next.indented || LABELLED_LINE.test(next.text)) return;
    ends++;
    if (isSpaced(next)) spaced++;
  });
  return ends >= MIN_PARAGRAPH_ENDS && spaced * 4 >= ends * 3;
}

/**
 * Space before a line that parts it from the line above as a paragraph's
 * spacing does, in line spacings: a word processor's few points after a
 * paragraph ('6 pt' under 11-pt type) stay below a blank line's gap.
 */
const PARAGRAPH_SPACE = 1.25;
const isSpaced = (line: Line) => line.gapBefore === true || (line.spaceBefore ?? 0) >= PARAGRAPH_SPACE;

/** The paragraph ends a document shows before its spacing is judged. */
const MIN_PARAGRAPH_ENDS = 3;

/** Words a field value's last wrapped line may hold: the tail of a name ('Seniorerna', 'Region Skåne'), no title. */
const MAX_WRAPPED_VALUE_WORDS = 3;

/**
 * A field's value that filled its line wraps onto the next, under the line's
 * start, in capitals where it goes on in a name ('Ansvarig: … i samverkan med
 * PRO och SPF' / 'Seniorerna' / 'Tid: Q2 2026'): a line of a few words, no
 * label of its own, between that full field line and the next field line of
 * the same record. A heading stands above a record's fields, not between two.
 */
function wrapsFieldValue(open: OpenBlock, line: Line, next: Line | undefined): boolean {
  if (!open.lastLine || !LABELLED_LINE.test(open.lastLine) || open.lastFill < 0.7 || endsSentence(open.lastLine) || /[:;,]\s*$/.test(open.lastLine)) return false;
  if (line.gapBefore || open.page !== line.page || (line.indented && !line.hangs) || BULLET.test(line.text) || LABELLED_LINE.test(line.text)) return false;
  if (line.text.trim().split(/\s+/).length > MAX_WRAPPED_VALUE_WORDS || /[.:;]\s*$/.test(line.text)) return false;
  return next !== undefined && !next.cells && next.page === line.page && LABELLED_LINE.test(next.text);
}

/**
 * A field's value wrapped back to the margin, under its label: a row whose
 * only words stand in the label's cell, no label of their own, under a row
 * whose first cell is a label ('Aktivitet:' | 'Översätta … till', then
 * 'fem språk' under 'Aktivitet:'). The words go on in the value's cell; null
 * for any other row.
 */
function wrappedValue(cells: string[], above: string[]): string[] | null {
  const filled = cells.flatMap((c, i) => (c.trim() ? [i] : []));
  const value = above.reduce((last, c, i) => (c.trim() ? i : last), -1);
  if (filled.length !== 1 || filled[0] !== 0 || cells[0].includes(':') || !/:\s*$/.test(above[0]) || value < 1) return null;
  return above.map((c, i) => (i === value ? joinLines(c, cells[0]) : c));
}

/**
 * A row that only carries on the cells above it (the rest of a row a page
 * break split): every filled cell starts in lower case ('ungdomar i samarbete …')
 * or goes on from a cell that ends on a dash ('2023–' above '2024'), and one
 * at least starts in lower case.
 */
function isContinuationRow(cells: string[], above: string[]): boolean {
  const filled = cells.map((c, i) => [c.trim(), (above[i] ?? '').trim()] as const).filter(([c]) => c !== '');
  const lower = filled.filter(([c]) => startsLowercase(c)).length;
  return lower >= 1 && filled.every(([c, a]) => startsLowercase(c) || (/[-–]$/.test(a) && /^\d/.test(c)));
}

/**
 * The first row on a page, its first cell empty, whose every filled cell goes
 * on from a cell above that stops on a word no sentence ends on ('… i samverkan med'
 * above 'Näringsliv'): the rest of a row the page break split, though it starts
 * with a capital.
 */
function continuesOverBreak(cells: string[], above: string[]): boolean {
  if (cells.length !== above.length || (cells[0] ?? '').trim() !== '') return false;
  const filled = cells.map((c, i) => [c.trim(), above[i].trim()] as const).filter(([c]) => c !== '');
  return filled.length > 0 && filled.every(([c, a]) => startsLowercase(c) || endsDangling(a));
}

/**
 * A line of labelled fields whose last label has no value yet: 'Ansvar: Kulturförvaltningen | Tidplan:',
 * or a sentence whose field label the line break parted from its value ('Starta en läxhjälp. Ansvar:' / 'KFF. Tid: 2026').
 */
function endsOnEmptyField(text: string): boolean {
  const fields = text.split(/\s+\|\s+/);
  const last = fields[fields.length - 1].trim();
  if (fields.length >= 2) return /^[^:|]{1,30}:$/.test(last) && HEADER_CELL.some((r) => r.test(last));
  const label = /(?:^|[.!?]\s+)([^.!?:|]{1,30}:)$/u.exec(last);
  return label !== null && label.index > 0 && HEADER_CELL.some((r) => r.test(label[1]));
}

/** A one-line block that no sentence runs through: short, unpunctuated, capitalised. */
function isHeadingText(text: string, fill: number): boolean {
  if (fill >= 0.7 || text.length > 90) return false;
  if (/[.,;:]$/.test(text)) return false;
  if (!/^[A-ZÅÄÖ0-9]/.test(text)) return false;
  return text.split(/\s+/).length <= 12;
}
