import { buildDoc } from '../core/build-doc.js';
import { isFieldLine, unfoldFieldRows } from '../clean/field-rows.js';
import { splitLabelledRecords } from '../clean/labelled-records.js';
import type { Doc, Message, RawBlock } from '../core/types.js';
import { findRunningLines, furnitureKey, isFieldFooter, parsePageNumber } from '../clean/furniture.js';
import { TIME_CUT_BEFORE_YEAR } from '../lang/timeline.js';
import { repairBlockDiacritics } from '../clean/diacritics.js';
import { normalizeChars } from '../clean/normalize.js';
import { isHeaderRow, segmentLines, type Line } from '../clean/segment.js';
import { UnreadableError } from './errors.js';
import { loadPdfJs, openPdf, type PdfJs } from './pdfjs.js';
import { settleCells } from './ocr-cells.js';
import { OCR_PACKAGES, ocrAvailable, OcrBudget, ocrTools, PageOcr, type PictureText } from './ocr.js';
import { hasUsableText } from './text-layer.js';
import { GraphicsState, graphicsOfOperators, unitBox, type Box, type OpCodes, type PageGraphics, type StateOps } from './pdf-graphics.js';
import { readingOrder } from './pdf-columns.js';
import { joinCellLines, lineText, linesOfRuns, opensWithNumberApart, splitAtAnchors, textAfterLabel, type PageLine, type Run, type TextItem } from './pdf-lines.js';
import { orientRuns, turnGraphics, type Direction } from './pdf-orientation.js';
import { readGridTables, withCellBreaks, type GridRow } from './pdf-tables.js';
import { overlayPlaces, withoutOverlay } from './pdf-overlay.js';
import { isNavigation, linkBox, sideColumns, type SideColumn } from './pdf-sidebar.js';
import { printEdgeRuns } from './pdf-print-edges.js';
import { withoutToggle } from './pdf-toggles.js';
import { drawnDots, hasUnmarkedList, withDrawnBullets } from './pdf-bullets.js';
import { isBeside, PICTURE_HEADER, pixelsOf, picturesOfOperators, standsForStatus, type ImageData, type PlacedPicture } from './pdf-pictures.js';
import { looksLikeText, type PictureReading } from './picture.js';
import { anchorPictures, type PagePicture } from './picture-anchor.js';
import { glyphColours, glyphPictures, hasInlineGlyph } from './pdf-glyphs.js';
import { countOperatorList, countPaidOff } from './pdf-work.js';
import { imagePages, mayHoldImageOf } from './pdf-image-pages.js';

type PDFPageProxy = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

/**
 * Reads a PDF's text layer with pdfjs: text items with positions become lines,
 * lines whose runs align to shared columns become table rows, the rest is
 * grouped into paragraphs, list items and headings. Running headers, footers
 * and page numbers are found by repetition and by form.
 */
