import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => {
  const x = extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));
  return { areas: x.focusAreas.map((f) => f.title), acts: x.activities.map((a) => [a.text, a.ownerRaw, a.years.join(',')]) };
};

describe("a line set as a heading that opens the sentence its items go on ('Nämnden ska under perioden')", () => {
  // A decision's plan in minutes, the areas labelled 'Område N', each lead-in set in the heading's format as a PDF reads it.
  const minutes = '## Område 1 – Läsande barn\n## Nämnden ska under perioden\n- starta läsombud på alla förskolor (KUF, 2027),\n- dela ut en bok till varje nyfödd (KUF, 2027–2028), samt\n- förlänga öppettiderna på lördagar (KUF, varje termin).\n## Område 2 – Levande arkiv\n## Nämnden ska under perioden\n- digitalisera fotoarkivet (KUF, 2028) och\n- ordna en utställning om ortens industri (KUF, HT 2028).\n- att uppdra åt förvaltningen att redovisa arbetet årligen,\n- att paragrafen justeras omedelbart.';

  it('keeps the labelled areas as the sections and reads the run as their actions, with owner and time', () => {
    expect(read(minutes)).toEqual({
      areas: ['Läsande barn', 'Levande arkiv'],
      acts: [
        ['starta läsombud på alla förskolor', 'KUF', '2027'],
        ['dela ut en bok till varje nyfödd', 'KUF', '2027,2028'],
        ['förlänga öppettiderna på lördagar', 'KUF', ''],
        ['digitalisera fotoarkivet', 'KUF', '2028'],
        ['ordna en utställning om ortens industri', 'KUF', '2028'],
      ],
    });
  });

  it('governs only the items its sentence runs into: the decision clauses after the run are no actions', () => {
    expect(read(minutes).acts.map((a) => a[0])).not.toContain('att paragrafen justeras omedelbart.');
  });

  it('leaves a heading that states a goal over items each ending on its own', () => {
    expect(read('## Nämnden ska vara tillgänglig\n- förlänga öppettiderna\n- öppna ett meröppet bibliotek\n## Nämnden ska vara nyskapande\n- starta en skrivarverkstad\n- ordna författarbesök').areas).toEqual(['Nämnden ska vara tillgänglig', 'Nämnden ska vara nyskapande']);
  });
});
