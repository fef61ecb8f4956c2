import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What a production build is made from; a change to any of these calls for a new build. */
const INPUTS = [
  "app",
  "components",
  "lib",
  "db",
  // The message catalogs and next-intl's request config are built in like the code that reads them.
  "messages",
  "i18n",
  "public",
  "proxy.ts",
  "instrumentation.ts",
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

/** A hash over what the build is made from (INPUTS and the server actions key). */
export function sourceHash(root = process.cwd()): string {
  const hash = createHash("sha256");
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  }
  // Next bakes the server actions key into the build (and salts the actions' ids with it), so a
  // build made with another key, or none, is not this one.
  hash.update(
    `key:${createHash("sha256")
      .update(process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? "")
      .digest("hex")}`,
  );
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

/**
 * The production build, with webpack rather than Next 16's default Turbopack: Turbopack keeps
 * whole modules where webpack keeps only the exports in use, and for the apply page's shared
 * zod schema that is the difference between 179 KB and 172 KB of gzipped JavaScript (issue 14's
 * budget is 175 KB). Development (`npm run dev`) keeps Turbopack.
 */
export const BUILD_ARGS = ["build", "--webpack"];

/**
 * For `npm run serve`: instances that share one build never build; without one they stop with a
 * line saying so. A build older than the source is served as it is, with a warning, since the
 * instances sharing it must all serve the same one.
 */
export function requireBuilt(root = process.cwd()): void {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error(
      `No production build in ${path.join(root, ".next")}: run \`npm run build\` first (npm start builds when needed).`,
    );
    process.exit(1);
  }
  if (!buildIsCurrent(root))
    console.warn("Serving the existing build, which is older than the source (npm run serve never builds).");
}

/** Builds the production app unless the source is unchanged since the last build; exits on failure. */
export function ensureBuilt(root = process.cwd()): void {
  if (buildIsCurrent(root)) return;
  console.log("Building the app (first start, or the source changed)...");
  build(root);
}

/** `npm run build`: the production build, stamped with its source so npm start and serve know it. */
export function build(root = process.cwd()): void {
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), ...BUILD_ARGS], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  markBuilt(root);
}
