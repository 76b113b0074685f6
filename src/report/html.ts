import type { LeftOut, ReportActivity, StatusShare, ThemeCell } from '../store/queries.js';

/**
 * One self-contained HTML page (no network, no CDN): status shares per
 * municipality as stacked bars, the municipality × theme heatmap, and a
 * filterable table of activities with links back to document and page.
 * Charts are SVG drawn here, so they show without any script; the script
 * only filters the table.
 */

export interface ReportData {
  generatedAt: string;
  database: string;
  shares: StatusShare[];
  cells: ThemeCell[];
  themes: Array<{ id: string; labelSv: string; labelEn: string }>;
  /** The policy areas, for the filter by a document's main subject. */
  subjects: Array<{ id: string; labelSv: string; labelEn: string }>;
  activities: ReportActivity[];
  /** What the figures leave out and why; and whether uncertain rows are counted. */
  leftOut: LeftOut[];
  includeUncertain: boolean;
  /** Where a document (and page) opens, e.g. a file: URL with #page=N. */
  link: (sourcePath: string, page: number | null) => string;
}

const STATUS_PARTS: Array<{ key: keyof StatusShare; status: string; label: string; color: string }> = [
  { key: 'done', status: 'done', label: 'Genomförd', color: '#2e7d32' },
  { key: 'ongoing', status: 'ongoing', label: 'Pågående', color: '#1565c0' },
  { key: 'started', status: 'started', label: 'Påbörjad', color: '#f9a825' },
  { key: 'notStarted', status: 'not_started', label: 'Ej påbörjad', color: '#8d6e63' },
  { key: 'postponed', status: 'postponed', label: 'Uppskjuten', color: '#ef6c00' },
  { key: 'cancelled', status: 'cancelled', label: 'Utgår', color: '#c62828' },
  { key: 'unknown', status: 'unknown', label: 'Oklar', color: '#9e9e9e' },
  { key: 'noStatus', status: '', label: 'Ingen status angiven', color: '#e0e0e0' },
];

const STATUS_LABEL: Record<string, string> = { done: 'Genomförd', ongoing: 'Pågående', started: 'Påbörjad', not_started: 'Ej påbörjad', postponed: 'Uppskjuten', cancelled: 'Utgår', unknown: 'Oklar' };

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const pct = (n: number) => `${Math.round(n * 100)} %`;

function statusBars(shares: StatusShare[]): string {
  const rows = shares.filter((s) => s.activities > 0);
  if (rows.length === 0) return '<p class="empty">Inga aktiviteter ännu.</p>';
  const labelWidth = 170;
  const barWidth = 560;
  const rowHeight = 30;
  const height = rows.length * rowHeight + 10;
  const bars = rows
    .map((s, i) => {
      let x = labelWidth;
      const y = i * rowHeight + 5;
      const segments = STATUS_PARTS.map((p) => {
        const n = s[p.key] as number;
        if (!n) return '';
        const w = (n / s.activities) * barWidth;
        const rect = `<rect class="segment" data-status="${p.status}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowHeight - 8}" fill="${p.color}"><title>${escapeHtml(s.municipality)}: ${p.label} ${n} av ${s.activities} (${pct(n / s.activities)})</title></rect>`;
        x += w;
        return rect;
      }).join('');
      return `<g class="bar" data-municipality="${escapeHtml(s.municipalityCode)}"><text x="${labelWidth - 8}" y="${y + rowHeight / 2}" text-anchor="end" dominant-baseline="middle">${escapeHtml(s.municipality)}</text>${segments}<text x="${labelWidth + barWidth + 6}" y="${y + rowHeight / 2}" dominant-baseline="middle" class="count">${s.activities}</text></g>`;
    })
    .join('');
  const legend = STATUS_PARTS.map((p) => `<span class="key"><i style="background:${p.color}"></i>${p.label}</span>`).join('');
  return `<svg class="chart" role="img" aria-label="Status per kommun" viewBox="0 0 ${labelWidth + barWidth + 50} ${height}" width="100%">${bars}</svg><div class="legend">${legend}</div>`;
}

