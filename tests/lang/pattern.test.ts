import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { sv, svSource } from '../../src/lang/pattern.js';

/** Milliseconds of one match. */
function timed(pattern: RegExp, text: string): number {
  const started = performance.now();
  pattern.exec(text);
  return performance.now() - started;
}

describe('sv', () => {
  it('finds Swedish words at Unicode word boundaries', () => {
    const pattern = sv(/\b(?:utgår|åtgärd)\b/i);
    expect(pattern.exec('Aktiviteten utgår.')?.[0]).toBe('utgår');
    expect(pattern.exec('Åtgärd 3: Laga vägen')?.[0]).toBe('Åtgärd');
    expect(pattern.test('Åtgärdsplanen')).toBe(false);
    expect(pattern.test('utgåram')).toBe(false);
  });

  it('compiles a pattern once: its second match costs a small part of its first', () => {
    // A pattern of its own, so that no earlier test has compiled it.
    const pattern = sv(new RegExp(`\\bväg${process.pid}\\b|\\bgata\\b`, 'i'));
    const text = 'Den nya gång- och cykelvägen längs gatan byggs under 2025 mellan skolan och badet.';
    const first = timed(pattern, text);
    const second = timed(pattern, text);
    // Compiled in two tiers, the second match compiles the pattern again and costs as much as the first.
    expect(second).toBeLessThan(first / 4);
  });

  it('tests a boundary beside a literal letter by one lookaround, and elsewhere by the full test', () => {
    const lookarounds = (source: string) => (svSource(source).match(/\(\?<?[=!]/g) ?? []).length;
    expect(lookarounds('\\bej\\b')).toBe(2);
    expect(lookarounds('\\bpågår\\b')).toBe(2);
    // An optional letter may be absent, a group or class may end in anything, an escape's last digit is no letter.
    expect(lookarounds('\\ba?b')).toBe(4);
    expect(lookarounds('(?:ej|inte)\\b')).toBe(4);
    expect(lookarounds('[a-z]\\b')).toBe(4);
    expect(lookarounds('\\x61\\b')).toBe(4);
    expect(lookarounds('\\u00e5\\b')).toBe(4);
  });

  it('matches what the full boundary test matches', () => {
    const W = '\\p{L}\\p{N}\\p{M}_';
    const fullBoundary = `(?:(?<=[${W}])(?![${W}])|(?<![${W}])(?=[${W}]))`;
    const sources = ['\\b(?:ej|inte)\\s+(?:på)?börja[dt]?\\b', '\\bklar[t]?\\b', '\\bpågår\\b|^\\s*genomförs\\b', '\\bdelar\\b[^.]{0,40}?\\bkvarstår\\b', '\\butgår\\b'];
    const texts = ['Ej påbörjad', 'Arbetet pågår enligt plan.', 'INTE BÖRJAT', 'genomförs nu', 'klarhet', 'oklar', 'Klart.', 'Pågår/klar', 'Ej_påbörjad', 'delar av arbetet kvarstår', 'Utgår.', 'utgåram', 'Åklar'];
    for (const source of sources) {
      const reference = new RegExp(source.replaceAll('\\b', fullBoundary), 'iu');
      const pattern = sv(source, 'i');
      for (const text of texts) expect(pattern.exec(text)?.[0], `${source} on '${text}'`).toBe(reference.exec(text)?.[0]);
    }
  });
});
