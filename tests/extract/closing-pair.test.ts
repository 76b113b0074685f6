import { describe, expect, it } from 'vitest';
import { splitFields } from '../../src/extract/outline/fields.js';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';

const read = (text: string) => {
  const r = splitFields(text);
  return { body: text.slice(0, r.bodyEnd), fields: r.fields.map((f) => `${f.role} ${f.value} ${text.slice(f.start, f.end)}`) };
};

describe("an item closed by its time after a dash and its owner in parentheses, in either order", () => {
  it('reads a time after the dash, then the owner', () => {
    expect(read('Simskola för nybörjare vid Strandbadet – vecka 26–28 (Badhuset).')).toEqual({ body: 'Simskola för nybörjare vid Strandbadet', fields: ['owner Badhuset Badhuset', 'time vecka 26–28 vecka 26–28'] });
    expect(read('Öppen ateljé för unga i Folkets hus – 29 juni–7 augusti (Kulturskolan)')).toEqual({ body: 'Öppen ateljé för unga i Folkets hus', fields: ['owner Kulturskolan Kulturskolan', 'time 29 juni–7 augusti 29 juni–7 augusti'] });
    expect(read('Prova-på-paddling på Ljusnan – v. 31 (Hudiksvalls Kanotklubb).').fields).toEqual(['owner Hudiksvalls Kanotklubb Hudiksvalls Kanotklubb', 'time v. 31 v. 31']);
  });

  it('reads the owner first and a time that says when the work is done after the dash', () => {
    expect(read('Byta belysningen i gångtunneln (Gatuenheten) – klart hösten 2027')).toEqual({ body: 'Byta belysningen i gångtunneln', fields: ['owner Gatuenheten Gatuenheten', 'time hösten 2027 hösten 2027'] });
    expect(read('Rusta upp lekplatsen i Ekbacken (Parkenheten, Fritidsenheten) – 2028.').fields).toEqual(['owner Parkenheten, Fritidsenheten Parkenheten, Fritidsenheten', 'time 2028 2028']);
  });

  it('reads no pair where the dash holds no time or the parenthesis no name', () => {
    expect(read('Sommarjobb för unga – en satsning i hela kommunen (Arbetsmarknadsenheten).').fields.some((f) => f.startsWith('time'))).toBe(false);
    expect(read('Gratis bad för alla barn – vecka 27 (se programmet).').fields).toEqual([]);
    expect(read('Gratis bad för alla barn – vecka 27 (gratis).').fields).toEqual([]);
    expect(read('Läxhjälp på biblioteket (Biblioteket) – varje tisdag').fields.some((f) => f.startsWith('time'))).toBe(false);
  });
});

describe("a news page's lists whose items close with such pairs are the plan's", () => {
  it('keeps items written as statements, not actions, under their areas with owner and time', async () => {
    const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Lovplan</title></head><body><main><h1>Höstlovet 2027 i Ljusdal</h1>
<p>Fritidsnämnden har beslutat om höstlovsplanen. Här är några av satsningarna:</p>
<h2>För barn</h2><ul><li>Pysselverkstad på biblioteket i Färila – vecka 44 (Biblioteket).</li><li>Gratis bad i Ljusdalsbadet – 30 oktober–3 november (Badhuset).</li></ul>
<h2>För unga</h2><ul><li>Fritidsgården håller öppet varje kväll – vecka 44 (Fritidsgårdarna).</li><li>Drop-in-fotboll i Ljusdalshallen – v. 44 (Ljusdals IF).</li></ul>
</main></body></html>`;
    const x = extract(await readDocument(new TextEncoder().encode(html), 'lov.html'));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['För barn', 'För unga']);
    expect(x.activities.map((a) => [a.text, a.ownerRaw])).toEqual([
      ['Pysselverkstad på biblioteket i Färila', 'Biblioteket'],
      ['Gratis bad i Ljusdalsbadet', 'Badhuset'],
      ['Fritidsgården håller öppet varje kväll', 'Fritidsgårdarna'],
      ['Drop-in-fotboll i Ljusdalshallen', 'Ljusdals IF'],
    ]);
  });
});
