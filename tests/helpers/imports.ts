import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** The .ts and .tsx files under `dir`, at any depth. */
export function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** Static imports, re-exports, side-effect imports and dynamic import() alike. */
const SPECIFIER = /\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g;

/** The repository paths a file imports (`@/x` and relative specifiers), packages left out. */
export function importsOf(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(SPECIFIER)].flatMap(([, spec]) => {
    if (spec!.startsWith("@/")) return [path.normalize(spec!.slice(2))];
    if (spec!.startsWith(".")) return [path.join(path.dirname(file), spec!)];
    return [];
  });
}

/** Whether a path is `dir` or lies under it. */
export const inside = (dir: string) => (target: string) => target === dir || target.startsWith(dir + path.sep);

/** The file an import names, as it is on disk (`x` → `x.ts`, `x.tsx` or `x/index.ts`), or null. */
export function fileOf(target: string): string | null {
  return (
    [`${target}.ts`, `${target}.tsx`, path.join(target, "index.ts"), target].find(
      (f) => existsSync(f) && statSync(f).isFile(),
    ) ?? null
  );
}
