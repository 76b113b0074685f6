import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { findProgram } from '../../src/ingest/programs.js';
import { scannedPdf } from '../fixtures/scan.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/**
 * The forms one document can be turned into, as publishers and sharing sites
 * turn them: a Word file exported to PDF by LibreOffice or saved as a web page,
 * a web page printed to PDF by a browser, a PDF transcribed page by page (in
 * poppler's or pdfjs's reading order, in either transcript form of GENRE.md),
 * or printed and scanned again. Each derived form is kept in a cache under the
 * source's sha256, so a second run converts nothing.
 */
export type FormId = 'docx>pdf' | 'docx>html' | 'docx>html>pdf' | 'html>pdf' | 'pdf>seed:poppler' | 'pdf>seed:pdfjs' | 'pdf>bare:poppler' | 'pdf>bare:pdfjs' | 'pdf>scan';

export const FORMS: FormId[] = ['docx>pdf', 'docx>html', 'docx>html>pdf', 'html>pdf', 'pdf>seed:poppler', 'pdf>seed:pdfjs', 'pdf>bare:poppler', 'pdf>bare:pdfjs', 'pdf>scan'];

/** The program each form needs, by the environment variable that can name it. */
export type Tool = 'soffice' | 'chromium' | 'pdftotext' | 'ocr';

export function formsOf(file: string): FormId[] {
  const ext = path.extname(file).slice(1).toLowerCase();
  return FORMS.filter((f) => f.startsWith(`${ext}>`));
}

/** A transcript has no colours: a traffic light shown by a fill cannot survive it. */
export function isTranscript(form: FormId): boolean {
  return form.includes('seed:') || form.includes('bare:');
}

export function toolsOf(form: FormId): Tool[] {
  const tools: Tool[] = [];
  if (form.startsWith('docx>')) tools.push('soffice');
  if (form.endsWith('html>pdf')) tools.push('chromium');
  if (form.endsWith(':poppler')) tools.push('pdftotext');
  if (form === 'pdf>scan') tools.push('ocr');
  return tools;
}

export const findChromium = () => findProgram('STYRDOK_CHROMIUM', ['chromium', 'chromium-browser', 'google-chrome']);
export const findSoffice = () => findProgram('STYRDOK_SOFFICE', ['soffice', 'libreoffice']);
export const findPdftotext = () => findProgram('STYRDOK_PDFTOTEXT', ['pdftotext']);

/** The derived file's extension: what the reader will be given. */
export function extensionOf(form: FormId): string {
  if (form.endsWith('html')) return 'html';
  if (isTranscript(form)) return 'txt';
  return 'pdf';
}

/** Where derived forms are kept: STYRDOK_FORMS_CACHE, else ~/.cache/styrdok-forms (outside any worktree). */
export function defaultCacheDir(): string {
  return process.env.STYRDOK_FORMS_CACHE ?? path.join(homedir(), '.cache', 'styrdok-forms');
}

/**
 * Bumped, form by form, when a converter changes what it writes, so that
 * cached forms made the old way are made again (and no other form is).
 * docx>html 2: pictures embedded in the page, as a page saved whole keeps
 * them (the files written beside the page were lost, and with them status icons).
 */
const CONVERTER_VERSION: Partial<Record<FormId, number>> = { 'docx>html': 2, 'docx>html>pdf': 2 };

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The bytes of `file` in `form`, from the cache or made now. Written to a
 * temporary name and renamed, so parallel runs never read half a file.
 */
