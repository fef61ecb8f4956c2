/** Lower case without diacritics, so "asa" finds "Åsa" and "oberg" finds "Öberg". */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** A LIKE pattern that matches the folded query anywhere, with LIKE's wildcards escaped. */
export function likePattern(query: string): string {
  return `%${foldForSearch(query.trim()).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
