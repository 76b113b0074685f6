/**
 * Where comparisons draw the line: rows and documents below these are kept,
 * flagged, and left out of the comparison views unless a user asks for them
 * (`--include-uncertain`). The database carries the same values in
 * quality_thresholds, so a query can name them.
 */
export const QUALITY_THRESHOLDS = [
  {
    name: 'activity_confidence',
    value: 0.7,
    description: 'An activity with a lower confidence is uncertain: the weakest evidence, an action noun standing among actions, gives 0.6.',
  },
  {
    name: 'document_certain_share',
    value: 0.5,
    description: 'A document where fewer than this share of activities are certain is left out as a whole.',
  },
] as const;

export const UNCERTAIN_BELOW = QUALITY_THRESHOLDS[0].value;
