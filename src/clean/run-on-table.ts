import type { RawBlock } from '../core/types.js';
import { FIELD_LABELS, type FieldRole } from '../lang/fields.js';
import { sv } from '../lang/pattern.js';
import { SECTION_LABELS } from '../lang/sections.js';
import { CONTINUOUS_STATUS, STATUS_PATTERNS } from '../lang/status.js';
import { TIME_CELL } from '../lang/timeline.js';

/**
 * A table that a transcript ran into prose: 'Nr Aktivitet Ansvar Tid Status
 * Tema 1: X 1 Ta fram … KLF 2022 Genomförd 2 …'. The header is a run of
 * column words; rows open with their running number; a row ends with its
 * owner, its time and its status, read from the vocabulary of each; a band
 * ('Tema 2: …') stands between rows. A row that a page break cut goes on after
 * the header repeated on the next page. The table comes back as rows.
 */

const HEADER_WORD = FIELD_LABELS.filter((f) => f.role !== 'goal' && f.role !== 'focus-area').map((f) => ({ role: f.role, pattern: sv(`^(?:${f.words})$`, 'i') }));
const BAND = sv(`^(?:${SECTION_LABELS.map((l) => l.pattern).join('|')})\\s+\\d{1,2}(?:\\.\\d{1,2})*\\s*[:.–-]?\\s+`, 'i');
/** Owners as a table cell gives them: abbreviations, several joined ('KLF/SBF', 'BUF, YHL', 'KLF (BUF)'), or a unit's name. */
const OWNER_TOKEN = /^(?:\(?[A-ZÅÄÖ]{2,6}\)?[,/]?|[A-ZÅÄÖ]{2,6}(?:\/[A-ZÅÄÖ]{2,6})+,?|\p{Lu}\p{Ll}+(?:förvaltningen|enheten|kontoret|avdelningen|nämnden|bolaget|staben)|\p{Lu}\p{L}+\s?AB)$/u;

interface Header {
  roles: FieldRole[];
  words: string[];
  start: number;
  end: number;
}

/** Runs of three or more column words, naming an activity or owner column among them. */
function findHeaders(text: string): Header[] {
  const out: Header[] = [];
  const tokens = [...text.matchAll(/\S+/g)];
  for (let i = 0; i < tokens.length; i++) {
    const roles: FieldRole[] = [];
    let j = i;
    while (j < tokens.length) {
      const hit = HEADER_WORD.find((h) => h.pattern.test(tokens[j][0]));
      if (!hit) break;
      roles.push(hit.role);
      j++;
    }
    if (roles.length >= 3 && (roles.includes('activity') || roles.includes('owner'))) {
      out.push({ roles, words: tokens.slice(i, j).map((t) => t[0]), start: tokens[i].index!, end: tokens[j - 1].index! + tokens[j - 1][0].length });
      i = j - 1;
    }
  }
  return out;
}

/** The status phrase at the start of a text, and its length ('Uppskjuten till 2025' whole). */
function statusAt(text: string): number {
  let best = 0;
  const continuous = /^\S+/.exec(text);
  if (continuous && CONTINUOUS_STATUS.test(continuous[0])) best = continuous[0].length;
  for (const p of STATUS_PATTERNS) {
    const m = p.pattern.exec(text);
    if (m && m.index === 0 && m[0].length > best) best = m[0].length;
  }
  if (best === 0) return 0;
  const until = /^\s+till\s+(?:19|20)\d\d/.exec(text.slice(best));
  return best + (until ? until[0].length : 0);
}

interface Row {
  activity: string;
  owner: string;
  time: string;
  status: string;
  /** Length of the row's own text; what follows is prose. */
  length: number;
}

/** A row's activity, owner, time and status, from the end of its cells; null while its end is not yet read. */
function parseRow(text: string, roles: FieldRole[]): Row | null {
  const tokens = [...text.matchAll(/\S+/g)];
  for (let i = 1; i < tokens.length; i++) {
    const at = tokens[i].index!;
    const time = TIME_CELL.exec(text.slice(at));
    if (!time) continue;
    const afterTime = text.slice(at + time[0].length).replace(/^\s+/, '');
    const statusStart = text.length - afterTime.length;
    const statusLength = roles.includes('status') ? statusAt(afterTime) : 0;
    if (roles.includes('status') && statusLength === 0) continue;
    let o = i;
    while (o > 1 && OWNER_TOKEN.test(tokens[o - 1][0])) o--;
    if (o === i && roles.includes('owner')) continue;
    const activity = text.slice(0, tokens[o].index!).trim();
    if (activity.split(/\s+/).length < 2) continue;
    return {
      activity,
      owner: text.slice(tokens[o].index!, at).trim(),
      time: time[0],
      status: afterTime.slice(0, statusLength),
      length: statusLength ? statusStart + statusLength : at + time[0].length,
    };
  }
  return null;
}

