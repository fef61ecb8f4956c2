import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** Static imports, re-exports, side-effect imports and dynamic import() alike. */
const SPECIFIER = /\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g;

/** The repository paths a file imports (`@/x` and relative specifiers), packages left out. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(SPECIFIER)].flatMap(([, spec]) => {
    if (spec!.startsWith("@/")) return [path.normalize(spec!.slice(2))];
    if (spec!.startsWith(".")) return [path.join(path.dirname(file), spec!)];
    return [];
  });
}

const inside = (dir: string) => (target: string) => target === dir || target.startsWith(dir + path.sep);

/** Files under `from` that import anything under `to`, each with what it imports there. */
function crossings(from: string, to: string): string[] {
  return sources(from).flatMap((file) =>
    importsOf(file)
      .filter(inside(to))
      .map((target) => `${file} -> ${target}`),
  );
}

/** The file an import names, as it is on disk (`x` → `x.ts`, `x.tsx` or `x/index.ts`), or null. */
function fileOf(target: string): string | null {
  return (
    [`${target}.ts`, `${target}.tsx`, path.join(target, "index.ts"), target].find(
      (f) => existsSync(f) && statSync(f).isFile(),
    ) ?? null
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
