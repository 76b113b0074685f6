import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const dated = (line: string) => extract(buildDoc('text', exampleBlocks(`# Uppföljning av gatubelysningsplanen 2026\n${line}\n| Åtgärd | Ansvar | Status |\n| Byta armaturer på Storgatan | Gatuenheten | Pågår |`), { pageCount: null })).metadata.documentDate?.value ?? null;

describe("a report's own date under a compound label", () => {
  it("dates the document by 'Rapportdatum' or 'Dokumentdatum', with or without a colon, before an adoption named after it", () => {
    expect(dated('Gatuenheten. Rapportdatum 2026-10-12. Planen fastställd av tekniska nämnden 2025-11-26.')).toBe('2026-10-12');
    expect(dated('Dokumentdatum: 2026-02-01')).toBe('2026-02-01');
    expect(dated('Rapportdatum: 3 mars 2026. Antagen av kommunfullmäktige 2025-06-10.')).toBe('2026-03-03');
  });

  it('leaves the adoption the date where no such label dates the report', () => {
    expect(dated('Planen fastställd av tekniska nämnden 2025-11-26. Nästa uppföljning 2026-10-12.')).toBe('2025-11-26');
  });
});
