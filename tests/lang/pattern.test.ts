import { describe, expect, it } from 'vitest';
import { sv, svSource } from '../../src/lang/pattern.js';

describe('sv', () => {
  it('finds Swedish words at Unicode word boundaries', () => {
    const pattern = sv(/\b(?:utgår|åtgärd)\b/i);
    expect(pattern.exec('Aktiviteten utgår.')?.[0]).toBe('utgår');
    expect(pattern.exec('Åtgärd 3: Laga vägen')?.[0]).toBe('Åtgärd');
    expect(pattern.test('Åtgärdsplanen')).toBe(false);
    expect(pattern.test('utgåram')).toBe(false);
  });

  it('tests a boundary beside a literal letter by one lookaround, and elsewhere by the full test', () => {
    const lookarounds = (source: string) => (svSource(source).match(/\(\?<?[=!]/g) ?? []).length;
    expect(lookarounds('\\bej\\b')).toBe(2);
    expect(lookarounds('\\bpågår\\b')).toBe(2);
    // An optional letter may be absent, a class may end in anything, an escape's last digit is no letter.
    expect(lookarounds('\\ba?b')).toBe(4);
    expect(lookarounds('[a-z]\\b')).toBe(4);
    expect(lookarounds('\\x61\\b')).toBe(4);
    expect(lookarounds('\\u00e5\\b')).toBe(4);
  });

  it('tests a boundary before a group whose every alternative opens with a letter by one lookaround', () => {
    const lookarounds = (source: string) => (svSource(source).match(/\(\?<?[=!]/g) ?? []).length;
    expect(lookarounds('\\b(?:agenda|globala\\s+mål|hållbarhetsmål)')).toBe(1);
    expect(lookarounds('\\b(?<word>ej|inte)')).toBe(1);
    expect(lookarounds('\\b(ej|inte|icke)+')).toBe(1);
    expect(lookarounds('\\b(?:ej|inte)\\s+(?:kunnat|hunnit)')).toBe(1);
    // An optional group, an alternative opening with a space, a class, a group, an optional letter or nothing, and a lookahead keep the full test.
    expect(lookarounds('\\b(?:på)?börja')).toBe(4);
    expect(lookarounds('\\b(?:ej|\\s+inte)')).toBe(4);
    expect(lookarounds('\\b(?:[ab]c|d)')).toBe(4);
    expect(lookarounds('\\b(?:a|(?:b))')).toBe(4);
    expect(lookarounds('\\b(?:a?b|c)')).toBe(4);
    expect(lookarounds('\\b(?:ej|)')).toBe(4);
    expect(lookarounds('\\b(?=a)')).toBe(5);
  });

  it('tests a boundary after a group whose every alternative ends with a letter by one lookaround', () => {
    const lookarounds = (source: string) => (svSource(source).match(/\(\?<?[=!]/g) ?? []).length;
    expect(lookarounds('(?:ej|inte)\\b')).toBe(1);
    expect(lookarounds('(?<ord>pågår|fortgår)\\b')).toBe(1);
    expect(lookarounds('(klar|\\s+färdig)\\b')).toBe(1);
    expect(lookarounds('(?:genomför[dt]s|(?:ut)?förd)\\b')).toBe(1);
    // An alternative ending with an optional letter, a class, a group, an escape, a quantifier, a property or nothing, a lookaround and an optional group keep the full test.
    expect(lookarounds('(?:klar|klart?)\\b')).toBe(4);
    expect(lookarounds('(?:ej|[a-z])\\b')).toBe(4);
    expect(lookarounds('(?:a|(?:b))\\b')).toBe(4);
    expect(lookarounds('(?:år|\\d)\\b')).toBe(4);
    expect(lookarounds('(?:år|a{2})\\b')).toBe(4);
    expect(lookarounds('(?:år|\\p{L})\\b')).toBe(4);
    expect(lookarounds('(?:ej|)\\b')).toBe(4);
    expect(lookarounds('x(?=a)\\b')).toBe(5);
    expect(lookarounds('(?:ej|inte)?\\b')).toBe(4);
    expect(lookarounds('[(]ej\\)\\b')).toBe(4);
  });

  it('matches what the full boundary test matches', () => {
    const W = '\\p{L}\\p{N}\\p{M}_';
    const fullBoundary = `(?:(?<=[${W}])(?![${W}])|(?<![${W}])(?=[${W}]))`;
    const sources = ['(?:ej|inte)\\b', '(?:a|år|mål)\\b\\s*\\d', '(?<ord>klar|färdig)\\b', '(?:genomför[dt]s|utförd|(?:i\\s?)gång)\\b', '(?:ej|inte)\\s+(?:påbörjad|startad)\\b', '\\b(?:ej|inte)\\s+(?:på)?börja[dt]?\\b', '\\b(?:agenda\\s*2030|globala\\s+mål(?:en)?|SDGs?)\\b', '\\b(klar|färdig)(?:t)?\\b', '\\b(?:[åä]r|mål)\\b', '\\bklar[t]?\\b', '\\bpågår\\b|^\\s*genomförs\\b', '\\bdelar\\b[^.]{0,40}?\\bkvarstår\\b', '\\butgår\\b'];
    const texts = ['Ej påbörjad', 'Arbetet pågår enligt plan.', 'INTE BÖRJAT', 'genomförs nu', 'klarhet', 'oklar', 'Klart.', 'Pågår/klar', 'Ej_påbörjad', 'delar av arbetet kvarstår', 'Utgår.', 'utgåram', 'Åklar', 'Agenda 2030', 'FN:s agenda 2030', 'deglobala mål', 'SDG 12', 'SDGs', 'xSDG', '_globala mål', 'färdigt', 'ofärdig', 'målen', 'år', 'mål 3', '3mål', 'Ej_', 'inteX', 'Inte påbörjad_', 'år 2025', 'år2025', 'mål3', 'Klar.', 'färdigheter', 'Genomförts', 'i gång', 'igång!', 'utförd.', 'utfördes', 'ſej', 'EJ'];
    for (const source of sources) {
      const reference = new RegExp(source.replaceAll('\\b', fullBoundary), 'iu');
      const pattern = sv(source, 'i');
      for (const text of texts) expect(pattern.exec(text)?.[0], `${source} on '${text}'`).toBe(reference.exec(text)?.[0]);
    }
  });
});
