import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read.js';
import { extract } from '../../src/extract/index.js';

/** A transcript of a planning system's report: the records run onto one line, one field of one record left empty. */
const transcript = (owner: string, empty: string) =>
  `Transkript\n\n1 Fokusområde: Renare luft Aktivitet: Mäta partiklar vid tre skolor under vintern Ansvarig: ${owner} ${empty}: Startdatum: 2026-01-01 Slutdatum: 2026-12-31 Kommentar: Mätarna är beställda. Aktivitet: Byta ut vedpannor i kommunens fastigheter Ansvarig: Fastighetsenheten Status: Pågår Startdatum: 2026-03-01 Slutdatum: 2027-06-30 Kommentar: Två pannor är bytta. Aktivitet: Informera om eldning i kamin Ansvarig: Miljöenheten Status: Klar Startdatum: 2026-02-01 Slutdatum: 2026-04-30 Kommentar: Klart i april.\n`;

async function activities(text: string) {
  const doc = await readDocument(new TextEncoder().encode(text));
  return extract(doc).activities.map((a) => [a.text, a.ownerRaw, a.years.join(',')]);
}

describe("a record's empty field beside a label-like owner is no table's header", () => {
  it('reads every record where an owner named like a column word stands before an empty field', async () => {
    for (const owner of ['Områdesansvarig', 'Miljöansvarig', 'Projektansvarig Norr']) {
      for (const empty of ['Status', 'Kommentar']) {
        const got = await activities(transcript(owner, empty));
        expect(got.map(([t]) => t)).toEqual(['Mäta partiklar vid tre skolor under vintern', 'Byta ut vedpannor i kommunens fastigheter', 'Informera om eldning i kamin']);
        expect(got[0]).toEqual(['Mäta partiklar vid tre skolor under vintern', owner, '2026']);
      }
    }
  });

  it('still reads a table whose header ran into the transcript line, its words without colons', async () => {
    const got = await activities('Transkript\n\n1 Luftplan Aktivitet Ansvarig Tid Status Mäta partiklar vid tre skolor Miljöenheten 2026 Pågår Byta ut vedpannor Fastighetsenheten 2027 Ej påbörjad Informera om eldning i kamin Miljöenheten 2026 Klar\n');
    expect(got.map(([t]) => t)).toEqual(['Mäta partiklar vid tre skolor', 'Byta ut vedpannor', 'Informera om eldning i kamin']);
  });
});
