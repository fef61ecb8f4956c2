import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeInGroup } from "@/db/group-write";
import { createTestData, type TestData } from "../helpers/test-data";

let data: TestData;
beforeAll(() => {
  data = createTestData();
  data.db.run(sql`create table group_probe (v text not null)`);
});
afterAll(() => data.cleanup());

const stored = () => data.db.all<{ v: string }>(sql`select v from group_probe order by rowid`).map((r) => r.v);

describe("writes queued in the same turn (group commit)", () => {
  it("share one transaction: a second connection sees none of them until all are done", async () => {
    const other = new Database(process.env.DATABASE_PATH!, { readonly: true });
    const seenByOther: number[] = [];
    const count = () => (other.prepare("select count(*) as n from group_probe").get() as { n: number }).n;
    const results = await Promise.all(
      ["a", "b", "c"].map((v) =>
        writeInGroup((tx) => {
          tx.run(sql`insert into group_probe (v) values (${v})`);
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
    data.db.run(sql`delete from group_probe`);
    const outcomes = await Promise.allSettled([
      writeInGroup((tx) => tx.run(sql`insert into group_probe (v) values ('kept 1')`)),
      writeInGroup((tx) => {
        tx.run(sql`insert into group_probe (v) values ('undone')`);
        throw new Error("refused half-way");
      }),
      writeInGroup((tx) => tx.run(sql`insert into group_probe (v) values ('kept 2')`)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error("refused half-way"));
    expect(stored()).toEqual(["kept 1", "kept 2"]);
  });

  it("fail every write of a group whose commit fails, leaving nothing", async () => {
    data.db.run(sql`delete from group_probe`);
    // A deferred foreign-key-like failure at COMMIT: a check the whole group breaks.
    data.db.run(
      sql`create table group_guard (n integer not null references group_probe_parent(id) deferrable initially deferred)`,
    );
    data.db.run(sql`create table group_probe_parent (id integer primary key)`);
    const outcomes = await Promise.allSettled([
      writeInGroup((tx) => tx.run(sql`insert into group_probe (v) values ('x')`)),
      writeInGroup((tx) => tx.run(sql`insert into group_guard (n) values (42)`)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
    expect(stored()).toEqual([]);
  });
});
