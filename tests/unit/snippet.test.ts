import { afterEach, describe, expect, it, vi } from "vitest";
import * as fold from "@/lib/search/fold";
import { parseSearch } from "@/lib/search/query";
import { snippet, snippetByWords } from "@/lib/search/snippet";

vi.mock("@/lib/search/fold", async (original) => {
  const real = await original<typeof import("@/lib/search/fold")>();
  return { foldForSearch: vi.fn(real.foldForSearch) };
});

afterEach(() => vi.mocked(fold.foldForSearch).mockClear());

/** A CV-like text of `n` words drawn from `pool` by a fixed sequence, so every run is the same. */
function text(pool: string[], n: number, seed = 7): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(pool[x % pool.length]!);
  }
  return out.join(" ");
}

const POOL = [
  "Ceph,",
  "rook",
  "Rook.",
  "Kubernetes",
  "linux",
  "and",
  "the",
  "<b>",
  "&",
  "Åsa",
  "Öberg",
  "lagringssystemen",
  "site",
  "reliability",
  "drift",
  "ﬁle",
  "e\u0301cole",
  "ΣΟΦΊΑ",
  "σοφία",
  "王小明",
  "😀",
  "x²",
  "9",
  "müller",
  "erfarenhet",
  "\n\n",
  "-",
  "Göteborg",
  "naïve",
];
const SEARCHES = [
  "ceph rook",
  "rook",
  "asa",
  "oberg",
  "lagringssystem",
  '"site reliability"',
  "file",
  "ecole",
  "σοφια",
  "王",
  "muller 9",
  "kubevirt -ceph",
  "goteborg naive",
  "x2",
  "linux the and",
  "e",
];

describe("a snippet, found without folding every word", () => {
  it("is the same as the word-by-word reference on texts with every kind of character", () => {
    let found = 0;
    for (let seed = 1; seed <= 10; seed++) {
      vi.mocked(fold.foldForSearch).mockClear();
      const ascii = text(
        POOL.filter((w) => /^[\x00-\x7F]*$/.test(w)),
        300,
        seed,
      );
      const latin = text(
        POOL.filter((w) => !/[\u0300-\u036f\u03a3\ufb01\ud800-\udfff]/.test(w)),
        300,
        seed,
      );
      const any = text(POOL, 300, seed);
      for (const t of [ascii, latin, any, `${ascii} ${"x".repeat(10)}`.repeat(3)])
        for (const q of SEARCHES) {
          const expected = snippetByWords(t, parseSearch(q));
          if (expected) found++;
          expect(snippet(t, parseSearch(q)), `${q} in ${t.slice(0, 60)}`).toBe(expected);
        }
    }
    expect(found).toBeGreaterThan(300);
  });

  it("is the same where matches lie more than a window apart, at the start and at the end of the text", () => {
    const far = `Ceph ${"word ".repeat(30)}rook ${"word ".repeat(23)}ceph rook`;
    for (const t of [far, "rook", "ceph rook", `${"a ".repeat(5)}rook`, `rook ${"a ".repeat(30)}`])
      expect(snippet(t, parseSearch("ceph rook"))).toBe(snippetByWords(t, parseSearch("ceph rook")));
    expect(snippet(far, parseSearch("ceph rook"))).toBe(
      "…word word word word word word <mark>ceph</mark> <mark>rook</mark>",
    );
  });

  it("folds a CV of plain letters once, not word by word", () => {
    const cv = text(
      POOL.filter((w) => /^[\x00-\x7F]*$/.test(w)),
      700,
    );
    const search = parseSearch("ceph rook");
    vi.mocked(fold.foldForSearch).mockClear();
    expect(snippet(cv, search)).toContain("<mark>");
    expect(vi.mocked(fold.foldForSearch)).not.toHaveBeenCalled();
  });

  it("folds each different accented letter of a Swedish CV once at most", () => {
    const cv = text(["Åsa", "Öberg", "lagringssystemen", "drift", "och", "Göteborg", "ärende"], 700);
    const search = parseSearch("goteborg");
    vi.mocked(fold.foldForSearch).mockClear();
    expect(snippet(cv, search)).toContain("<mark>Göteborg</mark>");
    expect(vi.mocked(fold.foldForSearch).mock.calls.length).toBeLessThan(10);
  });
});
