import { defineConstruction } from './define.js';
import { isFieldLine } from '../outline/fields.js';
import type { Proposal } from '../resolve/proposal.js';
import { groupFields } from './group-field.js';

/** Text set this much smaller than the body is a footnote or caption. */
const FOOTNOTE_SIZE = 0.85;

export const smallType = defineConstruction({
  id: 'trap/small-type',
  description: "Footnotes and captions, set well below the body's type size, are no part of the plan's lists (only formats that give type sizes show it).",
  positive: [
    { doc: '# Trygghet\n- Ordna nattvandringar i centrum\n- Förbättra belysningen i parker\n_ 1 Enligt trygghetsmätningen 2023.\n- Starta en grannsamverkan i varje stadsdel', activities: ['Ordna nattvandringar i centrum', 'Förbättra belysningen i parker', 'Starta en grannsamverkan i varje stadsdel'] },
  ],
  negative: [
    // A small line that ends in a colon over a list introduces it: here a list of indicators, no activities.
    {
      doc: '# Skola\n- Starta läxhjälp på alla högstadieskolor\n- Ordna lovskola varje sommar\n# Uppföljning\n_ Uppföljningen utgår från följande indikatorer:\n- Andel föreningar som uppger att de har svårt att hitta ledare (Föreningarnas enkät)\n- Nöjda besökare i sporthallarna (Fritidsenkäten)\n- Kvadratmeter konstgräs per invånare\n- Antal aktiva föreningsmedlemmar per 100 invånare (Riksidrottsförbundet)',
      activities: ['Starta läxhjälp på alla högstadieskolor', 'Ordna lovskola varje sommar'],
    },
    { doc: '# Trygghet\n_ Källa: Polisens trygghetsmätning, genomföra enkät vartannat år', activities: [] },
    // A layout's small field lines, one of them stated once for the two actions above it: the group's fields, no footnote.
    {
      doc: '# Läsning\nDela ut en bokpåse till alla ettåringar.\nStarta sagostunder på familjecentralen.\n_ Ansvar för båda insatserna: Biblioteket · Tid: 2027\nBemanna skolbiblioteket på Norrskolan.\n_ Ansvar: Skolförvaltningen · Tid: 2028\nÖppna meröppet bibliotek i Skogsby.\n_ Ansvar: Biblioteket | När: 2026',
      activities: ['Dela ut en bokpåse till alla ettåringar.', 'Starta sagostunder på familjecentralen.', 'Bemanna skolbiblioteket på Norrskolan.', 'Öppna meröppet bibliotek i Skogsby.'],
    },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      // A line of fields set small ('Ansvar: … | Tidplan: …' under an action) is the action's, not a footnote.
      // Nor is a line that ends in a colon right over a list: it introduces the list (a page printed with its paragraphs smaller than its items), and no footnote does.
      // (A paragraph that opens a sentence: a footnote's number and the fragment after it, '8 för att:', introduce nothing.)
      if (b.kind === 'paragraph' && /^\p{Lu}.*:$/u.test(view.trimmed(i)) && view.blocks[i + 1]?.kind === 'item') return;
      // So is a line that gives its fields to a group of the actions above it ('Ansvar för båda åtgärderna: …'), set as small as their own.
      if (b.kind !== 'row' && (b.size ?? 1) < FOOTNOTE_SIZE && !isFieldLine(view.trimmed(i)) && !groupFields(view.text(i))) out.push({ block: i, construction: 'trap/small-type', rule: 'trap/small-type', role: 'trap', evidence: [{ id: 'type-size-below-body', weight: 0.8 }], acts: [{ op: 'skip' }] });
    });
    return out;
  },
});
