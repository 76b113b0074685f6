import { BULLET, TOGGLE_GLYPHS, TOGGLE_SIGNS } from '../lang/structure.js';
import type { PageLine } from './pdf-lines.js';

/**
 * An accordion's title as a browser prints it: the title with the panel's
 * toggle glyph set apart at the line's end ('Rent vatten          +', a
 * float to the right) or before it ('▸ Rent vatten'). The glyph is no part of
 * the title, and it makes the line as wide as the page, so a reader would
 * take a short title for the first line of a paragraph. The line is read
 * without it. A glyph a list uses as its bullet ('► Item') stays a bullet.
 */

const TOGGLES = new Set(TOGGLE_GLYPHS);
const AFTER = new Set([...TOGGLE_GLYPHS, ...TOGGLE_SIGNS]);
/** A title is short and ends no sentence or clause. */
const MAX_TITLE_WORDS = 10;
const isTitle = (text: string) => {
  const t = text.trim();
  return t.length > 0 && t.split(/\s+/).length <= MAX_TITLE_WORDS && !/[.:;,]$/.test(t);
};

/** The line without an accordion's toggle glyph; the line itself when it has none. */
export function withoutToggle(l: PageLine): PageLine {
  if (l.cells) return l;
  const last = l.segments[l.segments.length - 1];
  if (l.segments.length === 2 && AFTER.has(last.text.trim()) && isTitle(l.segments[0].text)) return { ...l, segments: [l.segments[0]] };
  if (l.segments.length !== 1) return l;
  const lead = /^\s*(\S)\s+/u.exec(l.segments[0].text);
  if (!lead || !TOGGLES.has(lead[1]) || BULLET.test(l.segments[0].text)) return l;
  const rest = l.segments[0].text.slice(lead[0].length);
  return isTitle(rest) ? { ...l, segments: [{ x: l.segments[0].x, xEnd: l.segments[0].xEnd, text: rest }] } : l;
}
