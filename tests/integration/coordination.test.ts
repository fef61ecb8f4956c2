import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, setDatabase, type Database } from "@/db";
import { applyMigrations } from "@/db/migrate";
import { PostgresDatabase } from "@/db/postgres";
import { applicationEvents, applications, outbox, rateLimits, scheduledRejections } from "@/db/schema";
import { runDueKnockouts } from "@/lib/applications/knockouts";
import { runAlone } from "@/lib/coordination/run-alone";
import { deliverDue, enqueueMail, LEASE_MS, type Send } from "@/lib/mail/outbox";
import { smtpSender } from "@/lib/mail/transport";
import { runRetention } from "@/lib/privacy/retention";
import { hitRateLimit, pruneRateLimits, storedKey } from "@/lib/security/rate-limit";
import { seedCloudEngineer } from "@/scripts/seed/cloud-engineer";
import { apply, validFields } from "../helpers/intake";
import { createPgDatabase, describePg } from "../helpers/pg";
import { outboxIdOf, startSmtp, type Smtp } from "../helpers/smtp";

/**
 * Two app instances on one database must coordinate through it alone. On PostgreSQL they are two
 * PostgresDatabase objects (two pools, as two processes would have); SQLite runs one instance by
 * design, so there both names stand for its one writer, and the same rules must hold.
 */
type Instances = { a: Database; b: Database; close: () => Promise<void> };

