import { parseDocument } from 'htmlparser2';
import { STATUS_GLYPH } from '../lang/status.js';

/**
 * What mammoth does not expose, read from the DOCX parts themselves: the fill
 * colour of every table cell, the numbers Word gives list paragraphs (which
 * continue across the paragraphs between them), and text boxes that only a
 * drawing (wps), not a VML fallback, carries.
 */

interface XmlElement {
  type: string;
  name: string;
  attribs: Record<string, string>;
  children: XmlNode[];
  data?: string;
}
type XmlNode = XmlElement;

function parseXml(xml: string): XmlElement {
  return parseDocument(xml, { xmlMode: true }) as unknown as XmlElement;
}

function elements(node: XmlElement, name?: string): XmlElement[] {
  return (node.children ?? []).filter((c) => c.type === 'tag' && (name === undefined || c.name === name));
}

function first(node: XmlElement | undefined, path: string[]): XmlElement | undefined {
  let at = node;
  for (const name of path) at = at && elements(at, name)[0];
  return at;
}

function textOf(node: XmlElement): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.name === 'w:tab') return ' ';
  if (node.name === 'w:t') return (node.children ?? []).map(textOf).join('');
  return (node.children ?? []).map(textOf).join('');
}

/** Each table's rows (document order, nested tables where they open), each row's cells as mammoth keeps them, with fills. */
type TableFills = Array<Array<Array<string | null>>>;

/** A numbered list paragraph: its text and the marker Word shows for it ('3.', 'b)'). */
interface ListNumber {
  text: string;
  marker: string;
}

export interface DocxExtras {
  fills: TableFills;
  numbers: ListNumber[];
  /** Paragraphs that set a status symbol in a colour of its own, in document order. */
  glyphs?: GlyphParagraph[];
}

/** A paragraph's text as Word holds it, and each status symbol in it with the colour its run sets ('#00A651'), null where none. */
export interface GlyphParagraph {
  text: string;
  glyphs: Array<{ glyph: string; at: number; hex: string | null }>;
}

/** The runs of a paragraph, inside hyperlinks, insertions and fields too, but not those of a paragraph nested in it (a text box's). */
function runsOf(node: XmlElement): XmlElement[] {
  return elements(node).flatMap((c) => (c.name === 'w:r' ? [c] : c.name === 'w:p' || c.name === 'w:txbxContent' ? [] : runsOf(c)));
}

/** A run's own text colour: 'auto' and black are the text's colour, no statement. */
function runColour(r: XmlElement): string | null {
  const v = first(r, ['w:rPr', 'w:color'])?.attribs['w:val'];
  return v && /^[0-9a-f]{6}$/i.test(v) && !/^000000$/.test(v) ? `#${v.toUpperCase()}` : null;
}

/**
 * Every paragraph that sets a status symbol in a colour of its own ('Status: ●' with the dot
 * green): a Word author's traffic light, which mammoth's HTML loses with the run's colour.
 */
function glyphParagraphs(body: XmlElement): GlyphParagraph[] {
  const out: GlyphParagraph[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of elements(node)) {
      if (child.name !== 'w:p') {
        visit(child);
        continue;
      }
      let text = '';
      const glyphs: GlyphParagraph['glyphs'] = [];
      for (const r of runsOf(child)) {
        const t = textOf(r);
        const hex = runColour(r);
        for (const m of t.matchAll(STATUS_GLYPH)) glyphs.push({ glyph: m[0], at: text.length + m.index!, hex });
        text += t;
      }
      if (glyphs.some((g) => g.hex)) out.push({ text, glyphs });
      visit(child);
    }
  };
  visit(body);
  return out;
}

/** 'auto' and white are no fill; anything else is '#RRGGBB'. */
function fillOf(tc: XmlElement): string | null {
  const shd = first(tc, ['w:tcPr', 'w:shd']);
  const fill = shd?.attribs['w:fill'];
  if (!fill || !/^[0-9a-f]{6}$/i.test(fill) || /^ffffff$/i.test(fill)) return null;
  return `#${fill.toUpperCase()}`;
}

/** A cell that continues a vertical merge; mammoth drops it from its row. */
function continuesMerge(tc: XmlElement): boolean {
  const v = first(tc, ['w:tcPr', 'w:vMerge']);
  return v !== undefined && v.attribs['w:val'] !== 'restart';
}

function collectTables(node: XmlElement, out: TableFills): void {
  for (const child of elements(node)) {
    if (child.name === 'w:tbl') {
      const rows: Array<Array<string | null>> = [];
      out.push(rows);
      for (const tr of elements(child, 'w:tr')) {
        rows.push(elements(tr, 'w:tc').filter((tc) => !continuesMerge(tc)).map(fillOf));
        for (const tc of elements(tr, 'w:tc')) collectTables(tc, out);
      }
    } else {
      collectTables(child, out);
    }
  }
}

