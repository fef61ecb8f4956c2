import { ConfigError, parseEnv, type Env } from "@/lib/env";

/** The validated configuration for a command-line script, or a clear message and exit 1. */
export function configOrExit(): Env {
  try {
    return parseEnv(process.env);
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : e);
    process.exit(1);
  }
}
