/** Colours as the readers meet them (fills, pixels) and the rules judge them: hue, saturation, lightness. */

export interface Hsl {
  /** Hue in degrees, 0–360. */
  h: number;
  s: number;
  l: number;
}

export function hslOfRgb(r8: number, g8: number, b8: number): Hsl {
  const [r, g, b] = [r8 / 255, g8 / 255, b8 / 255];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: h * 60, s, l };
}

/** Hue, saturation and lightness of '#RRGGBB' or 'RRGGBB'; null for anything else. */
export function hslOfHex(hex: string): Hsl | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  return m ? hslOfRgb(parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)) : null;
}

/** A colour as the project writes it: '#' and upper-case hex ('00b050' → '#00B050'). */
export function hexColour(hex: string): string {
  return `#${hex.replace(/^#/, '').toUpperCase()}`;
}

export function hexOfRgb(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

/** True when the hue lies in [from, to), a range that may wrap past 360. */
export function hueWithin(h: number, [from, to]: [number, number]): boolean {
  return from <= to ? h >= from && h < to : h >= from || h < to;
}