export async function readPdf(bytes: Uint8Array): Promise<Doc> {
  const pdfjs = await loadPdfJs();
  const task = openPdf(pdfjs, bytes);
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const e = error as Error;
    if (e.name === 'PasswordException') throw new UnreadableError('Unexpected encrypted PDF that needs a password, expected an open document', 'ingest/pdf-encrypted');
    throw new UnreadableError(`Unexpected damaged PDF (${e.message}), expected a readable PDF`, 'ingest/pdf-damaged');
  }
  const messages: Message[] = [];
  try {
    const pages: PageLine[][] = [];
    const aside: RawBlock[] = [];
    let title: string | undefined;
    try {
      const meta = await pdf.getMetadata();
      const t = (meta.info as { Title?: string } | undefined)?.Title;
      if (t && t.trim()) title = normalizeChars(t.trim());
    } catch {
      // Metadata is optional; a damaged info dictionary does not make the text unreadable.
    }
    const unread: number[] = [];
    const pictures: PagePicture[] = [];
    const readings = new Map<string, PictureReading | null>();
    let pictureColumns = false;
    // Images of text set on pages that have a text layer (a table pasted as a picture), to be read by OCR:
    // looked for only on the pages that hold an image.
    const textImages: TextImage[] = [];
    const withImages = ocrAvailable() ? await imagePages(bytes) : null;
    // Every page's text first: text printed over the pages (a browser's cookie banner) is known only from all of them.
    const texts = await pageTexts(pdf);
    const overlay = overlayPlaces(texts.map((t) => (t instanceof Error ? [] : t.runs)));
    let sidebars: SideColumn[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      try {
        const text = texts[n - 1];
        if (text instanceof Error) throw text;
        const own = withoutOverlay(text.runs, overlay);
        if (own.overlay.length) aside.push({ kind: 'furniture', text: own.overlay.join('\n'), page: n });
        // A browser's print header and footer go first: they stand at the page's edges, above and below a side column.
        const edges = text.direction === 0 ? printEdgeRuns(own.runs, { page: n, pageCount: pdf.numPages, title }) : [];
        if (edges.length) aside.push({ kind: 'furniture', text: linesOfRuns(edges).map(lineText).join('\n'), page: n });
        const printed = edges.length ? own.runs.filter((r) => !edges.includes(r)) : own.runs;
        const content = text.direction === 0 ? await withoutSidebars(page, printed, sidebars) : { runs: printed, columns: [] };
        sidebars = content.columns;
        for (const c of content.columns) aside.push({ kind: 'furniture', text: linesOfRuns(c.runs).map(lineText).join('\n'), page: n });
        const oriented = { ...text, runs: content.runs };
        if (!hasUsableText(oriented.runs)) {
          unread.push(n);
          pages.push([]);
          continue;
        }
        let lines = linesOfRuns(oriented.runs);
        // Status pictures are looked for from the first page with a status, assessment or progress column on:
        // reading the drawing costs as much as the text, and most pages have none. (The flag stays on: a table's
        // rows on a later page may stand in one column of text beside their icons, which says nothing of a table.)
        pictureColumns ||= readsPictures() && oriented.direction === 0 && hasPictureColumn(lines);
        const table = mayHoldTable(lines);
        const [, , , pageHeight] = page.view;
        const pageArea = page.view[2] * pageHeight;
        const gap = !!withImages?.has(n) && oriented.direction === 0 && mayHoldImageOf(withImages.sizes(n), TEXT_IMAGE_SIZE(pageArea)) && hasTextGap(lines, pageHeight);
        // Lines set in without a marker may be a list whose bullets are drawn (a browser's print): read the drawing for them.
        const unmarked = oriented.direction === 0 && hasUnmarkedList(lines);
        // A status symbol after other text on a line ('Status: ●') may say its status by its colour alone: read the drawing for it.
        const glyphs = readsPictures() && oriented.direction === 0 && hasInlineGlyph(lines);
        const operators = table || pictureColumns || gap || unmarked || glyphs ? await page.getOperatorList() : null;
        if (operators) countOperatorList({ images: gap, other: table || pictureColumns || unmarked || glyphs });
        if (operators && glyphs) pictures.push(...glyphPictures(n, text.runs, glyphColours(operators.fnArray, operators.argsArray, pdfjs.OPS)));
        const imagesBefore = textImages.length;
        if (operators && gap) {
          for (const { name, box } of imagesOfText(operators.fnArray, operators.argsArray, pdfjs.OPS, oriented.runs, pageArea)) {
            // OCR costs seconds an image: only pictures that look like print on paper are sent to it.
            const img = await imageOf(page, name);
            const pixels = img ? pixelsOf(img) : null;
            if (pixels && looksLikeText(pixels)) textImages.push({ page: n, box, pageHeight, runs: oriented.runs });
          }
        }
        let runs = oriented.runs;
        if (operators && unmarked) {
          runs = withDrawnBullets(runs, drawnDots(operators.fnArray, operators.argsArray, pdfjs.OPS));
          if (runs !== oriented.runs) lines = linesOfRuns(runs);
        }
        if (operators && pictureColumns) {
          const drawn = await picturesOfOperators(operators.fnArray, operators.argsArray, pdfjs.OPS, (name) => imageOf(page, name), readings);
          const placed = drawn.filter((p) => !isStatedBar(p, runs) && (!p.cool || standsForStatus(p, drawn, runs)));
          if (placed.length > 0) {
            runs = [...runs, ...placed.map((p) => pictureRun(p, runs))];
            lines = linesOfRuns(runs);
            for (const p of placed) pictures.push({ page: n, token: p.reading.token, reading: p.reading, source: p.source, y: p.y2, x: p.x1 });
          }
        }
        // A ruled table's columns are no columns of prose; only a page without one is read column by column.
        const ruled = operators && table ? withRuledTables(operators, runs, oriented.direction, pdfjs.OPS) : null;
        // A drawn bullet replaces its run, a placed picture adds one.
        const drawingRead = runs.length !== oriented.runs.length || runs.some((r, i) => r !== oriented.runs[i]);
        if (operators && (ruled || drawingRead || textImages.length > imagesBefore)) countPaidOff();
        pages.push((ruled ?? linesInReadingOrder(runs, lines)).map(withoutToggle));
        for (const text of oriented.aside) aside.push({ kind: 'furniture', text, page: n });
      } catch (error) {
        messages.push({ severity: 'warning', reason: `Unexpected unreadable text on page ${n} (${(error as Error).message}), expected a text layer`, ruleId: 'ingest/pdf-page' });
        pages.push([]);
      } finally {
        page.cleanup();
      }
    }
    const budget = new OcrBudget();
    const { ocrPages, unreadablePages } = await readByOcr(bytes, unread, pages, messages, budget);
    const imageOcrPages = await readTextImages(bytes, textImages, pages, messages, budget);
    const blocks = [...aside, ...blocksOfPages(pages)];
    repairBlockDiacritics(blocks, messages);
    const doc = buildDoc('pdf', blocks, { pageCount: pdf.numPages, containerTitle: title, messages, ocrPages, imageOcrPages, unreadablePages });
    return anchorPictures(doc, pictures);
  } finally {
    await pdf.destroy();
  }
}

/**
 * A page's runs without the side columns a browser printed beside a web
 * page's content (its menu, related links, a contact card), and those
 * columns. The page's links are read only when its geometry shows a column.
 */
