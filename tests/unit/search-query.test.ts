import { foldForSearch } from "@/lib/search/fold";
import { describe, expect, it } from "vitest";
import { fts5Query } from "@/db/dialect/sqlite";
import { fullTextQuery, parseSearch } from "@/lib/search/query";
import { snippet } from "@/lib/search/snippet";
import { stems } from "@/lib/search/stem";

describe("parsing a search", () => {
  it("folds words, keeps quoted phrases and -exclusions apart, and ignores punctuation", () => {
    const parsed = parseSearch(' Ceph  "Site Reliability" -Java -"on call" ÖVERVAKNING !!! ');
    expect(parsed.words.map((w) => w.word)).toEqual(["ceph", "overvakning"]);
    expect(parsed.phrases).toEqual([["site", "reliability"]]);
    expect(parsed.excluded).toEqual([["java"], ["on", "call"]]);
  });

  it("looks a word up by its English and Swedish stems, never by a stem too short to mean anything", () => {
    expect(stems("interviews")).toEqual(["interview"]);
    expect(stems("lagringssystemen")).toEqual(["lagringssystem"]);
    expect(stems("ceph")).toEqual(["ceph"]);
    expect(stems("is")).toEqual(["is"]);
  });

  it("writes an FTS5 query in which nothing typed can be syntax", () => {
    expect(fts5Query(fullTextQuery(parseSearch('ceph "rook operator" -java')))).toBe(
      '("ceph" *) AND "rook operator" NOT ("java" *)',
    );
    expect(fts5Query(fullTextQuery(parseSearch('NEAR(a b) OR "x* AND y')))).toBe(
      '("near" *) AND ("a" *) AND ("b" *) AND ("or" *) AND "x and y"',
    );
  });
});

describe("a snippet", () => {
  it("marks the matching words around the densest match, escapes everything else and says where text was cut", () => {
    const text = `${"filler ".repeat(40)}Ran <b>Ceph</b> & Rook on Kubernetes. ${"more ".repeat(40)}`;
    const html = snippet(text, parseSearch("ceph rook"))!;
    expect(html).toMatch(/^…/);
    expect(html).toMatch(/…$/);
    expect(html).toContain("Ran &lt;b&gt;<mark>Ceph</mark>&lt;/b&gt; &amp; <mark>Rook</mark> on Kubernetes");
    expect(snippet(text, parseSearch("kafka"))).toBeNull();
  });
});

describe("folding a word for search", () => {
  it("lower-cases and drops diacritics, the same on the ASCII fast path as on the general one", () => {
    expect(foldForSearch("Åsa")).toBe("asa");
    expect(foldForSearch("ÖBERG")).toBe("oberg");
    expect(foldForSearch("Kubernetes")).toBe("kubernetes");
    expect(foldForSearch("naïve café ﬁle")).toBe("naive cafe file");
    const general = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    for (const word of ["Ceph", "ROOK", "k8s", "C++", "TypeScript-5", "Zürich", "Ñandú", "Ǆ", "ﬀ", "Ⅻ"])
      expect(foldForSearch(word)).toBe(general(word));
  });
});
