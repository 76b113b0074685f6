import { parseDocument } from 'htmlparser2';
import { buildDoc } from '../core/build-doc.js';
import type { Doc, Format, Message, RawBlock } from '../core/types.js';
import { repairBlockDiacritics } from '../clean/diacritics.js';
import { normalizeChars } from '../clean/normalize.js';
import { decodeText, encodingMessages } from './decode.js';
import type { DocxExtras, GlyphParagraph } from './docx-xml.js';
import { anchorGlyphColours } from './glyph-colours.js';
import { decodeDataUri } from './image-decode.js';
import { readFilledShape, readPicture } from './picture.js';
import { gridSections, withoutSpannedColumns, type SpannedRow } from './table-shape.js';
import { anchorPictures, type PagePicture } from './picture-anchor.js';
import { BULLET, NUMBERED } from '../lang/structure.js';
import { isKeyLine, STATUS_GLYPH } from '../lang/status.js';
import { pairedLines } from './html-fields.js';

type Node = ReturnType<typeof parseDocument>['children'][number];
interface Element {
  type: string;
  name: string;
  attribs: Record<string, string>;
  children: Node[];
}

/** Elements that are never content. */
const IGNORED = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'svg', 'iframe', 'template', 'select', 'input', 'head', 'dialog', 'menu']);
/** Class or id words of page chrome: cookie banners, menus, breadcrumbs, share buttons. */
const CHROME = /(?:^|[\s_-])(?:cookie\w*|consent|gdpr|banner|breadcrumbs?|nav\w*|menu\w*|site-?header|site-?footer|footer|sidebar|share|social|skip|toolbar|search)(?:$|[\s_-])/i;
/** Elements read as one block of their own. */
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const BLOCKS = new Set(['details', 'summary', 'p', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'tr', 'td', 'th', 'thead', 'tbody', 'body', 'html']);
/** Elements whose text is read inline. */
const INLINE = new Set(['a', 'span', 'strong', 'b', 'em', 'i', 'u', 'sup', 'sub', 'small', 'mark', 'abbr', 'time', 'code', 'font', 's', 'del', 'ins', 'q', 'cite', 'label', 'br', 'img', 'wbr']);

function isElement(n: Node): n is Node & Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/**
 * The title of an accordion section: a <summary>, or a button that opens a panel
 * (aria-expanded, aria-controls, or an accordion class), a <button> or any
 * element playing one (role="button", as publishing systems write a clickable
 * <div> or <span>). Plans published on the web set one focus area per panel,
 * its title only in this element.
 */
function isAccordionTitle(el: Element): boolean {
  if (el.name === 'summary') return true;
  return (el.name === 'button' || el.attribs.role === 'button') && (el.attribs['aria-expanded'] !== undefined || el.attribs['aria-controls'] !== undefined || /accordion|collapse|expand/i.test(el.attribs.class ?? ''));
}

function isChrome(el: Element): boolean {
  if (isAccordionTitle(el)) return false;
  if (IGNORED.has(el.name)) return true;
  if (el.attribs.role === 'navigation' || el.attribs.role === 'banner' || el.attribs.role === 'contentinfo' || el.attribs['aria-hidden'] === 'true') return true;
  // A word processor's page header and footer saved with the page (LibreOffice: <div title="header">): running text, as in its PDF.
  if (el.name === 'div' && (el.attribs.title === 'header' || el.attribs.title === 'footer')) return true;
  return CHROME.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
}

/** What an image says in the text: the symbol for a status picture, else nothing. */
type ImageText = (img: Element) => string;
const NO_IMAGES: ImageText = () => '';

function textOf(node: Node, image: ImageText = NO_IMAGES): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node)) return '';
  if (node.name === 'br') return '\n';
  if (node.name === 'img') return image(node);
  if (isChrome(node)) return '';
  return node.children.map((c) => textOf(c, image)).join('');
}

function clean(text: string): string {
  return normalizeChars(text).replace(/[ \t\r\n]+/g, ' ').trim();
}

