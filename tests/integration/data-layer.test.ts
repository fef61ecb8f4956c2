import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginFailures } from "@/db/schema";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";

let t: TestData;
beforeAll(async () => {
  t = await createTestData();
});
afterAll(() => t.cleanup());

const failure = (ip: string) => ({ ip, emailKey: "someone@example.com", deviceId: null, at: new Date() });
const stored = async () => (await t.db.read().select({ n: count() }).from(loginFailures).get())!.n;
/** A pause that hands the event loop to whatever else is waiting, as a slow driver would. */
const yieldTurn = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the async data layer", () => {
  it("rolls back a write that throws half-way: nothing of it is stored", async () => {
    const before = await stored();
    await expect(
      t.db.write(async (tx) => {
        await tx.insert(loginFailures).values(failure("10.0.0.1")).run();
        await tx.insert(loginFailures).values(failure("10.0.0.2")).run();
        throw new Error("half-way");
      }),
    ).rejects.toThrow("half-way");
    expect(await stored()).toBe(before);
  });

  // SQLite's one writer connection runs writes strictly one after the other. PostgreSQL runs them
  // side by side in SERIALIZABLE transactions, so there the promise is the next test's.
  it.skipIf(onPostgres)("runs two concurrent writes one after the other on SQLite, never interleaved", async () => {
    const steps: string[] = [];
    const writer = (name: string) =>
      t.db.write(async (tx) => {
        steps.push(`${name} begins`);
        await tx.insert(loginFailures).values(failure(name)).run();
        await yieldTurn();
        steps.push(`${name} ends`);
        return name;
      });
    expect(await Promise.all([writer("a"), writer("b")])).toEqual(["a", "b"]);
    expect(steps).toEqual(["a begins", "a ends", "b begins", "b ends"]);
  });

  it("gives concurrent writes that read what the other writes the outcome of running them one at a time", async () => {
    // Each write counts the rows for one key, pauses, and adds a row named after the count: run
    // one at a time, the names are 0, 1, 2, 3. Interleaved without isolation, two would both see
    // the same count (on PostgreSQL, SERIALIZABLE aborts one and the data layer runs it again).
    const key = "serial@example.com";
    const writer = () =>
      t.db.write(async (tx) => {
        const { n } = (await tx
          .select({ n: count() })
          .from(loginFailures)
          .where(eq(loginFailures.emailKey, key))
          .get())!;
        await yieldTurn();
        await tx
          .insert(loginFailures)
          .values({ ...failure(`n${n}`), emailKey: key })
          .run();
      });
    await Promise.all([writer(), writer(), writer(), writer()]);
    const names = await t.db
      .read()
      .select({ ip: loginFailures.ip })
      .from(loginFailures)
      .where(eq(loginFailures.emailKey, key))
      .all();
    expect(names.map((row) => row.ip).sort()).toEqual(["n0", "n1", "n2", "n3"]);
  });

  it("keeps a write's rows from readers until it commits", async () => {
    const before = await stored();
    let inserted!: () => void;
    let looked!: () => void;
    const insertedRow = new Promise<void>((resolve) => (inserted = resolve));
    const lookedAtIt = new Promise<void>((resolve) => (looked = resolve));
    const writing = t.db.write(async (tx) => {
      await tx.insert(loginFailures).values(failure("10.0.0.3")).run();
      expect(await tx.select({ n: count() }).from(loginFailures).get()).toEqual({ n: before + 1 });
      inserted();
      await lookedAtIt;
    });
    // Another request's read, made while that transaction is open on the writer connection.
    await insertedRow;
    expect(await stored()).toBe(before);
    looked();
    await writing;
    expect(await stored()).toBe(before + 1);
  });

  it("refuses read() and write() inside a write, which would miss or wait for its own transaction", async () => {
    await expect(t.db.write(async () => t.db.read())).rejects.toThrow(/read\(\) inside write\(\)/);
    await expect(t.db.write(() => t.db.write(async () => 1))).rejects.toThrow(/write\(\) inside write\(\)/);
    // The refusals rolled back and released the writer: the next write goes through.
    expect(await t.db.write(async () => "free")).toBe("free");
  });
});
