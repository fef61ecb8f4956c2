// The package ships no types; this is the part of its API we use.
declare module "snowball-stemmers" {
  const snowball: { newStemmer(language: string): { stem(word: string): string } };
  export default snowball;
}
