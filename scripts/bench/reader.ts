import type { ChildProcess } from "node:child_process";
import { openTarget, queueRealCvs, stillPending } from "./extraction";
import { intakeScenario, type CvsKept, type StoredFiles } from "./intake";
import type { Scenario } from "./measure";

/** Enough for the reader to be busy all through a 20 s intake (it reads 60 to 110 a second alone). */
const BACKLOG = 2500;

type Serve = (env: Record<string, string>) => Promise<ChildProcess>;

/**
 * The intake with and without the CV reader at work beside it (issue 21: reading CVs in the
 * background at 20 a second or more must not move the intake's p99 by more than 20 %). Two servers
 * on the same data, one after the other: first with `CV_READER=false`, so nothing is read; then
 * with the reader on and a backlog of real CVs (PDF, DOCX, ODT) waiting for their text, so it reads
 * all through the intake. The second intake's job holds the first one's applications too.
 */
export async function readerScenarios(
  base: string,
  env: Record<string, string>,
  serve: Serve,
  stored: StoredFiles,
  kept: CvsKept,
): Promise<Scenario[]> {
  const db = openTarget(env);
  const stop = async (server: ChildProcess) => {
    if (server.exitCode !== null) return;
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  };
  try {
    let server = await serve({ ...env, CV_READER: "false" });
    const without = await intakeScenario(base, stored, kept, ">= 0 req/s", ", CV reader off");
    await stop(server);
    // The CVs the intakes brought (random bytes after a PDF header) are marked as the reader finds
    // them, so the next server's reader starts with the backlog alone.
    await db.exec("update files set text_state = 'none', text_note = 'unreadable' where text_state = 'pending'", []);
    server = await serve(env);
    const backlog = await queueRealCvs(env, db, "bench-role-2", BACKLOG);
    // The intake starts once the reader has answered for its first CVs.
    const queued = performance.now();
    while ((await stillPending(db, backlog)) === backlog.length && performance.now() - queued < 30_000)
      await new Promise((r) => setTimeout(r, 50));
    const before = await stillPending(db, backlog);
    const started = performance.now();
    const beside = await intakeScenario(base, stored, kept, ">= 0 req/s", ", CV reader reading beside it");
    const seconds = (performance.now() - started) / 1000;
    const after = await stillPending(db, backlog);
    await stop(server);
    const rate = Math.round(((before - after) / seconds) * 10) / 10;
    const p99 = (rows: Scenario[]) => rows.find((r) => r.figure === "p99")!.value;
    const change = Math.round((p99(beside) / p99(without) - 1) * 1000) / 10;
    return [
      ...without,
      ...beside,
      {
        name: `CV text extraction beside the intake (${backlog.length} real CVs waiting${after === 0 ? ", all read before the intake ended" : ""})`,
        figure: "CVs/s",
        value: rate,
        unit: "CVs/s",
        target: ">= 20 CVs/s",
        held: rate >= 20,
      },
      {
        name: "intake p99 with the CV reader reading beside it, against the reader off",
        figure: "change",
        value: change,
        unit: "%",
        target: "<= +20 %",
        held: change <= 20 && after > 0,
      },
    ];
  } finally {
    await db.close();
  }
}