async function withoutSidebars(page: PDFPageProxy, runs: Run[], before: SideColumn[]): Promise<{ runs: Run[]; columns: SideColumn[] }> {
  const candidates = sideColumns(runs, page.view[2], median(runs.map((r) => r.size)) || 10);
  if (candidates.length === 0) return { runs, columns: [] };
  const links = ((await page.getAnnotations()) as Array<{ subtype?: string; rect?: number[] }>).map(linkBox).filter((b) => b !== null);
  const pageTop = Math.max(...runs.map((r) => r.y + r.size));
  const columns = candidates.filter((c) => isNavigation(c, links, before, pageTop));
  if (columns.length === 0) return { runs, columns };
  const dropped = new Set(columns.flatMap((c) => c.runs));
  return { runs: runs.filter((r) => !dropped.has(r)), columns };
}

/** Each page's text in the reading frame of its direction, or the error that kept it from being read. */
async function pageTexts(pdf: { numPages: number; getPage(n: number): Promise<PDFPageProxy> }): Promise<Array<ReturnType<typeof orientRuns> | Error>> {
  const out: Array<ReturnType<typeof orientRuns> | Error> = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    try {
      const content = await page.getTextContent({ disableNormalization: true });
      out.push(orientRuns(content.items as TextItem[]));
    } catch (error) {
      out.push(error as Error);
    } finally {
      page.cleanup();
    }
  }
  return out;
}

/**
 * Reads the pages without a usable text layer by OCR when tesseract (with
 * Swedish) and pdftoppm are installed; otherwise, or when OCR fails, records
 * them as unreadable with a warning that says what to install. The rest of
 * the document is read either way.
 */
async function readByOcr(bytes: Uint8Array, unread: number[], pages: PageLine[][], messages: Message[], budget: OcrBudget): Promise<{ ocrPages: number[]; unreadablePages: number[] }> {
  if (unread.length === 0) return { ocrPages: [], unreadablePages: [] };
  const tools = ocrTools();
  if ('missing' in tools) {
    messages.push({
      severity: 'warning',
      reason: `Unexpected ${unread.length === 1 ? 'page' : 'pages'} ${unread.join(', ')} of ${pages.length} without a usable text layer, expected text; skipped, since OCR needs ${tools.missing}: install ${OCR_PACKAGES}`,
      ruleId: 'ingest/pdf-no-text-layer',
    });
    return { ocrPages: [], unreadablePages: unread };
  }
  const ocr = new PageOcr(bytes, tools);
  const ocrPages: number[] = [];
  const unreadablePages: number[] = [];
  try {
    const read = new Map<number, PictureText>();
    const late: number[] = [];
    for (const n of unread) {
      if (budget.spent) {
        late.push(n);
        continue;
      }
      try {
        read.set(n, await ocr.readWithRules(n));
      } catch (error) {
        unreadablePages.push(n);
        messages.push({ severity: 'warning', reason: `Unexpected failure of OCR on page ${n} (${(error as Error).message.split('\n')[0]}), expected its text; the page is skipped`, ruleId: 'ingest/pdf-ocr-failed' });
      }
    }
    if (late.length) {
      unreadablePages.push(...late);
      messages.push({ severity: 'warning', reason: `Unexpected OCR of this document taking longer than its budget of ${budget.seconds} s, expected less; ${late.length === 1 ? 'page' : 'pages'} ${late.join(', ')} left unread`, ruleId: 'ingest/ocr-budget' });
    }
    // A scanned table's cells are settled from the whole document: its owners and marks repeat over the pages.
    const settled = settleCells([...read].flatMap(([page, { cells }]) => cells.map((cell) => ({ ...cell, page }))));
    for (const [n, { runs, rules }] of read) {
      const lines = linesOfPicture([...runs, ...settled.filter((c) => c.page === n).flatMap((c) => c.runs)], rules);
      pages[n - 1] = lines;
      (lines.length > 0 ? ocrPages : unreadablePages).push(n);
    }
  } finally {
    await ocr.close();
  }
  if (ocrPages.length) messages.push({ severity: 'info', reason: `Read ${ocrPages.length === 1 ? 'page' : 'pages'} ${ocrPages.join(', ')} by OCR (tesseract, Swedish): no usable text layer`, ruleId: 'ingest/pdf-ocr' });
  return { ocrPages: ocrPages.sort((a, b) => a - b), unreadablePages: unreadablePages.sort((a, b) => a - b) };
}

/** A picture's words as lines: a table keeps its rules in the picture, and its cells are read from them, as a ruled table is from a drawing. */
function linesOfPicture(words: Run[], rules: PageGraphics): PageLine[] {
  const { rows, rest } = readGridTables(rules, words);
  return rows.length > 0 ? mergeByPosition(linesOfRuns(rest), rows) : linesInReadingOrder(words);
}

interface TextImage {
  page: number;
  box: Box;
  pageHeight: number;
  /** The page's own text, which the image's words join. */
  runs: Run[];
}

/**
 * An image this large may hold text that matters: a table or a page pasted as
 * a picture covers a good part of its page; a chart or a photo with a caption
 * in it is smaller, and is left alone.
 */
