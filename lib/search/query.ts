import type { FullTextQuery } from "@/db/dialect/types";
import { foldForSearch } from "./fold";
import { stems } from "./stem";

/**
 * A search as typed, parsed once for both backends: words (each found by its English and Swedish
 * stems and as a prefix), "quoted phrases" (the words in that order) and -exclusions (a word or a
 * quoted phrase none of the results has). Everything is folded: lower case, accents removed.
 */
export type ParsedSearch = {
  /** Each word with the forms that find it: the word, its English stem and its Swedish stem. */
  words: { word: string; forms: string[] }[];
  phrases: string[][];
  excluded: string[][];
};

/** At most this many parts are taken from a search (the rest is ignored), so one query stays cheap. */
const MAX_PARTS = 12;
const TOKEN = /[\p{L}\p{N}]+/gu;

/** The folded words of a piece of text, as the index splits it (letters and digits). */
export function tokens(text: string): string[] {
  return foldForSearch(text).match(TOKEN) ?? [];
}

export function parseSearch(input: string): ParsedSearch {
  const parsed: ParsedSearch = { words: [], phrases: [], excluded: [] };
  // A part is [-]"a phrase" or [-]word; an unclosed quote runs to the end.
  const part = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;
  let count = 0;
  for (const m of input.matchAll(part)) {
    if (count >= MAX_PARTS) break;
    const negative = (m[1] ?? m[3]) === "-";
    const words = tokens(m[2] ?? m[4] ?? "");
    if (words.length === 0) continue;
    count++;
    if (negative) parsed.excluded.push(words);
    else if (m[2] !== undefined && words.length > 1) parsed.phrases.push(words);
    else for (const word of words) parsed.words.push({ word, forms: stems(word) });
  }
  return parsed;
}

/** True when the search has something to find (exclusions alone find nothing). */
export function hasTerms(parsed: ParsedSearch): boolean {
  return parsed.words.length > 0 || parsed.phrases.length > 0;
}

/** The parsed search as the backends' full-text match takes it (db/dialect/). */
export function fullTextQuery(parsed: ParsedSearch): FullTextQuery {
  return { words: parsed.words.map((w) => w.forms), phrases: parsed.phrases, excluded: parsed.excluded };
}