const dir = mkdtempSync(path.join(os.tmpdir(), "rekry-coord-"));
Object.assign(process.env, {
  DATABASE_PATH: path.join(dir, "unused.db"),
  UPLOAD_DIR: path.join(dir, "uploads"),
  APPLY_RATE_LIMIT: "2",
  TRUST_PROXY: "false",
  PUBLIC_URL: "http://localhost",
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

async function sqliteInstances(): Promise<Instances> {
  const db = openDatabase(path.join(dir, `rekry-${Math.random().toString(36).slice(2)}.db`));
  applyMigrations(db);
  await seedCloudEngineer(db);
  return { a: db, b: db, close: () => db.close() };
}

async function pgInstances(): Promise<Instances> {
  const target = await createPgDatabase();
  const a = new PostgresDatabase(target.url, { max: 4 });
  const b = new PostgresDatabase(target.url, { max: 4 });
  await seedCloudEngineer(a);
  return {
    a,
    b,
    close: async () => {
      await a.close();
      await b.close();
      await target.drop();
    },
  };
}

/** Stores an application through the intake on instance `on`; answers its id. */
async function applyOn(on: Database, ip: string): Promise<{ status: number; id?: number; retryAfter: string | null }> {
  setDatabase(on);
  const res = await apply(validFields(), { headers: { "x-rekry-client-ip": ip } });
  const body = (await res.json()) as { id?: number };
  return { status: res.status, id: body.id, retryAfter: res.headers.get("retry-after") };
}

/** A knockout rejection for each application, due an hour ago. */
async function knockOut(db: Database, ids: number[]): Promise<void> {
  await db.write(async (tx) => {
    for (const id of ids) {
      const app = (await tx.select().from(applications).where(eq(applications.id, id)).get())!;
      await tx
        .insert(scheduledRejections)
        .values({
          applicationId: id,
          stageId: app.stageId,
          questionKey: "do_you_live_in_the_eu",
          reason: "not_eu",
          message: "Sorry",
          dueAt: new Date(Date.now() - HOUR),
          createdAt: new Date(Date.now() - 2 * HOUR),
        })
        .run();
    }
  });
}

async function queueMails(db: Database, n: number): Promise<number[]> {
  const before = await db.read().select({ id: outbox.id }).from(outbox).all();
  await db.write(async (tx) => {
    for (let i = 0; i < n; i++)
      await enqueueMail(tx, { kind: "test", to: `n${i}@example.com`, subject: `m${i}`, text: "t", html: "<p>t</p>" });
  });
  const known = new Set(before.map((r) => r.id));
  return (await db.read().select({ id: outbox.id }).from(outbox).all()).map((r) => r.id).filter((id) => !known.has(id));
}

/** How many times each outbox id reached the SMTP server. */
function deliveries(smtp: Smtp, ids: number[]): number[] {
  const counts = new Map<number, number>();
  for (const m of smtp.inbox) counts.set(outboxIdOf(m.raw), (counts.get(outboxIdOf(m.raw)) ?? 0) + 1);
  return ids.map((id) => counts.get(id) ?? 0);
}

function coordination(open: () => Promise<Instances>, backend: "sqlite" | "pg") {
  let db: Instances;
  let smtp: Smtp;
  let send: Send;
  beforeAll(async () => {
    db = await open();
    smtp = await startSmtp();
    send = smtpSender(smtp.url)!;
  }, 30_000);
  afterAll(async () => {
    setDatabase(undefined);
    await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
    await db?.close();
  });

  it("two instances counting one key at once allow the limit in total (5 of 12 lost-link requests)", async () => {
    const now = Date.now();
    const hits = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? db.a : db.b).write((tx) => hitRateLimit(tx, "lost-link", "198.51.100.7", now)),
      ),
    );
    expect(hits.filter((h) => h.ok)).toHaveLength(5);
    for (const h of hits) if (!h.ok) expect(h.retryAfterSeconds).toBe(3600);
  });

  it("60 requests counting one key at once on two instances, each in its own atomic write, are all counted", async () => {
    const now = Date.now();
    const counts = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        (i % 2 ? db.a : db.b).writeAtomic(async (tx) => {
          // The isolation the counter runs at (PostgreSQL): waiting for the row, never aborted.
          const level =
            backend === "pg"
              ? await tx.get<{ level: string }>(sql`select current_setting('transaction_isolation') as level`)
              : undefined;
          await hitRateLimit(tx, "apply", "198.51.100.70", now);
          return level?.level;
        }),
      ),
    );
    if (backend === "pg") expect(new Set(counts)).toEqual(new Set(["read committed"]));
    const row = await db.a
      .read()
      .select({ count: rateLimits.count })
      .from(rateLimits)
      .where(eq(rateLimits.key, storedKey("198.51.100.70")))
      .get();
    expect(row?.count).toBe(60);
  });

  it("60 requests counting one key at once on two instances, each a non-durable atomic write (the intake's), are all counted", async () => {
    const now = Date.now();
    const hits = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        (i % 2 ? db.a : db.b).writeAtomic((tx) => hitRateLimit(tx, "lost-link", "198.51.100.71", now), {
          durable: false,
          oneStatement: true,
        }),
      ),
    );
    expect(hits.filter((h) => h.ok)).toHaveLength(5);
    const row = await db.b
      .read()
      .select({ count: rateLimits.count })
      .from(rateLimits)
      .where(eq(rateLimits.key, storedKey("198.51.100.71")))
      .get();
    expect(row?.count).toBe(60);
  });

  it("a window that has passed starts again at 1, and pruning deletes passed windows only", async () => {
    const then = Date.now() - 2 * HOUR;
    await db.a.write((tx) => hitRateLimit(tx, "lost-link", "198.51.100.8", then));
    await db.a.write((tx) => hitRateLimit(tx, "status-misses", "198.51.100.9"));
    const again = await db.b.write((tx) => hitRateLimit(tx, "lost-link", "198.51.100.8"));
    expect(again).toEqual({ ok: true });
    const row = await db.a
      .read()
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, storedKey("198.51.100.8")))
      .get();
    expect(row?.count).toBe(1);
    await db.a.write((tx) => hitRateLimit(tx, "lost-link", "198.51.100.10", then));
    expect(await db.b.write((tx) => pruneRateLimits(tx))).toBe(1);
    const keys = (await db.a.read().select({ key: rateLimits.key }).from(rateLimits).all()).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(["198.51.100.7", "198.51.100.8", "198.51.100.9"].map(storedKey)));
    expect(keys).not.toContain(storedKey("198.51.100.10"));
    // Only digests: no address is kept in plain text.
    expect(keys).not.toContain("198.51.100.7");
  });

  it("the intake on a second instance, with nothing in its memory, refuses the address the first one used up", async () => {
    expect((await applyOn(db.a, "10.7.0.1")).status).toBe(201);
    expect((await applyOn(db.a, "10.7.0.1")).status).toBe(201);
    // A process started afresh: the old limiter's memory was this global.
    delete (globalThis as { __rekryLimiters?: unknown }).__rekryLimiters;
    const refused = await applyOn(db.b, "10.7.0.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect((await applyOn(db.b, "10.7.0.2")).status).toBe(201);
  });

  it("two instances delivering at once send each of 30 messages exactly once, over real SMTP", async () => {
    await deliverDue(db.a, send, new Date(), 100); // what the applications above queued
    const ids = await queueMails(db.a, 30);
    const now = new Date();
    const runs = await Promise.all([deliverDue(db.a, send, now, 30), deliverDue(db.b, send, now, 30)]);
    expect(runs[0].sent + runs[1].sent).toBe(30);
    expect(deliveries(smtp, ids)).toEqual(ids.map(() => 1));
    const rows = await db.b.read().select().from(outbox).where(inArray(outbox.id, ids)).all();
    expect(rows.every((r) => r.status === "sent" && r.claimedBy === null)).toBe(true);
  });

  it("a message claimed by a worker that died is sent once its lease has run out, and not before", async () => {
    const [id] = await queueMails(db.a, 1);
    const now = Date.now();
    await db.a.write((tx) =>
      tx
        .update(outbox)
        .set({ status: "sending", claimedBy: "a-worker-that-died", claimedUntil: new Date(now + LEASE_MS) })
        .where(eq(outbox.id, id!))
        .run(),
    );
    expect((await deliverDue(db.b, send, new Date(now + LEASE_MS - 1000))).sent).toBe(0);
    expect((await deliverDue(db.b, send, new Date(now + LEASE_MS + 1000))).sent).toBe(1);
    expect(deliveries(smtp, [id!])).toEqual([1]);
  });

  it("a worker whose lease ran out while it was sending sends no more of its batch: another has it", async () => {
    const ids = await queueMails(db.a, 3);
    const now = new Date();
    let reached!: () => void;
    const blocked = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Worker A claims all three, then hangs in its first SMTP exchange past the lease.
    const slow: Send = async (m) => {
      if (m.id === ids[0]) {
        reached();
        await gate;
      }
      await send(m);
    };
    const first = deliverDue(db.a, slow, now);
    await blocked;
    const second = await deliverDue(db.b, send, new Date(now.getTime() + LEASE_MS + 60_000));
    expect(second.sent).toBe(3);
    release();
    await first;
    // The message in flight went twice under one Message-ID (a receiving server may drop the
    // repeat); the two A had not started went once, by B.
    expect(deliveries(smtp, ids)).toEqual([2, 1, 1]);
  });

  it("two instances running the due knockouts at once reject each application once", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) ids.push((await applyOn(db.a, `10.8.0.${i}`)).id!);
    await knockOut(db.a, ids);
    const now = new Date();
    const [x, y] = await Promise.all([runDueKnockouts(now, db.a), runDueKnockouts(now, db.b)]);
    expect([...x.rejected, ...y.rejected].sort()).toEqual([...ids].sort());
    const rejections = await db.a
      .read()
      .select()
      .from(applicationEvents)
      .where(and(inArray(applicationEvents.applicationId, ids), eq(applicationEvents.kind, "knockout_rejected")))
      .all();
    expect(rejections).toHaveLength(3);
    const mails = await db.a
      .read()
      .select()
      .from(outbox)
      .where(and(inArray(outbox.applicationId, ids), eq(outbox.kind, "rejected")))
      .all();
    expect(mails).toHaveLength(3);
  });

  it("two instances running retention at once anonymise each expired application once", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 2; i++) ids.push((await applyOn(db.a, `10.9.0.${i}`)).id!);
    await db.a.write((tx) =>
      tx
        .update(applications)
        .set({ status: "rejected", updatedAt: new Date(Date.now() - 800 * DAY) })
        .where(inArray(applications.id, ids))
        .run(),
    );
    const runs = await Promise.all([
      runRetention({ retentionDays: 730, dryRun: false, target: db.a }),
      runRetention({ retentionDays: 730, dryRun: false, target: db.b }),
    ]);
    expect([...runs[0].anonymised, ...runs[1].anonymised].sort()).toEqual([...ids].sort());
    const events = await db.a
      .read()
      .select()
      .from(applicationEvents)
      .where(and(inArray(applicationEvents.applicationId, ids), eq(applicationEvents.kind, "anonymised")))
      .all();
    expect(events).toHaveLength(2);
  });

  if (backend === "pg") {
    it("an instance that finds another mid-run leaves knockouts and retention to it", async () => {
      const id = (await applyOn(db.a, "10.10.0.1")).id!;
      await knockOut(db.a, [id]);
      const now = new Date();
      const meanwhile = await runAlone(db.a, "knockouts", () => runDueKnockouts(now, db.b));
      expect(meanwhile).toEqual({ rejected: [], skipped: [] });
      expect((await runDueKnockouts(now, db.b)).rejected).toEqual([id]);
      const retention = await runAlone(db.a, "retention", () =>
        runRetention({ retentionDays: 730, dryRun: true, target: db.b }),
      );
      expect(retention).toMatchObject({ ranElsewhere: true, anonymised: [] });
    });
  }
}

describe("instances coordinating through SQLite", () => coordination(sqliteInstances, "sqlite"));
describePg("instances coordinating through PostgreSQL", () => coordination(pgInstances, "pg"));
