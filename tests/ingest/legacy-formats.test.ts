import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline/process.js';
import { convertToDocx, findLibreOffice } from '../../src/ingest/convert.js';

const FILES = ['fixtures/legacy/taby-fargstatus.doc', 'fixtures/legacy/taby-fargstatus.odt'];
const hasLibreOffice = findLibreOffice() !== null;
if (!hasLibreOffice && process.env.STYRDOK_REQUIRE_SOFFICE) throw new Error('STYRDOK_REQUIRE_SOFFICE is set but LibreOffice (soffice) is not installed');

describe('legacy .doc and .odt', () => {
  const saved = process.env.STYRDOK_SOFFICE;
  afterEach(() => {
    if (saved === undefined) delete process.env.STYRDOK_SOFFICE;
    else process.env.STYRDOK_SOFFICE = saved;
  });

  for (const file of FILES) {
    it.skipIf(!hasLibreOffice)(`${file}: converted through LibreOffice, read like the DOCX it came from`, async () => {
      const result = await processDocument(file, new Uint8Array(readFileSync(file)));
      if (!result.ok) throw new Error(result.reason);
      expect(result.row.format).toBe('docx');
      expect(result.row.convertedFrom).toBe(file.endsWith('.doc') ? 'doc' : 'odt');
      expect(result.extraction.activities).toHaveLength(29);
      expect(result.extraction.activities[0].trackRaw).toBe('#FFC000');
    }, 60_000);

    it(`${file}: without LibreOffice, a clear error that names the package to install`, async () => {
      process.env.STYRDOK_SOFFICE = 'none';
      const result = await processDocument(file, new Uint8Array(readFileSync(file)));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.rule).toMatch(/^ingest\/(doc|odt)-needs-libreoffice$/);
      expect(result.reason).toMatch(/apt-get install libreoffice-writer-nogui/);
    });
  }

  it('an OLE file that is no Word document (a spreadsheet) is refused by name', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(512)]);
    const result = await processDocument('budget.xls', new Uint8Array(xls));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.rule).toBe('discover/ole');
  });
});

// Workers convert in parallel; each conversion has a LibreOffice profile of its own, so none waits on another's lock.
describe.skipIf(!hasLibreOffice)('parallel conversions', () => {
  it('convert two files at once', async () => {
    const [doc, odt] = await Promise.all(FILES.map((f) => convertToDocx(new Uint8Array(readFileSync(f)), f.endsWith('.doc') ? 'doc' : 'odt')));
    for (const bytes of [doc, odt]) expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
  }, 60_000);
});
