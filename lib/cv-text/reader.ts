import path from "node:path";
import { Worker } from "node:worker_threads";
import type { CvTextNote } from "@/db/enums";

/** At most this much UTF-8 text is kept per CV. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** A CV's reader is ended after this long, and the CV marked "no text". */
export const READ_TIMEOUT_MS = 30_000;
/** The reader thread's heap: a CV that needs more (a zip bomb, a pathological PDF) kills only it. */
const WORKER_HEAP_MB = 192;

export type Extracted = { ok: true; text: string; truncated: boolean } | { ok: false; note: CvTextNote };
type Job = { id: number; file: string; type: string; maxBytes: number };
type Pending = { resolve: (r: Extracted) => void; timer: NodeJS.Timeout };

/** Plain JavaScript, found from the working directory (the server, scripts and tests run from the repository). */
const WORKER_FILE = path.join(process.cwd(), "lib", "cv-text", "extract-worker.mjs");

/**
 * One worker thread that reads CVs one at a time, kept while there is work and ended when idle (the
 * runner calls close). A read that outlasts its time, or a thread that dies (out of memory, a crash
 * in a parser), ends that thread and answers "timeout" or "unreadable"; the next read starts a new one.
 */
export class CvReader {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly options: { timeoutMs?: number; maxBytes?: number } = {}) {}

  private start(): Worker {
    const worker = new Worker(WORKER_FILE, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    // pdf.js warns about fonts and broken objects on stdout; nothing there is ours to show.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on("message", (m: { id: number } & Extracted) => {
      const job = this.pending.get(m.id);
      if (!job) return;
      clearTimeout(job.timer);
      this.pending.delete(m.id);
      job.resolve(m.ok ? { ok: true, text: m.text, truncated: m.truncated } : { ok: false, note: m.note });
    });
    const fail = () => this.endWorker(worker, "unreadable");
    worker.on("error", fail);
    worker.on("exit", fail);
    return worker;
  }

  private endWorker(worker: Worker, note: CvTextNote): void {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const [, job] of this.pending) {
      clearTimeout(job.timer);
      job.resolve({ ok: false, note });
    }
    this.pending.clear();
    void worker.terminate();
  }

  /** The text of one spooled CV of a sniffed type ("pdf", "docx", "odt"). */
  read(file: string, type: string): Promise<Extracted> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.endWorker(worker, "timeout"), this.options.timeoutMs ?? READ_TIMEOUT_MS);
      this.pending.set(id, { resolve, timer });
      worker.postMessage({ id, file, type, maxBytes: this.options.maxBytes ?? MAX_TEXT_BYTES } satisfies Job);
    });
  }

  /** Ends the thread (its heap goes with it); reads still waiting answer "unreadable". */
  async close(): Promise<void> {
    if (this.worker) this.endWorker(this.worker, "unreadable");
  }
}
