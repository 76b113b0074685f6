import swedishStemmer from 'natural/lib/natural/stemmers/porter_stemmer_sv.js';

/** Stems already computed: a document repeats its words, and the stemmer is the costly part of theme and lineage matching. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** A Swedish word's stem (natural's Porter stemmer for Swedish): 'utbildningar' → 'utbildning'. */
export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    s = swedishStemmer.stem(word);
    cache.set(word, s);
  }
  return s;
}
