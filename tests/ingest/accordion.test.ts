import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';

/** Focus areas and their activities as a reader of the page sees them. */
async function areasOf(html: string) {
  const x = extract(await readDocument(new TextEncoder().encode(html), 'plan.html'));
  const top = x.focusAreas.filter((f) => f.parentKey === null);
  return top.map((f) => ({ area: f.title, activities: x.activities.filter((a) => a.focusAreaKey === f.key).map((a) => a.text) }));
}

const page = (body: string) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Handlingsplan</title></head><body><main><h1>Handlingsplan för trygghet 2025–2026</h1>${body}</main></body></html>`;

describe('one focus area per accordion panel, its title only in the panel’s trigger', () => {
  it('details and summary, as a publishing system writes them', async () => {
    const html = page(`<h2>Fokusområden</h2>
      <details><summary>Trygga offentliga miljöer</summary><ul><li>Förbättra belysningen i parker och gångtunnlar</li><li>Genomföra trygghetsvandringar i varje stadsdel</li></ul></details>
      <details><summary>Tidiga insatser för unga</summary><ul><li>Anställa fler fältassistenter</li><li>Starta föräldragrupper på fritidsgårdarna</li></ul></details>`);
    expect(await areasOf(html)).toEqual([
      { area: 'Trygga offentliga miljöer', activities: ['Förbättra belysningen i parker och gångtunnlar', 'Genomföra trygghetsvandringar i varje stadsdel'] },
      { area: 'Tidiga insatser för unga', activities: ['Anställa fler fältassistenter', 'Starta föräldragrupper på fritidsgårdarna'] },
    ]);
  });

  it('a button that opens a panel, as a component library writes it', async () => {
    const panel = (id: string, title: string, items: string[]) =>
      `<div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button collapsed" type="button" aria-expanded="false" aria-controls="${id}">${title}</button></h3><div id="${id}" class="accordion-collapse collapse"><div class="accordion-body"><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></div></div></div>`;
    const html = page(`<div class="accordion">${panel('p1', 'Läsande barn', ['Ordna läxhjälp på biblioteken', 'Dela ut bokpåsar till nyfödda'])}${panel('p2', 'Kultur för äldre', ['Erbjuda konserter på äldreboenden', 'Starta en bokcirkel med hemtjänsten'])}</div>`);
    expect(await areasOf(html)).toEqual([
      { area: 'Läsande barn', activities: ['Ordna läxhjälp på biblioteken', 'Dela ut bokpåsar till nyfödda'] },
      { area: 'Kultur för äldre', activities: ['Erbjuda konserter på äldreboenden', 'Starta en bokcirkel med hemtjänsten'] },
    ]);
  });

  it('an element playing a button that opens a panel (role="button"), as a publishing system writes a clickable heading', async () => {
    const panel = (id: string, title: string, items: string[]) =>
      `<div class="panel"><div role="button" tabindex="0" aria-expanded="true" aria-controls="${id}"><span>${title}</span></div><div id="${id}"><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></div></div>`;
    const html = page(`${panel('a1', 'Rent vatten', ['Skydda vattentäkten vid Storsjön', 'Byta ut gamla avloppsledningar'])}${panel('a2', 'Levande skogar', ['Inventera nyckelbiotoper', 'Ta fram en skötselplan för tätortsnära skog'])}`);
    expect(await areasOf(html)).toEqual([
      { area: 'Rent vatten', activities: ['Skydda vattentäkten vid Storsjön', 'Byta ut gamla avloppsledningar'] },
      { area: 'Levande skogar', activities: ['Inventera nyckelbiotoper', 'Ta fram en skötselplan för tätortsnära skog'] },
    ]);
    // An element playing a button that opens nothing is no title.
    const chrome = page(`<div role="button" tabindex="0">Dela sidan</div><h2>Rent vatten</h2><ul><li>Skydda vattentäkten vid Storsjön</li><li>Byta ut gamla avloppsledningar</li></ul>`);
    expect((await areasOf(chrome)).map((a) => a.area)).not.toContain('Dela sidan');
  });

  it('a button that opens nothing is page chrome, not a title', async () => {
    const html = page(`<button type="button">Skriv ut</button><h2>Trygga miljöer</h2><ul><li>Förbättra belysningen i parker</li><li>Genomföra trygghetsvandringar i centrum</li></ul>`);
    expect((await areasOf(html)).map((a) => a.area)).not.toContain('Skriv ut');
  });
});
