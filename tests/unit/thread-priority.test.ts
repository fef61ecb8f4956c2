import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { CvReader } from "@/lib/cv-text/reader";
import { WEBHOOK_NICE, READER_NICE } from "@/lib/threads/lower-priority.mjs";

/** Each thread of this process with its nice value (field 19 of /proc/self/task/TID/stat). */
function niceValues(): Map<number, number> {
  const nices = new Map<number, number>();
  for (const tid of readdirSync("/proc/self/task")) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // Fields after the command name in parentheses, which may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    nices.set(Number(tid), Number(fields[16]));
  }
  return nices;
}

const HELPER = pathToFileURL(path.join(process.cwd(), "lib", "threads", "lower-priority.mjs")).href;

/**
 * The server's background threads (the CV reader, the webhook runner) run at a lower priority, so
 * on a busy machine their work waits for the requests' (the intake's p99 beside the reader: see
 * the README's bench notes). Linux gives each thread its own nice value; elsewhere nothing changes.
 */
describe.skipIf(process.platform !== "linux")("background threads' priority", () => {
  it("lowerThreadPriority lowers the thread that calls it (as the webhook runner's), and no other", async () => {
    const before = niceValues();
    expect(before.get(process.pid)).toBe(0);
    const worker = new Worker(
      `const { parentPort } = require("node:worker_threads");
       import(${JSON.stringify(HELPER)}).then((m) => parentPort.postMessage(m.lowerThreadPriority(m.WEBHOOK_NICE)));
       setInterval(() => {}, 1000);`,
      { eval: true },
    );
    try {
      expect(await new Promise((resolve) => worker.once("message", resolve))).toBe(true);
      const after = niceValues();
      const lowered = [...after].filter(([tid, nice]) => nice === WEBHOOK_NICE && before.get(tid) !== nice);
      expect(lowered).toHaveLength(1);
      expect(after.get(process.pid)).toBe(0);
    } finally {
      await worker.terminate();
    }
  });

  it("the CV reader's thread reads at READER_NICE", async () => {
    expect(READER_NICE).toBeGreaterThan(0);
    const before = niceValues();
    const reader = new CvReader();
    try {
      const read = await reader.read(path.join(process.cwd(), "tests", "fixtures", "cv", "libreoffice.pdf"), "pdf");
      expect(read.ok).toBe(true);
      // The reader's thread, and any thread it started (they inherit its nice value).
      const lowered = [...niceValues()].filter(([tid, nice]) => nice === READER_NICE && before.get(tid) !== nice);
      expect(lowered.length).toBeGreaterThan(0);
      expect(niceValues().get(process.pid)).toBe(0);
    } finally {
      await reader.close();
    }
  });
});
