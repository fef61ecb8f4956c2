import { ConfigError, parseEnv, startConfig, type Env } from "@/lib/env";

/** The validated configuration for a command-line script, or a clear message and exit 1. */
export function configOrExit(): Env {
  try {
    return parseEnv(process.env);
  } catch (e) {
    return exitWith(e);
  }
}

/**
 * The configuration `npm start` serves with (see startConfig), written back to the environment
 * so the server's own env() sees the same PUBLIC_URL.
 */
export function serverConfigOrExit(): Env {
  try {
    const { config, notice } = startConfig(parseEnv(process.env), process.env.NODE_ENV);
    if (notice) console.log(notice);
    process.env.PUBLIC_URL = config.PUBLIC_URL;
    return config;
  } catch (e) {
    return exitWith(e);
  }
}

function exitWith(e: unknown): never {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
}
