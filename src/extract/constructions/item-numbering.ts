import { defineConstruction } from './define.js';

export const itemNumbering = defineConstruction({
  id: 'activity/item-numbering',
  description: "Items numbered as plans number them: outline numbers ('1.1', '2.3'), ids ('A1', 'B2'), and labelled numbers at the start of a paragraph ('Åtgärd 3:', 'Aktivitet 2.'), each with its fields.",
  positive: [
    { doc: 'Spår 1: Året runt\nA1 Ta fram ett evenemangsprogram. (ansvarig: Destinationsbolaget, klart: Q2 2025)\nA2 Utveckla cykelleder i byn. (ansvarig: Samhällsbyggnad, klart: 2025)', focusAreas: ['Året runt'], activities: ['Ta fram ett evenemangsprogram.', 'Utveckla cykelleder i byn.'] },
    { doc: 'Insatsområde 1 Service\nÅtgärd 1: Införa en företagslots. Lotsen hjälper nya företag. Ansvar: NLK Tid: 2024\nÅtgärd 2: Korta handläggningstiderna. Ansvar: SBF Tid: 2025', activities: ['Införa en företagslots', 'Korta handläggningstiderna.'] },
    { doc: '1. Minskad energianvändning\nBlekinge bidrar till målen.\n1.1 Tilläggsisolera fastigheterna\n1.2 Informera hyresgästerna om vädring\n1.3 Byta till snålspolande munstycken', focusAreas: [], activities: ['Tilläggsisolera fastigheterna', 'Informera hyresgästerna om vädring', 'Byta till snålspolande munstycken'] },
  ],
  negative: [
    // Decisions in minutes are numbered too; they are no actions of a plan.
    { doc: 'Kommunstyrelsens beslut\n1. Planen godkänns.\n2. Stadsdirektören får i uppdrag att återrapportera i december.', activities: [] },
  ],
});

/** 'Åtgärd 3:', 'Aktivitet 2.' at the start of a paragraph: a numbered action. */
export const ACTION_NUMBER = /^(?:åtgärd|aktivitet|insats|uppdrag)\s+(\d{1,3}(?:\.\d{1,2})?)\s*[:.–-]\s*/iu;
