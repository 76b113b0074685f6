import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { judgeList } from '../../src/extract/constructions/list-content.js';
import { extract } from '../../src/extract/index.js';
import { isImperative } from '../../src/lang/morphology.js';
import { processDocument } from '../../src/pipeline/process.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));

describe('steps of a procedure, told to the reader, are no plan', () => {
  it('knows an imperative that is no infinitive, and no noun for one', () => {
    expect(['Förstör', 'Läs', 'Skriv', 'Välj', 'Sök', 'Stäng'].filter((w) => !isImperative(w))).toEqual([]);
    // Infinitives (an -a verb's imperative reads alike: no evidence), nouns, adjectives and function words.
    expect(['Kontrollera', 'Förstöra', 'Företagsbesök', 'Plan', 'Lek', 'Mat', 'Nya', 'Ny', 'Alla', 'Under', 'Information', 'Gratis'].filter((w) => isImperative(w))).toEqual([]);
  });

  it('judges a list of verbs with one imperative and no field as instructions, a plan’s infinitives as actions', () => {
    expect(judgeList(['Kontakta vårdnadshavaren samma dag.', 'Skriv en tillbudsrapport i systemet.', 'Informera rektor om händelsen.'])).toBe('instruction');
    expect(judgeList(['Kontakta vårdnadshavare vid frånvaro', 'Skriva en rutin för tillbud', 'Informera rektorerna om rutinen'])).toBe('action');
    // A field makes a plan's entry whatever the verb's form.
    expect(judgeList(['Kontakta vårdnadshavaren. Ansvar: Rektor', 'Skriv en rutin för tillbud. Ansvar: BUF'])).toBe('action');
  });

  it('reads no steps after a lead-in, and still reads a plan’s bare list of infinitives', () => {
    expect(read('# Rutin vid frånvaro\nArbetsgång vid frånvaro:\n- Kontrollera frånvaron i systemet varje morgon.\n- Läs av meddelanden från vårdnadshavare.\n- Meddela mentor om eleven varit borta tre dagar.').activities).toEqual([]);
    expect(read('# Trygg skola\nÅtgärder:\n- Kontrollera frånvaron varje vecka\n- Ta fram en rutin för tillbud\n- Informera vårdnadshavare om rutinen').activities.map((a) => a.text)).toEqual(['Kontrollera frånvaron varje vecka', 'Ta fram en rutin för tillbud', 'Informera vårdnadshavare om rutinen']);
  });

  it('gives no rows for a guideline whose only list is its procedure steps, in DOCX and PDF alike', async () => {
    for (const file of ['fixtures/unseen11/ockelbo-riktlinje-arkiv-informationshantering-2026.docx', 'fixtures/unseen11/ockelbo-riktlinje-arkiv-informationshantering-2026.pdf']) {
      const result = await processDocument(file, new Uint8Array(readFileSync(file)));
      if (!result.ok) throw new Error(result.reason);
      expect(result.extraction.activities.length, file).toBe(0);
    }
  });
});
