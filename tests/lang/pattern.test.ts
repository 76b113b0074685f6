import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { sv } from '../../src/lang/pattern.js';

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
});