const TEXT_IMAGE = { width: 150, height: 80, pageShare: 0.3 };
/** The least an image must measure to be one of text on a page of this area: a page's images all smaller are not looked at. */
const TEXT_IMAGE_SIZE = (pageArea: number) => ({ width: TEXT_IMAGE.width, height: TEXT_IMAGE.height, area: pageArea * TEXT_IMAGE.pageShare });
/** What OCR must find in an image for it to count as text: photos and maps give a few words, badly. */
const TEXT_IMAGE_WORDS = 8;
const TEXT_IMAGE_CONFIDENCE = 60;

/** A page whose text leaves empty as much of its height as an image of text must cover of its area has room for one. */
function hasTextGap(lines: PageLine[], pageHeight: number): boolean {
  const ys = lines.map((l) => l.y).sort((a, b) => b - a);
  if (ys.length === 0) return false;
  const edges = [pageHeight - ys[0], ...ys.slice(1).map((y, i) => ys[i] - y), ys[ys.length - 1]];
  return Math.max(...edges) >= pageHeight * TEXT_IMAGE.pageShare;
}

/** Large images on the page with next to no text of the layer over them. */
function imagesOfText(fnArray: ArrayLike<number>, argsArray: unknown[], ops: StateOps & { paintImageXObject: number }, runs: Run[], pageArea: number) {
  const out: Array<{ name: string; box: Box }> = [];
  const state = new GraphicsState(ops);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const a = argsArray[i] as unknown[] | null;
    if (state.follow(fn, a)) continue;
    if (fn === ops.paintImageXObject && a) {
      const box = unitBox(state.m);
      const [w, h] = [box.x2 - box.x1, box.y2 - box.y1];
      if (w < TEXT_IMAGE.width || h < TEXT_IMAGE.height || w * h < pageArea * TEXT_IMAGE.pageShare) continue;
      const over = runs.filter((r) => r.text.trim() && r.x >= box.x1 && r.xEnd <= box.x2 && r.y >= box.y1 && r.y <= box.y2);
      if (over.length < 3) out.push({ name: String(a[0]), box });
    }
  }
  return out;
}

/**
 * Reads the images of text found on text pages by OCR, when it is
 * installed: their words join the page's own at the image's place. Images
 * where OCR finds little (a photo, a map) are left as they are. Which images
 * were read is said in a message; the pages whose text they joined are returned.
 */
async function readTextImages(bytes: Uint8Array, images: TextImage[], pages: PageLine[][], messages: Message[], budget: OcrBudget): Promise<number[]> {
  const joined: number[] = [];
  if (images.length === 0) return joined;
  const tools = ocrTools();
  if ('missing' in tools) return joined;
  const ocr = new PageOcr(bytes, tools);
  const read: string[] = [];
  const late = new Set<number>();
  try {
    const byPage = new Map<number, TextImage[]>();
    for (const img of images) byPage.set(img.page, [...(byPage.get(img.page) ?? []), img]);
    for (const [page, imgs] of byPage) {
      const found: Run[] = [];
      const rules: PageGraphics = { horizontals: [], verticals: [], fills: [] };
      for (const img of imgs) {
        if (budget.spent) {
          late.add(page);
          continue;
        }
        try {
          const picture = await ocr.readRegion(page, img.box, img.pageHeight);
          const runs = [...picture.runs, ...settleCells(picture.cells).flatMap((c) => c.runs)].filter((r) => r.text.trim());
          const confidence = runs.reduce((sum, r) => sum + (r.confidence ?? 0), 0) / Math.max(1, runs.length);
          if (runs.length < TEXT_IMAGE_WORDS || confidence < TEXT_IMAGE_CONFIDENCE) continue;
          found.push(...runs);
          rules.horizontals.push(...picture.rules.horizontals);
          rules.verticals.push(...picture.rules.verticals);
          read.push(`page ${page} (${Math.round(img.box.x2 - img.box.x1)}×${Math.round(img.box.y2 - img.box.y1)} pt, ${runs.length} words, confidence ${Math.round(confidence)})`);
        } catch (error) {
          messages.push({ severity: 'warning', reason: `Unexpected failure of OCR on an image on page ${page} (${(error as Error).message.split('\n')[0]}), expected its text; the image is skipped`, ruleId: 'ingest/pdf-image-ocr-failed' });
        }
      }
      if (found.length === 0) continue;
      pages[page - 1] = linesOfPicture([...imgs[0].runs, ...found], rules);
      joined.push(page);
    }
  } finally {
    await ocr.close();
  }
  if (late.size) messages.push({ severity: 'warning', reason: `Unexpected OCR of this document taking longer than its budget of ${budget.seconds} s, expected less; images of text on ${late.size === 1 ? 'page' : 'pages'} ${[...late].join(', ')} left unread`, ruleId: 'ingest/ocr-budget' });
  if (read.length) messages.push({ severity: 'info', reason: `Read ${read.length === 1 ? 'an image' : `${read.length} images`} of text by OCR (tesseract, Swedish): ${read.join('; ')}`, ruleId: 'ingest/pdf-image-ocr' });
  return joined.sort((a, b) => a - b);
}

