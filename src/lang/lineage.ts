import type { DocType } from '../core/types.js';

/** The numbers and words that lineage across documents turns on, in one place. */
export const LINEAGE = {
  /** Words a document uses when it names a plan of a type ('… handlingsplan för näringslivsutveckling 2019-2020'). */
  typeWords: {
    strategi: ['strategi', 'näringslivsstrategi'],
    handlingsplan: ['handlingsplan', 'åtgärdsplan'],
    aktivitetsplan: ['aktivitetsplan'],
    program: ['program'],
    policy: ['policy'],
  } as Partial<Record<DocType, string[]>>,
  /** Words that say nothing of what an activity is. */
  stopWords: ['och', 'i', 'för', 'att', 'med', 'av', 'på', 'till', 'en', 'ett', 'som', 'de', 'det', 'den', 'samt', 'om', 'så', 'vid', 'från', 'inom', 'ex', 't', 'm'],
  /** Jaro–Winkler similarity at which two stems count as one word. */
  stemAgreement: 0.93,
  /** Stem similarity below which a pair is not considered at all. */
  candidate: 0.35,
  /** Score at which a pair is linked as the same activity. */
  threshold: 0.55,
  /** Added to the score when both stand under focus areas worded alike. */
  sameFocusAreaBonus: 0.1,
  /** Added when both have the same owner. */
  sameOwnerBonus: 0.05,
  /** Share of an activity's stems that must stand in another for a split or merge. */
  containment: 0.75,
};
