import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, auditLog, candidates, consents } from "@/db/schema";
import { runRetention } from "@/lib/privacy/retention";
import { createTestData, type TestData } from "../helpers/test-data";
import { apply, validFields } from "../helpers/intake";

let t: TestData;
const DAY = 24 * 60 * 60 * 1000;
const ids: Record<string, number> = {};

async function make(
  name: string,
  status: "active" | "rejected" | "withdrawn",
  closedDaysAgo: number,
  futureRoles = false,
  consentDaysAgo = closedDaysAgo,
) {
  const res = await apply({ ...validFields(), fullName: name, futureRolesConsent: futureRoles ? "true" : undefined });
  const { id } = (await res.json()) as { id: number };
  await t.db.write((tx) =>
    tx
      .update(applications)
      .set({ status, updatedAt: new Date(Date.now() - closedDaysAgo * DAY) })
      .where(eq(applications.id, id))
      .run(),
  );
  if (futureRoles)
    await t.db.write((tx) =>
      tx
        .update(consents)
        .set({ givenAt: new Date(Date.now() - consentDaysAgo * DAY) })
        .where(eq(consents.applicationId, id))
        .run(),
    );
  ids[name] = id;
}

beforeAll(async () => {
  t = await createTestData();
  await make("Old rejected", "rejected", 800);
  await make("Old withdrawn", "withdrawn", 731);
  await make("Recent rejected", "rejected", 100);
  await make("Old but active", "active", 900);
  await make("Old, kept for future roles", "rejected", 800, true, 100);
  await make("Old, future-roles consent lapsed", "rejected", 800, true, 760);
});
afterAll(() => t.cleanup());

const nameOf = async (id: number) =>
  (await t.db
    .read()
    .select({ name: candidates.fullName })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(eq(applications.id, id))
    .get())!.name;

describe("retention", () => {
  it("a dry run changes nothing but says what it would do, in the audit trail", async () => {
    const result = await runRetention({ retentionDays: 730, dryRun: true });
    expect(result.anonymised.sort()).toEqual(
      [ids["Old rejected"], ids["Old withdrawn"], ids["Old, future-roles consent lapsed"]].sort(),
    );
    for (const id of Object.values(ids)) expect(await nameOf(id)).not.toBe("Erased candidate");
    expect(
      await t.db.read().select().from(auditLog).where(eq(auditLog.action, "retention.dry_run")).all(),
    ).toHaveLength(1);
  });

  it("a real run anonymises exactly the expired ones and keeps their anonymous facts", async () => {
    const result = await runRetention({ retentionDays: 730, dryRun: false });
    expect(result.anonymised).toHaveLength(3);
    for (const name of ["Old rejected", "Old withdrawn", "Old, future-roles consent lapsed"])
      expect(await nameOf(ids[name]!)).toBe("Erased candidate");
    for (const name of ["Recent rejected", "Old but active", "Old, kept for future roles"])
      expect(await nameOf(ids[name]!)).toBe(name);
    expect(
      await t.db.read().select().from(applications).where(eq(applications.id, ids["Old rejected"]!)).get(),
    ).toMatchObject({
      status: "rejected",
      source: null,
    });
    expect(
      (await t.db.read().select().from(auditLog).where(eq(auditLog.action, "retention.run")).get())?.data,
    ).toMatchObject({
      count: 3,
    });
    expect((await runRetention({ retentionDays: 730, dryRun: false })).anonymised).toEqual([]);
  });
});
