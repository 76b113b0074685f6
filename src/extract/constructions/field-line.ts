import { defineConstruction } from './define.js';
import { fieldLine } from '../outline/fields.js';
import type { Proposal } from '../resolve/proposal.js';

export const fieldLines = defineConstruction({
  id: 'field/following-line',
  description: "Fields on the lines after an item belong to it ('Ansvarig: Socialförvaltningen', 'Tidplan: 2025'), however many lines they take.",
  positive: [
    { doc: '# Trygghet\n1. Ordna nattvandringar med föreningar\nAnsvarig: Fritidsförvaltningen\nTidplan: 2025\n2. Förbättra belysningen i parker\nAnsvarig: Tekniska förvaltningen', activities: ['Ordna nattvandringar med föreningar', 'Förbättra belysningen i parker'] },
  ],
  negative: [
    { doc: 'Ansvarig: Kulturchefen\nTidplan: 2025', activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph') return;
      const fields = fieldLine(view.text(i));
      if (fields) out.push({ block: i, construction: 'field/following-line', rule: 'field/following-line', role: 'field', evidence: [{ id: 'label-colon-value', weight: 0.9 }], when: (ctx) => ctx.lastEntry !== null, acts: [{ op: 'fields', fields, rule: 'field/following-line' }] });
    });
    return out;
  },
});
