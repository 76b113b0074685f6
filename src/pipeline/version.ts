/**
 * The version of the rules. Bump it when a rule changes what it extracts:
 * documents stored under another version are re-extracted on the next run.
 */
export const EXTRACTOR_VERSION = '0.6.0';
