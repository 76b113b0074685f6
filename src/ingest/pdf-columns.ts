import { FIELD_LABELS, INLINE_FIELD_ROLES } from '../lang/fields.js';
import { sv } from '../lang/pattern.js';
import { linesOfRuns, type Run } from './pdf-lines.js';

/** Fewer runs than this on a side is a caption or a margin note, not a column. */
const MIN_COLUMN_LINES = 3;
/** Lines on both sides together, at least. */
const MIN_PAGE_LINES = 12;
/** Share of runs that may cross the gutter: titles, headers and footers set across both columns. */
const MAX_CROSSING = 0.15;
/** Share of the text each column must carry: prose between a table's short cells is no column layout. */
const MIN_COLUMN_SHARE = 0.08;
/** A column of prose has lines that fill most of its width; a table's short cells do not. */
const MIN_FILL = 0.55;
const MIN_SINGLE = 0.7;

/** A run reaches into the gutter at x, which is as wide as a few letters (letter-spaced titles have narrower gaps). */
function crosses(r: Run, x: number, body: number): boolean {
  return r.x < x + body * 0.4 && r.xEnd > x - body * 0.4;
}

interface Gutter {
  x: number;
  crossing: number;
}

/** The x between columns that the fewest runs cross, searched in the middle half of the text's width. */
function findGutter(runs: Run[], body: number): Gutter | null {
  const left = Math.min(...runs.map((r) => r.x));
  const right = Math.max(...runs.map((r) => r.xEnd));
  const width = right - left;
  if (width < body * 20) return null;
  let best: Gutter | null = null;
  let bandStart = -1;
  for (let x = left + width * 0.25; x <= left + width * 0.75; x += 1) {
    const crossing = runs.filter((r) => crosses(r, x, body)).length;
    if (best === null || crossing < best.crossing) {
      best = { x, crossing };
      bandStart = x;
    } else if (crossing === best.crossing && x - bandStart < body * 4) {
      // The middle of the widest empty band, not its edge.
      best = { x: (bandStart + x) / 2, crossing };
    }
  }
  return best;
}

/**
 * Prose set in a column: most lines are one stretch of text (a table's lines
 * have cells) and most fill the column's width.
 */
function isProse(runs: Run[]): boolean {
  const lines = linesOfRuns(runs);
  if (lines.length === 0) return false;
  const single = lines.filter((l) => l.segments.length === 1).length / lines.length;
  const from = Math.min(...lines.map((l) => l.segments[0].x));
  const to = Math.max(...lines.map((l) => l.segments[l.segments.length - 1].xEnd));
  const widths = lines.map((l) => (l.segments[l.segments.length - 1].xEnd - l.segments[0].x) / Math.max(1, to - from)).sort((a, b) => a - b);
  return single >= MIN_SINGLE && widths[Math.floor(widths.length / 2)] >= MIN_FILL;
}

/** A field's label opening a line ('Ansvar …', 'NÄR …', 'Status: …'). */
const LINE_LABEL = sv(`^\\s*(${FIELD_LABELS.filter((f) => INLINE_FIELD_ROLES.includes(f.role)).map((f) => `(?:${f.words})`).join('|')})(?=\\s|:|$)`, 'iu');
/** Labels that open lines on both sides, at least: boxes side by side repeat their fields. */
const MIN_MIRRORED_LABELS = 2;

/**
 * Boxes set side by side (a layout program's activity boxes, a browser's
 * grid of cards): each side repeats the same field labels at the start of
 * its lines ('Ansvar …', 'När …'). A table's columns hold different things,
 * so the same label does not open lines in two of them.
 */
function mirrored(left: Run[], right: Run[]): boolean {
  const labels = (rs: Run[]) => {
    const out = new Map<string, number>();
    for (const l of linesOfRuns(rs)) {
      const m = LINE_LABEL.exec(l.segments.map((s) => s.text).join(' '));
      if (m) out.set(m[1].toLowerCase(), (out.get(m[1].toLowerCase()) ?? 0) + 1);
    }
    return out;
  };
  const [l, r] = [labels(left), labels(right)];
  return [...l.keys()].filter((k) => r.has(k)).length >= MIN_MIRRORED_LABELS;
}

