import { foldForSearch } from "./fold";
import type { ParsedSearch } from "./query";

/** Snippets look at this much of a text: where the index looks (INDEXED_CHARS in the migrations). */
export const SNIPPET_SCAN_CHARS = 200_000;
const WINDOW = 24;
const BEFORE = 6;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Token = { start: number; end: number; hit: number };

/**
 * Where a search matched in a text, as HTML: about two dozen words around the densest run of
 * matches, the matching words in <mark>, everything else escaped (so <mark> is the only markup),
 * with an ellipsis where the text goes on. Null when no word of the search is in the text.
 */
export function snippet(text: string, parsed: ParsedSearch): string | null {
  const forms = [...parsed.words.map((w) => w.forms), ...parsed.phrases.flatMap((p) => p.map((word) => [word]))];
  if (forms.length === 0) return null;
  const scanned = text.slice(0, SNIPPET_SCAN_CHARS);
  const list: Token[] = [];
  for (const m of scanned.matchAll(/[\p{L}\p{N}]+/gu)) {
    const folded = foldForSearch(m[0]);
    const term = forms.findIndex((f) => f.some((form) => folded.startsWith(form)));
    list.push({ start: m.index, end: m.index + m[0].length, hit: term });
  }
  // The window of WINDOW words with the most different terms in it, then the most hits, first wins.
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i]!.hit < 0) continue;
    const inWindow = list.slice(i, i + WINDOW).filter((t) => t.hit >= 0);
    const score = new Set(inWindow.map((t) => t.hit)).size * 1000 + inWindow.length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best < 0) return null;
  const first = Math.max(0, best - BEFORE);
  const last = Math.min(list.length - 1, first + WINDOW - 1);
  let html = first > 0 ? "…" : "";
  let at = list[first]!.start;
  for (let i = first; i <= last; i++) {
    const t = list[i]!;
    html += escapeHtml(scanned.slice(at, t.start).replace(/\s+/g, " "));
    const word = escapeHtml(scanned.slice(t.start, t.end));
    html += t.hit >= 0 ? `<mark>${word}</mark>` : word;
    at = t.end;
  }
  if (last < list.length - 1 || scanned.length < text.length) html += " …";
  return html;
}
