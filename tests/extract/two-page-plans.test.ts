import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { processDocument } from '../../src/pipeline/process.js';

async function extractionOf(file: string): Promise<Extraction> {
  const result = await processDocument(file, new Uint8Array(readFileSync(file)));
  if (!result.ok) throw new Error(result.reason);
  return result.extraction;
}

describe('a plan of two pages in PDF', () => {
  it('drops the running header both pages repeat, so a table row the page break split is one row under its band', async () => {
    const x = await extractionOf('fixtures/unseen6/varnamo-aktivitetsplan-skola-2025-2026.pdf');
    expect(x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title)).toEqual(['Trygghet och studiero', 'Kunskapsresultat', 'Närvaro och elevhälsa', 'Digitalisering i undervisningen']);
    expect(x.activities).toHaveLength(14);
    expect(x.activities.some((a) => a.text.startsWith('Samverka med socialtjänsten') && a.text.endsWith('problematisk frånvaro'))).toBe(true);
  });

  it('takes the bands of its activity table as focus areas, not the indicator chapter above them', async () => {
    const x = await extractionOf('fixtures/unseen8/arjang-handlingsplan-naringslivsklimat-2027-2028.pdf');
    const top = x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title);
    expect(top).toEqual(expect.arrayContaining(['Service och bemötande', 'Kompetensförsörjning', 'Mark, lokaler och infrastruktur', 'Dialog och samverkan med företagen']));
    expect(top).not.toContain('Nyckeltal som följs');
    expect(x.activities).toHaveLength(13);
  });
});
