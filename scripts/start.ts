import { ensureAuthSecret } from "@/lib/env";
import { serverConfigOrExit } from "./config";
import { ensureBuilt } from "./build-state";
import { prepareData, sweepInBackground } from "./prepare";

/** `npm start`: validate configuration, prepare the data folder, build if needed, serve. */
async function main() {
  const startedAt = Date.now();
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const config = serverConfigOrExit();
  process.env.AUTH_SECRET = ensureAuthSecret(config);
  await prepareData(config);

  ensureBuilt();

  (process.env as Record<string, string>).NODE_ENV = "production";
  const { serve } = await import("./server");
  const stop = await serve(config.PORT, config.HOST);
  console.log(`Rekry is running at ${config.PUBLIC_URL} (listening on ${config.HOST}:${config.PORT})`);
  const sweeping = sweepInBackground(config, startedAt);
  const shutdown = () => {
    void Promise.all([sweeping, stop()]).finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
