import { describe, expect, it } from 'vitest';
import { sv } from '../../src/lang/pattern.js';

describe('patterns for Swedish words', () => {
  it('finds word boundaries before and after å, ä and ö', () => {
    expect(sv(/\bår\b/).test('Mål för år 2020')).toBe(true);
    expect(sv(/\bår\b/).test('Mål för året')).toBe(false);
    expect(sv(/\blöper\s+på\b/i).test('Arbetet löper på.')).toBe(true);
    expect(sv(/\bpå\b/).test('påbörjad')).toBe(false);
  });

  it('counts å, ä and ö as word characters, inside and outside classes', () => {
    expect('Näringslivsstrategi 2020'.match(sv(/\b\w*strategi\b/i))?.[0]).toBe('Näringslivsstrategi');
    expect(sv(/[\w-]+/).exec('Miljö- och hälsoskyddskontor')?.[0]).toBe('Miljö-');
  });

  it('keeps the flags and adds u', () => {
    const re = sv(/\bÅr\b/gi);
    expect(re.flags).toBe('giu');
    expect('år och ÅR'.match(re)).toEqual(['år', 'ÅR']);
  });
});
