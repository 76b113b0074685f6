import { titleEnd } from '../../lang/morphology.js';
import { defineConstruction } from './define.js';

export const titleWithDescription = defineConstruction({
  id: 'section/title-description',
  description: "A section line that runs its title into a description ('Kompetensförsörjning Företagen ska kunna …', '1. Stimulera tillväxt. Exempel på insatser:'): the title is the words before the description's first sentence.",
  positive: [
    { doc: '1. Ett bra företagsklimat Företagarna ska mötas av en tydlig kommun. Insatser under perioden:\n  - Utveckla företagslotsen\n2. Kompetensförsörjning Företagen ska kunna rekrytera. Insatser under perioden:\n  - Bredda samarbetet med högskolan', focusAreas: ['Ett bra företagsklimat', 'Kompetensförsörjning'] },
  ],
  negative: [
    { doc: '1. Planen godkänns.\n2. Stadsdirektören får i uppdrag att återrapportera i december.', focusAreas: [], activities: [] },
  ],
});

/** The title at the start of a section line (see `titleEnd`). */
export const titleLength = titleEnd;
