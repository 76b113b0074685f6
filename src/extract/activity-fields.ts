import type { ActivityRow, Status, Track } from '../core/types.js';
import { CONTINUOUS_STATUS, STATUS_SYMBOLS } from '../lang/status.js';
import type { Entry } from './outline/types.js';
import { classifyStatus, trackOfFill, trackOfWord } from './rules/status.js';
import { yearsIn } from './rules/years.js';

type Fields = Pick<ActivityRow, 'ownerRaw' | 'owners' | 'years' | 'status' | 'statusRaw' | 'statusRule' | 'track' | 'trackRaw' | 'trackRule' | 'timeRaw' | 'partners'>;

/**
 * Several owners in one cell: 'NLE/MHK', 'NLE, AVF', 'AVF (KLF)',
 * 'Kommunledningsförvaltningen och Näringslivsenheten'; the first leads. A
 * partner after 'i samverkan med' is no owner.
 */
export function splitOwners(text: string): { owners: string[]; partners: string[] } {
  // The partner may be lost to the next line of a cell: 'Kommunikation i samverkan med' is still Kommunikation's.
  const [own, ...rest] = text.split(/\s+i\s+samverkan\s+med(?:\s+|$)|\s+tillsammans\s+med(?:\s+|$)/i);
  const owners = own
    .split(/\s*(?:\/|,|;|\(|\)|\s+och\s+|\s+samt\s+|\s+&\s+)\s*/)
    .map((s) => s.trim().replace(/[.]$/, ''))
    .filter((s) => s.length > 1);
  return { owners, partners: rest.map((r) => r.trim()).filter(Boolean) };
}

/** A status from the document's legend, a symbol ('◐ 70 %') or a percentage alone. */
function symbolStatus(text: string, legend: Map<string, Status>): { status: Status; rule: string } | null {
  const t = text.trim();
  const key = t.split(/\s+/)[0].toLowerCase();
  const fromLegend = legend.get(key) ?? legend.get(t.toLowerCase());
  if (fromLegend && (key === t.toLowerCase() || /^\S\s/.test(t))) return { status: fromLegend, rule: 'status/legend' };
  for (const s of STATUS_SYMBOLS) if ([...s.symbols].some((c) => t.startsWith(c))) return { status: s.status, rule: s.id };
  const pct = /^(\d{1,3})\s*%$/.exec(t);
  if (pct) {
    const n = Number(pct[1]);
    return { status: n >= 100 ? 'done' : n === 0 ? 'not_started' : 'ongoing', rule: 'status/percent' };
  }
  return null;
}

/** An activity's owner, time, years, status and traffic light from the fields of its entry. */
export function activityFields(entry: Entry, legend: Map<string, Status>): Fields {
  const of = (role: string) => entry.fields.filter((f) => f.role === role);
  // Several owner fields (an owner table's units) are several owners, written 'A; B'.
  const ownerValues = [...new Set(of('owner').map((f) => f.value.trim()).filter(Boolean))];
  const ownerText = ownerValues.length ? ownerValues.join('; ') : null;
  const split = ownerValues.reduce<{ owners: string[]; partners: string[] }>((acc, v) => {
    const one = splitOwners(v);
    return { owners: [...acc.owners, ...one.owners], partners: [...acc.partners, ...one.partners] };
  }, { owners: [], partners: [] });
  const partners = [...split.partners, ...of('partner').map((f) => f.value)].filter(Boolean);
  const times = [...new Set(of('time').map((f) => f.value.trim()).filter(Boolean))];
  const timeRaw = times.length ? times.join(', ') : null;
  const years = [...new Set(times.flatMap((t) => yearsIn(t)))].sort((a, b) => a - b);

  // Without a status, a progress figure ('75 %' in a 'Färdiggrad' column) says how far the work has come.
  const statusText = of('status').map((f) => f.value.trim()).find(Boolean) ?? of('progress').map((f) => f.value.trim()).find(Boolean) ?? '';
  const comment = of('comment').map((f) => f.value.trim()).find(Boolean) ?? '';
  let status: Status | null = null;
  let statusRaw: string | null = null;
  let statusRule: string | null = null;
  const symbol = statusText ? symbolStatus(statusText, legend) : null;
  if (symbol) {
    ({ status, rule: statusRule } = symbol);
    statusRaw = statusText;
  } else if (statusText && CONTINUOUS_STATUS.test(statusText)) {
    status = 'ongoing';
    statusRaw = statusText;
    statusRule = 'status/continuous';
  } else if (statusText) {
    const m = classifyStatus(statusText);
    if (m && !(m.status === 'unknown' && m.track)) {
      status = m.status;
      statusRule = m.rule;
    }
    statusRaw = statusText;
  }
  // A status said only in the comment's prose ('Arbetet pågår enligt plan').
  if ((status === null || status === 'unknown') && comment) {
    const m = classifyStatus(comment);
    if (m && m.status !== 'unknown') {
      status = m.status;
      statusRaw = comment;
      statusRule = `${m.rule}+comment`;
    }
  }

  let track: Track | null = null;
  let trackRaw: string | null = null;
  let trackRule: string | null = null;
  for (const f of [...of('track'), ...of('status')]) {
    const hit = trackOfWord(f.value);
    if (hit) {
      ({ track, raw: trackRaw, rule: trackRule } = hit);
      break;
    }
  }
  if (!track && entry.table?.fill) {
    const hit = trackOfFill(entry.table.fill);
    if (hit) ({ track, raw: trackRaw, rule: trackRule } = hit);
  }
  return {
    ownerRaw: ownerText?.trim() || null,
    owners: split.owners,
    partners: partners.length ? partners.join('; ') : null,
    timeRaw,
    years,
    status,
    statusRaw,
    statusRule,
    track,
    trackRaw,
    trackRule,
  };
}