/**
 * Drawing instructions cost as much to read as the text (images are decoded
 * with them), so they are read only where the text stands in columns.
 */
function mayHoldTable(lines: PageLine[]): boolean {
  return lines.filter((l) => l.segments.length >= 2).length >= 2;
}

/** Lines column by column on a page set in columns, each knowing its column's margins; `lines`, the page read whole, when it is not. */
function linesInReadingOrder(runs: Run[], lines = linesOfRuns(runs)): PageLine[] {
  const groups = readingOrder(runs, median(runs.map((r) => r.size)) || 10);
  if (groups.length === 1) return lines;
  return groups.flatMap((g) => {
    const lines = linesOfRuns(g);
    const column = { left: Math.min(...g.map((r) => r.x)), right: Math.max(...g.map((r) => r.xEnd)) };
    return lines.map((l) => ({ ...l, column }));
  });
}

/** STYRDOK_PICTURES=none reads no pictures, as the readers did before they could: for measuring what pictures cost. */
const readsPictures = () => process.env.STYRDOK_PICTURES !== 'none';


/**
 * A page with a status, assessment or progress column (its header beside other cells), or with
 * such a field's label standing alone on its line ('Status:' with nothing written after it, as a
 * planning system prints a field whose value is a drawn dot).
 */
function hasPictureColumn(lines: PageLine[]): boolean {
  return lines.some((l) => (l.segments.length >= 2 && l.segments.some((s) => PICTURE_HEADER.test(s.text))) || (l.segments.length === 1 && /:\s*$/.test(l.segments[0].text) && PICTURE_HEADER.test(l.segments[0].text)));
}

/** A decoded image of the page, or of the document (names 'g_…'); null when pdfjs has none. */
function imageOf(page: PDFPageProxy, name: string): Promise<ImageData | null> {
  const objs = name.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => {
    try {
      objs.get(name, (img: unknown) => resolve((img as ImageData) ?? null));
    } catch {
      resolve(null);
    }
  });
}

/** A share written out: '60 %'. */
const PERCENT_TEXT = /^\s*\d{1,3}(?:[,.]\d+)?\s?%\s*$/;

/**
 * A progress bar drawn beside the share it shows in words ('[bar] 60 %', as a
 * planning system prints its field): the text says it, and a measured token
 * beside it would only make the line one cell longer.
 */
function isStatedBar(p: PlacedPicture, runs: Run[]): boolean {
  if (p.reading.kind !== 'bar') return false;
  return runs.some((r) => PERCENT_TEXT.test(r.text) && r.y + r.size * 0.8 > p.y1 && r.y - r.size * 0.25 < p.y2);
}

/**
 * A picture written into the page's text where it stands, as the symbol a
 * person would type for it: on the baseline of the text beside it, so it
 * joins that line and the table column it stands in. A picture set in the
 * middle of a cell of several lines goes with the last line it reaches, so
 * its symbol closes the text it stands beside instead of cutting it.
 */
function pictureRun(p: PlacedPicture, runs: Run[]): Run {
  const height = p.y2 - p.y1;
  let best: Run | null = null;
  for (const r of runs) {
    if (isBeside(r, p) && r.text.trim() && (!best || r.y < best.y)) best = r;
  }
  return { x: p.x1, xEnd: p.x2, y: best?.y ?? p.y1 + height * 0.2, size: best?.size ?? height, text: p.reading.token, apart: true };
}

/** The page's lines with its ruled tables read from the drawing; null when it has none. */
function withRuledTables(operators: { fnArray: number[]; argsArray: unknown[] }, runs: Run[], direction: Direction, ops: OpCodes): PageLine[] | null {
  const graphics = turnGraphics(graphicsOfOperators(operators.fnArray, operators.argsArray, ops), direction);
  const { rows, rest } = readGridTables(withCellBreaks(graphics, runs), runs);
  return rows.length > 0 ? mergeByPosition(linesOfRuns(rest), rows) : null;
}

