import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What a production build is made from; a change to any of these calls for a new build. */
const INPUTS = [
  "app",
  "components",
  "lib",
  "db",
  "public",
  "next.config.ts",
  "tsconfig.json",
  "package-lock.json",
  "package.json",
];
const STAMP = path.join(".next", "rekry-build-hash");

function walk(entry: string, out: string[]): void {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) walk(path.join(entry, name), out);
  } else out.push(entry);
}

export function sourceHash(root = process.cwd()): string {
  const hash = createHash("sha256");
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function buildIsCurrent(root = process.cwd()): boolean {
  const stamp = path.join(root, STAMP);
  return (
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === sourceHash(root)
  );
}

export function markBuilt(root = process.cwd()): void {
  writeFileSync(path.join(root, STAMP), sourceHash(root));
}