export async function deriveForm(file: string, form: FormId, cacheDir = defaultCacheDir()): Promise<Uint8Array> {
  const source = new Uint8Array(readFileSync(file));
  const key = `${sha256(source).slice(0, 24)}-v${CONVERTER_VERSION[form] ?? 1}-${form.replace(/[>:]/g, '_')}.${extensionOf(form)}`;
  const cached = path.join(cacheDir, key);
  if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
  const bytes = await makeForm(file, source, form, cacheDir);
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${cached}.${process.pid}.part`;
  writeFileSync(partial, bytes);
  renameSync(partial, cached);
  return bytes;
}

async function makeForm(file: string, source: Uint8Array, form: FormId, cacheDir: string): Promise<Uint8Array> {
  switch (form) {
    case 'docx>pdf':
      return soffice(source, 'docx', 'pdf:writer_pdf_Export');
    case 'docx>html':
      return soffice(source, 'docx', 'html:HTML (StarWriter):EmbedImages');
    case 'docx>html>pdf':
      return chromiumPdf(await deriveForm(file, 'docx>html', cacheDir));
    case 'html>pdf':
      return chromiumPdf(source);
    case 'pdf>scan':
      return new Uint8Array(scannedPdf(file, path.basename(file)));
    default: {
      const [, shape, order] = form.match(/^pdf>(seed|bare):(poppler|pdfjs)$/)!;
      const pages = order === 'poppler' ? await popplerPages(file) : await pdfjsPages(source);
      return new TextEncoder().encode(transcript(pages, shape as 'seed' | 'bare'));
    }
  }
}

async function inTempDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** LibreOffice headless with a profile of its own (parallel runs do not share its lock). */
async function soffice(source: Uint8Array, ext: string, filter: string): Promise<Uint8Array> {
  const program = findSoffice();
  if (!program) throw new Error('LibreOffice (soffice) is not installed');
  return inTempDir('styrdok-forms-soffice-', async (dir) => {
    const input = path.join(dir, `document.${ext}`);
    writeFileSync(input, source);
    const out = path.join(dir, 'out');
    await run(program, ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--convert-to', filter, '--outdir', out, input], { timeout: 180_000, killSignal: 'SIGKILL' });
    const made = readdirSync(out).find((f) => f.startsWith('document.') && !f.endsWith(`.${ext}`));
    if (!made) throw new Error(`LibreOffice made no ${filter} file`);
    return new Uint8Array(readFileSync(path.join(out, made)));
  });
}

/**
 * Chromium headless printing a page to PDF with a fresh profile, without its
 * own header and footer unless asked for them (the date, title, address and
 * page count a person's print carries).
 */
export async function chromiumPdf(html: Uint8Array, options: { headerFooter?: boolean } = {}): Promise<Uint8Array> {
  const program = findChromium();
  if (!program) throw new Error('Chromium is not installed');
  return inTempDir('styrdok-forms-chromium-', async (dir) => {
    const input = path.join(dir, 'page.html');
    writeFileSync(input, html);
    const out = path.join(dir, 'page.pdf');
    const profile = path.join(dir, 'profile');
    mkdirSync(profile);
    await run(
      program,
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, ...(options.headerFooter ? [] : ['--no-pdf-header-footer']), `--print-to-pdf=${out}`, pathToFileURL(input).href],
      { timeout: 120_000, killSignal: 'SIGKILL' },
    );
    return new Uint8Array(readFileSync(out));
  });
}

/** Each page's text in poppler's reading order, run onto one line. */
async function popplerPages(file: string): Promise<string[]> {
  const program = findPdftotext();
  if (!program) throw new Error('pdftotext (poppler-utils) is not installed');
  const { stdout } = await run(program, ['-enc', 'UTF-8', path.resolve(file), '-'], { maxBuffer: 256 * 1024 * 1024 });
  const pages = stdout.split('\f');
  if (pages.length > 1 && pages[pages.length - 1].trim() === '') pages.pop();
  return pages.map(oneLine);
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Each page's text as pdfjs's getTextContent orders it (the order pdf.js viewers copy), run onto one line. */
async function pdfjsPages(source: Uint8Array): Promise<string[]> {
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({ data: new Uint8Array(source), standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep, cMapUrl: path.join(root, 'cmaps') + path.sep, cMapPacked: true, verbosity: 0, isEvalSupported: false, disableFontFace: true });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      try {
        const content = await page.getTextContent();
        pages.push(oneLine(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(' ')));
      } finally {
        page.cleanup();
      }
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Titles of other documents, as a sharing site lists them under 'Relevanta
 * dokument' before a transcript: plans and reports of other municipalities
 * and subjects, none of them part of the document.
 */
const RELATED_TITLES = [
  'Avfallsplan för Norrtälje kommun 2022–2030',
  'Handlingsplan för trygghet och brottsförebyggande arbete 2023',
  'Nä ringslivsprögräm fö r Hö ganä s kömmun',
  'Folkhälsoplan 2021–2024. Antagen av kommunfullmäktige',
  'Lägesrapport digitalisering kvartal 2',
  'Klimatstrategi för Region Västerbotten',
];

/**
 * A transcript as GENRE.md describes sharing sites giving it. 'seed': the
 * title, a 'Relevanta dokument' list, 'Transkript:' and each page as one
 * paragraph opening 'N (M)'. 'bare': the title, 'Transkript' alone, and each
 * page as one paragraph opening with its bare number.
 */
export function transcript(pages: string[], shape: 'seed' | 'bare'): string {
  const title = pages.find((p) => p)?.split(' ').slice(0, 12).join(' ') ?? 'Dokument';
  const body = pages.map((p, i) => `${shape === 'seed' ? `${i + 1} (${pages.length})` : i + 1} ${p}`.trim()).join('\n\n');
  if (shape === 'bare') return `${title}\n\nTranskript\n\n${body}\n`;
  return `${title}\n\nRelevanta dokument\n${RELATED_TITLES.join('\n\n')}\n\nTranskript:\n\n${body}\n`;
}
