import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

/**
 * Sharing sites give a transcript in two forms: 'Transkript:' and 'N (M)'
 * page markers, or 'Transkript' alone and each page a paragraph opening with
 * its bare number. The same document in either form reads to the same plan.
 */
function toBareForm(text: string): string {
  const [head, body] = text.split(/^Transkript:\s*$/m);
  const title = head.trim().split('\n')[0];
  const pages = body.split(/^\d+ \(\d+\)\s*/m).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return `${title}\n\nTranskript\n\n${pages.map((p, i) => `${i + 1} ${p}`).join('\n\n')}\n`;
}

describe('both transcript forms reach the same plan', () => {
  const dev = '../shared/corpus/dev/trollhattan-aktivitetsplan-2024-2025.txt';
  for (const file of ['corpus/000_94b9c640f4283b09.txt', ...(existsSync(dev) ? [dev] : [])]) {
    it(file, () => {
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/^Transkript:\s*$/m);
      const marked = extract(readText(new TextEncoder().encode(text)));
      const bare = extract(readText(new TextEncoder().encode(toBareForm(text))));
      const plan = (x: typeof marked) => ({ areas: x.focusAreas.map((f) => f.title), activities: x.activities.map((a) => a.text), pages: x.activities.map((a) => a.page) });
      expect(marked.activities.length).toBeGreaterThan(10);
      expect(plan(bare)).toEqual(plan(marked));
    });
  }
});

describe('a short transcript in the page-number form', () => {
  it('keeps a last page with no text a page, so the numbers of the others are no text', () => {
    const text = 'Klimatplan\n\nTranskript\n\n1 Klimatplan för Nordby kommun. Tema 1: Energi • Byta belysningen i skolorna till LED.\n\n2 Tema 2: Transporter • Bygga laddplatser vid kommunhuset.\n\n3\n';
    const doc = readText(new TextEncoder().encode(text));
    expect(doc.pageCount).toBe(3);
    expect(doc.blocks.filter((b) => b.kind !== 'furniture').map((b) => doc.text.slice(b.start, b.end))).not.toContainEqual(expect.stringMatching(/^[123] /));
    expect(extract(doc).focusAreas.map((f) => f.title)).toEqual(['Energi', 'Transporter']);
  });
});

describe("a sharing site's title line", () => {
  // The PDF's own running head carries its 'N (M)', so the site's title line (the first page's opening words) holds '1 (3)' too.
  const head = (n: number) => `Nordby kommun | Uppföljning avfallsplan ${n} (3)`;
  const pages = [
    `${head(1)} Uppföljning av avfallsplanen 2024. Arbetet går i huvudsak enligt plan. Målområde 1 – Mindre avfall • Mäta matsvinnet i alla skolkök. Ansvar: BUF. Status: Pågår. • Införa återbruk av möbler i förvaltningarna. Ansvar: SBF. Status: Klar.`,
    `${head(2)} Målområde 2 – Mer återvinning • Ställa ut sorteringskärl för textil vid återvinningsstationerna. Ansvar: TF. Status: Pågår.`,
    `${head(3)} Målområde 3 – Inga nedskräpade platser • Ordna en städdag med skolorna varje vår. Ansvar: BUF. Status: Ej påbörjad.`,
  ];
  const text = `${pages[0].slice(0, 60)}\n\nRelevanta dokument\nKlimatplan 2021–2030\n\nTranskript:\n\n${pages.map((p, i) => `${i + 1} (3) ${p}`).join('\n\n')}\n`;

  it('opens no page where it holds a page marker, so the running head of page 1 is furniture and no area', () => {
    const doc = readText(new TextEncoder().encode(text));
    const furniture = doc.blocks.filter((b) => b.kind === 'furniture' && b.page === 1).map((b) => doc.text.slice(b.start, b.end));
    expect(furniture.join(' ')).toMatch(/Nordby kommun \| Uppföljning/);
    expect(extract(doc).focusAreas.map((f) => f.title)).toEqual(['Mindre avfall', 'Mer återvinning', 'Inga nedskräpade platser']);
  });

  it('keeps a marker after the title line a page marker', () => {
    const doc = readText(new TextEncoder().encode(text));
    expect(doc.pageCount).toBe(3);
    const x = extract(doc);
    expect(x.activities.map((a) => a.page)).toEqual([1, 1, 2, 3]);
  });
});

describe("a running head that opens every page after the site's title line", () => {
  // A library plan printed from a planning system, its pages marked by the PDF's own 'N (M)' footer at each page's end.
  const head = 'Utdrag ur verksamhetssystemet 2026-02-10 09:12Kulturnämnden';
  const text = [
    'Biblioteksplan 2026 – uppföljning',
    '',
    'Transkript:',
    '',
    `${head} Uppföljning av biblioteksplanen Målområde Läsfrämjande Aktivitet Starta bokcirklar för unga vuxna Ansvarig Biblioteksenheten Startdatum 2026-01-01 Status Pågående Aktivitet Dela ut bokpåsar på BVC Ansvarig Barnbiblioteket Startdatum 2026-02-01 Kulturnämnden – Uppföljning 2026 1 (3)`,
    '',
    `${head} Status Ej påbörjad Målområde Mötesplatser Aktivitet Öppna meröppet i Norrby Ansvarig Biblioteksenheten Startdatum 2026-03-01 Status Avslutad Kulturnämnden – Uppföljning 2026 2 (3)`,
    '',
    `${head} Aktivitet Ordna författarbesök på skolorna Ansvarig Skolbiblioteken Startdatum 2026-04-01 Status Pågående Kulturnämnden – Uppföljning 2026 3 (3)`,
  ].join('\n');

  it('is furniture on every page, so no record is cut by it and none is made of it', () => {
    const x = extract(readText(new TextEncoder().encode(text)));
    expect(x.activities.map((a) => [a.text, a.status])).toEqual([
      ['Starta bokcirklar för unga vuxna', 'ongoing'],
      ['Dela ut bokpåsar på BVC', 'not_started'],
      ['Öppna meröppet i Norrby', 'done'],
      ['Ordna författarbesök på skolorna', 'ongoing'],
    ]);
  });
});