/** Lines and ruled-table rows of a page, top to bottom. */
function mergeByPosition(lines: PageLine[], rows: GridRow[]): PageLine[] {
  const fromRows: PageLine[] = rows.map((r) => ({ y: r.y, size: 0, segments: [{ x: 0, xEnd: 0, text: r.cells.join(' ') }], cells: r.cells, fills: r.shades.map((s) => s?.toUpperCase() ?? null), carried: r.carried }));
  return [...lines, ...fromRows].sort((p, q) => q.y - p.y);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A number set this many times the body's size is a figure on show, not a page's number. */
const FIGURE_SIZE = 1.3;

/** The lines nearest the top and bottom of a page, where running headers and footers stand, whatever the reading order. */
function edgeLines(lines: PageLine[], edge = 3): Set<PageLine> {
  const byY = [...lines].sort((p, q) => q.y - p.y);
  return new Set([...byY.slice(0, edge), ...byY.slice(Math.max(edge, byY.length - edge))]);
}

/**
 * A running header set in columns that the reading took for a table's row ('Kommun | Rapportens titel |
 * 2025-09-15'): the same row, word for word, at an edge of every page of two or more. A table's header row repeated
 * on each page is no furniture: it heads the rows under it.
 */
function findRunningRows(pages: PageLine[][]): Set<string> {
  if (pages.length < 2) return new Set();
  // A line in three columns or more is a row whether the table reader took it or not yet.
  const cellsOf = (l: PageLine) => l.cells ?? (isMultiColumn(l) ? l.segments.map((g) => g.text.trim()) : null);
  const isRunningRow = (l: PageLine) => {
    const cells = cellsOf(l);
    return cells !== null && !isHeaderRow(cells);
  };
  // Word for word, numbers too: a table's rows differ in their numbers ('område 1', 'område 2'), a running header's date does not.
  const keys = pages.map((p) => new Set([...edgeLines(p)].filter(isRunningRow).map((l) => lineText(l).trim())));
  return new Set([...keys[0]].filter((k) => keys.every((s) => s.has(k))));
}

/** The most frequent value, to half a unit; each value counts its weight (1 unless given). */
function mode(values: number[], weights?: number[]): number {
  const counts = new Map<number, number>();
  values.forEach((v, i) => counts.set(Math.round(v * 2) / 2, (counts.get(Math.round(v * 2) / 2) ?? 0) + (weights?.[i] ?? 1)));
  let best = 0;
  let bestN = -1;
  for (const [v, n] of counts) if (n > bestN) [best, bestN] = [v, n];
  return best;
}

/** Runs in three or more columns: a table row, never page furniture even when it repeats (a repeated header row). */
function isMultiColumn(l: PageLine): boolean {
  return l.segments.length >= 3;
}

/**
 * A line in columns one of which is a page number ('KOMMUN  PROTOKOLL  Sida 2
 * (4)'): a running header set in columns, furniture when it repeats, not a
 * table's row. A bare number is no page number here: it is a row's id.
 */
function holdsPageNumber(l: PageLine): boolean {
  return l.segments.some((s) => /\D/.test(s.text.trim()) && parsePageNumber(s.text.trim()) !== null);
}

/**
 * The lowest line of a page holding only letters that stand alone ('Å    å'): the
 * tops of a line the page break cut through (a browser's print slices a line
 * between pages, and the ring of an 'Å' reaches above it), which the next page
 * holds whole. It is no text of its own.
 */
function isCutLine(l: PageLine, pageLines: PageLine[]): boolean {
  const words = lineText(l).trim().split(/\s+/);
  return l === pageLines.reduce((low, m) => (m.y < low.y ? m : low), l) && words.length <= 4 && words.every((w) => /^\p{L}$/u.test(w));
}

function blocksOfPages(pages: PageLine[][]): RawBlock[] {
  const all = pages.flat().filter((l) => !l.cells);
  // The body size is the size most of the text is set in, counted in characters: a page of
  // short field lines in small type ('Ansvarig: …') must not make its prose look like headings.
  const body = mode(all.map((l) => l.size), all.map((l) => lineText(l).length)) || 10;
  const small = new Set(all.filter((l) => l.size < body * 0.9).map((l) => furnitureKey(lineText(l))));
  const running = findRunningLines(pages.map((p) => [...p].sort((a, b) => b.y - a.y).filter((l) => !l.cells && (!isMultiColumn(l) || holdsPageNumber(l))).map(lineText)), 3, small);
  const runningRows = findRunningRows(pages);
  const furniture: RawBlock[] = [];
  const margin = mode(all.map((l) => l.segments[0].x));
  const right = Math.max(...all.map((l) => l.segments[l.segments.length - 1].xEnd), margin + 1);
  const width = right - margin;

  const lines: Line[] = [];
  const headers = new Set<string>();
  let table: { anchors: number[]; page: number } | null = null;
  pages.forEach((pageLines, index) => {
    const page = index + 1;
    const spacing = mode(pageLines.slice(1).map((l, i) => pageLines[i].y - l.y).filter((d) => d > 0)) || body * 1.2;
    const firstOfPage = lines.length;
    const edges = edgeLines(pageLines);
    pageLines.forEach((l, i) => {
      const text = lineText(l);
      if (edges.has(l) && runningRows.has(text.trim())) {
        furniture.push({ kind: 'furniture', text, page });
        return;
      }
      if (l.cells) {
        const header = isHeaderRow(l.cells) ? l.cells.join(' ').replace(/\s+/g, ' ') : null;
        // A header row repeated at the top of a page continues the table above; the row after it may be the rest of a row split by the break.
        // Whatever its words, a row that repeats the first row of the table the page before ended in is that table's head, repeated.
        const atTop = lines.length === firstOfPage && lines[lines.length - 1]?.cells;
        const repeated = atTop && ((header !== null && headers.has(header)) || repeatsOpeningRow(lines, l.cells));
        if (header) headers.add(header);
        // A cell merged down rows that the page break split keeps its text on the page before; it applies here too.
        // (Not in the rest of a row the break split, which joins the row above as it is.)
        const own = l.cells.filter((c, k) => !l.carried?.[k] && c.trim());
        const restOfRow = own.length > 0 && own.every((c) => /^[a-zåäö]/.test(c.trim()));
        if (l.carried && !restOfRow) l.cells = l.cells.map((c, k) => (l.carried![k] ? textAbove(lines, k) ?? c : c));
        if (!repeated) lines.push({ text, page, indented: false, fill: 1, cells: l.cells, ...(l.fills?.some((f) => f) ? { fills: l.fills } : {}) });
        table = null;
        return;
      }
      const atEdge = edges.has(l);
      const gap = i > 0 ? pageLines[i - 1].y - l.y : 0;
      // The last rows of a table can repeat from page to page ('VMAB'); lines that keep to the table's grid are rows.
      const continuesTable = table !== null && gap <= spacing * 1.6 && Math.abs(l.segments[0].x - table.anchors[0]) < 2;
      // A year alone under a line that ends on its qualifier ('När: Sommaren' / '2027') is that time's end, not a page number.
      const endsTime = i > 0 && TIME_CUT_BEFORE_YEAR.closing.test(lineText(pageLines[i - 1]).trimEnd()) && TIME_CUT_BEFORE_YEAR.opening.test(text.trim());
      // A bare number set well above the body's size is a figure (a fact box's '7' at the top of a column, a chapter's number), no page number.
      const figure = /^\s*\d+\s*$/.test(text) && l.size > body * FIGURE_SIZE;
      const furnished = (!isMultiColumn(l) || holdsPageNumber(l)) && !continuesTable && (running.has(furnitureKey(text)) || (parsePageNumber(text) && !endsTime && !figure) || isFieldFooter(text));
      if (atEdge && (furnished || isCutLine(l, pageLines))) {
        furniture.push({ kind: 'furniture', text, page });
        return;
      }
      // A heading set larger than the body ends a table, on the next page too.
      const found = table && l.size > body * 1.2 ? null : tableCells(l, table, margin, body, i > 0 && gap > spacing * 1.6);
      if (found) {
        let cells = found;
        if (!table) {
          const columns = bodyColumns(pageLines, i, cells.anchors, body);
          table = { anchors: columns ?? cells.anchors, page };
          // The header's cells, set over the body's columns.
          if (columns) cells = tableCells(l, table, margin, body, false) ?? cells;
        } else if (table.anchors.length < cells.anchors.length) table = { anchors: cells.anchors, page };
        const previous = lines[lines.length - 1];
        const newRow = (cells.values[0].trim() !== '' && !continuesFirstCell(previous?.cells, cells.values, gap, spacing)) || gap > spacing * 1.45 || page !== table.page || !previous?.cells;
        if (!newRow && previous?.cells) {
          previous.cells = previous.cells.map((c, k) => (cells.values[k]?.trim() ? `${c}\n${cells.values[k]}` : c));
        } else {
          lines.push({ text, page, indented: false, fill: 1, cells: cells.values });
        }
        table.page = page;
        return;
      }
      table = null;
      const first = l.segments[0];
      const left = l.column?.left ?? margin;
      lines.push({
        text,
        page,
        indented: first.x - left > body * 1.2,
        fill: (l.segments[l.segments.length - 1].xEnd - left) / (l.column ? l.column.right - l.column.left : width),
        // Large type is set with more leading; measure its gaps against its own size.
        gapBefore: i > 0 && gap > Math.max(spacing, l.size * 1.3) * 1.6,
        ...(i > 0 ? { spaceBefore: gap / Math.max(spacing, l.size * 1.3) } : {}),
        fontRatio: l.size / body,
        hangs: i > 0 && hangsFrom(first.x, pageLines[i - 1], body),
        ...(opensWithNumberApart(l) ? { numberApart: true } : {}),
      });
    });
  });
  for (const line of lines) {
    if (line.cells) line.cells = line.cells.map((c) => joinCellLines(c));
  }
  return [...furniture, ...splitLabelledRecords(unfoldFieldRows(segmentLines(lines)))];
}

/**
 * A line that starts where the line above starts, or where the value after
 * that line's label starts: a record set as a label column and a value column
 * ('Aktivitet   Ta fram en plan för …' / '            fler orter') wraps its
 * value under the value, not under the label; a list item under its text,
 * past its label ('Insats 4: Bygga ut reservvattenledningen till' / 'Norrby och Berga').
 */
function hangsFrom(x: number, above: PageLine, body: number): boolean {
  if (Math.abs(x - above.segments[0].x) < body * 0.5 || (!above.cells && above.segments.length >= 2 && Math.abs(x - above.segments[1].x) < body * 0.5)) return true;
  const text = above.cells ? null : textAfterLabel(above.segments[0]);
  return text !== null && x > text.from - body * 0.5 && x < text.to + body * 0.5;
}

/**
 * The columns of a table from where its body's text starts: left edges that
 * recur down the rows, found across the gaps between them. A header set
 * centred over its columns (or a scan whose words the OCR placed a little
 * apart) gives anchors off the columns' edges; the body's own edges are
 * where its cells begin. Null when the body shows no clearer columns than the
 * header does.
 */
function bodyColumns(pageLines: PageLine[], from: number, header: number[], body: number): number[] | null {
  const starts: number[] = [];
  let rows = 0;
  for (let i = from + 1; i < pageLines.length && rows < 40 && i < from + 120; i++) {
    const gap = pageLines[i - 1].y - pageLines[i].y;
    if (gap > body * 3.5 || pageLines[i].cells) break;
    // Rows with text in several columns show where the columns are; a cell's further lines show only the first.
    if (pageLines[i].segments.length < 2) continue;
    rows++;
    for (const s of pageLines[i].segments) starts.push(s.x);
  }
  if (rows < 3) return null;
  starts.sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of starts) {
    const last = clusters[clusters.length - 1];
    if (last && x - last[last.length - 1] <= body * 0.6) last.push(x);
    else clusters.push([x]);
  }
  // A column is an edge shared by several rows; a word that happens to start somewhere is none.
  const columns = clusters.filter((c) => c.length >= Math.max(2, rows * 0.15)).map((c) => c[0]);
  // The body refines where the header's columns are, or finds the one the header left unnamed ('Nr'); it drops none.
  if (columns.length < header.length || columns.length > header.length + 1) return null;
  // The body's edges agree with the header's where each header anchor lies in its column; otherwise the body decides.
  const agree = header.every((h) => columns.some((c) => Math.abs(c - h) <= body * 1.5));
  return agree ? null : columns;
}

