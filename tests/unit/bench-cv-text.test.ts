import { describe, expect, it } from "vitest";
import { foldForSearch } from "@/lib/search/fold";
import { benchCvText, CV_VOCABULARY_SIZE } from "@/scripts/bench/cv-text";

// The bench's search figures are only worth something if its CV text searches like real CVs.
const N = 1000;
const texts = Array.from({ length: N }, (_, i) => benchCvText(i));
const tokens = texts.map((text) =>
  foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean),
);
const sets = tokens.map((words) => new Set(words));
const folded = texts.map(foldForSearch);
const share = (has: (words: Set<string>, text: string) => boolean) =>
  sets.filter((words, i) => has(words, folded[i]!)).length / N;

describe("the bench's CV text", () => {
  it("is about 5 KB for each application, and the same for the same application", () => {
    for (const text of texts.slice(0, 50)) {
      expect(Buffer.byteLength(text)).toBeGreaterThan(4800);
      expect(Buffer.byteLength(text)).toBeLessThan(6000);
    }
    expect(benchCvText(7)).toBe(texts[7]);
    expect(new Set(texts).size).toBe(N);
  });

  it("draws on a few thousand distinct words with a Zipf-like frequency", () => {
    expect(CV_VOCABULARY_SIZE).toBeGreaterThan(3000);
    const counts = new Map<string, number>();
    for (const words of tokens) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    expect(counts.size).toBeGreaterThan(3000);
    const ranked = [...counts.values()].sort((a, b) => b - a);
    // Zipf: frequency falls with rank about as 1/rank, so the 10th and 100th words are far apart
    // and most words are rare (the old 35-word pool had every word in every CV).
    expect(ranked[0]! / ranked[9]!).toBeGreaterThan(2);
    expect(ranked[9]! / ranked[99]!).toBeGreaterThan(4);
    expect(ranked[99]! / ranked[999]!).toBeGreaterThan(4);
    const cvsWith = new Map<string, number>();
    for (const words of sets) for (const w of words) cvsWith.set(w, (cvsWith.get(w) ?? 0) + 1);
    const inFewerThanOneCvInTen = [...cvsWith.values()].filter((n) => n < N / 10).length;
    expect(inFewerThanOneCvInTen / cvsWith.size).toBeGreaterThan(0.5);
  });

  it("names skills as real CVs do: 'ceph rook' in a few per cent, Kubernetes in many, Swedish in some", () => {
    const ceph = share((w) => w.has("ceph"));
    const cephRook = share((w) => w.has("ceph") && w.has("rook"));
    expect(ceph).toBeGreaterThan(0.05);
    expect(ceph).toBeLessThan(0.25);
    expect(cephRook).toBeGreaterThan(0.01);
    expect(cephRook).toBeLessThan(0.1);
    expect(share((w) => w.has("kubernetes"))).toBeGreaterThan(0.25);
    // What the bench's other queries look for: a word, a phrase, an exclusion, a Swedish stem.
    expect(share((w) => w.has("bgp"))).toBeGreaterThan(0.02);
    expect(share((_, text) => text.includes("site reliability"))).toBeGreaterThan(0.05);
    expect(share((w) => w.has("kubevirt") && !w.has("ceph"))).toBeGreaterThan(0.005);
    const swedish = share((w) => [...w].some((x) => x.startsWith("lagringssystem")));
    expect(swedish).toBeGreaterThan(0.005);
    expect(swedish).toBeLessThan(0.2);
    expect(share((w) => w.has("och"))).toBeGreaterThan(0.2);
  });
});
