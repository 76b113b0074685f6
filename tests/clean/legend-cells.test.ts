import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { legendStatuses } from '../../src/clean/legend-cells.js';
import type { RawBlock } from '../../src/core/types.js';

/**
 * A status column whose words only the document's own legend defines
 * ('Tillkommen = ny åtgärd i planen'): the legend's keys type that column's
 * cells, in a transcript as elsewhere.
 */
const read = (text: string) => readText(new TextEncoder().encode(text));
const bare = (title: string, pages: string[]) => [title, '', 'Transkript', '', ...pages.flatMap((p, i) => [`${i + 1} ${p}`, ''])].join('\n');
const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text }) as RawBlock;

describe('status keys a legend defines', () => {
  it("reads 'Key = meaning' entries as status keys where one key already reads as a status", () => {
    const keys = legendStatuses([paragraph('Läget anges så här: Tillkommen = ny åtgärd i planen, Pågår = arbetet fortsätter, Kvarstår = flyttad från förra planen.')]);
    expect([...keys]).toEqual(['Tillkommen', 'Pågår', 'Kvarstår']);
  });

  it('takes no keys from one definition, nor from a list of keys none of which is a status', () => {
    expect(legendStatuses([paragraph('Förkortningar: KF = kommunfullmäktige.')]).size).toBe(0);
    expect(legendStatuses([paragraph('Förkortningar: KF = kommunfullmäktige, TN = tekniska nämnden, VA = vatten och avlopp.')]).size).toBe(0);
  });
});

describe('a transcript whose status column holds the legend’s own words', () => {
  const legend = 'Läget anges så här: Tillkommen = ny åtgärd i planen, Pågår = arbetet fortsätter, Kvarstår = flyttad från förra planen.';
  // The status column before the time and a comment: a key no status phrase knows would run the row's cells into its activity. A key written in a comment stays the comment's.
  const rows =
    'Nr Åtgärd Ansvarig Status Tid Kommentar 1.1 Byta ut de äldsta vattenledningarna i centrum Tekniska förvaltningen Tillkommen 2026 Samordnas med gatuarbetena 1.2 Anlägga en ny dagvattendamm vid idrottsplatsen Tekniska förvaltningen Kvarstår 2027 Väntar på bidrag från staten 1.3 Kartlägga enskilda avlopp vid sjöarna Miljöförvaltningen Pågår 2026 Tillkommen etapp vid Storsjön';
  const plan = (legendText: string) => bare('VA-plan Exempelby', [`VA-plan 2026–2027 Exempelby kommun ${legendText} Åtgärder ${rows}`, 'Planen följs upp av tekniska nämnden varje år.']);

  it('reads each key as the row’s status, the activity free of it', () => {
    const x = extract(read(plan(legend)));
    expect(x.activities.map((a) => a.text)).toEqual([
      'Byta ut de äldsta vattenledningarna i centrum',
      'Anlägga en ny dagvattendamm vid idrottsplatsen',
      'Kartlägga enskilda avlopp vid sjöarna',
    ]);
    expect(x.activities.map((a) => a.statusRaw)).toEqual(['Tillkommen', 'Kvarstår', 'Pågår']);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Tekniska förvaltningen', 'Tekniska förvaltningen', 'Miljöförvaltningen']);
  });

  it('without the legend, reads no status from words no status phrase knows', () => {
    const x = extract(read(plan('Planen gäller två år.')));
    expect(x.activities.map((a) => a.statusRaw)).not.toContain('Tillkommen');
    expect(x.activities[0].text).toContain('Tillkommen');
  });
});