/**
 * A line with text in the first column only, set as close as the lines of a
 * cell, that goes on with the prose of the row above: the next line of a
 * wrapped first cell, not a row of its own ('… Använda' / 'biblioteket som …').
 * Names and short entries (an owner table's units) are rows of their own
 * however close they stand; prose goes on when the line starts in lower case,
 * the sentence above is open, or the line stands at the very spacing of a cell.
 */
function continuesFirstCell(previous: string[] | undefined, values: string[], gap: number, spacing: number): boolean {
  if (!previous || values.slice(1).some((v) => v.trim()) || gap > spacing * 1.25) return false;
  const cell = previous[0].trim();
  const next = values[0].trim();
  if (cell.split(/\s+/).length < 4 || cell.length < 40 || /^(?:\d+(?:\.\d+)*[.)]?|[•\-–▪o])\s/.test(next)) return false;
  const above = cell.split('\n').pop()!.trim();
  return gap <= spacing * 1.1 || /^\p{Ll}/u.test(next) || !/[.!?:;]$/.test(above);
}

/**
 * Whether `cells` are, word for word, the first row of the table that `lines`
 * end in: a browser's print (and a word processor's) sets a table's head row
 * again at the top of each page the table goes on to, whatever words it holds.
 */
function repeatsOpeningRow(lines: Line[], cells: string[]): boolean {
  let first = lines.length - 1;
  while (first > 0 && lines[first - 1].cells) first--;
  const key = (row: string[]) => row.map((c) => c.replace(/\s+/g, ' ').trim()).join('\t');
  // The opening row is another line than the last one, and holds words in two cells or more (a lone band's text may well recur).
  return first < lines.length - 1 && cells.filter((c) => c.trim()).length >= 2 && key(lines[first].cells!) === key(cells);
}

