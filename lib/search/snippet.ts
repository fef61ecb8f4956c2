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

/** A word as the index splits text: letters and digits. A new one for each use (it keeps lastIndex). */
const words = () => /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function searchForms(parsed: ParsedSearch): string[][] {
  return [...parsed.words.map((w) => w.forms), ...parsed.phrases.flatMap((p) => p.map((word) => [word]))];
}

/** Which term (index into forms) a word of the text is, or -1: its folded form starts with one of the term's forms. */
function termOf(folded: string, forms: string[][]): number {
  return forms.findIndex((f) => f.some((form) => folded.startsWith(form)));
}

/**
 * Where a search matched in a text, as HTML: about two dozen words around the densest run of
 * matches, the matching words in <mark>, everything else escaped (so <mark> is the only markup),
 * with an ellipsis where the text goes on. Null when no word of the search is in the text.
 *
 * A CV has hundreds of words and a search few matches among them, so this folds the text once and
 * looks for the search's forms in it, then reads words only around the matches (a board page cuts
 * 50 snippets: folding and splitting every word of every CV took most of the search's time). A
 * text whose folding is not one character for one (a ligature, a decomposed accent, a capital
 * sigma, anything outside the BMP) takes the word-by-word way, `snippetByWords`, which gives the
 * same result and is the reference the tests hold this one to.
 */
export function snippet(text: string, parsed: ParsedSearch): string | null {
  const forms = searchForms(parsed);
  if (forms.length === 0) return null;
  const scanned = text.slice(0, SNIPPET_SCAN_CHARS);
  const folded = foldInPlace(scanned);
  if (folded === null) return snippetByWords(text, parsed);

  // The matching words, in order: where a form starts a word of the text.
  const all = [...new Set(forms.flat())].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const find = new RegExp(all.join("|"), "g");
  const hits: Token[] = [];
  for (let m = find.exec(folded); m; m = find.exec(folded)) {
    const start = m.index;
    if (!WORD_CHAR.test(scanned[start]!) || (start > 0 && WORD_CHAR.test(scanned[start - 1]!))) {
      find.lastIndex = start + 1;
      continue;
    }
    const end = wordEnd(scanned, start);
    hits.push({ start, end, hit: termOf(folded.slice(start, end), forms) });
    find.lastIndex = end;
  }
  if (hits.length === 0) return null;

  // Each hit's place among the words, counted only as far as a window reaches: hits further apart
  // than a window never share one, so the gap between them need not be counted exactly.
  const place: number[] = [0];
  for (let k = 1; k < hits.length; k++)
    place.push(place[k - 1]! + 1 + wordsBetween(scanned, hits[k - 1]!.end, hits[k]!.start, WINDOW));
  // The window of WINDOW words with the most different terms in it, then the most hits, first wins.
  let best = -1;
  let bestScore = 0;
  for (let k = 0; k < hits.length; k++) {
    const terms = new Set<number>();
    let count = 0;
    for (let j = k; j < hits.length && place[j]! < place[k]! + WINDOW; j++) {
      terms.add(hits[j]!.hit);
      count++;
    }
    const score = terms.size * 1000 + count;
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }

  // Up to BEFORE words before the best hit, then WINDOW words from there.
  let from = hits[best]!.start;
  for (let i = 0; i < BEFORE; i++) {
    const previous = wordBefore(scanned, from);
    if (previous < 0) break;
    from = previous;
  }
  const first = wordBefore(scanned, from) >= 0;
  const list: Token[] = [];
  const word = words();
  word.lastIndex = from;
  let m = word.exec(scanned);
  while (m && list.length < WINDOW) {
    const end = m.index + m[0].length;
    list.push({ start: m.index, end, hit: termOf(folded.slice(m.index, end), forms) });
    m = word.exec(scanned);
  }
  const more = m !== null;
  return render(scanned, list, first, more || scanned.length < text.length);
}

/** The same snippet, found by folding and testing every word of the text (see `snippet`). */
export function snippetByWords(text: string, parsed: ParsedSearch): string | null {
  const forms = searchForms(parsed);
  if (forms.length === 0) return null;
  const scanned = text.slice(0, SNIPPET_SCAN_CHARS);
  const list: Token[] = [];
  for (const m of scanned.matchAll(words())) {
    list.push({ start: m.index, end: m.index + m[0].length, hit: termOf(foldForSearch(m[0]), forms) });
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
  return render(
    scanned,
    list.slice(first, last + 1),
    first > 0,
    last < list.length - 1 || scanned.length < text.length,
  );
}

function render(scanned: string, words: Token[], before: boolean, after: boolean): string {
  let html = before ? "…" : "";
  let at = words[0]!.start;
  for (const t of words) {
    html += escapeHtml(scanned.slice(at, t.start).replace(/\s+/g, " "));
    const word = escapeHtml(scanned.slice(t.start, t.end));
    html += t.hit >= 0 ? `<mark>${word}</mark>` : word;
    at = t.end;
  }
  if (after) html += " …";
  return html;
}

const ASCII = /^[\x00-\x7F]*$/;
const foldedChars = new Map<string, string>();

/**
 * The text folded as `foldForSearch` folds each of its words, character for character in place
 * (so an index in one is the same in the other), or null when a character does not fold to exactly
 * one (or, as the capital sigma, folds by what follows it).
 */
function foldInPlace(text: string): string | null {
  if (ASCII.test(text)) return text.toLowerCase();
  if (/[\uD800-\uDFFF\u03A3]/.test(text)) return null;
  let oneForOne = true;
  const folded = text.replace(/[^\x00-\x7F]/g, (c) => {
    let f = foldedChars.get(c);
    if (f === undefined) {
      f = foldForSearch(c);
      if (foldedChars.size < 10_000) foldedChars.set(c, f);
    }
    if (f.length !== 1) oneForOne = false;
    return f;
  });
  // What is left is ASCII, or already folded (lower case without a capital sigma): lowering it
  // again changes nothing of the latter.
  return oneForOne ? folded.toLowerCase() : null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function wordEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  return end;
}

/** The start of the word before this position, or -1 when there is none. */
function wordBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && !WORD_CHAR.test(text[i - 1]!)) i--;
  if (i === 0) return -1;
  while (i > 0 && WORD_CHAR.test(text[i - 1]!)) i--;
  return i;
}

/** How many words lie between two positions, counted up to `cap`. */
function wordsBetween(text: string, from: number, to: number, cap: number): number {
  let n = 0;
  const word = words();
  word.lastIndex = from;
  for (let m = word.exec(text); m && m.index < to && n < cap; m = word.exec(text)) n++;
  return n;
}
