import { builtinModules } from "node:module";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileServer, NATIVE_PACKAGES } from "@/scripts/compile-server.mjs";

let outDir: string;
beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), "rekry-dist-"));
});
afterAll(() => rm(outDir, { recursive: true, force: true }));

const BUNDLES = ["server.cjs", "sweep-worker.cjs", "webhook-worker.cjs"];

async function whole(): Promise<void> {
  expect((await readdir(outDir)).sort()).toEqual([...BUNDLES, "server-inputs.json"].sort());
  const inputs = JSON.parse(await readFile(path.join(outDir, "server-inputs.json"), "utf8")) as { files: string[] };
  expect(inputs.files).toContain("scripts/start.ts");
  for (const file of BUNDLES) expect(await readFile(path.join(outDir, file), "utf8")).toMatch(/\n$/);
}

describe("the server's bundle", () => {
  it("is built whole by builds started together, with nothing of theirs left beside it", async () => {
    // Two test files (or two instances on one checkout) that find it missing build it at once.
    const built = await Promise.all([compileServer(outDir), compileServer(outDir), compileServer(outDir)]);
    expect(built).toEqual(Array(3).fill(path.join(outDir, "server.cjs")));
    await whole();
  }, 60_000);

  it("is built again when its list of inputs is half written, rather than failing to start", async () => {
    await writeFile(path.join(outDir, "server-inputs.json"), '{ "files": ["scripts/st');
    await expect(compileServer(outDir)).resolves.toBe(path.join(outDir, "server.cjs"));
    await whole();
  }, 60_000);

  it("carries the webhook runner's packages inside its own bundle, all but the native ones", async () => {
    await compileServer(outDir);
    const worker = await readFile(path.join(outDir, "webhook-worker.cjs"), "utf8");
    const required = new Set([...worker.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
    const packages = [...required].filter((id) => !id.startsWith("node:") && !builtinModules.includes(id));
    expect(packages.sort()).toEqual([...NATIVE_PACKAGES].sort());
    // The server's bundle still loads its packages from node_modules (Next among them).
    expect(await readFile(path.join(outDir, "server.cjs"), "utf8")).toMatch(/require\("drizzle-orm"\)/);
  }, 60_000);
});
