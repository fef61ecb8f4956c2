import { byCandidate } from "@/lib/events/record";
import { readFileSync } from "node:fs";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationStays, applications } from "@/db/schema";
import { MIGRATIONS_DIR } from "@/db/migrate";
import { anonymiseApplications } from "@/lib/privacy/anonymise";
import { getJobEditor } from "@/lib/jobs/editor-queries";
import { updateJob } from "@/lib/jobs/save-job";
import { getReport } from "@/lib/reports/report";
import { jobInput } from "@/lib/validations/job";
import type { Actor } from "@/lib/auth/permissions";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { addUser } from "../helpers/staff";
import { addSampleHistories, DAY, HOUR, stageIds } from "../helpers/history";

/**
 * The report facts the triggers of migration 0007 keep as events are written: each stay with its
 * length, and on each application the furthest stage position entered and the first hire.
 */
const T0 = Date.UTC(2026, 5, 1, 9);
let t: TestData;
let recruiter: Actor;
const apps: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestData();
  recruiter = await addUser(t.db, "recruiter");
  Object.assign(apps, await addSampleHistories(t.db, T0));
});
afterAll(() => t.cleanup());

async function stays(applicationId: number) {
  const key = Object.fromEntries(Object.entries(await stageIds(t.db)).map(([k, id]) => [id, k]));
  return (
    await t.db
      .read()
      .select()
      .from(applicationStays)
      .where(eq(applicationStays.applicationId, applicationId))
      .orderBy(asc(applicationStays.id))
      .all()
  ).map((s) => ({ stage: key[s.stageId], hours: s.hours }));
}
const facts = (id: number) =>
  t.db
    .read()
    .select({ furthest: applications.furthestPosition, hiredAt: applications.hiredAt })
    .from(applications)
    .where(eq(applications.id, id))
    .get();
const position = async (key: string) =>
  (await getJobEditor(recruiter, "cloud-engineer")).values.stages.findIndex((s) => s.key === key);

describe("facts kept as events are written", () => {
  it("records each stay, closed by the next move or decision and rounded to the hour; reopening starts a new one", async () => {
    expect(await stays(apps.winding!)).toEqual([
      { stage: "applied", hours: 5 },
      { stage: "initial_call", hours: 20 },
      { stage: "manager_meeting", hours: 4 },
      { stage: "initial_call", hours: 11 },
      { stage: "references", hours: 30 },
    ]);
    expect(await stays(apps.open!)).toEqual([
      { stage: "applied", hours: 2 },
      { stage: "technical_interviews", hours: null },
    ]);
    expect(await stays(apps.gone!)).toEqual([{ stage: "applied", hours: 48 }]);
  });

  it("keeps the furthest stage position entered and the first hire", async () => {
    expect(await facts(apps.winding!)).toEqual({ furthest: await position("references"), hiredAt: T0 + 130 * HOUR });
    expect(await facts(apps.open!)).toEqual({ furthest: await position("technical_interviews"), hiredAt: null });
    expect(await facts(apps.gone!)).toEqual({ furthest: await position("applied"), hiredAt: null });
  });

  it("an erase closes an open stay as a withdrawal would, and leaves closed ones alone", async () => {
    await anonymiseApplications([apps.open!, apps.gone!], { actor: byCandidate, kind: "erased" });
    const [, technical] = await stays(apps.open!);
    expect(technical!.hours).toEqual(expect.any(Number));
    expect(await stays(apps.gone!)).toEqual([{ stage: "applied", hours: 48 }]);
  });

  it("measures the furthest stage again by the new order when stages are reordered", async () => {
    const current = jobInput.parse((await getJobEditor(recruiter, "cloud-engineer")).values);
    const technical = current.stages.find((s) => s.key === "technical_interviews")!;
    const reordered = [...current.stages.filter((s) => s.key !== "technical_interviews"), technical];
    await updateJob(recruiter, "cloud-engineer", { ...current, stages: reordered });
    expect(await position("technical_interviews")).toBe(reordered.length - 1);
    expect((await facts(apps.open!))!.furthest).toBe(await position("technical_interviews"));
    expect((await facts(apps.winding!))!.furthest).toBe((await position("technical_interviews")) - 1); // references, now one before
    const funnel = (await getReport(recruiter, { from: "2026-06-01", to: "2026-06-30" }, T0 + 30 * DAY)).funnel;
    expect(funnel.find((s) => s.key === "technical_interviews")!.reached).toBe(1);
    await updateJob(recruiter, "cloud-engineer", current);
    expect((await facts(apps.winding!))!.furthest).toBe(await position("references"));
  });
});

describe.skipIf(onPostgres)("the SQLite migration's backfill", () => {
  it("derives from existing history exactly the facts the triggers wrote", async () => {
    const before = {
      stays: await t.db
        .read()
        .select()
        .from(applicationStays)
        .orderBy(asc(applicationStays.applicationId), asc(applicationStays.enteredAt))
        .all(),
      apps: await t.db
        .read()
        .select({ id: applications.id, furthest: applications.furthestPosition, hiredAt: applications.hiredAt })
        .from(applications)
        .all(),
    };
    expect(before.stays.length).toBeGreaterThan(5);
    t.db.writer.$client.exec(
      "delete from application_stays; update applications set furthest_position = null, hired_at = null;",
    );
    const migration = readFileSync(path.join(MIGRATIONS_DIR, "0007_report_facts.sql"), "utf8").split(
      "--> statement-breakpoint",
    );
    const backfill = migration.filter((s) =>
      /^\s*(--[^\n]*\n\s*)*(INSERT INTO `application_stays`|UPDATE `applications`)/.test(s),
    );
    expect(backfill).toHaveLength(2);
    for (const statement of backfill) t.db.writer.$client.exec(statement);
    // The ids differ between the two ways of filling the table; everything else must not.
    const strip = <T extends { id: number }>(rows: T[]) => rows.map((row) => ({ ...row, id: 0 }));
    expect(
      strip(
        await t.db
          .read()
          .select()
          .from(applicationStays)
          .orderBy(asc(applicationStays.applicationId), asc(applicationStays.enteredAt))
          .all(),
      ),
    ).toEqual(strip(before.stays));
    expect(
      await t.db
        .read()
        .select({ id: applications.id, furthest: applications.furthestPosition, hiredAt: applications.hiredAt })
        .from(applications)
        .all(),
    ).toEqual(before.apps);
  });
});
