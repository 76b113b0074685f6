import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';

const read = (file: string) => readDocument(readFileSync(file), file);
const furniture = async (file: string) => {
  const doc = await read(file);
  return doc.blocks.filter((b) => b.kind === 'furniture').map((b) => doc.text.slice(b.start, b.end));
};

describe("a Word file's running header and footer", () => {
  it('parts the words on either side of a tab as a space does, so a date or a name before it stays whole', async () => {
    const kumla = 'fixtures/unseen9/kumla-uppfoljning-kemikalieplan-2025.docx';
    expect(await furniture(kumla)).toEqual(expect.arrayContaining(['Miljö- och byggförvaltningen, 2026-02-10 Sida 1 av 1', 'KUMLA KOMMUN Årsuppföljning 2025 – Kemikalieplan 2025–2027']));
    const m = extract(await read(kumla)).metadata;
    expect([m.municipality?.value, m.documentDate?.value]).toEqual(['1881', '2026-02-10']);
    const strangnas = 'fixtures/unseen9/strangnas-handlingsplan-valfardsteknik-2026-2027.docx';
    expect(await furniture(strangnas)).toContain('Strängnäs kommun Handlingsplan välfärdsteknik och e-hälsa');
  });
});
