import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { trackOfLead } from '../../src/extract/rules/status.js';

describe("a traffic light set as the comment's first sentence", () => {
  it("reads a colour word standing alone before a full stop, a colon or a dash", () => {
    expect(trackOfLead('Grön. Avtalet med Region Norr är tecknat.')?.track).toBe('on_track');
    expect(trackOfLead('Gul: bemanningen försenar starten.')?.track).toBe('deviation');
    expect(trackOfLead('Röd – upphandlingen har överprövats')?.track).toBe('off_track');
    expect(trackOfLead('Röd')?.track).toBe('off_track');
  });

  it('reads no light from a colour word that runs on into the sentence, or from a comment opening with another word', () => {
    expect(trackOfLead('Gröna ytor anläggs vid skolorna.')).toBeNull();
    expect(trackOfLead('Röd tråd i arbetet är barnens delaktighet.')).toBeNull();
    expect(trackOfLead('Arbetet går enligt plan. Grön.')).toBeNull();
  });

  /** A public-health follow-up exported from a planning system: one block of labelled lines per activity. */
  const record = (activity: string, share: string, comment: string): RawBlock[] => [
    { kind: 'heading', text: `Aktivitet: ${activity}`, page: 1, level: 3 },
    { kind: 'paragraph', text: 'Ansvarig: Kultur- och fritidsförvaltningen', page: 1 },
    { kind: 'paragraph', text: 'Slutdatum: 2025-12-31', page: 1 },
    { kind: 'paragraph', text: `Färdiggrad: ${share}`, page: 1 },
    { kind: 'paragraph', text: `Kommentar: ${comment}`, page: 1 },
  ];

  it("gives each activity of a planning system's export the light its comment opens with, beside the status its share gives", () => {
    const blocks: RawBlock[] = [
      { kind: 'heading', text: 'Folkhälsoplan – uppföljning 2025', page: 1, level: 1 },
      { kind: 'paragraph', text: 'Strategiskt område: Goda levnadsvanor', page: 1 },
      ...record('Erbjuda spontanidrott på lördagskvällar', '100 %', 'Grön. Sporthallen i Norrby är öppen varje lördag.'),
      ...record('Starta simskola för nyanlända vuxna', '30 %', 'Gul. Instruktörer saknas till hösten.'),
      ...record('Inrätta en rökfri skolgård vid alla grundskolor', '50 %', 'Gröna skyltar är uppsatta vid hälften av skolorna.'),
    ];
    const got = extract(buildDoc('html', blocks, { pageCount: 1 })).activities.map((a) => [a.status, a.track]);
    expect(got).toEqual([['done', 'on_track'], ['ongoing', 'deviation'], ['ongoing', null]]);
  });
});
