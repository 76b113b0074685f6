// natural's index pulls in its whole toolbox (and prints dotenv notices); styrdok loads the parts it uses.
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  export function LevenshteinDistance(a: string, b: string, options?: Record<string, number>): number;
}

/** pdfjs's worker code, loaded into the reading thread; it registers itself on globalThis.pdfjsWorker. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';

declare module 'natural/lib/natural/stemmers/porter_stemmer_sv.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}

declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
}
