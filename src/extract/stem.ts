import swedishStemmer from 'natural/lib/natural/stemmers/porter_stemmer_sv.js';

/** A Swedish word's stem (natural's Porter stemmer for Swedish): 'utbildningar' → 'utbildning'. */
export function stem(word: string): string {
  return swedishStemmer.stem(word);
}
