import type { Proposal } from '../resolve/proposal.js';
import { defineConstruction } from './define.js';

export const prose = defineConstruction({
  id: 'frame/prose',
  description: "A paragraph nothing else reads is prose: between a lead-in's items it explains the item before, and the items after it belong to the list only if they read as actions.",
  positive: [
    { doc: '# Avfall\nVi ska:\n- Införa matavfallsinsamling i villor\nInsamlingen kräver nya kärl till alla hushåll.\n- Öppna en återbruksbutik\n- Kärlen och säckarna', activities: ['Införa matavfallsinsamling i villor', 'Öppna en återbruksbutik'] },
  ],
  negative: [
    { doc: '# Inledning\nKommunen vill bli klimatneutral till 2035. Planen beskriver vägen dit.', activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind === 'paragraph') out.push({ block: i, construction: 'frame/prose', rule: 'frame/prose', role: 'frame', evidence: [{ id: 'paragraph', weight: 0.1 }], acts: [{ op: 'prose' }] });
    });
    return out;
  },
});