interface Level {
  format: string;
  start: number;
  text: string;
}

/** numId → its levels, through the abstract numbering it points at, with start overrides. */
function readNumbering(xml: string | undefined): Map<string, Level[]> {
  const out = new Map<string, Level[]>();
  if (!xml) return out;
  const root = first(parseXml(xml), ['w:numbering']);
  if (!root) return out;
  const abstract = new Map<string, Level[]>();
  for (const a of elements(root, 'w:abstractNum')) {
    abstract.set(
      a.attribs['w:abstractNumId'],
      elements(a, 'w:lvl').map((l) => ({
        format: first(l, ['w:numFmt'])?.attribs['w:val'] ?? 'decimal',
        start: Number(first(l, ['w:start'])?.attribs['w:val'] ?? 1),
        text: first(l, ['w:lvlText'])?.attribs['w:val'] ?? '%1.',
      })),
    );
  }
  for (const n of elements(root, 'w:num')) {
    const levels = (abstract.get(first(n, ['w:abstractNumId'])?.attribs['w:val'] ?? '') ?? []).map((l) => ({ ...l }));
    for (const o of elements(n, 'w:lvlOverride')) {
      const start = first(o, ['w:startOverride'])?.attribs['w:val'];
      const lvl = levels[Number(o.attribs['w:ilvl'])];
      if (start !== undefined && lvl) lvl.start = Number(start);
    }
    out.set(n.attribs['w:numId'], levels);
  }
  return out;
}

function formatNumber(n: number, format: string): string {
  if (format === 'lowerLetter') return String.fromCharCode(96 + (((n - 1) % 26) + 1));
  if (format === 'upperLetter') return String.fromCharCode(64 + (((n - 1) % 26) + 1));
  return String(n);
}

/**
 * Numbers every numbered paragraph outside tables as Word does: a counter per
 * list and level that goes on across the paragraphs between its items, and
 * restarts deeper levels when a shallower item comes.
 */
function listNumbers(body: XmlElement, numbering: Map<string, Level[]>): ListNumber[] {
  const counters = new Map<string, number[]>();
  const out: ListNumber[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of elements(node)) {
      if (child.name === 'w:tbl') continue;
      if (child.name !== 'w:p') {
        visit(child);
        continue;
      }
      const numPr = first(child, ['w:pPr', 'w:numPr']);
      const numId = first(numPr, ['w:numId'])?.attribs['w:val'];
      if (!numId || numId === '0') continue;
      const ilvl = Number(first(numPr, ['w:ilvl'])?.attribs['w:val'] ?? 0);
      const levels = numbering.get(numId) ?? [];
      const level = levels[ilvl] ?? { format: 'decimal', start: 1, text: '%1.' };
      if (level.format === 'bullet' || level.format === 'none') continue;
      const counts = counters.get(numId) ?? [];
      counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
      counts.length = ilvl + 1;
      counters.set(numId, counts);
      const marker = level.text.replace(/%(\d)/g, (_, k: string) => formatNumber(counts[Number(k) - 1] ?? levels[Number(k) - 1]?.start ?? 1, levels[Number(k) - 1]?.format ?? 'decimal'));
      out.push({ text: textOf(child).replace(/\s+/g, ' ').trim(), marker });
    }
  };
  visit(body);
  return out;
}

/** Reads fills and list numbers from word/document.xml and word/numbering.xml. */
export function readDocxExtras(documentXml: string, numberingXml: string | undefined): DocxExtras {
  const body = first(parseXml(documentXml), ['w:document', 'w:body']);
  const fills: TableFills = [];
  if (!body) return { fills, numbers: [] };
  collectTables(body, fills);
  return { fills, numbers: listNumbers(body, readNumbering(numberingXml)), glyphs: glyphParagraphs(body) };
}

/**
 * Text boxes drawn as DrawingML shapes (wps): mammoth reads one only through
 * its VML fallback, which not every writer adds, and then puts its text after
 * the paragraph it is anchored in, though it stands above it on the page. The
 * box's paragraphs are moved to just before that paragraph, in its place.
 */
export function hoistTextBoxes(documentXml: string): { xml: string; moved: number } {
  const boxes = [...documentXml.matchAll(/<mc:AlternateContent>([\s\S]*?)<\/mc:AlternateContent>/g)].filter((m) => m[1].includes('<w:txbxContent>'));
  let xml = documentXml;
  let moved = 0;
  for (const box of boxes.reverse()) {
    const content = /<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/.exec(box[1])![1];
    const start = box.index;
    const end = start + box[0].length;
    const anchor = Math.max(xml.lastIndexOf('<w:p>', start), xml.lastIndexOf('<w:p ', start));
    if (anchor < 0) continue;
    xml = xml.slice(0, anchor) + content + xml.slice(anchor, start) + xml.slice(end);
    moved++;
  }
  return { xml, moved };
}