/** The nearest text in column k of the table rows just above. */
function textAbove(lines: Line[], k: number): string | undefined {
  for (let i = lines.length - 1; i >= 0 && lines[i].cells; i--) if (lines[i].cells![k]?.trim()) return lines[i].cells![k];
  return undefined;
}

/**
 * A line belongs to a table when its runs stand in three or more columns, or
 * when a table is open and its runs start at that table's column anchors.
 */
function tableCells(
  l: PageLine,
  table: { anchors: number[] } | null,
  margin: number,
  body: number,
  afterGap: boolean,
): { anchors: number[]; values: string[] } | null {
  const starts = l.segments.map((s) => s.x);
  if (!table) {
    // An item's fields set in tab stops ('Ansvar: …   Klart: …   Status: …') are its line, not a table's first row.
    if (!isMultiColumn(l) || isFieldLine(l.segments.map((s) => s.text))) return null;
    return { anchors: starts, values: l.segments.map((s) => s.text.replace(/\s+/g, ' ').trim()) };
  }
  const tolerance = body * 1.5;
  const anchors = table.anchors;
  const values = anchors.map(() => '');
  const pieces = l.segments.flatMap((x) => splitAtAnchors(x, anchors, 1));
  // A single line after a paragraph's worth of space is prose again, not a row with one cell.
  if (pieces.length === 1 && afterGap) return null;
  for (const s of pieces) {
    let k = anchors.findIndex((a, idx) => s.x >= a - tolerance && (idx + 1 >= anchors.length || s.x < anchors[idx + 1] - tolerance));
    if (k < 0) k = s.x < anchors[0] ? 0 : anchors.length - 1;
    const t = s.text.replace(/\s+/g, ' ').trim();
    values[k] = values[k] ? `${values[k]} ${t}` : t;
  }
  // Prose after the table starts at the margin and runs across the first column's boundary.
  const onlyOne = pieces.length === 1;
  if (onlyOne && Math.abs(starts[0] - margin) < tolerance && anchors.length > 1 && pieces[0].xEnd > anchors[1] + body) return null;
  if (l.segments.length >= 3 && Math.abs(l.segments.length - anchors.length) > 2) return null;
  return { anchors, values };
}