/** A table of contents' entry in Word: its title, a tab, and its page number. */
const TOC_ENTRY = /\t\s*\d{1,3}\s*$/;

/**
 * A paragraph that opens with a number or bullet typed by hand ('1.1.1⇥Införa …',
 * '•⇥Ta fram …', a Word style with no list numbering) is a list item, as the
 * same line is in the document's PDF or a transcript of it (segmentLines).
 */
function typedItem(text: string, coloured?: (text: string) => boolean): RawBlock | null {
  const m = BULLET.exec(text) ?? NUMBERED.exec(text);
  if (!m || m[0].length >= text.length) return null;
  // A status symbol that opens the line and comes back in it keys a legend's entries ('● Klar ● Pågår ● Ej startad'): no item;
  // nor is one the document sets in a colour of its own ('■ Genomförd', the square green, a line of a legend).
  if (isKeyLine(text) || coloured?.(text)) return null;
  return { kind: 'item', text: text.slice(m[0].length), page: null, marker: m[1], level: 0 };
}

/** Words after a coloured symbol that a legend's key takes at most ('Inte påbörjad', 'Pågår enligt plan'); a list's item says more. */
const KEY_WORDS = 4;

/**
 * Which lines open with a status symbol Word sets in a colour of its own and say a few words after
 * it ('■ Genomförd', the square green): the lines of a legend, one key a line. A colour that says no
 * status (blue, purple) is a bullet's decoration.
 */
function colouredKeys(extras: DocxExtras | undefined): (text: string) => boolean {
  const keys = new Set<string>();
  for (const p of extras?.glyphs ?? []) {
    const lead = p.text.length - p.text.trimStart().length;
    const g = p.glyphs.find((x) => x.at === lead);
    const colour = g?.hex ? readFilledShape(g.hex)?.colour : undefined;
    const words = p.text.slice(lead + 1).trim().split(/\s+/u).filter(Boolean);
    if (colour && colour !== 'blue' && colour !== 'purple' && words.length > 0 && words.length <= KEY_WORDS) keys.add(clean(p.text));
  }
  return (text) => keys.has(text);
}

function find(node: Node, test: (el: Element) => boolean): Element | null {
  if (!isElement(node) && node.type !== 'root') return null;
  const el = node as unknown as Element;
  if (isElement(node) && test(el)) return el;
  for (const c of el.children ?? []) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return null;
}

const cellsOf = (tr: Element) => tr.children.filter((c): c is Node & Element => isElement(c) && (c.name === 'td' || c.name === 'th'));

type Carried = Map<number, { text: string; fill: string | null; rows: number }>;
type ReadRow = SpannedRow & { header: boolean; nested: Element[] };

/**
 * One table row's cells in column order: a cell spanning rows (rowspan,
 * Word's vertical merge) stands in every row it spans (`carried` holds them
 * from row to row), one spanning columns leaves the columns after it empty.
 * `inHead`: the row stands in the table's <thead>.
 * `given` are the fills Word's own XML gives the row's cells, when read from a DOCX.
 */
function readRow(tr: Element, inHead: boolean, given: Array<string | null> | undefined, carried: Carried, image: ImageText): ReadRow {
  const cells = cellsOf(tr);
  // A header row is one of <th> cells, or one in <thead> (LibreOffice writes a Word table's repeated header row so);
  // one cell spanning columns is a band across the table (set in a heading style, it is written as <th>), no header.
  const isBand = cells.length === 1 && Number(cells[0].attribs.colspan ?? 1) > 1;
  const row: ReadRow = { cells: [], fills: [], starts: [], header: cells.length > 0 && !isBand && (inHead || cells.every((c) => c.name === 'th')), nested: [] };
  const push = (text: string, fill: string | null, start: boolean) => {
    row.cells.push(text);
    row.fills.push(fill);
    row.starts.push(start);
  };
  const takeCarried = () => {
    for (let c = carried.get(row.cells.length); c; c = carried.get(row.cells.length)) {
      push(c.text, c.fill, true);
      if (--c.rows === 0) carried.delete(row.cells.length - 1);
    }
  };
  cells.forEach((c, k) => {
    takeCarried();
    const inner = c.children.flatMap((x) => (isElement(x) && x.name === 'table' ? (row.nested.push(x), []) : [x]));
    const text = clean(inner.map((x) => textOf(x, image) + ' ').join(''));
    const fill = given ? (given[k] ?? null) : cssFill(c);
    const rowspan = Math.min(Number(c.attribs.rowspan ?? 1) || 1, 1000);
    if (rowspan > 1) carried.set(row.cells.length, { text, fill, rows: rowspan - 1 });
    push(text, fill, true);
    const span = Number(c.attribs.colspan ?? 1);
    for (let i = 1; i < span && i < 50; i++) push('', fill, false);
  });
  takeCarried();
  return row;
}

