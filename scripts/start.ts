import { issuerProblem } from "@/lib/auth/oidc/discovery";
import { ensureAuthSecret } from "@/lib/env";
import { serverConfigOrExit } from "./config";
import { ensureBuilt, requireBuilt } from "./build-state";
import { IN_FLIGHT_GRACE_MS, prepareData, StartupError, sweepInBackground } from "./prepare";

const SWEEP_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * `npm start`: validate configuration, prepare the data folder, build if needed, serve.
 * `npm run serve` (--no-build) does the same on an existing build and never builds.
 */
async function main() {
  const startedAt = Date.now();
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const config = serverConfigOrExit();
  const serveOnly = process.argv.includes("--no-build");
  if (serveOnly) requireBuilt();
  process.env.AUTH_SECRET = ensureAuthSecret(config);
  const issuer = await issuerProblem(config);
  if (issuer) throw new StartupError(issuer);
  await prepareData(config);

  if (!serveOnly) ensureBuilt();

  (process.env as Record<string, string>).NODE_ENV = "production";
  const { serve } = await import("./server");
  const stop = await serve(config.PORT, config.HOST);
  console.log(`Rekry is running at ${config.PUBLIC_URL} (listening on ${config.HOST}:${config.PORT})`);
  let sweeping = sweepInBackground(config, startedAt);
  // Again every day: a CV whose delete the store refused during an erase is gone by the next one.
  setInterval(() => {
    sweeping = sweeping.then(() => sweepInBackground(config, Date.now() - IN_FLIGHT_GRACE_MS));
  }, SWEEP_EVERY_MS).unref();
  const shutdown = () => {
    void Promise.all([sweeping, stop()]).finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((e) => {
  console.error(e instanceof StartupError ? e.message : e);
  process.exit(1);
});
