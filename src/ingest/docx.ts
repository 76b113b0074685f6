import JSZip from 'jszip';
import mammoth from 'mammoth';
import { buildDoc } from '../core/build-doc.js';
import type { Doc, Message, RawBlock } from '../core/types.js';
import { UnreadableError } from './errors.js';
import { hoistTextBoxes, readDocxExtras } from './docx-xml.js';
import { blocksFromHtml } from './html.js';
import { anchorPictures } from './picture-anchor.js';
import { anchorGlyphColours } from './glyph-colours.js';

/** No Word document's parts add up to this much XML. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/**
 * Reads DOCX through mammoth's HTML, which keeps headings, lists and tables
 * (its raw text does not), and adds the running headers and footers that
 * mammoth leaves out, as furniture, since they often carry the date.
 */
export async function readDocx(bytes: Uint8Array): Promise<Doc> {
  const buffer = Buffer.from(bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (error) {
    throw new UnreadableError(`Unexpected damaged zip container (${(error as Error).message}), expected a DOCX file`, 'ingest/docx-zip');
  }
  if (!zip.file('word/document.xml')) throw new UnreadableError('Unexpected zip without word/document.xml, expected a DOCX file', 'ingest/docx-zip');
  // A zip bomb declares its size in the central directory; refuse it before inflating anything.
  const inflated = Object.values(zip.files).reduce((sum, f) => sum + ((f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0), 0);
  if (inflated > MAX_INFLATED_BYTES) {
    throw new UnreadableError(`Unexpected DOCX that inflates to ${inflated} bytes, expected at most ${MAX_INFLATED_BYTES} (a zip bomb or not a document)`, 'ingest/docx-too-large');
  }
  let html: string;
  const messages: Message[] = [];
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const extras = readDocxExtras(documentXml, await zip.file('word/numbering.xml')?.async('string'));
  const boxes = hoistTextBoxes(documentXml);
  let input: Buffer = buffer;
  if (boxes.moved > 0) {
    zip.file('word/document.xml', boxes.xml);
    input = await zip.generateAsync({ type: 'nodebuffer' });
    messages.push({ severity: 'info', reason: `Read ${boxes.moved} text boxes before the paragraphs they are anchored in`, ruleId: 'ingest/docx-text-box' });
  }
  try {
    const result = await mammoth.convertToHtml({ buffer: input }, { includeDefaultStyleMap: true });
    html = result.value;
    for (const m of result.messages) {
      messages.push({ severity: m.type === 'error' ? 'warning' : 'info', reason: m.message, ruleId: 'ingest/docx-mammoth' });
    }
  } catch (error) {
    throw new UnreadableError(`Unexpected DOCX content (${(error as Error).message}), expected a Word document`, 'ingest/docx');
  }
  const parsed = blocksFromHtml(`<body>${html}</body>`, extras);
  const furniture: RawBlock[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(?:header|footer)\d*\.xml$/.test(n)).sort()) {
    const xml = await zip.file(name)!.async('string');
    const text = paragraphsOf(xml).filter((t) => t.trim()).join(' ').trim();
    if (text) furniture.push({ kind: 'furniture', text, page: null });
  }
  const title = await coreTitle(zip);
  const doc = anchorPictures(buildDoc('docx', [...furniture, ...parsed.blocks], { pageCount: null, containerTitle: title, messages: [...messages, ...parsed.messages] }), parsed.pictures);
  return anchorGlyphColours(doc, extras.glyphs ?? []);
}

/**
 * The text of each w:p in a part, fields' results included. A run's tab or line break
 * ('KOMMUN<tab>Plan', 'förvaltningen, 2026-02-10<tab>Sida 1') parts words as a space does;
 * the tab stops a paragraph defines (w:tab with attributes) are no text.
 */
function paragraphsOf(xml: string): string[] {
  return xml.split(/<\/w:p>/).map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:tab|br)\/>/g)].map((m) => (m[1] === undefined ? ' ' : decodeXml(m[1]))).join(''));
}

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

async function coreTitle(zip: JSZip): Promise<string | undefined> {
  const core = await zip.file('docProps/core.xml')?.async('string');
  const m = core ? /<dc:title>([^<]*)<\/dc:title>/.exec(core) : null;
  return m && m[1].trim() ? decodeXml(m[1].trim()) : undefined;
}