/**
 * Turns HTML into blocks: headings, paragraphs, list items with their marker
 * and level, table rows with their cells. A saved web page is reduced to its
 * main content (<main>, <article>, role=main) without menus and banners.
 */
export function blocksFromHtml(html: string, extras?: DocxExtras): { blocks: RawBlock[]; title?: string; messages: Message[]; pictures: PagePicture[]; glyphs: GlyphParagraph[] } {
  const dom = parseDocument(html, { decodeEntities: true });
  const root = dom as unknown as Node;
  const titleEl = find(root, (el) => el.name === 'title');
  const main =
    find(root, (el) => el.name === 'main' || el.attribs.role === 'main') ??
    find(root, (el) => el.name === 'article') ??
    find(root, (el) => el.name === 'body') ??
    (dom as unknown as Element);
  const blocks: RawBlock[] = [];
  const messages: Message[] = [];
  const pictures: PagePicture[] = [];
  // An embedded status icon or bar is written as its symbol where it stands (a Word table's status cell).
  const image: ImageText = (img) => {
    const pixels = decodeDataUri(img.attribs.src);
    const reading = pixels ? readPicture(pixels) : null;
    if (!reading) return '';
    pictures.push({ page: null, y: -pictures.length, x: 0, token: reading.token, reading, source: 'image' });
    return ` ${reading.token} `;
  };
  // Tables as the markup nests them (the index Word's fills are kept by), and as read (one markup table can be several).
  let table = -1;
  let tableId = -1;
  // Word's own list numbers, matched by text in order: mammoth restarts every list it reopens at 1.
  let nextNumber = 0;
  const numbers = extras?.numbers ?? [];
  const numberKeys = numbers.map((n) => clean(n.text));
  const coloured = colouredKeys(extras);
  const numberOf = (text: string): string | undefined => {
    for (let i = nextNumber; i < numbers.length; i++) {
      if (numberKeys[i] === text) {
        nextNumber = i + 1;
        return numbers[i].marker;
      }
    }
    return undefined;
  };

  /**
   * A table's rows with their cells in column order (readRow), a table nested
   * in a cell read as a table of its own after the row that holds it. Where
   * the column grid changes, the rest is a table of its own, and a column no
   * cell begins in is dropped (table-shape.ts).
   */
  const readTable = (node: Element): void => {
    const index = ++table;
    const trs: Array<{ tr: Element; head: boolean }> = [];
    const collect = (n: Node, head: boolean) => {
      if (!isElement(n) || n.name === 'table') return;
      if (n.name === 'tr') trs.push({ tr: n, head });
      else n.children.forEach((c) => collect(c, head || n.name === 'thead'));
    };
    node.children.forEach((c) => collect(c, false));
    // A record of one activity: every row a label and its value.
    const pairs = trs.every(({ tr }) => isPairRow(tr)) ? pairedLines(trs.flatMap(({ tr }) => cellsOf(tr).map((c) => clean(textOf(c, image))))) : null;
    if (pairs) {
      for (const text of pairs) blocks.push({ kind: 'paragraph', text, page: null });
      return;
    }
    const carried: Carried = new Map();
    const read = trs.map(({ tr, head }, r) => readRow(tr, head, extras?.fills[index]?.[r], carried, image));
    const filled = read.filter((x) => x.cells.some((t) => t !== ''));
    const firsts = gridSections(filled);
    const shaped = new Map<ReadRow, { row: SpannedRow; id: number }>();
    firsts.forEach((first, k) => {
      const part = filled.slice(first, firsts[k + 1] ?? filled.length);
      const id = ++tableId;
      withoutSpannedColumns(part).forEach((row, i) => shaped.set(part[i], { row, id }));
    });
    for (const x of read) {
      const s = shaped.get(x);
      if (s) blocks.push({ kind: 'row', text: '', page: null, cells: s.row.cells, table: s.id, header: x.header, ...(s.row.fills.some((f) => f) ? { fills: s.row.fills } : {}) });
      x.nested.forEach(readTable);
    }
  };

  let lastLevel = 1;
  const walk = (node: Node, listDepth: number, listKind: string | null, counter: { n: number }): void => {
    if (!isElement(node)) {
      return;
    }
    if (isChrome(node)) return;
    const name = node.name;
    if (name in HEADINGS) {
      lastLevel = HEADINGS[name];
      blocks.push({ kind: 'heading', text: clean(textOf(node, image)), page: null, level: HEADINGS[name] });
      return;
    }
    // An accordion's title heads its panel, one level below the heading before it.
    if (isAccordionTitle(node)) {
      blocks.push({ kind: 'heading', text: clean(textOf(node, image)), page: null, level: Math.min(6, lastLevel + 1) });
      return;
    }
    if (name === 'p' || name === 'blockquote' || name === 'pre' || name === 'dt' || name === 'dd' || name === 'figcaption') {
      const raw = textOf(node, image);
      // A Word paragraph set line by line with manual breaks (a decision's areas and lettered clauses) is those
      // lines, as its PDF gives them: each is read as a paragraph or an item of its own.
      const lines = extras && name === 'p' ? raw.split('\n').map(clean).filter(Boolean) : [];
      if (lines.length > 1) {
        for (const line of lines) blocks.push(typedItem(line, coloured) ?? { kind: 'paragraph', text: line, page: null });
        return;
      }
      const text = clean(raw);
      const typed = name === 'p' && !TOC_ENTRY.test(raw) ? typedItem(text, coloured) : null;
      blocks.push(typed ?? { kind: 'paragraph', text, page: null });
      return;
    }
    if (name === 'ul' || name === 'ol') {
      const c = { n: Number(node.attribs.start ?? 1) };
      for (const child of node.children) walk(child, listKind === null ? 0 : listDepth + 1, name, c);
      return;
    }
    if (name === 'li') {
      // A table inside an item (LibreOffice sets a numbered heading's section in its list item) is read as a table after it.
      const own = node.children.filter((c) => !(isElement(c) && (c.name === 'ul' || c.name === 'ol' || c.name === 'table')));
      const tables = node.children.filter((c): c is Node & Element => isElement(c) && c.name === 'table');
      const headings = own.filter((c): c is Node & Element => isElement(c) && c.name in HEADINGS);
      if (headings.length === 1 && own.every((c) => c === headings[0] || !clean(textOf(c, image)))) {
        walk(headings[0], listDepth, listKind, counter);
        if (listKind === 'ol') counter.n++;
        tables.forEach(readTable);
        // The headings of the next level stand in a list inside this one.
        for (const child of node.children) if (isElement(child) && (child.name === 'ul' || child.name === 'ol')) walk(child, listDepth, listKind, counter);
        return;
      }
      const text = clean(own.map((c) => textOf(c, image)).join(' '));
      const marker = listKind === 'ol' ? (numberOf(text) ?? `${counter.n}.`) : '•';
      if (listKind === 'ol') counter.n++;
      blocks.push({ kind: 'item', text, page: null, marker, level: listDepth });
      tables.forEach(readTable);
      for (const child of node.children) if (isElement(child) && (child.name === 'ul' || child.name === 'ol')) walk(child, listDepth, listKind, counter);
      return;
    }
    if (name === 'table') {
      readTable(node);
      return;
    }
    if (INLINE.has(name)) {
      const t = clean(textOf(node, image));
      if (t) blocks.push({ kind: 'paragraph', text: t, page: null });
      return;
    }
    // A grid or definition list of labels and their values: a line a pair.
    const pairs = pairedChildren(node, image);
    if (pairs) {
      for (const text of pairs) blocks.push({ kind: 'paragraph', text, page: null });
      return;
    }
    // A container: its loose text is a paragraph of its own, its block children are walked. Loose text that is
    // wholly one bold run set before a list (a fact box's or a panel's title: '<div><b>Fakta</b><ul>…') is the
    // title of what follows, as its printed page shows it: a heading one level below the heading before it.
    let loose = '';
    let bold = 0;
    let plain = false;
    const flush = (before?: Node) => {
      const t = clean(loose);
      const titled = bold === 1 && !plain && before !== undefined && isElement(before) && (before.name === 'ul' || before.name === 'ol');
      if (t) blocks.push(titled ? { kind: 'heading', text: t, page: null, level: Math.min(6, lastLevel + 1) } : { kind: 'paragraph', text: t, page: null });
      loose = '';
      bold = 0;
      plain = false;
    };
    for (const child of node.children) {
      if (child.type === 'text') {
        const data = (child as unknown as { data: string }).data;
        loose += data;
        if (data.trim()) plain = true;
      } else if (isElement(child) && INLINE.has(child.name)) {
        const t = textOf(child, image);
        loose += t;
        if (t.trim()) {
          if (child.name === 'b' || child.name === 'strong') bold++;
          else plain = true;
        }
      } else {
        flush(child);
        walk(child, listDepth, listKind, counter);
      }
    }
    flush();
    if (!BLOCKS.has(name) && !INLINE.has(name)) {
      messages.push({ severity: 'info', reason: `Unexpected element <${name}>, read as a container`, ruleId: 'ingest/html-unknown-element' });
    }
  };
  walk(main as unknown as Node, 0, null, { n: 1 });
  const title = titleEl ? clean(textOf(titleEl as unknown as Node)) : undefined;
  const kept = blocks.filter((b) => b.kind === 'row' || b.text);
  repairBlockDiacritics(kept, messages);
  return { blocks: kept, title: title || undefined, messages: dedupe(messages), pictures, glyphs: glyphParagraphsOf(main as unknown as Node) };
}

