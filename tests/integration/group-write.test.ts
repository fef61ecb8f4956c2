import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";

let t: TestData;
beforeAll(async () => {
  t = await createTestData();
  t.db.writer.run(sql`create table group_probe (v text not null)`);
});
afterAll(() => t.cleanup());

const stored = () => t.db.writer.all<{ v: string }>(sql`select v from group_probe order by rowid`).map((r) => r.v);

describe.skipIf(onPostgres)("writes asked for in the same turn of the event loop (group commit)", () => {
  it("share one transaction: another connection sees none of them until all are done", async () => {
    const other = new Database(t.db.file, { readonly: true });
    const count = () => (other.prepare("select count(*) as n from group_probe").get() as { n: number }).n;
    const seenByOther: number[] = [];
    const results = await Promise.all(
      ["a", "b", "c"].map((v) =>
        t.db.write(async (tx) => {
          await tx.run(sql`insert into group_probe (v) values (${v})`);
          seenByOther.push(count());
          return v.toUpperCase();
        }),
      ),
    );
    expect(results).toEqual(["A", "B", "C"]);
    expect(seenByOther).toEqual([0, 0, 0]);
    expect(count()).toBe(3);
    other.close();
  });

  it("roll back only the write that throws; the others keep their rows and results", async () => {
    t.db.writer.run(sql`delete from group_probe`);
    const outcomes = await Promise.allSettled([
      t.db.write((tx) => tx.run(sql`insert into group_probe (v) values ('kept 1')`)),
      t.db.write(async (tx) => {
        await tx.run(sql`insert into group_probe (v) values ('undone')`);
        throw new Error("refused half-way");
      }),
      t.db.write((tx) => tx.run(sql`insert into group_probe (v) values ('kept 2')`)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error("refused half-way"));
    expect(stored()).toEqual(["kept 1", "kept 2"]);
  });

  it("fail every write of a group whose commit fails, leaving nothing", async () => {
    t.db.writer.run(sql`delete from group_probe`);
    t.db.writer.run(sql`create table group_probe_parent (id integer primary key)`);
    // A foreign key checked at COMMIT, which the second write breaks for the whole group.
    t.db.writer.run(
      sql`create table group_guard (n integer not null references group_probe_parent(id) deferrable initially deferred)`,
    );
    const outcomes = await Promise.allSettled([
      t.db.write((tx) => tx.run(sql`insert into group_probe (v) values ('x')`)),
      t.db.write((tx) => tx.run(sql`insert into group_guard (n) values (42)`)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
    expect(stored()).toEqual([]);
    // The writer is free again afterwards.
    expect(await t.db.write(async () => "free")).toBe("free");
  });
});
