import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/core/build-doc.js';
import type { Doc } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';
import { chromiumPdf, findChromium } from '../../scripts/forms/derive.js';

/**
 * A plan set in a layout program and printed to PDF: fixed pages with a
 * running head in two parts (the municipality at the left, the title at the
 * right) and a foot, text in two columns, each area's title in a box with its
 * number in a badge, a fact box, a pull quote, a caption and process steps
 * beside the prose, a contact card beside the follow-up. Rendered here by
 * Chromium from HTML of another subject than the plans that showed the layout.
 */
const hasChromium = findChromium() !== null;
if (!hasChromium && process.env.STYRDOK_REQUIRE_CHROMIUM) throw new Error('STYRDOK_REQUIRE_CHROMIUM is set but Chromium is not installed');

const CSS = `@page{size:210mm 297mm;margin:0}*{box-sizing:border-box}body{margin:0;font-family:"DejaVu Serif",serif;font-size:10pt;color:#222}
.page{position:relative;width:210mm;height:297mm;overflow:hidden;page-break-after:always}
.rh{position:absolute;top:10mm;left:18mm;right:18mm;font:7.5pt "DejaVu Sans",sans-serif;color:#7a2e2e;border-bottom:.4pt solid #7a2e2e;padding-bottom:2mm}
.rh span{float:right}.rf{position:absolute;bottom:10mm;left:18mm;right:18mm;font:8pt "DejaVu Sans",sans-serif}.rf .n{position:absolute;right:0}
.frame{position:absolute;left:18mm;right:18mm;top:24mm;bottom:22mm}.cols{column-count:2;column-gap:9mm}
.area{background:#7a2e2e;color:#fff;padding:3mm 3mm 3mm 12mm;position:relative;margin:5mm 0 3mm;font:bold 11pt "DejaVu Sans",sans-serif;break-after:avoid}
.badge{position:absolute;left:2.5mm;top:2mm;background:#f5c542;color:#7a2e2e;border-radius:50%;width:7mm;height:7mm;text-align:center;line-height:7mm}
.area2{font:bold 11.5pt "DejaVu Sans",sans-serif;color:#7a2e2e;border-bottom:1pt solid #7a2e2e;margin:5mm 0 3mm;break-after:avoid}
.sq{display:inline-block;background:#7a2e2e;color:#fff;width:8mm;margin-right:4mm;text-align:center}
.it{margin:0 0 1mm}.meta{font:italic 8pt "DejaVu Sans",sans-serif;color:#555;margin:0 0 3mm 4mm}h2{font:bold 14pt "DejaVu Sans",sans-serif;color:#7a2e2e;margin:0 0 3mm}
.fact{background:#f6e9e9;padding:4mm;margin:4mm 0;break-inside:avoid}.fact b{font-size:16pt;display:block}
.quote{font-size:13pt;font-style:italic;border-left:3pt solid #f5c542;padding-left:4mm;margin:5mm 0}.cap{font:8pt "DejaVu Sans",sans-serif;color:#555}
.steps{display:flex;gap:2mm;font:8pt "DejaVu Sans",sans-serif}.steps div{flex:1;background:#f6e9e9;padding:2mm}
.card{position:absolute;left:110mm;top:30mm;width:70mm;font:9pt "DejaVu Sans",sans-serif;line-height:1.6}`;

const AREAS: Array<[string, Array<[string, string, string | null]>]> = [
  ['Trygga skolvägar', [['Bygga upphöjda övergångsställen vid alla grundskolor', 'Gatuenheten', '2026'], ['Kartlägga skolvägarna tillsammans med elevråden', 'Trafikenheten', '2026–2027'], ['Införa gångbuss till de två största skolorna', 'Skolförvaltningen', null]]],
  ['Säkra cykelstråk genom centrum och mellan byarna', [['Bygga en separerad cykelbana längs Storgatan', 'Gatuenheten', '2027–2028'], ['Belysa cykelvägen mellan Norrby och Söderby', 'Tekniska enheten', 'Senast 2029']]],
  ['Lägre hastigheter', [['Sänka hastigheten till 30 km/h i alla bostadsområden', 'Trafikenheten', '2026'], ['Mäta hastigheten på tio gator varje år och redovisa resultatet', 'Trafikenheten', 'Löpande']]],
];
const TITLE = 'Trafiksäkerhetsplan 2026–2029';

/**
 * The plan's pages; `badge` sets each area's number in a circle in the title's box, or in a square before an underlined title;
 * `size`, the title's type size (the body's is 10 pt).
 */
