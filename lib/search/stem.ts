import { newStemmer } from "snowball-stemmers";

const english = newStemmer("english");
const swedish = newStemmer("swedish");

/** Words shorter than this are found as typed: a stem of two letters would find half the language. */
const MIN_STEM = 4;

/**
 * The forms a folded word is looked up by, each as a prefix: the word itself, then its English
 * and Swedish Snowball stems when they are shorter and still long enough to mean something.
 * "interviews" gives interview, "lagringssystemen" gives lagringssystem.
 */
export function stems(word: string): string[] {
  const forms = [word];
  for (const stem of [english.stem(word), swedish.stem(word)]) {
    if (stem.length >= MIN_STEM && stem.length < word.length && !forms.some((f) => stem.startsWith(f)))
      forms.push(stem);
  }
  // A form that another, shorter one is a prefix of finds nothing more.
  return forms.filter((f) => !forms.some((g) => g !== f && f.startsWith(g)));
}