/** The elements whose text a reader makes one block of: a status symbol's colour is looked up by their text. */
const GLYPH_BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'div']);

/** The text colour an element sets: a font's colour, or colour in its style (not a background's). */
function cssColour(el: Element): string | null {
  const css = /(?:^|;)\s*color\s*:\s*([^;]+)/i.exec(el.attribs.style ?? '')?.[1]?.trim() ?? el.attribs.color;
  return css ? hexOfCss(css) : null;
}

/**
 * Every block element that sets a status symbol in a colour of its own ('Status: <font
 * color="#00a651">●</font>', as LibreOffice saves a Word run's colour): its text, and each symbol
 * with the colour it is shown in, for the colours to be given to the symbols in the read text.
 */
function glyphParagraphsOf(main: Node): GlyphParagraph[] {
  const out: GlyphParagraph[] = [];
  const visit = (node: Node): void => {
    if (!isElement(node)) return;
    const inner = node.children.some((c) => isElement(c) && GLYPH_BLOCKS.has(c.name));
    if (!GLYPH_BLOCKS.has(node.name) || inner) return node.children.forEach(visit);
    const p: GlyphParagraph = { text: '', glyphs: [] };
    const collect = (n: Node, colour: string | null): void => {
      if (n.type === 'text') {
        const t = (n as unknown as { data: string }).data;
        for (const m of t.matchAll(STATUS_GLYPH)) p.glyphs.push({ glyph: m[0], at: p.text.length + m.index!, hex: colour });
        p.text += t;
      } else if (isElement(n) && !isChrome(n)) n.children.forEach((c) => collect(c, cssColour(n) ?? colour));
    };
    collect(node, null);
    if (p.glyphs.some((g) => g.hex)) out.push(p);
  };
  visit(main);
  return out;
}

