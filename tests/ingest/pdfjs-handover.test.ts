import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { HANDED_OVER, handingOverClone, loadPdfJs, openPdf } from '../../src/ingest/pdfjs.js';

// Node's own, taken before pdfjs is loaded (loading installs the handing-over one).
const native = globalThis.structuredClone;

/** Every page's operator list of a PDF, read with the structuredClone in place. */
async function operatorLists(file: string): Promise<Array<{ fnArray: number[]; argsArray: unknown[] }>> {
  const pdfjs = await loadPdfJs();
  const task = openPdf(pdfjs, new Uint8Array(readFileSync(file)));
  const pdf = await task.promise;
  try {
    const out = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { fnArray, argsArray } = await page.getOperatorList();
      out.push({ fnArray: [...fnArray], argsArray: [...argsArray] });
      page.cleanup();
    }
    return out;
  } finally {
    await pdf.destroy();
  }
}

/** Every page's text items of a PDF, read with the structuredClone in place. */
async function textContents(file: string): Promise<unknown[][]> {
  const pdfjs = await loadPdfJs();
  const task = openPdf(pdfjs, new Uint8Array(readFileSync(file)));
  const pdf = await task.promise;
  try {
    const out = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      out.push((await page.getTextContent({ disableNormalization: true })).items);
      page.cleanup();
    }
    return out;
  } finally {
    await pdf.destroy();
  }
}

describe("operator lists and text handed over between pdfjs's two halves", () => {
  const installed = () => globalThis.structuredClone;
  let restore: typeof structuredClone | null = null;
  afterEach(() => {
    if (restore) globalThis.structuredClone = restore;
    restore = null;
  });

  it('passes a chunk marked as handed over as it is, and clones every other message', () => {
    const clone = handingOverClone(native);
    const chunk = { fnArray: [1, 2], argsArray: [[0.5], null], [HANDED_OVER]: true };
    const handed = { stream: 4, chunk };
    expect(clone(handed)).toBe(handed);
    // Not marked, or no chunk at all: a copy, as a worker's port makes.
    for (const message of [{ stream: 4, chunk: { fnArray: [1] } }, { action: 'GetPage', data: { pageIndex: 0 } }]) {
      const copy = clone(message);
      expect(copy).toEqual(message);
      expect(copy).not.toBe(message);
    }
    // Marked otherwise than true: copied, and the copy carries no mark (a clone drops symbol keys).
    const other = { stream: 4, chunk: { fnArray: [1], [HANDED_OVER]: 'yes' } };
    expect(clone(other)).not.toBe(other);
    expect(clone(other)).toEqual({ stream: 4, chunk: { fnArray: [1] } });
    expect(clone(null)).toBeNull();
    expect(clone(7)).toBe(7);
    expect(handingOverClone(clone)).toBe(clone);
  });

  it('gives every page the operator list that cloning gives, for a PDF of ruled tables and one of status pictures', async () => {
    await loadPdfJs();
    const handingOver = installed();
    expect((handingOver as { handsOver?: boolean }).handsOver).toBe(true);
    for (const file of ['fixtures/taby-uppfoljning.pdf', 'fixtures/nassjo-statusikoner.pdf']) {
      const ours = await operatorLists(file);
      restore = handingOver;
      globalThis.structuredClone = native;
      const cloned = await operatorLists(file);
      globalThis.structuredClone = handingOver;
      restore = null;
      expect(ours.length).toBe(cloned.length);
      // A page of more operators than pdfjs sends in one chunk: the worker's arrays are emptied after each, and the chunks must not be.
      expect(Math.max(...ours.map((l) => l.fnArray.length))).toBeGreaterThan(0);
      ours.forEach((list, i) => {
        expect(list.fnArray).toEqual(cloned[i].fnArray);
        // pdfjs's objects (a glyph) arrive as themselves, not as the plain copies a clone makes: the same fields. Fonts
        // are named by the document they were loaded for, and the two readings are two documents.
        const plain = (args: unknown[]) => JSON.stringify(native(args)).replace(/g_d\d+_/g, 'g_d_');
        expect(plain(list.argsArray)).toBe(plain(cloned[i].argsArray));
      });
    }
  });

  it('gives every page the text items that cloning gives, for a Word PDF, a browser print and a layout program', async () => {
    await loadPdfJs();
    const handingOver = installed();
    const files = ['fixtures/taby-uppfoljning.pdf', 'fixtures/lerum-tva-spalter.pdf', 'fixtures/sodertalje-handlingsplan.pdf'];
    for (const file of files) {
      const ours = await textContents(file);
      restore = handingOver;
      globalThis.structuredClone = native;
      const cloned = await textContents(file);
      globalThis.structuredClone = handingOver;
      restore = null;
      expect(ours.length).toBe(cloned.length);
      // Items sent in several chunks (a full page) arrive each once, in order.
      expect(ours.reduce((n, items) => n + items.length, 0)).toBeGreaterThan(200);
      expect(JSON.stringify(ours).replace(/g_d\d+_/g, 'g_d_')).toBe(JSON.stringify(cloned).replace(/g_d\d+_/g, 'g_d_'));
    }
  });

  it('keeps a long page whole: a list sent in several chunks arrives with all of them', async () => {
    const lists = await operatorLists('fixtures/taby-uppfoljning.pdf');
    // pdfjs sends a page's list in chunks of about a thousand operators.
    expect(Math.max(...lists.map((l) => l.fnArray.length))).toBeGreaterThan(1000);
    for (const l of lists) expect(l.argsArray).toHaveLength(l.fnArray.length);
  });
});
