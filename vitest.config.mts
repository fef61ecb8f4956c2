import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests run lib/ code directly, outside a React server bundle.
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/empty.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // Most test files wait on sockets, child processes and fsync, not the CPU: vitest's default
    // (one worker fewer than the cores) ran one file at a time on the two-core CI machine with the
    // cores 60 % idle. One more worker than cores; the CLI test's spawns got a longer timeout for it.
    maxWorkers: availableParallelism() + 1,
    testTimeout: 20_000,
    setupFiles: ["tests/helpers/hash-cost.ts"],
    // Lets tests drive Auth.js's own route handlers: next-auth imports "next/server" without the
    // extension, which only Vite's resolver (not Node's) finds.
    server: { deps: { inline: ["next-auth"] } },
  },
});
