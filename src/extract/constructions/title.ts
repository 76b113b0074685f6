import { titleEnd } from '../../lang/morphology.js';
import { defineConstruction } from './define.js';

export const titleWithDescription = defineConstruction({
  id: 'section/title-description',
  description: "A section line that runs its title into a description ('Ren luft Invånarna ska andas …', '1. Tryggare skolväg. Exempel på insatser:'): the title is the words before the description's first sentence.",
  positive: [
    { doc: '1. Ren luft Invånarna ska andas luft utan partiklar. Insatser under perioden:\n  - Sopa gatorna tidigare på våren\n2. Tyst stad Boende ska kunna sova ostört. Insatser under perioden:\n  - Bygga bullerskärmar längs leden', focusAreas: ['Ren luft', 'Tyst stad'] },
  ],
  negative: [
    { doc: '1. Planen godkänns.\n2. Stadsdirektören får i uppdrag att återrapportera i december.', focusAreas: [], activities: [] },
  ],
});

/** The title at the start of a section line (see `titleEnd`). */
export const titleLength = titleEnd;
