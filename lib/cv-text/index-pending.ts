import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { cvTexts, files } from "@/db/schema";
import type { FileStore } from "@/lib/files/store";
import { fileClosed, newTempPath, removeQuietly } from "@/lib/files/storage";
import type { CvReader } from "./reader";

/** How long a claim lasts: past the reader's 30 s, so only a runner that died loses one. */
const LEASE_MS = 2 * 60 * 1000;
/** A CV claimed this many times without an answer (its runner died each time) is given up. */
export const MAX_ATTEMPTS = 3;

export type IndexRun = { claimed: number; text: number; none: number };

const waiting = (now: Date) =>
  and(eq(files.textState, "pending"), or(isNull(files.textLeaseUntil), lte(files.textLeaseUntil, now)));

/**
 * Claims up to `limit` CVs still without text under a lease, in one statement (rows another
 * instance claims at that moment are passed over), counting each claim as an attempt. Not durable,
 * as the webhook runner's claims: a claim lost in a crash leaves the CV waiting, to be claimed
 * again (on PostgreSQL the commit does not wait for the disk, beside an intake's commits that do).
 */
async function claim(database: Database, now: Date, limit: number) {
  const rows = await database.writeAtomic(
    (tx) =>
      tx
        .update(files)
        .set({ textLeaseUntil: new Date(now.getTime() + LEASE_MS), textAttempts: sql`${files.textAttempts} + 1` })
        .where(
          sql`${files.id} in (select ${files.id} from ${files} where ${waiting(now)} order by ${files.id} limit ${limit} ${database.dialect.skipLocked()})`,
        )
        .returning({
          id: files.id,
          applicationId: files.applicationId,
          storageKey: files.storageKey,
          type: files.detectedType,
          attempts: files.textAttempts,
        })
        .all(),
    { durable: false },
  );
  return rows.sort((a, b) => a.id - b.id);
}

/** Still pending, so an erase or a second runner in between is not overwritten. */
const stillMine = (id: number) => and(eq(files.id, id), eq(files.textState, "pending"));

/**
 * Reads the text of CVs that have none yet, a batch at a time, off the request path: the server's
 * runner calls it every few seconds, `npm run cv:index` until nothing is left. Each CV is spooled
 * from the store to a private temp file (never held whole in memory here) and read by the reader's
 * worker thread; its text is stored, or it is marked "none" with why, never retried for ever.
 */
export async function indexPendingCvs(
  database: Database,
  store: FileStore,
  reader: CvReader,
  uploadDir: string,
  limit = 20,
  now = new Date(),
): Promise<IndexRun> {
  const claimed = await claim(database, now, limit);
  const run: IndexRun = { claimed: claimed.length, text: 0, none: 0 };
  // Each CV's text is written while the next one is read: under load a write waits its turn behind
  // the requests' writes, and the reader would sit idle meanwhile. Each is an update of the file's
  // row (locked by it, so an erase in between waits or wins) and its text's rows, and not durable:
  // one lost in a crash leaves the CV waiting with its claim, to be read again when it runs out.
  let writing: Promise<void> = Promise.resolve();
  for (const cv of claimed) {
    const result =
      cv.attempts > MAX_ATTEMPTS
        ? ({ ok: false, note: "unreadable" } as const)
        : await readOne(store, reader, uploadDir, cv);
    await writing;
    writing = database.writeAtomic(
      async (tx) => {
        if (result.ok) {
          const updated = await tx
            .update(files)
            .set({ textState: "text", textNote: null, textLeaseUntil: null })
            .where(stillMine(cv.id))
            .run();
          if (updated.changes === 0) return;
          await tx.delete(cvTexts).where(eq(cvTexts.fileId, cv.id)).run();
          await tx
            .insert(cvTexts)
            .values({
              fileId: cv.id,
              applicationId: cv.applicationId,
              body: result.text,
              truncated: result.truncated,
              extractedAt: new Date(),
            })
            .run();
          run.text++;
        } else {
          await tx
            .update(files)
            .set({ textState: "none", textNote: result.note, textLeaseUntil: null })
            .where(stillMine(cv.id))
            .run();
          run.none++;
        }
      },
      { durable: false },
    );
    // Handled here, thrown at the next await: a failed write is not an unhandled rejection meanwhile.
    writing.catch(() => {});
  }
  await writing;
  return run;
}

async function readOne(
  store: FileStore,
  reader: CvReader,
  uploadDir: string,
  cv: { storageKey: string; type: string },
): Promise<Awaited<ReturnType<CvReader["read"]>>> {
  const found = await store.get(cv.storageKey);
  // Gone from the store (a sweep, an erase in between): nothing to read, now or later.
  if (!found) return { ok: false, note: "unreadable" };
  const temp = await newTempPath(uploadDir);
  const out = createWriteStream(temp, { mode: 0o600 });
  try {
    await pipeline(found.body, out);
    return await reader.read(temp, cv.type);
  } finally {
    await fileClosed(out);
    await removeQuietly(temp);
  }
}

/** How many CVs still wait for their text (for the progress bar of `npm run cv:index`). */
export async function countPendingCvs(database: Database): Promise<number> {
  const row = await database
    .read()
    .select({ n: sql<number>`count(*)` })
    .from(files)
    .where(eq(files.textState, "pending"))
    .get();
  return Number(row?.n ?? 0);
}
