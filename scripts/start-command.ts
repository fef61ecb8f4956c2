import { spawn } from "node:child_process";
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

/** Runs `npm start`'s command in a child process that gets this one's signals; exits with it. */
export function startInChild(): void {
  const [command, args] = startCommand();
  const server = spawn(command, args, { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 1));
}
