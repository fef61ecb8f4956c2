import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync, readFileSync } from "node:fs";
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
    this.child = spawn(command, args, { env: this.env, detached: true, stdio: this.output() });
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.baseURL}/api/health`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("the extra server did not become healthy");
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

export function pdfBytes(): Buffer {
  return readFileSync(path.join(__dirname, "..", "..", "fixtures", "cv.pdf"));
}
