import type { ChildProcess } from "node:child_process";
import { openTarget, queueRealCvs, stillPending } from "./extraction";
import { INTAKE_SECONDS, intakeScenario, type CvsKept, type StoredFiles } from "./intake";
import type { Scenario } from "./measure";

/** More than the reader gets through in the rounds' intakes (the seed's second job has 1,836 CVs). */
const BACKLOG = 2000;
/** Rounds of the two intakes: a 20 s intake's p99 moves by 10 to 20 % from one run to the next. */
const ROUNDS = 2;

type Serve = (env: Record<string, string>) => Promise<ChildProcess>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  await exited;
}

/**
 * The intake with and without the CV reader at work beside it (issue 21: reading CVs in the
 * background at 20 a second or more must not move the intake's p99 by more than 20 %). Servers on
 * the same data, one after the other, taking turns: one with `CV_READER=false`, so nothing is
 * read, then one with the reader on and a backlog of real CVs (PDF, DOCX, ODT) waiting for their
 * text, so it reads all through the intake; ROUNDS times. Each intake's job holds the ones before.
 * The figures: the CVs read per second during the reader's intakes, and the change of their mean
 * p99 against the mean p99 of the intakes without it.
 */
export async function readerScenarios(
  base: string,
  env: Record<string, string>,
  serve: Serve,
  stored: StoredFiles,
  kept: CvsKept,
): Promise<Scenario[]> {
  const db = openTarget(env);
  try {
    const backlog = await queueRealCvs(env, db, "bench-role-2", BACKLOG);
    const inBacklog = `id in (${backlog.map(() => "?").join(",")})`;
    const lease = (until: number | null) =>
      db.exec(`update files set text_lease_until = ? where ${inBacklog} and text_state = 'pending'`, [
        until,
        ...backlog,
      ]);
    const off: Scenario[][] = [];
    const on: Scenario[][] = [];
    let read = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      let server = await serve({ ...env, CV_READER: "false" });
      off.push(await intakeScenario(base, stored, kept, ">= 0 req/s", `, CV reader off (${round} of ${ROUNDS})`));
      await stop(server);
      // The CVs the intakes brought (random bytes after a PDF header) are marked as the reader finds
      // them, so the next server's reader has the backlog alone to read.
      await db.exec(
        `update files set text_state = 'none', text_note = 'unreadable' where text_state = 'pending' and not ${inBacklog}`,
        backlog,
      );
      // Parked while the server starts: its reader would read them all while it settles.
      await lease(Date.now() + 3_600_000);
      server = await serve(env);
      await lease(null);
      // The intake starts once the reader has answered for its first CVs.
      const waiting = await stillPending(db, backlog);
      const queued = performance.now();
      while ((await stillPending(db, backlog)) === waiting && performance.now() - queued < 30_000) await sleep(50);
      const before = await stillPending(db, backlog);
      const atEnd = sleep(INTAKE_SECONDS * 1000).then(() => stillPending(db, backlog));
      on.push(
        await intakeScenario(base, stored, kept, ">= 0 req/s", `, CV reader reading beside it (${round} of ${ROUNDS})`),
      );
      read += before - (await atEnd);
      await stop(server);
    }
    const left = await stillPending(db, backlog);
    const rate = Math.round((read / (ROUNDS * INTAKE_SECONDS)) * 10) / 10;
    const meanP99 = (runs: Scenario[][]) =>
      runs.reduce((sum, rows) => sum + rows.find((r) => r.figure === "p99")!.value, 0) / runs.length;
    const change = Math.round((meanP99(on) / meanP99(off) - 1) * 1000) / 10;
    return [
      ...off.flat(),
      ...on.flat(),
      {
        name: `CV text extraction beside the intake (${backlog.length} real CVs waiting${left === 0 ? ", all read before the end" : ""})`,
        figure: "CVs/s",
        value: rate,
        unit: "CVs/s",
        target: ">= 20 CVs/s",
        held: rate >= 20,
      },
      {
        name: `intake p99 with the CV reader reading beside it, against the reader off (means of ${ROUNDS} each)`,
        figure: "change",
        value: change,
        unit: "%",
        target: "<= +20 %",
        held: change <= 20 && left > 0,
      },
    ];
  } finally {
    await db.close();
  }
}
