import { describe, expect, it } from 'vitest';
import { loadPdfJs } from '../../src/ingest/pdfjs.js';

describe('loading pdfjs', () => {
  it("leaves Array.prototype.push, JSON.parse and JSON.stringify Node's own", async () => {
    const before = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    await loadPdfJs();
    expect(Array.prototype.push).toBe(before.push);
    expect(JSON.parse).toBe(before.parse);
    expect(JSON.stringify).toBe(before.stringify);
    expect(Object.keys(JSON)).toEqual([]);
    expect(Object.getOwnPropertyDescriptor(JSON, 'stringify')).toMatchObject({ writable: true, enumerable: false, configurable: true });
  });

  it('writes and reads what the store keeps as before: spans, lone surrogates, nested arrays', async () => {
    await loadPdfJs();
    const value = { text: 'Åtgärd 1.2 \ud800 klar', spans: [[0, 12], [14, 20]], page: 3, none: undefined, empty: [] };
    const written = JSON.stringify(value);
    expect(written).toBe('{"text":"Åtgärd 1.2 \\ud800 klar","spans":[[0,12],[14,20]],"page":3,"empty":[]}');
    expect(JSON.parse(written)).toEqual({ text: 'Åtgärd 1.2 \ud800 klar', spans: [[0, 12], [14, 20]], page: 3, empty: [] });
    expect(JSON.parse('[1,2]', (k, v) => (typeof v === 'number' ? v * 2 : v))).toEqual([2, 4]);
  });
});
