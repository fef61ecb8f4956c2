import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileOf, importsOf, inside, sources } from "../helpers/imports";

/** Files under `from` that import anything under `to`, each with what it imports there. */
function crossings(from: string, to: string): string[] {
  return sources(from).flatMap((file) =>
    importsOf(file)
      .filter(inside(to))
      .map((target) => `${file} -> ${target}`),
  );
}

/** Every chain of imports inside lib/ from `start` to a file under `to` (each chain ends at its first such file). */
function chainsTo(start: string, to: string): string[] {
  const seen = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  const found: string[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    for (const target of importsOf(file)) {
      const next = fileOf(target);
      if (!next || !inside("lib")(next) || seen.has(next)) continue;
      seen.set(next, file);
      if (!inside(to)(next)) {
        queue.push(next);
        continue;
      }
      const chain = [next];
      for (let at: string | null | undefined = file; at; at = seen.get(at)) chain.push(at);
      found.push(chain.reverse().join(" -> "));
    }
  }
  return found;
}

describe("db/ sits below lib/", () => {
  it("has no file in db/ that imports from lib/, by alias or by relative path", () => {
    expect(sources("db").length).toBeGreaterThan(5);
    expect(crossings("db", "lib")).toEqual([]);
  });

  it("sees the imports it checks (db/sqlite.ts imports db/schema)", () => {
    expect(importsOf(path.join("db", "sqlite.ts"))).toContain(path.join("db", "schema"));
  });
});

describe("lib/feedback builds on lib/applications, never the other way", () => {
  it("has no file in lib/applications that imports lib/feedback", () => {
    expect(crossings(path.join("lib", "applications"), path.join("lib", "feedback"))).toEqual([]);
  });

  it("has no file in lib/applications that reaches lib/feedback through other folders of lib/ either", () => {
    const paths = sources(path.join("lib", "applications")).flatMap((start) =>
      chainsTo(start, path.join("lib", "feedback")),
    );
    expect(paths).toEqual([]);
  });

  it("sees feedback's imports of applications (the direction that is allowed)", () => {
    expect(crossings(path.join("lib", "feedback"), path.join("lib", "applications"))).toContain(
      `${path.join("lib", "feedback", "decision.ts")} -> ${path.join("lib", "applications", "transition")}`,
    );
  });
});
