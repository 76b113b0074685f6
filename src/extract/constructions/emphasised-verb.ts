import { isCapitalInfinitive } from '../../lang/morphology.js';
import type { Proposal } from '../resolve/proposal.js';
import { defineConstruction } from './define.js';

/** Lines set this way before the document counts them as its way of stating actions: one such line is typography, a series is a convention. */
const SERIES = 3;

export const emphasisedVerb = defineConstruction({
  id: 'activity/emphasised-verb',
  description: "A series of lines that open with an infinitive in capitals ('FÖRBÄTTRA belysningen …') states the document's actions; the items under each describe it. A single such line is emphasis, and the items under it are read as items.",
  positive: [
    { doc: '# Trygghet\nKARTLÄGGA otrygga platser tillsammans med invånarna\n- trygghetsvandringar i varje stadsdel\nFÖRBÄTTRA belysningen längs gång- och cykelvägar\n- särskilt vid skolor\nUTVECKLA samarbetet med polisen i medborgarlöften\n- årlig uppföljning', activities: ['KARTLÄGGA otrygga platser tillsammans med invånarna', 'FÖRBÄTTRA belysningen längs gång- och cykelvägar', 'UTVECKLA samarbetet med polisen i medborgarlöften'] },
  ],
  negative: [
    { doc: '# Trygghet\nSTÄRKA tryggheten i centrum\n- Ordna nattvandringar med föreningar\n- Förbättra belysningen i parker\n- Starta en grannsamverkan', activities: ['Ordna nattvandringar med föreningar', 'Förbättra belysningen i parker', 'Starta en grannsamverkan'] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind === 'row') return;
      const t = view.trimmed(i);
      const m = /^(\p{Lu}+)\s+\S/u.exec(t);
      if (m && isCapitalInfinitive(m[1])) out.push({ block: i, construction: 'activity/emphasised-verb', rule: 'activity/emphasised-verb', role: 'activity', evidence: [{ id: 'infinitive-in-capitals', weight: 0.6 }], acts: [{ op: 'entry', kind: 'item', start: view.begin(i), text: t, rules: ['activity/emphasised-verb'], describes: true }] });
    });
    return out.length >= SERIES ? out : [];
  },
});
