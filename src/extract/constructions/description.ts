import { isFieldLine } from '../outline/fields.js';
import type { Proposal } from '../resolve/proposal.js';
import { defineConstruction } from './define.js';

export const description = defineConstruction({
  id: 'trap/description',
  description: "Text set under an activity that describes it: items under an emphasised action, and lines under an outline item ('2.1 …') without a glyph of their own or repeating its number.",
  positive: [
    { doc: '# Trygghet\nKARTLÄGGA otrygga platser tillsammans med invånarna\n- trygghetsvandringar i varje stadsdel\nFÖRBÄTTRA belysningen längs gång- och cykelvägar\n- särskilt vid skolor och hållplatser\nUTVECKLA samarbetet med polisen i medborgarlöften\n- följa upp medborgarlöftet årligen', activities: ['KARTLÄGGA otrygga platser tillsammans med invånarna', 'FÖRBÄTTRA belysningen längs gång- och cykelvägar', 'UTVECKLA samarbetet med polisen i medborgarlöften'] },
  ],
  negative: [
    { doc: '# Trygghet\nSTÄRKA tryggheten i centrum\n- Ordna nattvandringar med föreningar\n- Förbättra belysningen i parker', activities: ['Ordna nattvandringar med föreningar', 'Förbättra belysningen i parker'] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'item') return;
      const base = { block: i, construction: 'trap/description', rule: 'trap/description', role: 'trap' as const, acts: [{ op: 'skip' as const }] };
      out.push({ ...base, evidence: [{ id: 'under-emphasised-action', weight: 0.6 }], when: (ctx) => ctx.describing });
      if (isFieldLine(view.trimmed(i))) return;
      out.push({
        ...base,
        acts: [{ op: 'describe', reason: 'Unexpected line without a number of its own under an outline-numbered item, expected an item; read as that item’s description' }],
        evidence: [{ id: 'under-outline-item', weight: 0.6 }],
        when: (ctx) => {
          const previous = ctx.current.entries[ctx.current.entries.length - 1]?.marker ?? '';
          return /^\d+\.\d+/.test(previous) && (b.marker === '' || b.marker === previous);
        },
      });
    });
    return out;
  },
});
