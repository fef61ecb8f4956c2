// Plain JavaScript on purpose: this is what turns the TypeScript server into JavaScript, so it
// must run under plain `node` before anything is compiled.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SERVER_BUNDLE = path.join(ROOT, "dist", "server.cjs");
/**
 * What one build writes: the server, the start-up upload sweep's worker thread (scripts/sweep-worker.ts;
 * started by scripts/prepare.ts) and the webhook runner's (scripts/webhook-worker.ts; started by
 * scripts/webhook-runner.ts), and beside them the list of their inputs with its hash.
 */
const BUNDLES = ["server.cjs", "sweep-worker.cjs", "webhook-worker.cjs"];
const INPUTS = "server-inputs.json";
/** Packages a bundle cannot carry: compiled native code (and node-postgres's optional binding to it). */
export const NATIVE_PACKAGES = ["better-sqlite3", "pg-native"];
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

function isCurrent(dir) {
  if (![...BUNDLES, INPUTS].every((file) => existsSync(path.join(dir, file)))) return false;
  try {
    const { files, hash } = JSON.parse(readFileSync(path.join(dir, INPUTS), "utf8"));
    return Array.isArray(files) && hashOf(files) === hash;
  } catch {
    // Unreadable (written by a build of an older recipe, or cut short): build again.
    return false;
  }
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
 * nothing but the bundle's lazy imports would keep Next out of it. The webhook runner's carries its
 * packages too (see below). All come from one build, so the inputs' hash covers all, packages
 * included. Rebuilt only when one of their sources changed since the last build (a build takes
 * about a second; esbuild is loaded only then).
 */
export async function compileServer(outDir = path.dirname(SERVER_BUNDLE)) {
  const server = path.join(outDir, BUNDLES[0]);
  if (isCurrent(outDir)) return server;
  const esbuild = await import("esbuild");
  // Built beside the bundles and renamed into place one by one, the inputs' hash last: builds
  // started together (two test files, two instances on one checkout) each finish whole, and a
  // server or worker started meanwhile loads either the old bundle or the new one, never half.
  mkdirSync(outDir, { recursive: true });
  const staging = mkdtempSync(path.join(outDir, ".build-"));
  try {
    const common = {
      absWorkingDir: ROOT,
      outdir: staging,
      outExtension: { ".js": ".cjs" },
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      tsconfig: "tsconfig.json",
      metafile: true,
      logLevel: "warning",
      plugins: [serverOnlyMarker],
    };
    const results = await Promise.all([
      esbuild.build({
        ...common,
        entryPoints: { server: "scripts/start.ts", "sweep-worker": "scripts/sweep-worker.ts" },
        packages: "external",
      }),
      // The webhook runner's thread starts whenever deliveries fall due after a quiet minute, beside
      // the requests it must not slow: with its packages inside (all but the native SQLite driver and
      // node-postgres's optional native binding), it starts without resolving and compiling a few
      // hundred files of node_modules (about 160 ms of CPU where it took 400, and half the wall time).
      esbuild.build({
        ...common,
        entryPoints: { "webhook-worker": "scripts/webhook-worker.ts" },
        external: [...NATIVE_PACKAGES],
      }),
    ]);
    const files = [...new Set(results.flatMap((result) => Object.keys(result.metafile.inputs)))].sort();
    writeFileSync(path.join(staging, INPUTS), JSON.stringify({ files, hash: hashOf(files) }, null, 2) + "\n");
    for (const file of [...BUNDLES, INPUTS]) renameSync(path.join(staging, file), path.join(outDir, file));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return server;
}
