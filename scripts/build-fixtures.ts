import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bodyText } from '../src/eval/similarity.js';
import { decodeWindows1252 } from '../src/ingest/decode.js';
import { readText } from '../src/ingest/text.js';
import { escapeHtml } from '../src/report/html.js';
import { colourReport } from './fixtures/colour-report.js';
import { brokenScanGold, brokenScanPages, brokenScanSource } from './fixtures/broken-scan.js';
import { plainText, writeDocx } from './fixtures/docx-writer.js';
import { jpegSize, writePdf } from './fixtures/pdf-writer.js';
import { scannedPdf } from './fixtures/scan.js';
import { twoColumnBrochure } from './fixtures/two-columns.js';
import { statusReport, symbolReport } from './fixtures/status-report.js';
import { vectorReport } from './fixtures/vector-report.js';

/**
 * Renders seed documents as municipalities publish them, DOCX and a PDF made
 * from that DOCX, through LibreOffice headless (Debian: libreoffice-writer),
 * and writes the bad-input fixtures. The results are committed, so tests need
 * no converter. Usage: npm run fixtures
 */
const RENDERINGS = [
  { seed: 'corpus/002_13546d3bc8be6ca0.txt', name: 'taby-uppfoljning', gold: 'fixtures/gold/002_13546d3bc8be6ca0.json', footer: false },
  // The footer carries the seed's running line (with the document date) and 'N (M)' page numbers.
  { seed: 'corpus/003_36680a2d90dc5608.txt', name: 'sodertalje-handlingsplan', gold: 'fixtures/gold/003_36680a2d90dc5608.json', footer: true },
];

/**
 * A page footer in Writer's HTML dialect: the seed's running lines, then the
 * page number and page count as fields, 'N (M)'.
 */
function footerHtml(running: string[]): string {
  const page = '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>';
  const count = '<sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield>';
  return `<div title="footer">${running.map((t) => `<p>${escapeHtml(t)}</p>`).join('')}<p>${page} (${count})</p></div>`;
}

/** The seed's blocks as HTML that Writer imports with real headings, lists and tables. */
function toHtml(seed: string, withFooter: boolean): string {
  const doc = readText(readFileSync(seed));
  const running = [...new Set(doc.blocks.filter((b) => b.kind === 'furniture').map((b) => doc.text.slice(b.start, b.end)))];
  const out: string[] = ['<html><head><meta charset="utf-8"></head><body>'];
  let list: string | null = null;
  let inTable = false;
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  const closeTable = () => {
    if (inTable) out.push('</tbody></table>');
    inTable = false;
  };
  for (const b of doc.blocks) {
    const text = doc.text.slice(b.start, b.end);
    if (b.kind === 'furniture') continue;
    if (b.kind !== 'row') closeTable();
    if (b.kind !== 'item') closeList();
    if (b.kind === 'heading') out.push(`<h2>${escapeHtml(text)}</h2>`);
    else if (b.kind === 'paragraph') out.push(`<p>${escapeHtml(text)}</p>`);
    else if (b.kind === 'item') {
      const kind = /^\d/.test(b.marker ?? '') ? 'ol' : 'ul';
      if (list !== kind) {
        closeList();
        out.push(`<${kind}>`);
        list = kind;
      }
      out.push(`<li>${escapeHtml(text)}</li>`);
    } else if (b.kind === 'row') {
      const cells = b.cells!.map((c) => escapeHtml(doc.text.slice(c.start, c.end)));
      if (b.header) {
        closeTable();
        out.push('<table border="1"><thead><tr>', ...cells.map((c) => `<th>${c}</th>`), '</tr></thead><tbody>');
        inTable = true;
      } else {
        if (!inTable) {
          out.push('<table border="1"><tbody>');
          inTable = true;
        }
        out.push('<tr>', ...cells.map((c) => `<td>${c}</td>`), '</tr>');
      }
    }
  }
  closeList();
  closeTable();
  if (withFooter) out.push(footerHtml(running));
  out.push('</body></html>');
  return out.join('\n');
}

/**
 * The seed as a browser saves a municipality's web page: scripts, a cookie
 * banner, a menu, a sidebar about another municipality's programme and a
 * footer around the article, which is all a reader should keep.
 */
