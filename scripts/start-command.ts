import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * What `npm start` runs (package.json's `start` script), as a command and arguments for spawn,
 * without npm around it: the bench and the browser tests start the server exactly this way.
 */
export function startCommand(root = process.cwd()): [string, string[]] {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: { start: string } };
  const [command, ...args] = pkg.scripts.start.split(/\s+/);
  return [command === "node" ? process.execPath : command!, args];
}
