import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { startCommand } from "../../../scripts/start-command";

/** A second production server on its own data folder, for tests that must kill and restart it. */
export class ExtraServer {
  private child?: ChildProcess;
  constructor(
    readonly port: number,
    readonly dataDir: string,
    /** Where the server's own output goes, for tests that read its log; dropped when unset. */
    readonly logFile?: string,
    /** Settings over the defaults below, such as DATABASE_URL and the secrets instances share. */
    readonly extraEnv: Record<string, string> = {},
  ) {}

  get baseURL() {
    return `http://127.0.0.1:${this.port}`;
  }

  get env() {
    return {
      ...process.env,
      PORT: String(this.port),
      DATABASE_PATH: path.join(this.dataDir, "rekry.db"),
      UPLOAD_DIR: path.join(this.dataDir, "uploads"),
      APPLY_RATE_LIMIT: "100000",
      PUBLIC_URL: this.baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      MFA_REQUIRED: "off",
      ...this.extraEnv,
    };
  }

  async start(): Promise<void> {
    // The command `npm start` runs, without npm around it; in a process group of its own, so
    // SIGKILL reaches whatever it starts.
    const [command, args] = startCommand();
    // A server from another run on this port would answer the health check in this one's place.
    if (await portTaken(this.port))
      throw new Error(`port ${this.port} is taken by another process: pick another E2E_PORT`);
    const child = spawn(command, args, { env: this.env, detached: true, stdio: this.output() });
    this.child = child;
    let exited: string | undefined;
    child.once("exit", (code, signal) => {
      exited = `exited with ${signal ?? `code ${code}`}`;
    });
    const started = Date.now();
    const deadline = started + 90_000;
    let last = "no answer yet";
    while (Date.now() < deadline) {
      if (exited) break;
      try {
        const response = await fetch(`${this.baseURL}/api/health`, { signal: AbortSignal.timeout(5_000) });
        if (response.ok) return;
        last = `health answered ${response.status}: ${(await response.text()).slice(0, 200)}`;
      } catch (e) {
        last = `health failed: ${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : e}`;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    // Say why, so a failure in CI can be read from its output alone.
    throw new Error(
      `the extra server on port ${this.port} did not become healthy in ${Date.now() - started} ms ` +
        `(${exited ?? "still running"}; last: ${last})${this.logTail()}`,
    );
  }

  private logTail(): string {
    if (!this.logFile) return "";
    try {
      const lines = readFileSync(this.logFile, "utf8").trimEnd().split("\n").slice(-15);
      return `\n--- last lines of ${this.logFile} ---\n${lines.join("\n")}`;
    } catch {
      return "";
    }
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  private output(): "ignore" | ["ignore", number, number] {
    if (!this.logFile) return "ignore";
    mkdirSync(path.dirname(this.logFile), { recursive: true });
    const fd = openSync(this.logFile, "a");
    return ["ignore", fd, fd];
  }

  kill(signal: NodeJS.Signals = "SIGKILL"): void {
    if (this.child?.pid) {
      try {
        process.kill(-this.child.pid, signal);
      } catch {
        // already gone
      }
    }
  }
}

/** Whether something on this machine already accepts connections on the port. */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export function pdfBytes(): Buffer {
  return readFileSync(path.join(__dirname, "..", "..", "fixtures", "cv.pdf"));
}