/** Table indexes of run-on tables start here, clear of the tables a reader found (text readers find few). */
const FIRST_TABLE = 1000;

export function splitRunOnTables(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  let tableCount = 0;
  let table: { index: number; roles: FieldRole[]; next: number; open: { nr: number; text: string; source?: number; page: number | null } | null } | null = null;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') {
      out.push(b);
      continue;
    }
    const headers = findHeaders(b.text);
    if (headers.length === 0 && !table?.open) {
      out.push(b);
      continue;
    }
    const src = (at: number) => (b.source === undefined ? undefined : b.source + at);
    const emit = (block: RawBlock) => out.push(block);
    let cursor = 0;
    const pieces = headers.length ? headers : [];
    const flushProse = (end: number) => {
      const t = b.text.slice(cursor, end);
      if (t.trim()) emit({ kind: 'paragraph', text: t.trim(), page: b.page, source: src(cursor + (t.length - t.trimStart().length)) });
    };
    // Text before the first header of this block continues a row cut by the page break, or is prose.
    const segments: Array<{ start: number; end: number; header: Header | null }> = [];
    if (pieces.length === 0) segments.push({ start: 0, end: b.text.length, header: null });
    else {
      if (pieces[0].start > 0) segments.push({ start: 0, end: pieces[0].start, header: null });
      pieces.forEach((h, i) => segments.push({ start: h.end, end: i + 1 < pieces.length ? pieces[i + 1].start : b.text.length, header: h }));
    }
    for (const seg of segments) {
      if (seg.header) {
        if (!table || table.roles.join() !== seg.header.roles.join()) {
          table = { index: FIRST_TABLE + tableCount++, roles: seg.header.roles, next: 1, open: null };
          flushProse(seg.header.start);
          emit({ kind: 'row', text: '', page: b.page, cells: seg.header.words, table: table.index, header: true, source: src(seg.header.start) });
        }
        cursor = seg.end;
      } else if (!table?.open) {
        continue;
      }
      readBody(b.text.slice(seg.start, seg.end), seg.start);
      cursor = seg.end;
    }

    function readBody(text: string, base: number): void {
      const t = table!;
      let i = 0;
      while (i < text.length) {
        const rest = text.slice(i);
        const lead = rest.length - rest.trimStart().length;
        const body = rest.slice(lead);
        if (!body) break;
        const band = BAND.exec(body);
        const num = /^(\d{1,3})\s+(?=\p{Lu})/u.exec(body);
        if (t.open) {
          // The rest of a row cut by a page break.
          t.open.text = `${t.open.text} ${body}`;
          const row = parseRow(t.open.text, t.roles);
          if (!row) return;
          const used = row.length - (t.open.text.length - body.length);
          emitRow(t.open.nr, row, t.open.source, t.open.page);
          t.open = null;
          i += lead + used;
          continue;
        }
        if (band) {
          const after = body.slice(band[0].length);
          const next = new RegExp(`\\s${t.next}\\s+(?=\\p{Lu})`, 'u').exec(after);
          const title = next ? after.slice(0, next.index) : after;
          const cells = t.roles.map((r) => (r === 'activity' ? body.slice(0, band[0].length) + title : ''));
          emit({ kind: 'row', text: '', page: b.page, cells, table: t.index, source: src(base + i + lead) });
          i += lead + band[0].length + title.length;
          continue;
        }
        if (num && Number(num[1]) === t.next) {
          const after = body.slice(num[0].length);
          const nextRow = new RegExp(`\\s(?:${t.next + 1}\\s+(?=\\p{Lu})|(?:${SECTION_LABELS.map((l) => l.pattern).join('|')})\\s+\\d)`, 'iu').exec(after);
          const rowText = nextRow ? after.slice(0, nextRow.index) : after;
          const row = parseRow(rowText, t.roles);
          t.next++;
          if (!row) {
            t.open = { nr: Number(num[1]), text: rowText, source: src(base + i + lead), page: b.page };
            i += lead + num[0].length + rowText.length;
            continue;
          }
          emitRow(Number(num[1]), row, src(base + i + lead), b.page);
          i += lead + num[0].length + row.length;
          continue;
        }
        // Prose after the table.
        emit({ kind: 'paragraph', text: body.trim(), page: b.page, source: src(base + i + lead) });
        table = null;
        return;
      }
    }

    function emitRow(nr: number, row: Row, source: number | undefined, page: number | null): void {
      const cells = table!.roles.map((r) => {
        if (r === 'number') return String(nr);
        if (r === 'activity') return row.activity;
        if (r === 'owner') return row.owner;
        if (r === 'time') return row.time;
        if (r === 'status') return row.status;
        return '';
      });
      emit({ kind: 'row', text: '', page, cells, table: table!.index, source });
    }
  }
  return out;
}
