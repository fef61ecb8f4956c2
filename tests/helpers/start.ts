import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * What a start-up test runs `npm start` with: the command (without npm around it), a throw-away
 * data folder, and these settings over the test process's own (never its PUBLIC_URL, nor its
 * DATABASE_URL unless given).
 */
export function startSetup(extra: Record<string, string>): { args: string[]; env: NodeJS.ProcessEnv; dir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rekry-start-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_PATH: path.join(dir, "rekry.db"),
    UPLOAD_DIR: path.join(dir, "uploads"),
    ...extra,
  };
  delete env.PUBLIC_URL;
  if (!("DATABASE_URL" in extra)) delete env.DATABASE_URL;
  return { args: ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], env, dir };
}
