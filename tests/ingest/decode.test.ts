import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.js';
import { readText } from '../../src/ingest/text.js';

const SEED = readFileSync('corpus/002_13546d3bc8be6ca0.txt', 'utf8');

describe('text encodings are detected from the bytes', () => {
  for (const [file, encoding] of [
    ['taby-utf8-bom.txt', 'utf-8-bom'],
    ['taby-utf16le-bom.txt', 'utf-16le'],
    ['taby-utf16be.txt', 'utf-16be'],
    ['taby-windows1252.txt', 'windows-1252'],
  ] as const) {
    it(`${file} decodes as ${encoding} to the seed's text`, () => {
      const bytes = readFileSync(`fixtures/encodings/${file}`);
      const decoded = decodeText(bytes);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(SEED);
      const doc = readText(bytes);
      expect(doc.messages.map((m) => m.ruleId)).toContain(`ingest/encoding-${encoding}`);
      expect(doc.text).toBe(readText(new TextEncoder().encode(SEED)).text);
    });
  }

  it("reads Windows-1252 punctuation as 1252's characters, not as Latin-1 control codes", () => {
    expect(decodeText(Uint8Array.of(0x96, 0x20, 0x93, 0x85, 0x94, 0x20, 0xe5)).text).toBe('– “…” å');
  });

  it('refuses bytes that fit no encoding it can trust', () => {
    expect(() => decodeText(readFileSync('fixtures/bad/cp437.txt'))).toThrow(/neither UTF-8, UTF-16 nor Windows-1252/);
  });
});
