import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readText } from '../src/ingest/text.js';

/**
 * Renders seed documents as municipalities publish them, DOCX and a PDF made
 * from that DOCX, through LibreOffice headless (Debian: libreoffice-writer),
 * and writes the bad-input fixtures. The results are committed, so tests need
 * no converter. Usage: npm run fixtures
 */
const RENDERINGS = [
  { seed: 'corpus/002_13546d3bc8be6ca0.txt', name: 'taby-uppfoljning', gold: 'fixtures/gold/002_13546d3bc8be6ca0.json' },
  { seed: 'corpus/003_36680a2d90dc5608.txt', name: 'sodertalje-handlingsplan', gold: 'fixtures/gold/003_36680a2d90dc5608.json' },
];

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The seed's blocks as HTML that Writer imports with real headings, lists and tables. */
function toHtml(seed: string): string {
  const doc = readText(readFileSync(seed));
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
    if (b.kind === 'heading') out.push(`<h2>${escape(text)}</h2>`);
    else if (b.kind === 'paragraph') out.push(`<p>${escape(text)}</p>`);
    else if (b.kind === 'item') {
      const kind = /^\d/.test(b.marker ?? '') ? 'ol' : 'ul';
      if (list !== kind) {
        closeList();
        out.push(`<${kind}>`);
        list = kind;
      }
      out.push(`<li>${escape(text)}</li>`);
    } else if (b.kind === 'row') {
      const cells = b.cells!.map((c) => escape(doc.text.slice(c.start, c.end)));
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
  out.push('</body></html>');
  return out.join('\n');
}

function soffice(args: string[], cwd: string): void {
  execFileSync('soffice', ['--headless', '--norestore', ...args], { cwd, stdio: 'ignore', timeout: 120_000 });
}

mkdirSync('fixtures/gold', { recursive: true });
mkdirSync('fixtures/bad', { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'styrdok-fixtures-'));
for (const r of RENDERINGS) {
  writeFileSync(path.join(work, `${r.name}.html`), toHtml(r.seed));
  soffice(['--convert-to', 'docx:MS Word 2007 XML', '--infilter=HTML (StarWriter)', `${r.name}.html`], work);
  soffice(['--convert-to', 'pdf', `${r.name}.docx`], work);
  copyFileSync(path.join(work, `${r.name}.docx`), `fixtures/${r.name}.docx`);
  copyFileSync(path.join(work, `${r.name}.pdf`), `fixtures/${r.name}.pdf`);
  const gold = JSON.parse(readFileSync(r.gold, 'utf8'));
  gold.source = `fixtures/${r.name}.{docx,pdf}`;
  gold.derived_from = r.seed;
  // Page furniture is not rendered, so the date it carries is not in the rendering.
  delete gold.date;
  writeFileSync(`fixtures/gold/${r.name}.json`, `${JSON.stringify(gold, null, 2)}\n`);
  console.log(`fixtures/${r.name}.docx, fixtures/${r.name}.pdf`);
}

// Bad input: each must be refused with its path and reason while the rest of a batch is stored.
writeFileSync('fixtures/bad/empty.pdf', '');
const pdf = readFileSync('fixtures/taby-uppfoljning.pdf');
writeFileSync('fixtures/bad/corrupt.pdf', Buffer.concat([pdf.subarray(0, 400), Buffer.from('\n%%garbage\n'), pdf.subarray(pdf.length - 200)]));
execFileSync('qpdf', ['--encrypt', 'hemligt', 'hemligt', '256', '--', 'fixtures/taby-uppfoljning.pdf', 'fixtures/bad/encrypted.pdf']);
writeFileSync('fixtures/bad/not-a-zip.docx', 'Detta är ingen Word-fil, bara text med fel namn.\n');
writeFileSync('fixtures/bad/windows-1252.txt', Buffer.from('Handlingsplan för näringslivet i Täby kommun\nÅtgärder: Skapa en plan för företagsbesök.\n', 'latin1'));
console.log('fixtures/bad/*');
