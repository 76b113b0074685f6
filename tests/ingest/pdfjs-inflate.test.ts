import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflatingDecompressionStream, loadPdfJs, openPdf } from '../../src/ingest/pdfjs.js';

// Node's own, taken before pdfjs is loaded (loading installs the inflating one).
const native = globalThis.DecompressionStream;
const inflating = inflatingDecompressionStream(native);

/** Decompresses as pdfjs does: writes the bytes, closes after the write, and reads the chunks back. */
async function decompress(Stream: typeof DecompressionStream, format: string, bytes: Uint8Array): Promise<Uint8Array> {
  const { readable, writable } = new Stream(format as ConstructorParameters<typeof DecompressionStream>[0]);
  const writer = writable.getWriter();
  await writer.ready;
  writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(async () => {
      await writer.ready;
      await writer.close();
    })
    .catch(() => undefined);
  const chunks: Uint8Array[] = [];
  for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The FlateDecode streams of a PDF file, as their raw bytes. */
function flateStreams(file: string): Uint8Array[] {
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  const out: Uint8Array[] = [];
  for (const m of text.matchAll(/\/FlateDecode[^]*?stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end > start && !m[0].includes('endstream')) out.push(new Uint8Array(bytes.subarray(start, end)));
  }
  return out;
}

describe('inflating the Flate streams of PDFs', () => {
  it("gives the bytes Node's DecompressionStream gives, for every stream of a Word-made PDF", async () => {
    const streams = flateStreams('fixtures/taby-uppfoljning.pdf');
    expect(streams.length).toBeGreaterThan(5);
    let compared = 0;
    for (const s of streams) {
      const theirs = await decompress(native, 'deflate', s).catch(() => null);
      if (theirs === null) {
        // A stream cut short where the file's line ending follows it fails in both alike.
        await expect(decompress(inflating, 'deflate', s)).rejects.toThrow();
        continue;
      }
      expect(await decompress(inflating, 'deflate', s)).toEqual(theirs);
      compared++;
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('inflates a page of drawing instructions written in one piece', async () => {
    const content = Buffer.from('BT /F1 12 Tf 72 712 Td (Aktivitet 1.1 Genomf\\366ra dialog) Tj ET\n0 0 1 rg 72 700 200 0.5 re f\n'.repeat(40));
    expect(Buffer.from(await decompress(inflating, 'deflate', deflateSync(content))).equals(content)).toBe(true);
  });

  it('fails on damaged and on truncated streams, where pdfjs then reads them with its own decoder', async () => {
    const whole = deflateSync(Buffer.from('q 1 0 0 1 0 0 cm Q\n'.repeat(200)));
    await expect(decompress(inflating, 'deflate', new Uint8Array([0x78, 0x9c, 0xff, 0xff, 0x00, 0x13]))).rejects.toThrow();
    await expect(decompress(inflating, 'deflate', whole.subarray(0, whole.length >> 1))).rejects.toThrow();
    await expect(decompress(native, 'deflate', whole.subarray(0, whole.length >> 1))).rejects.toThrow();
  });

  it("leaves every other format to Node's stream", async () => {
    expect(new inflating('gzip')).toBeInstanceOf(native);
    expect(inflatingDecompressionStream(inflating)).toBe(inflating);
  });

  it('is what pdfjs uses once loaded, and a document reads to the same text as with Node’s stream', async () => {
    const pdfjs = await loadPdfJs();
    expect((globalThis.DecompressionStream as { inflatesAtOnce?: boolean }).inflatesAtOnce).toBe(true);
    const textOf = async () => {
      const pdf = await openPdf(pdfjs, readFileSync('fixtures/sodertalje-handlingsplan.pdf')).promise;
      const pages: string[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        pages.push((await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('|'));
      }
      await pdf.destroy();
      return pages;
    };
    const ours = await textOf();
    const installed = globalThis.DecompressionStream;
    globalThis.DecompressionStream = native;
    try {
      expect(await textOf()).toEqual(ours);
    } finally {
      globalThis.DecompressionStream = installed;
    }
    expect(ours.join('').length).toBeGreaterThan(1000);
  });
});
