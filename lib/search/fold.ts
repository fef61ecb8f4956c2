const ASCII = /^[\x00-\x7F]*$/;

/** Lower case without diacritics, so "asa" finds "Åsa" and "oberg" finds "Öberg". */
export function foldForSearch(text: string): string {
  // ASCII has nothing to decompose: most words of a CV take this path (snippets fold every word).
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}