function planHtml(badge: 'circle' | 'square', size = '11pt'): string {
  const page = (n: number, inner: string) => `<div class="page"><div class="rh">BERGSTADS KOMMUN<span>${TITLE.toUpperCase()}</span></div>${inner}<div class="rf">${TITLE}<span class="n">${n}</span></div></div>`;
  const head = (i: number, a: string) => (badge === 'circle' ? `<div class="area" style="font-size:${size}"><span class="badge">${i}</span>${a}</div>` : `<div class="area2" style="font-size:${size}"><span class="sq">${i}</span>${a}</div>`);
  let plan = '<div class="frame cols"><h2>Åtgärder</h2><p>Planens åtgärder är ordnade i tre områden.</p>';
  AREAS.forEach(([a, acts], k) => {
    plan += head(k + 1, a);
    for (const [t, o, tid] of acts) plan += `<p class="it">• ${t}</p><p class="meta">Ansvar: ${o}${tid ? ` · När: ${tid}` : ''}</p>`;
  });
  plan += '</div>';
  const intro = '<div class="frame cols"><h2>Varför en plan?</h2><p>Varje år skadas ett trettiotal personer i trafiken i Bergstads kommun. De flesta olyckorna sker i korsningar i centrum och på vägarna mellan byarna, där många cyklar utan belysning.</p>'
    + '<div class="fact"><b>34</b>skadade i trafiken 2025<b>12</b>korsningar med flest olyckor<b>2 400</b>elever som cyklar till skolan</div>'
    + '<p class="quote">”Jag vill kunna cykla till skolan utan att vara rädd.”</p><p class="cap">Bild: Elever vid Norrbyskolan på väg hem.</p>'
    + '<h2>Så tar vi fram åtgärderna</h2><div class="steps"><div>1 Inventering</div><div>2 Dialog</div><div>3 Beslut</div></div>'
    + '<p>Planen har tagits fram av samhällsbyggnadsförvaltningen tillsammans med skolorna, polisen och cykelföreningen. Den följs upp varje år i nämndens verksamhetsberättelse.</p></div>';
  const follow = '<div class="frame" style="width:80mm"><h2>Uppföljning</h2><p>Trafikenheten sammanställer olyckorna varje kvartal och redovisar dem för nämnden.</p><p>Nämnden får en rapport varje höst om hur arbetet går.</p></div>'
    + '<div class="card"><b>Kontakt</b><br>Sara Holm, trafikplanerare<br>Samhällsbyggnadsförvaltningen<br>0123-456 78</div>';
  return `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>${TITLE}</title><style>${CSS}</style></head><body>`
    + `<div class="page" style="background:#7a2e2e;color:#fff"><h1 style="position:absolute;top:90mm;left:20mm;font-size:30pt">${TITLE}</h1></div>`
    + page(2, intro) + page(3, plan) + page(4, follow) + '</body></html>';
}

const read = async (badge: 'circle' | 'square', size?: string): Promise<Doc> => readDocument(await chromiumPdf(new TextEncoder().encode(planHtml(badge, size))), 'trafiksakerhetsplan.pdf');
const texts = (doc: Doc, kind: string) => doc.blocks.filter((b) => b.kind === kind).map((b) => blockText(doc, b));

describe.skipIf(!hasChromium)("a layout program's plan printed to PDF", () => {
  for (const [badge, size] of [['circle', '11pt'], ['square', '11.5pt'], ['circle', '10pt']] as const) {
    it(`makes each area's title beside its badge (${badge}, ${size}) a focus area, the items under it its activities, with their fields`, async () => {
      const doc = await read(badge, size);
      const x = extract(doc);
      expect(x.focusAreas.map((f) => f.title)).toEqual(AREAS.map(([a]) => a));
      expect(x.activities.map((a) => a.text)).toEqual(AREAS.flatMap(([, acts]) => acts.map(([t]) => t)));
      const areaOf = new Map(x.focusAreas.map((f, i) => [f.key, i]));
      expect(x.activities.map((a) => areaOf.get(a.focusAreaKey!))).toEqual(AREAS.flatMap(([, acts], i) => acts.map(() => i)));
      expect(x.activities.map((a) => a.ownerRaw ?? null)).toEqual(AREAS.flatMap(([, acts]) => acts.map(([, o]) => o)));
    }, 120_000);
  }

  it('takes the running head set in two parts for furniture on every page, the columns never sharing it out', async () => {
    const doc = await read('circle');
    const heads = texts(doc, 'furniture').filter((t) => t.startsWith('BERGSTADS KOMMUN'));
    expect(heads).toHaveLength(3);
    expect(heads.every((t) => t.includes('TRAFIKSÄKERHETSPLAN'))).toBe(true);
    expect(doc.blocks.filter((b) => b.kind !== 'furniture').map((b) => blockText(doc, b)).filter((t) => /BERGSTADS KOMMUN|TRAFIKSÄKERHETSPLAN/.test(t))).toEqual([]);
  }, 120_000);

  it('reads a contact card beside the follow-up as a frame of its own, the prose whole, and makes no activity of a fact box, a quote, a caption or a step', async () => {
    const doc = await read('circle');
    const body = doc.blocks.filter((b) => b.kind !== 'furniture').map((b) => blockText(doc, b));
    expect(body).toContain('Trafikenheten sammanställer olyckorna varje kvartal och redovisar dem för nämnden.');
    expect(body).toContain('Nämnden får en rapport varje höst om hur arbetet går.');
    const acts = extract(doc).activities.map((a) => a.text).join('\n');
    for (const trap of ['skadade i trafiken', 'Jag vill kunna cykla', 'Bild:', 'Inventering', 'Sara Holm', 'sammanställer olyckorna']) expect(acts).not.toContain(trap);
  }, 120_000);
});
