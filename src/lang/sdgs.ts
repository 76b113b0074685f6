import { sv } from './pattern.js';

/**
 * Agenda 2030's seventeen global goals, numbered 1–17 as the UN numbers them,
 * with the short Swedish names Swedish plans print beside their icons
 * (Globala målen, UN Sweden) and the English ones.
 */
export interface Sdg {
  goal: number;
  sv: string;
  en: string;
}

export const SDGS: Sdg[] = [
  { goal: 1, sv: 'Ingen fattigdom', en: 'No poverty' },
  { goal: 2, sv: 'Ingen hunger', en: 'Zero hunger' },
  { goal: 3, sv: 'God hälsa och välbefinnande', en: 'Good health and well-being' },
  { goal: 4, sv: 'God utbildning för alla', en: 'Quality education' },
  { goal: 5, sv: 'Jämställdhet', en: 'Gender equality' },
  { goal: 6, sv: 'Rent vatten och sanitet för alla', en: 'Clean water and sanitation' },
  { goal: 7, sv: 'Hållbar energi för alla', en: 'Affordable and clean energy' },
  { goal: 8, sv: 'Anständiga arbetsvillkor och ekonomisk tillväxt', en: 'Decent work and economic growth' },
  { goal: 9, sv: 'Hållbar industri, innovationer och infrastruktur', en: 'Industry, innovation and infrastructure' },
  { goal: 10, sv: 'Minskad ojämlikhet', en: 'Reduced inequalities' },
  { goal: 11, sv: 'Hållbara städer och samhällen', en: 'Sustainable cities and communities' },
  { goal: 12, sv: 'Hållbar konsumtion och produktion', en: 'Responsible consumption and production' },
  { goal: 13, sv: 'Bekämpa klimatförändringarna', en: 'Climate action' },
  { goal: 14, sv: 'Hav och marina resurser', en: 'Life below water' },
  { goal: 15, sv: 'Ekosystem och biologisk mångfald', en: 'Life on land' },
  { goal: 16, sv: 'Fredliga och inkluderande samhällen', en: 'Peace, justice and strong institutions' },
  { goal: 17, sv: 'Genomförande och globalt partnerskap', en: 'Partnerships for the goals' },
];

/**
 * What makes a number a global goal: the words that name Agenda 2030 or its
 * goals. A goal number counts only inside a reference these words open
 * ('bidrar till globala mål 3 och 11', 'Agenda 2030: 7, 13', 'SDG 12'), or
 * in a column or field so labelled; 'mål 3' alone is a plan's own goal.
 */
export const SDG_MARKER = sv(/\b(?:agenda\s*2030(?:[-–]mål(?:en)?)?|globala\s+mål(?:en)?|de\s+globala\s+målen|hållbarhetsmål(?:en)?|FN:s\s+(?:hållbarhets|globala\s+)?mål(?:en)?|SDGs?)\b/iu);

/** A goal's own word after a marker: 'mål', 'målen', 'mål nr', 'nr', 'SDG'. */
export const SDG_GOAL_WORD = sv(/^\s*[:–-]?\s*(?:(?:mål(?:en)?|delmål|nr|nummer|goal)\s*)?(?:nr\.?\s*)?/iu);

/** Between two goal numbers of one list: ',', 'och', '&', '+', '/', 'samt'. */
export const SDG_LIST_JOIN = sv(/^\s*(?:,|och|&|\+|\/|samt|;)\s*(?:mål\s*)?/iu);

/** Column and field labels that hold global goals ('Globala mål', 'Agenda 2030', 'Bidrar till mål i Agenda 2030'). */
export const SDG_LABEL = sv(/^\s*(?:bidrar\s+till\s+)?(?:(?:de\s+)?globala\s+mål(?:en)?|agenda\s*2030(?:[-\s]mål(?:en)?)?|mål\s+i\s+agenda\s*2030|hållbarhetsmål(?:en)?|SDGs?)\s*:?\s*$/iu);

/** Units after a number that make it a quantity, not a goal's number ('12 procent', '3 år'). */
export const SDG_NUMBER_UNITS = { id: 'sdg/number-units', words: ['%', 'procent', 'st', 'kr', 'år'] };
