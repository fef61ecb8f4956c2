import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { CONCURRENT_WRITES, PostgresDatabase } from "@/db/postgres";
import { jobs } from "@/db/schema";
import { createPgDatabase, describePg, type PgTestDatabase } from "../helpers/pg";

let target: PgTestDatabase;
let database: PostgresDatabase;

const job = (slug: string) => ({
  slug,
  status: "open" as const,
  content: { en: { title: "Cloud Engineer" }, sv: { title: "Molningenjör" } } as never,
  location: { applicantCountries: ["SE", "FI"] } as never,
  datePosted: "2026-12-01",
  updatedAt: new Date(Date.UTC(2026, 11, 1, 9)),
});

describePg("PostgreSQL behind the queries lib/ writes with drizzle's SQLite builder", () => {
  beforeAll(async () => {
    target = await createPgDatabase();
    database = new PostgresDatabase(target.url, { max: 4 });
  });
  afterAll(async () => {
    await database?.close();
    await target?.drop();
  });

  it("inserts with a generated id and the schema's defaults, and reads back the values SQLite would give", async () => {
    const inserted = await database.write((tx) => tx.insert(jobs).values(job("roundtrip")).returning().get());
    expect(inserted.id).toBeGreaterThan(0);
    expect(inserted.employmentType).toBe("FULL_TIME");
    expect(inserted.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(inserted.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    const read = await database.read().select().from(jobs).where(eq(jobs.slug, "roundtrip")).get();
    expect(read).toEqual(inserted);
    expect(read?.content).toEqual({ en: { title: "Cloud Engineer" }, sv: { title: "Molningenjör" } });
    expect(read?.updatedAt).toEqual(new Date(Date.UTC(2026, 11, 1, 9)));
    expect(read?.salaryMin).toBeNull();
  });

  it("reads results without loading the driver again for each column's type", async () => {
    const Module = (await import("node:module")).default;
    await database.read().select().from(jobs).all(); // the driver is loaded by now
    const required = vi.spyOn(Module.prototype, "require");
    try {
      await database.read().select().from(jobs).all();
      expect(required.mock.calls.filter(([id]) => id === "pg")).toEqual([]);
    } finally {
      required.mockRestore();
    }
  });

  it("reports how many rows a statement changed, as better-sqlite3 does", async () => {
    await database.write((tx) =>
      tx
        .insert(jobs)
        .values([job("count-1"), job("count-2")])
        .run(),
    );
    const result = await database.write((tx) =>
      tx
        .update(jobs)
        .set({ status: "closed" })
        .where(sql`${jobs.slug} like 'count-%'`)
        .run(),
    );
    expect(result).toMatchObject({ changes: 2 });
  });

  it("keeps nothing of a write that throws half-way", async () => {
    await expect(
      database.write(async (tx) => {
        await tx.insert(jobs).values(job("half-way")).run();
        throw new Error("refused after the insert");
      }),
    ).rejects.toThrow("refused after the insert");
    expect(await database.read().select().from(jobs).where(eq(jobs.slug, "half-way")).all()).toEqual([]);
  });

  it("runs a write again when a concurrent one made it unserialisable, so neither update is lost", async () => {
    const { id } = await database.write((tx) =>
      tx
        .insert(jobs)
        .values({ ...job("contended"), salaryMin: 0 })
        .returning({ id: jobs.id })
        .get(),
    );
    let runs = 0;
    let arrived = 0;
    let release!: () => void;
    const bothHaveRead = new Promise<void>((resolve) => (release = resolve));
    const increment = () =>
      database.write(async (tx) => {
        runs++;
        const row = await tx.select({ salaryMin: jobs.salaryMin }).from(jobs).where(eq(jobs.id, id)).get();
        // The first two runs wait for each other, so both read 0 before either writes.
        if (runs <= 2 && ++arrived === 2) release();
        if (runs <= 2) await bothHaveRead;
        await tx
          .update(jobs)
          .set({ salaryMin: row!.salaryMin! + 1 })
          .where(eq(jobs.id, id))
          .run();
      });
    await Promise.all([increment(), increment()]);
    const final = await database.read().select({ salaryMin: jobs.salaryMin }).from(jobs).where(eq(jobs.id, id)).get();
    expect(final?.salaryMin).toBe(2);
    expect(runs).toBe(3);
  });

  it("runs more locked writes at once than it has writer slots: they wait for their locks, not for a slot", async () => {
    const wide = new PostgresDatabase(target.url, { max: CONCURRENT_WRITES + 3 });
    try {
      const count = CONCURRENT_WRITES + 2;
      let inside = 0;
      let release!: () => void;
      const allInside = new Promise<void>((resolve) => (release = resolve));
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`only ${inside} of ${count} locked writes ran at once`)), 5000),
      );
      const writes = Array.from({ length: count }, (_, i) =>
        wide.writeLocked([`slot-test-${i}`], async (tx) => {
          await tx
            .insert(jobs)
            .values(job(`locked-${i}`))
            .run();
          if (++inside === count) release();
          await Promise.race([allInside, timeout]);
        }),
      );
      await Promise.all(writes);
      expect(
        await wide
          .read()
          .select()
          .from(jobs)
          .where(sql`${jobs.slug} like 'locked-%'`)
          .all(),
      ).toHaveLength(count);
    } finally {
      await wide.close();
    }
  });

  it("commits a non-durable atomic write without waiting for the disk, and every other write durably", async () => {
    // The test cluster turns synchronous commits off for speed: this database turns them on, as
    // a production server has them, for the connections opened below.
    const name = new URL(target.url).pathname.slice(1);
    await database.write((tx) => tx.run(sql.raw(`alter database "${name}" set synchronous_commit = on`)));
    const fresh = new PostgresDatabase(target.url, { max: 2 });
    try {
      const setting = (tx: Parameters<Parameters<PostgresDatabase["write"]>[0]>[0]) =>
        tx.get(sql`select current_setting('synchronous_commit') as value`) as Promise<{ value: string }>;
      expect(await fresh.writeAtomic(setting, { durable: false })).toEqual({ value: "off" });
      expect(await fresh.writeAtomic(setting, { durable: false, oneStatement: true })).toEqual({ value: "off" });
      expect(await fresh.writeAtomic(setting)).toEqual({ value: "on" });
      expect(await fresh.write(setting)).toEqual({ value: "on" });
      expect(await fresh.writeLocked(["durable-test"], setting)).toEqual({ value: "on" });
    } finally {
      await fresh.close();
    }
  });

  it("sends a non-durable one-statement atomic write as its statement alone, at READ COMMITTED whatever the database's default", async () => {
    const name = new URL(target.url).pathname.slice(1);
    await database.write((tx) =>
      tx.run(sql.raw(`alter database "${name}" set default_transaction_isolation = 'serializable'`)),
    );
    const fresh = new PostgresDatabase(target.url, { max: 2 });
    const pg = (await import("pg")).default;
    try {
      // The first connects and sets the session up first, without sending a query while another
      // runs on the client (node-postgres queues it with a warning; its next major version refuses).
      const query = pg.Client.prototype.query;
      const busy: boolean[] = [];
      const watched = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (
        this: { activeQuery?: unknown; _queryQueue: unknown[] },
        ...args: unknown[]
      ) {
        busy.push(Boolean(this.activeQuery) || this._queryQueue.length > 0);
        return (query as (...a: unknown[]) => unknown).apply(this, args);
      } as never);
      try {
        await fresh.writeAtomic((tx) => tx.get(sql`select 1`), { durable: false, oneStatement: true });
      } finally {
        watched.mockRestore();
      }
      expect(busy).toEqual([false, false]);
      const sent = vi.spyOn(pg.Client.prototype, "query");
      try {
        const level = await fresh.writeAtomic(
          (tx) => tx.get<{ level: string }>(sql`select current_setting('transaction_isolation') as level`),
          { durable: false, oneStatement: true },
        );
        expect(level).toEqual({ level: "read committed" });
        // No begin, no commit: a row it locks is never held while this process answers.
        expect(sent.mock.calls).toHaveLength(1);
      } finally {
        sent.mockRestore();
      }
      // Each statement would commit on its own: a second is refused.
      const refused = await fresh
        .writeAtomic(
          async (tx) => {
            await tx.run(sql`select 1`);
            await tx.run(sql`select 2`);
          },
          { durable: false, oneStatement: true },
        )
        .then(
          () => undefined,
          (e: Error) => e,
        );
      // Drizzle names the statement and keeps the refusal as the cause.
      expect((refused?.cause as Error | undefined)?.message).toMatch(/one statement/);
    } finally {
      await fresh.close();
      await database.write((tx) => tx.run(sql.raw(`alter database "${name}" reset default_transaction_isolation`)));
    }
  });

  it("opens a locked write with one message: the begin and every lock together", async () => {
    const pg = (await import("pg")).default;
    const sent = vi.spyOn(pg.Client.prototype, "query");
    try {
      await database.writeLocked(["one-message-a", "one-message-b"], async () => {});
      // The opening (begin, both locks) and the commit; each was a round trip of its own.
      expect(sent.mock.calls).toHaveLength(2);
    } finally {
      sent.mockRestore();
    }
  });

  it("hands every write on one connection the same handle, so statements built per handle are built once", async () => {
    const single = new PostgresDatabase(target.url, { max: 1 });
    try {
      const handles = [await single.write(async (tx) => tx), await single.writeLocked(["handle"], async (tx) => tx)];
      expect(handles[0]).toBe(handles[1]);
    } finally {
      await single.close();
    }
  });

  it("parses a statement that runs often once per connection; reads plan it with each run's values, writes may keep a plan", async () => {
    const seen = await database.write(async (tx) => {
      for (let i = 0; i < 4; i++)
        await tx
          .select({ id: jobs.id })
          .from(jobs)
          .where(eq(jobs.slug, `named-${i}`))
          .all();
      const prepared = await tx.all<{ name: string; statement: string }>(
        sql`select name, statement from pg_prepared_statements`,
      );
      const [mode] = await tx.all<{ plan_cache_mode: string }>(sql`show plan_cache_mode`);
      return { prepared, mode: mode?.plan_cache_mode };
    });
    // A write reaches its rows by key: PostgreSQL may keep a plan made for any value (db/postgres.ts,
    // WRITE_PLANS). A read's statements are planned with their values, in and after a write.
    expect(seen.mode).toBe("auto");
    const [read] = await database.read().all<{ plan_cache_mode: string }>(sql`show plan_cache_mode`);
    expect(read?.plan_cache_mode).toBe("force_custom_plan");
    const [locked] = await database.writeLocked(["plans"], (tx) =>
      tx.all<{ plan_cache_mode: string }>(sql`show plan_cache_mode`),
    );
    expect(locked?.plan_cache_mode).toBe("auto");
    const [counter] = await database.writeAtomic(
      (tx) => tx.all<{ plan_cache_mode: string }>(sql`show plan_cache_mode`),
      { durable: false, oneStatement: true },
    );
    expect(counter?.plan_cache_mode).toBe("auto");
    const named = seen.prepared.filter((p) => /from "jobs" where "jobs"."slug" = \$1/.test(p.statement));
    expect(named).toHaveLength(1);
    expect(named[0]!.name).toMatch(/^rekry_[0-9a-f]{24}$/);
  });

  it("takes a lock named with quotes and backslashes as that text: a second write waits for it", async () => {
    // An applicant's address is part of the intake's lock name.
    const name = String.raw`intake:o'brien\'; select 1; --@example.org`;
    let inside = false;
    let held = 0;
    let entered!: () => void;
    const isInside = new Promise<void>((resolve) => (entered = resolve));
    const first = database.writeLocked([name], async (tx) => {
      inside = true;
      entered();
      const row = await tx.get<{ n: number }>(sql`select count(*)::int as n from pg_locks where locktype = 'advisory'
        and granted and objid = (hashtext(${"rekry:row:" + name})::bigint & 4294967295)::oid`);
      held = row!.n;
      await new Promise((resolve) => setTimeout(resolve, 200));
      inside = false;
    });
    await isInside;
    let overlapped = false;
    await Promise.all([first, database.writeLocked([name], async () => void (overlapped = inside))]);
    expect(held).toBe(1);
    expect(overlapped).toBe(false);
  });

  it("vacuums the tables that hold personal data when asked to purge what deleted rows left", async () => {
    await database.purgeDeleted();
    const { rows } = await database.pool.query<{ relname: string }>(
      "select relname from pg_stat_user_tables where last_vacuum is not null order by relname",
    );
    expect(rows.map((r) => r.relname)).toEqual(
      expect.arrayContaining(["application_search", "applications", "candidates", "files", "notes", "outbox"]),
    );
  });

  it("gives every table with an identity id the trigger that fills it (a new table needs one too)", async () => {
    const { rows } = await database.pool.query<{ table_name: string; has_trigger: boolean }>(`
      select c.table_name, exists (
        select 1 from information_schema.triggers t
        where t.event_object_table = c.table_name and t.trigger_name = c.table_name || '_fill_id'
      ) as has_trigger
      from information_schema.columns c
      where c.table_schema = 'public' and c.column_name = 'id' and c.is_identity = 'YES'`);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => !r.has_trigger).map((r) => r.table_name)).toEqual([]);
  });
});
