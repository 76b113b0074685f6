import { memoize } from '../core/memo.js';
import swedishStemmer from 'natural/lib/natural/stemmers/porter_stemmer_sv.js';

/**
 * A Swedish word's stem (natural's Porter stemmer for Swedish): 'utbildningar' → 'utbildning'.
 * Kept per word: a document repeats its words, and the stemmer is the costly part of theme and lineage matching.
 */
export const stem = memoize((word: string) => swedishStemmer.stem(word), 100_000);