/** Empty height between two lines, in body sizes, that parts the text above from the text below: a picture or a frame's edge stands there. */
const FRAME_GAP = 8;

/** The page's runs cut where an empty band higher than FRAME_GAP lines parts them, top to bottom. */
function stackedFrames(runs: Run[], body: number): Run[][] {
  const lines = linesOfRuns(runs);
  const cuts: number[] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i - 1].y - lines[i].y > FRAME_GAP * body) cuts.push((lines[i - 1].y + lines[i].y) / 2);
  if (cuts.length === 0) return [runs];
  return [Infinity, ...cuts].map((top, k) => runs.filter((r) => r.y < top && r.y >= (cuts[k] ?? -Infinity)));
}

/** Of the shorter side's lines, at most this share on a baseline of the other side: the two are set apart, not in rows. */
const MAX_SHARED_BASELINES = 0.5;

/**
 * Two sides whose lines do not share baselines: text set in frames of its
 * own (two columns of another leading, a fact box or a contact card beside
 * prose), each line standing between the other side's. A table's cells, and
 * a label column beside its values, start their rows on one baseline. Lines
 * of two independent flows meet on a baseline only by chance.
 */
function baselinesApart(left: Run[], right: Run[]): boolean {
  const [a, b] = [linesOfRuns(left), linesOfRuns(right)].sort((p, q) => p.length - q.length);
  if (a.length === 0) return false;
  const shared = a.filter((l) => b.some((m) => Math.abs(l.y - m.y) <= Math.max(1.5, 0.35 * Math.min(l.size, m.size)))).length;
  return shared <= a.length * MAX_SHARED_BASELINES;
}

/** Space between a page's edge line and the text, in the line's own type sizes: a running head stands apart, a column's first line does not. */
const EDGE_GAP = 2.5;

/**
 * The runs of the page's top line and of its bottom line where that line has
 * text on both sides of the gutter and stands apart from the text beside it
 * ('NORDBY KOMMUN … KULTURPLAN 2026–2029' over two columns, a title and a
 * page number under them): a running head or foot set in two parts, which
 * the columns must not share out between them. The first lines of two
 * columns stand a line's spacing above the next.
 */
function edgeLineRuns(runs: Run[], x: number): Run[] {
  const lines = linesOfRuns(runs);
  if (lines.length < 3) return [];
  const out: Run[] = [];
  for (const [edge, next] of [[lines[0], lines[1]], [lines[lines.length - 1], lines[lines.length - 2]]]) {
    const onLine = runs.filter((r) => Math.abs(r.y - edge.y) <= Math.max(1.5, 0.35 * edge.size));
    const bothSides = onLine.some((r) => r.xEnd <= x) && onLine.some((r) => r.x >= x);
    if (bothSides && Math.abs(edge.y - next.y) > EDGE_GAP * Math.max(edge.size, next.size)) out.push(...onLine);
  }
  return out;
}

/**
 * The runs of a page in reading order: a page set in columns (a brochure, a
 * newsletter) is read column by column, top to bottom; text set across the
 * columns (a title, a running header) cuts the page into bands that are read
 * in turn. Returns groups of runs, each to be read as lines on its own.
 */
