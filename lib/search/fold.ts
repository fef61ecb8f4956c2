/** Lower case without diacritics, so "asa" finds "Åsa" and "oberg" finds "Öberg". */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}