function browserPage(seed: string, municipality: string): string {
  const article = toHtml(seed, false)
    .replace(/^[\s\S]*?<body>/, '')
    .replace(/<\/body>[\s\S]*$/, '');
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Näringsliv – ${municipality}</title>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
<style>.cookie-banner{position:fixed;bottom:0}</style></head>
<body>
<div class="cookie-banner" id="cookie-consent"><p>Vi använder kakor (cookies) för att webbplatsen ska fungera bra för dig.</p><button>Godkänn alla kakor</button><button>Endast nödvändiga</button></div>
<a class="skip-link" href="#main">Hoppa till huvudinnehållet</a>
<header class="site-header"><a href="/">${municipality}</a>
<nav aria-label="Huvudmeny"><ul><li><a href="/bo">Bo och bygga</a></li><li><a href="/naringsliv">Näringsliv och arbete</a></li><li><a href="/kommun">Kommun och politik</a></li></ul></nav>
<form role="search"><input type="search" placeholder="Sök"></form></header>
<nav class="breadcrumbs"><a href="/">Start</a> / <a href="/naringsliv">Näringsliv och arbete</a></nav>
<main id="main"><article>
${article}
</article></main>
<aside class="sidebar"><h2>Läs också</h2><ul><li><a href="https://www.alingsas.se">Alingsås kommuns näringslivsprogram 2020–2024</a></li><li><a href="/evenemang">Företagsfrukost i Stenungsund</a></li></ul></aside>
<footer class="site-footer"><p>${municipality}, Box 1, 000 00. Telefon 0302-52 10 00.</p><p>Senast uppdaterad 2024-05-02</p></footer>
<script src="/assets/analytics.js"></script>
</body></html>
`;
}

/** Windows-1252 bytes of a text; Node has no encoder for it, and every character of the seeds is in it. */
function encode1252(text: string): Buffer {
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decodeWindows1252(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => {
    const b = table.get(c);
    if (b === undefined) throw new Error(`'${c}' is not in Windows-1252`);
    return b;
  }));
}

/** The text a rendering shows, for the similarity script: what it was made from. */
function writeSource(name: string, text: string): void {
  mkdirSync('fixtures/source', { recursive: true });
  writeFileSync(`fixtures/source/${name}.source.txt`, `${text}\n`);
}

/** A seed's text as its rendering lays it out: its blocks in order, table cells side by side, no running lines. */
function seedText(seed: string): string {
  return bodyText(readText(readFileSync(seed)));
}

function soffice(args: string[], cwd: string): void {
  execFileSync('soffice', ['--headless', '--norestore', ...args], { cwd, stdio: 'ignore', timeout: 120_000 });
}

mkdirSync('fixtures/gold', { recursive: true });
mkdirSync('fixtures/bad', { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'styrdok-fixtures-'));

/** Each step writes one group of fixtures; `npm run fixtures -- colours` rebuilds one group only. */
const STEPS: Record<string, () => Promise<void> | void> = {
  renderings: () => {
    for (const r of RENDERINGS) {
      writeFileSync(path.join(work, `${r.name}.html`), toHtml(r.seed, r.footer));
      soffice(['--convert-to', 'docx:MS Word 2007 XML', '--infilter=HTML (StarWriter)', `${r.name}.html`], work);
      soffice(['--convert-to', 'pdf', `${r.name}.docx`], work);
      copyFileSync(path.join(work, `${r.name}.docx`), `fixtures/${r.name}.docx`);
      copyFileSync(path.join(work, `${r.name}.pdf`), `fixtures/${r.name}.pdf`);
      const gold = JSON.parse(readFileSync(r.gold, 'utf8'));
      gold.source = `fixtures/${r.name}.{docx,pdf}`;
      gold.derived_from = r.seed;
      // Without a footer the date the seed's running line carries is not in the rendering.
      if (!r.footer) delete gold.date;
      writeFileSync(`fixtures/gold/${r.name}.json`, `${JSON.stringify(gold, null, 2)}\n`);
      console.log(`fixtures/${r.name}.docx, fixtures/${r.name}.pdf`);
    }

  },
  web: () => {
    // A web page as saved from a browser; the seed's gold applies to its article.
    {
      const seed = 'corpus/001_03ae7981294d9ca5.txt';
      writeFileSync('fixtures/lerum-strategi.html', browserPage(seed, 'Lerums kommun'));
      const gold = JSON.parse(readFileSync('fixtures/gold/001_03ae7981294d9ca5.json', 'utf8'));
      gold.source = 'fixtures/lerum-strategi.html';
      gold.derived_from = seed;
      writeFileSync('fixtures/gold/lerum-strategi.json', `${JSON.stringify(gold, null, 2)}\n`);
      console.log('fixtures/lerum-strategi.html');
    }

  },
  colours: async () => {
    mkdirSync('fixtures/legacy', { recursive: true });
    const { spec, gold } = colourReport('fixtures/gold/002_13546d3bc8be6ca0.json');
    writeFileSync(path.join(work, 'taby-fargstatus.docx'), await writeDocx(spec));
    soffice(['--convert-to', 'pdf', 'taby-fargstatus.docx'], work);
    copyFileSync(path.join(work, 'taby-fargstatus.docx'), 'fixtures/taby-fargstatus.docx');
    copyFileSync(path.join(work, 'taby-fargstatus.pdf'), 'fixtures/taby-fargstatus.pdf');
    writeFileSync('fixtures/gold/taby-fargstatus.json', `${JSON.stringify(gold, null, 2)}\n`);
    writeSource('taby-fargstatus', plainText(spec));
    // The same report saved in the legacy formats analysts still receive.
    for (const format of ['odt', 'doc:MS Word 97']) soffice(['--convert-to', format, 'taby-fargstatus.docx'], work);
    copyFileSync(path.join(work, 'taby-fargstatus.odt'), 'fixtures/legacy/taby-fargstatus.odt');
    copyFileSync(path.join(work, 'taby-fargstatus.doc'), 'fixtures/legacy/taby-fargstatus.doc');
    console.log('fixtures/taby-fargstatus.{docx,pdf}, fixtures/legacy/taby-fargstatus.{odt,doc}');
  },
  // A report tool's export where every status, goal assessment and progress is a picture: Word, and the PDF Writer makes of it.
  pictures: async () => {
    const { spec, gold } = statusReport();
    writeFileSync(path.join(work, 'nassjo-statusikoner.docx'), await writeDocx(spec));
    soffice(['--convert-to', 'pdf', 'nassjo-statusikoner.docx'], work);
    copyFileSync(path.join(work, 'nassjo-statusikoner.docx'), 'fixtures/nassjo-statusikoner.docx');
    copyFileSync(path.join(work, 'nassjo-statusikoner.pdf'), 'fixtures/nassjo-statusikoner.pdf');
    writeFileSync('fixtures/gold/nassjo-statusikoner.json', `${JSON.stringify(gold, null, 2)}\n`);
    console.log('fixtures/nassjo-statusikoner.{docx,pdf}');
    const symbols = symbolReport();
    writeFileSync(path.join(work, 'vetlanda-symbolstatus.docx'), await writeDocx(symbols.spec));
    soffice(['--convert-to', 'pdf', 'vetlanda-symbolstatus.docx'], work);
    copyFileSync(path.join(work, 'vetlanda-symbolstatus.docx'), 'fixtures/vetlanda-symbolstatus.docx');
    copyFileSync(path.join(work, 'vetlanda-symbolstatus.pdf'), 'fixtures/vetlanda-symbolstatus.pdf');
    writeFileSync('fixtures/gold/vetlanda-symbolstatus.json', `${JSON.stringify(symbols.gold, null, 2)}\n`);
    console.log('fixtures/vetlanda-symbolstatus.{docx,pdf}');
    const vector = vectorReport();
    writeFileSync('fixtures/ljungby-vektorstatus.pdf', writePdf([vector.page], 'Lägesrapport näringslivsprogrammet 2025'));
    writeFileSync('fixtures/gold/ljungby-vektorstatus.json', `${JSON.stringify(vector.gold, null, 2)}\n`);
    console.log('fixtures/ljungby-vektorstatus.pdf');
  },
  // The Täby seed in each encoding Swedish text files come in; all must read the same.
  encodings: () => {
    mkdirSync('fixtures/encodings', { recursive: true });
    const text = readFileSync('corpus/002_13546d3bc8be6ca0.txt', 'utf8');
    const utf16be = Buffer.from(text, 'utf16le').swap16();
    const files: Record<string, Buffer> = {
      'taby-utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      'taby-utf16le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'taby-utf16be.txt': utf16be,
      'taby-windows1252.txt': encode1252(text),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(`fixtures/encodings/${name}`, bytes);
    console.log('fixtures/encodings/*');
  },
  // A brochure in two columns, with the marks typesetting leaves in a text layer; its source text is kept for the similarity script.
  columns: async () => {
    const { spec, source } = twoColumnBrochure('corpus/001_03ae7981294d9ca5.txt', 'Förklaringsdokument till näringslivsstrategi för Lerums kommun');
    writeFileSync(path.join(work, 'lerum-tva-spalter.docx'), await writeDocx(spec));
    soffice(['--convert-to', 'pdf', 'lerum-tva-spalter.docx'], work);
    copyFileSync(path.join(work, 'lerum-tva-spalter.docx'), 'fixtures/lerum-tva-spalter.docx');
    copyFileSync(path.join(work, 'lerum-tva-spalter.pdf'), 'fixtures/lerum-tva-spalter.pdf');
    writeSource('lerum-tva-spalter', source);
    const gold = JSON.parse(readFileSync('fixtures/gold/001_03ae7981294d9ca5.json', 'utf8'));
    gold.source = 'fixtures/lerum-tva-spalter.{docx,pdf}';
    gold.derived_from = 'corpus/001_03ae7981294d9ca5.txt';
    writeFileSync('fixtures/gold/lerum-tva-spalter.json', `${JSON.stringify(gold, null, 2)}\n`);
    console.log('fixtures/lerum-tva-spalter.{docx,pdf}');
  },
  // Broken font encoding, a page stored turned, a scanned page: a PDF written by hand, its scan rendered by poppler's pdftoppm.
  scanned: () => {
    mkdirSync('fixtures/scanned', { recursive: true });
    const { pages, scanned } = brokenScanPages();
    writeFileSync(path.join(work, 'scan.pdf'), writePdf([scanned], 'scan'));
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-jpeg', '-singlefile', 'scan.pdf', 'scan'], { cwd: work });
    const jpeg = readFileSync(path.join(work, 'scan.jpg'));
    writeFileSync('fixtures/scanned/sotenas-strategi.pdf', writePdf([...pages, { width: 595, height: 842, jpeg: { data: jpeg, ...jpegSize(jpeg) } }], 'Näringslivsstrategi för Sotenäs kommun'));
    const scan = { width: 595, height: 842, jpeg: { data: jpeg, ...jpegSize(jpeg) } };
    // The scan alone, and the scan under a text layer of garbage (every letter shifted by one, as a font without a usable encoding gives).
    writeFileSync('fixtures/scanned/scan-only.pdf', writePdf([scan], 'Skannad sida'));
    const shifted = (t: string) => t.replace(/[a-zA-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + (c === 'z' || c === 'Z' ? -25 : 1)));
    const garbage = (scanned.lines ?? []).flatMap((l, i) => [0, 1].map((k) => ({ ...l, y: l.y - k * 400 - i, text: shifted(l.text), invisible: true })));
    writeFileSync('fixtures/scanned/garbage-layer.pdf', writePdf([{ ...scan, lines: garbage }], 'Skannad sida med trasigt textlager'));
    writeFileSync('fixtures/gold/sotenas-strategi.json', `${JSON.stringify(brokenScanGold(), null, 2)}\n`);
    writeSource('sotenas-strategi', brokenScanSource());
    console.log('fixtures/scanned/sotenas-strategi.pdf');
  },
  // Täby's follow-up table printed and scanned: every page an image (grey, 200 dpi), no text layer.
  scannedTable: () => {
    mkdirSync('fixtures/scanned', { recursive: true });
    writeFileSync('fixtures/scanned/taby-uppfoljning-skannad.pdf', scannedPdf('fixtures/taby-uppfoljning.pdf', 'Skannad uppföljning'));
    const gold = JSON.parse(readFileSync('fixtures/gold/taby-uppfoljning.json', 'utf8'));
    gold.source = 'fixtures/scanned/taby-uppfoljning-skannad.pdf';
    gold.derived_from = 'fixtures/taby-uppfoljning.pdf';
    writeFileSync('fixtures/gold/taby-uppfoljning-skannad.json', `${JSON.stringify(gold, null, 2)}\n`);
    console.log('fixtures/scanned/taby-uppfoljning-skannad.pdf');
  },
  // What the renderings and the saved web page were made from, for the similarity script.
  sources: () => {
    for (const r of RENDERINGS) writeSource(r.name, seedText(r.seed));
    writeSource('lerum-strategi', seedText('corpus/001_03ae7981294d9ca5.txt'));
    console.log('fixtures/source/*');
  },
  bad: () => {
    // Bad input: each must be refused with its path and reason while the rest of a batch is stored.
    writeFileSync('fixtures/bad/empty.pdf', '');
    const pdf = readFileSync('fixtures/taby-uppfoljning.pdf');
    writeFileSync('fixtures/bad/corrupt.pdf', Buffer.concat([pdf.subarray(0, 400), Buffer.from('\n%%garbage\n'), pdf.subarray(pdf.length - 200)]));
    execFileSync('qpdf', ['--encrypt', 'hemligt', 'hemligt', '256', '--', 'fixtures/taby-uppfoljning.pdf', 'fixtures/bad/encrypted.pdf']);
    writeFileSync('fixtures/bad/not-a-zip.docx', 'Detta är ingen Word-fil, bara text med fel namn.\n');
    // DOS Swedish (code page 437) puts ä and å on bytes that Windows-1252 gives to „ and †: no encoding to trust.
    writeFileSync('fixtures/bad/cp437.txt', Buffer.from([...Buffer.from('Handlingsplan f'), 0x94, ...Buffer.from('r n'), 0x84, ...Buffer.from('ringslivet: '), 0x86, 0x84, 0x86, 0x84, 0x84, 0x86, ...Buffer.from('tg'), 0x84, ...Buffer.from('rder\n')]));
    console.log('fixtures/bad/*');
  },
};

const wanted = process.argv.slice(2);
for (const [name, step] of Object.entries(STEPS)) if (wanted.length === 0 || wanted.includes(name)) await step();