function heatmap(cells: ThemeCell[], themes: ReportData['themes']): string {
  const municipalities = [...new Map(cells.map((c) => [c.municipalityCode, c.municipality])).entries()];
  if (municipalities.length === 0) return '<p class="empty">Inga kommuner ännu.</p>';
  const max = Math.max(1, ...cells.map((c) => c.activities));
  const at = new Map(cells.map((c) => [`${c.municipalityCode}/${c.themeId}`, c]));
  const head = themes.map((t) => `<th scope="col" title="${escapeHtml(t.labelEn)}">${escapeHtml(t.labelSv)}</th>`).join('');
  const body = municipalities
    .map(([code, name]) => {
      const tds = themes
        .map((t) => {
          const c = at.get(`${code}/${t.id}`);
          const n = c?.activities ?? 0;
          // Lightness falls with the square root of the count, so small counts still show.
          const strength = n === 0 ? 0 : Math.sqrt(n / max);
          const bg = n === 0 ? '#fafafa' : `hsl(205, 70%, ${Math.round(92 - strength * 55)}%)`;
          const fg = strength > 0.55 ? '#fff' : '#1a1a1a';
          const done = c && c.shareDone !== null ? `<small>${pct(c.shareDone)} klart</small>` : '';
          const fas = c && c.focusAreas > 0 ? ` · ${c.focusAreas} fokusområde${c.focusAreas > 1 ? 'n' : ''}` : '';
          return `<td class="cell" data-theme="${t.id}" data-activities="${n}" style="background:${bg};color:${fg}" title="${escapeHtml(name)} · ${escapeHtml(t.labelSv)}: ${n} aktiviteter${fas}">${n || ''}${done}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${escapeHtml(name)}</th>${tds}</tr>`;
    })
    .join('');
  return `<table class="heatmap"><thead><tr><th></th>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function activityTable(activities: ReportActivity[], link: ReportData['link'], themes: ReportData['themes']): string {
  const label = new Map(themes.map((t) => [t.id, t.labelSv]));
  const rows = activities
    .map((a) => {
      const themeIds = a.themes ? a.themes.split(',') : [];
      const doc = escapeHtml(a.documentTitle ?? a.sourcePath);
      const where = a.page ? `${doc}, s. ${a.page}` : doc;
      return `<tr data-municipality="${escapeHtml(a.municipalityCode ?? '')}" data-themes="${themeIds.join(' ')}" data-subject="${escapeHtml(a.subject ?? '')}" data-status="${a.status ?? ''}">
<td>${escapeHtml(a.municipality ?? '–')}</td><td><a href="${escapeHtml(link(a.sourcePath, a.page))}">${where}</a></td><td>${escapeHtml(a.focusArea ?? '')}</td>
<td>${escapeHtml(a.activity)}</td><td>${themeIds.map((t) => `<span class="tag">${escapeHtml(label.get(t) ?? t)}</span>`).join(' ')}</td><td>${escapeHtml(a.owner ?? '')}</td>
<td title="${escapeHtml(a.statusRaw ?? '')}">${escapeHtml(a.status ? (STATUS_LABEL[a.status] ?? a.status) : '')}</td></tr>`;
    })
    .join('\n');
  return `<table class="activities" id="activities"><thead><tr><th>Kommun</th><th>Dokument</th><th>Fokusområde</th><th>Aktivitet</th><th>Teman</th><th>Ansvarig</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;background:#fff}
header{background:#0d3b66;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;opacity:.85}
main{padding:8px 28px 40px;max-width:1200px}section{margin-top:28px}h2{font-size:18px;margin:0 0 10px}
.chart text{font-size:13px;fill:#1a1a1a}.chart .count{fill:#555}
.legend{display:flex;flex-wrap:wrap;gap:14px;font-size:13px;margin-top:6px}.legend i{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-1px;border-radius:2px}
table{border-collapse:collapse}th,td{padding:6px 8px;text-align:left;vertical-align:top}
.chart{max-width:860px}.heatmap th[scope=col]{font-size:12px;font-weight:600;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;text-align:left;vertical-align:bottom;padding:4px 0}.heatmap td{min-width:48px;height:44px;text-align:center;font-weight:600;border:2px solid #fff}
.heatmap small{display:block;font-weight:400;font-size:11px}
.filters{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:10px}.filters input,.filters select{font:inherit;padding:5px 8px;border:1px solid #bbb;border-radius:4px}
.filters input{min-width:260px}#shown{align-self:center;color:#555}
.activities{width:100%;font-size:14px}.activities thead th{position:sticky;top:0;background:#f3f5f7;border-bottom:2px solid #ccd}
.activities td{border-bottom:1px solid #e6e6e6}.tag{display:inline-block;background:#e3f0fa;color:#0d3b66;border-radius:10px;padding:0 7px;margin:1px 0;font-size:12px;white-space:nowrap}
.empty{color:#777}a{color:#0d5c9e}
`;

const SCRIPT = `
const q = document.getElementById('q'), fm = document.getElementById('fm'), ft = document.getElementById('ft'), fs = document.getElementById('fs'), fj = document.getElementById('fj');
const rows = [...document.querySelectorAll('#activities tbody tr')], shown = document.getElementById('shown');
function apply() {
  const words = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
  let n = 0;
  for (const r of rows) {
    const ok = (!fm.value || r.dataset.municipality === fm.value) && (!fj.value || r.dataset.subject === fj.value) && (!ft.value || r.dataset.themes.split(' ').includes(ft.value))
      && (!fs.value || r.dataset.status === fs.value) && words.every((w) => r.textContent.toLowerCase().includes(w));
    r.hidden = !ok;
    if (ok) n++;
  }
  shown.textContent = n + ' av ' + rows.length + ' aktiviteter';
}
for (const el of [q, fm, fj, ft, fs]) el.addEventListener('input', apply);
apply();
`;

const LEFT_OUT_SV: Record<string, string> = {
  'not the current version of its plan family': 'inte den aktuella versionen av sin plan',
  'no plan structure': 'ingen planstruktur funnen',
  'most activities uncertain': 'de flesta aktiviteter osäkra',
  'confidence below threshold': 'osäkra rader (konfidens under tröskeln)',
  'no municipality': 'ingen kommun funnen (dokumenten nedan)',
};

/** The sentence under the header: what the figures do not count, so no one quotes them without it. */
function leftOutNote(leftOut: LeftOut[], includeUncertain: boolean): string {
  const scope = includeUncertain ? 'Osäkra rader räknas med.' : 'Osäkra rader räknas inte (styrdok report --include-uncertain tar med dem).';
  if (leftOut.length === 0) return `<p class="left-out">Varje plan räknas en gång, med sin aktuella version. Inget har utelämnats. ${scope}</p>`;
  const names = (l: LeftOut) => (l.named ? `<ul>${l.named.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '');
  const items = leftOut.map((l) => `<li>${escapeHtml(LEFT_OUT_SV[l.reason] ?? l.reason)}: ${l.documents} dokument, ${l.activities} aktiviteter${names(l)}</li>`).join('');
  return `<div class="left-out"><p>Varje plan räknas en gång, med sin aktuella version. ${scope} Utelämnat ur siffrorna:</p><ul>${items}</ul></div>`;
}

export function renderReport(data: ReportData): string {
  const municipalities = [...new Map(data.activities.filter((a) => a.municipalityCode).map((a) => [a.municipalityCode!, a.municipality!])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'sv'));
  const option = (value: string, text: string) => `<option value="${escapeHtml(value)}">${escapeHtml(text)}</option>`;
  const documents = new Set(data.activities.map((a) => a.sourcePath)).size;
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>styrdok – kommunernas styrdokument jämförda</title><style>${STYLE}</style></head>
<body>
<header><h1>Kommunernas styrdokument jämförda</h1><p>${data.activities.length} aktiviteter i ${documents} dokument från ${municipalities.length} kommuner · ${escapeHtml(data.database)} · ${escapeHtml(data.generatedAt)}</p>${leftOutNote(data.leftOut, data.includeUncertain)}</header>
<main>
<section id="status"><h2>Status per kommun</h2>${statusBars(data.shares)}</section>
<section id="themes"><h2>Teman per kommun (antal aktiviteter, andel genomförda)</h2>${heatmap(data.cells, data.themes)}</section>
<section id="list"><h2>Aktiviteter</h2>
<div class="filters"><input id="q" type="search" placeholder="Sök i aktiviteter, ansvariga, dokument …" aria-label="Sök">
<select id="fm" aria-label="Kommun"><option value="">Alla kommuner</option>${municipalities.map(([c, n]) => option(c, n)).join('')}</select>
<select id="fj" aria-label="Ämne"><option value="">Alla ämnen</option>${data.subjects.filter((s) => data.activities.some((a) => a.subject === s.id)).map((s) => option(s.id, s.labelSv)).join('')}</select>
<select id="ft" aria-label="Tema"><option value="">Alla teman</option>${data.themes.map((t) => option(t.id, t.labelSv)).join('')}</select>
<select id="fs" aria-label="Status"><option value="">Alla statusar</option>${Object.entries(STATUS_LABEL).map(([k, v]) => option(k, v)).join('')}</select>
<span id="shown"></span></div>
${activityTable(data.activities, data.link, data.themes)}
</section>
</main>
<script>${SCRIPT}</script>
</body></html>
`;
}