export function readingOrder(runs: Run[], body: number, depth = 0, nested = false, framed = false): Run[][] {
  if (depth > 2 || runs.length < MIN_COLUMN_LINES * 2) return [runs];
  if (depth === 0 && !framed) {
    // Frames stacked on the page with a picture between them are read each on its own: one may hold columns, the other not.
    const frames = stackedFrames(runs, body).map((f) => readingOrder(f, body, 0, false, true));
    if (frames.length > 1 && frames.some((f) => f.length > 1)) return frames.flat();
  }
  const gutter = findGutter(runs, body);
  if (!gutter || gutter.crossing > runs.length * MAX_CROSSING) return [runs];
  // A running head or foot set in two parts (the municipality's name at the left, the title at the right) stands across the columns.
  const crossing = [...runs.filter((r) => crosses(r, gutter.x, body)), ...(depth === 0 ? edgeLineRuns(runs, gutter.x) : [])];
  const sides = runs.filter((r) => !crossing.includes(r));
  // Inside a side that holds columns of its own (a goal column beside an action column), a line with nothing
  // beside it in the other column ('SPÅR 3' over a track, a closing heading) is set across them: it cuts them too.
  const alone = nested ? sides.filter((r) => !sides.some((o) => (o.x >= gutter.x) !== (r.x >= gutter.x) && Math.abs(o.y - r.y) < body * 2)) : [];
  const across = [...crossing, ...alone];
  const leftRuns = sides.filter((r) => !alone.includes(r) && r.xEnd <= gutter.x);
  const rightRuns = sides.filter((r) => !alone.includes(r) && r.x >= gutter.x);
  const lineCount = (rs: Run[]) => linesOfRuns(rs).length;
  const [leftLines, rightLines] = [lineCount(leftRuns), lineCount(rightRuns)];
  // Over a few lines, gaps between words line up by chance.
  // Boxes whose lines open with the same labels on both sides are columns however short; other text needs lines enough.
  const boxes = mirrored(leftRuns, rightRuns);
  // Two flows whose lines stand between each other's are set each in its own frame (a column, a fact box beside prose), however short.
  const apart = depth === 0 && baselinesApart(leftRuns, rightRuns);
  if (leftLines < MIN_COLUMN_LINES || rightLines < MIN_COLUMN_LINES || (!boxes && !apart && leftLines + rightLines < MIN_PAGE_LINES)) return [runs];
  // Side by side, not one above the other.
  const span = (rs: Run[]) => [Math.min(...rs.map((r) => r.y)), Math.max(...rs.map((r) => r.y))];
  const [l0, l1] = span(leftRuns);
  const [r0, r1] = span(rightRuns);
  if (Math.min(l1, r1) - Math.max(l0, r0) < 0.3 * Math.min(l1 - l0, r1 - r0)) return [runs];
  // A side set in columns of its own (a goal column beside an action column, a quote beside both) is read by them.
  const columned = (rs: Run[]) => isProse(rs) || (depth < 2 && readingOrder(rs, body, depth + 1, true).length > 1);
  if (!(columned(leftRuns) && columned(rightRuns)) && !boxes && !apart) return [runs];
  const chars = (rs: Run[]) => rs.reduce((n, r) => n + r.text.trim().length, 0);
  const total = chars(runs);
  if (chars(leftRuns) < total * MIN_COLUMN_SHARE || chars(rightRuns) < total * MIN_COLUMN_SHARE) return [runs];

  // Lines set across the gutter cut the page into bands, read top to bottom.
  const bands: Run[][] = [];
  for (const r of [...across].sort((p, q) => q.y - p.y)) {
    const last = bands[bands.length - 1];
    if (last && Math.abs(last[0].y - r.y) <= Math.max(1.5, 0.35 * r.size)) last.push(r);
    else bands.push([r]);
  }
  const out: Run[][] = [];
  let above = Infinity;
  for (const band of [...bands, null]) {
    const top = band ? Math.max(...band.map((r) => r.y)) : -Infinity;
    const tolerance = band ? Math.max(1.5, 0.35 * band[0].size) : 0;
    for (const side of [leftRuns, rightRuns]) {
      const between = side.filter((r) => r.y < above && r.y >= top + tolerance);
      if (between.length) out.push(...readingOrder(between, body, depth + 1, !isProse(side)));
    }
    if (band) {
      // Column runs on the crossing line's baseline belong to it ('Täby kommun … Sida 2 av 5').
      const onLine = [...leftRuns, ...rightRuns].filter((r) => r.y < top + tolerance && r.y > Math.min(...band.map((b) => b.y)) - tolerance);
      out.push([...band, ...onLine]);
      above = Math.min(...band.map((b) => b.y)) - tolerance;
    }
  }
  return out;
}
