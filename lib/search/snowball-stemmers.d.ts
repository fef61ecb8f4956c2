// The package ships no types; this is the part of its API we use. It is a UMD module marked
// __esModule with named exports only, so it is imported by name (a default import is undefined
// under Next's bundler).
declare module "snowball-stemmers" {
  export function newStemmer(language: string): { stem(word: string): string };
}