/** A row of one label cell and one value cell, neither spanning nor holding a table. */
function isPairRow(tr: Element): boolean {
  const cells = cellsOf(tr);
  return cells.length === 2 && cells.every((c) => Number(c.attribs.colspan ?? 1) === 1 && Number(c.attribs.rowspan ?? 1) === 1 && !find(c, (el) => el.name === 'table'));
}

/** Elements whose structure a pair's value may not hold: a value with a list or a table in it is a section, not a field. */
const STRUCTURED = new Set(['table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A container's children as label–value lines (html-fields.ts), when it holds
 * only elements and they alternate label and value; otherwise null.
 */
function pairedChildren(node: Element, image: ImageText): string[] | null {
  if (node.children.some((c) => c.type === 'text' && (c as unknown as { data: string }).data.trim())) return null;
  const kids = node.children.filter((c): c is Node & Element => isElement(c) && !isChrome(c));
  if (kids.length < 4 || kids.length % 2 !== 0) return null;
  // The labels first, each a few words at most: most containers fail here, before their values are read.
  if (kids.some((k, i) => i % 2 === 0 && !hasShortText(k, MAX_PAIR_LABEL))) return null;
  if (kids.some((k) => STRUCTURED.has(k.name) || find(k, (el) => el !== k && STRUCTURED.has(el.name)))) return null;
  return pairedLines(kids.map((k) => clean(textOf(k, image))));
}

/** Longer than any label: a child with more text than this is no label. */
const MAX_PAIR_LABEL = 60;

/** Whether a node holds some text and no more than `limit` characters of it (read no further than that). */
function hasShortText(node: Node, limit: number): boolean {
  let n = 0;
  const visit = (x: Node): boolean => {
    if (x.type === 'text') return (n += (x as unknown as { data: string }).data.trim().length) <= limit;
    return !isElement(x) || isChrome(x) || x.children.every(visit);
  };
  return visit(node) && n > 0;
}

/** A cell's background as a web page sets it: bgcolor, or background(-color) in its style. */
function cssFill(el: Element): string | null {
  const css = /background(?:-color)?\s*:\s*(#[0-9a-f]{3,6}|rgb\(\s*\d+\s*,\s*\d+\s*,\s*\d+\s*\))/i.exec(el.attribs.style ?? '')?.[1] ?? el.attribs.bgcolor;
  return css ? hexOfCss(css) : null;
}

/** A CSS or HTML colour as '#RRGGBB': '#0a6', '#00a651', 'rgb(0, 166, 81)'; null for a name or anything else. */
function hexOfCss(css: string): string | null {
  const rgb = /rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(css);
  if (rgb) return `#${rgb.slice(1, 4).map((v) => Math.min(255, Number(v)).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
  const hex = css.replace('#', '');
  if (/^[0-9a-f]{3}$/i.test(hex)) return `#${[...hex].map((c) => c + c).join('').toUpperCase()}`;
  return /^[0-9a-f]{6}$/i.test(hex) ? `#${hex.toUpperCase()}` : null;
}

function dedupe(messages: Message[]): Message[] {
  const seen = new Set<string>();
  return messages.filter((m) => (seen.has(m.reason) ? false : (seen.add(m.reason), true)));
}

export function readHtml(bytes: Uint8Array, format: Format = 'html'): Doc {
  const { text, encoding } = decodeText(bytes);
  const { blocks, title, messages, pictures, glyphs } = blocksFromHtml(text);
  return anchorGlyphColours(anchorPictures(buildDoc(format, blocks, { pageCount: null, containerTitle: title, messages: [...encodingMessages(encoding), ...messages] }), pictures), glyphs);
}
