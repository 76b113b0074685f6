import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

/** A follow-up table run into one line of a transcript, some owners naming a unit and its branch in lower case. */
const transcript = [
  'Lägesrapport kulturplanen 2025',
  'Transkript',
  '1',
  'Tema 1: Läsning för alla Nr Åtgärd Ansvarig Klart Status Kommentar 1.1 Öppna biblioteket i Norrby på söndagar Kulturförvaltningen bibliotek 2025 ● Öppet sedan mars. 1.2 Starta läsombud på alla äldreboenden Förvaltningen äldreomsorg HT 2025 ◐ 1.3 Dela ut bokpåsar till alla nyfödda Kulturförvaltningen 2026 ○ 1.4 Erbjuda sommarlovsläsning för barn och unga Kulturförvaltningen 2026 ○',
].join('\n');

describe("a transcript's row whose owner names a unit's branch ('Förvaltningen äldreomsorg')", () => {
  it('is cut into its cells: the owner with its branch, the time and the status', async () => {
    const x = extract(await readText(new TextEncoder().encode(transcript)));
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.timeRaw, a.status])).toEqual([
      ['Öppna biblioteket i Norrby på söndagar', 'Kulturförvaltningen bibliotek', '2025', 'done'],
      ['Starta läsombud på alla äldreboenden', 'Förvaltningen äldreomsorg', 'HT 2025', 'ongoing'],
      ['Dela ut bokpåsar till alla nyfödda', 'Kulturförvaltningen', '2026', 'not_started'],
      ['Erbjuda sommarlovsläsning för barn och unga', 'Kulturförvaltningen', '2026', 'not_started'],
    ]);
  });
});
