// Plain JavaScript on purpose: this is what turns the TypeScript server into JavaScript, so it
// must run under plain `node` before anything is compiled.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SERVER_BUNDLE = path.join(ROOT, "dist", "server.cjs");
/** The start-up upload sweep's worker thread (scripts/sweep-worker.ts; started by scripts/prepare.ts). */
const SWEEP_WORKER = path.join(ROOT, "dist", "sweep-worker.cjs");
/** The webhook runner's worker thread (scripts/webhook-worker.ts; started by scripts/webhook-runner.ts). */
const WEBHOOK_WORKER = path.join(ROOT, "dist", "webhook-worker.cjs");
const INPUTS_FILE = path.join(ROOT, "dist", "server-inputs.json");
const THIS_FILE = fileURLToPath(import.meta.url);

/** One hash over the bundle's source files (as the last build listed them) and this recipe. */
function hashOf(files) {
  const hash = createHash("sha256");
  for (const file of [THIS_FILE, ...files]) {
    const full = path.resolve(ROOT, file);
    hash.update(path.relative(ROOT, full));
    hash.update(existsSync(full) ? readFileSync(full) : "missing");
  }
  return hash.digest("hex");
}

function isCurrent() {
  if (![SERVER_BUNDLE, SWEEP_WORKER, WEBHOOK_WORKER, INPUTS_FILE].every((file) => existsSync(file))) return false;
  const { files, hash } = JSON.parse(readFileSync(INPUTS_FILE, "utf8"));
  return hashOf(files) === hash;
}

/**
 * `server-only` marks modules that must never reach a browser bundle; Next resolves it to nothing
 * on the server, and so does this bundle, which is server code by definition (the package itself
 * throws unless loaded under React's server condition).
 */
const serverOnlyMarker = {
  name: "server-only",
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
  },
};

/**
 * The production server's code (scripts/start.ts and what it imports from lib/ and db/) as one
 * CommonJS file, so it runs under plain `node` with no TypeScript loader. Packages stay outside
 * the bundle and load from node_modules as usual, `next` and the native SQLite driver included.
 * Beside it, the upload sweep's and the webhook runner's worker threads, each a small bundle of
 * its own: a worker started from the server's bundle would load the whole server again, and
 * nothing but the bundle's lazy imports would keep Next out of it. All come from one build, so the
 * inputs' hash covers all. Rebuilt only when one of their sources changed since the last build (a build takes about
 * a second; esbuild is loaded only then).
 */
export async function compileServer() {
  if (isCurrent()) return SERVER_BUNDLE;
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: {
      server: "scripts/start.ts",
      "sweep-worker": "scripts/sweep-worker.ts",
      "webhook-worker": "scripts/webhook-worker.ts",
    },
    outdir: path.dirname(SERVER_BUNDLE),
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    tsconfig: "tsconfig.json",
    metafile: true,
    logLevel: "warning",
    plugins: [serverOnlyMarker],
  });
  const files = Object.keys(result.metafile.inputs).sort();
  writeFileSync(INPUTS_FILE, JSON.stringify({ files, hash: hashOf(files) }, null, 2) + "\n");
  return SERVER_BUNDLE;
}
