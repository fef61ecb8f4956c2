import { existsSync, readFileSync } from "node:fs";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, files, jobs, notes, referees, users } from "@/db/schema";
import { jobsOverview } from "@/lib/applications/staff-queries";
import type { Actor } from "@/lib/auth/permissions";
import { decisionView } from "@/lib/feedback/decision";
import { myInterviews } from "@/lib/feedback/interview-queries";
import { storedPath } from "@/lib/files/disk-store";
import { seedDemo, DEMO_USERS } from "@/scripts/seed/demo";
import { createTestData, type TestData } from "../helpers/test-data";
import { TEST_SECRET } from "../helpers/staff";

let t: TestData;
const actors: Record<string, Actor> = {};
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  await seedDemo(t.db, t.uploadDir);
  for (const u of await t.db.read().select().from(users).all())
    actors[u.email] = { id: u.id, name: u.name, email: u.email, role: u.role };
}, 60_000);
afterAll(() => t.cleanup());

const as = (email: (typeof DEMO_USERS)[number]["email"]) => actors[email]!;

describe("npm run demo", () => {
  it("gives the admin and the recruiter work on their first page: three jobs, applications waiting, feedback overdue", async () => {
    for (const who of ["admin@demo.rekry", "recruiter@demo.rekry"] as const) {
      const overview = await jobsOverview(as(who));
      expect(overview.map((j) => j.slug).sort()).toEqual(["cloud-engineer", "product-designer", "support-engineer"]);
      const cloud = overview.find((j) => j.slug === "cloud-engineer")!;
      expect(cloud.waiting.count).toBeGreaterThan(0);
      expect(cloud.feedbackOverdue.count).toBe(2);
    }
  });

  it("gives each hiring manager interviews: submitted, overdue, later today and next week", async () => {
    for (const who of ["jonas@demo.rekry", "elif@demo.rekry"] as const) {
      const { upcoming, past } = await myInterviews(as(who));
      expect(past.map((i) => i.feedback)).toEqual(expect.arrayContaining(["overdue", "submitted"]));
      const hours = upcoming.map((i) => (Date.parse(i.startsAt!) - Date.now()) / 3_600_000);
      expect(hours.some((h) => h > 0 && h < 6)).toBe(true);
      expect(hours.some((h) => h > 6 * 24)).toBe(true);
    }
  });

  it("has a decision in progress with disagreeing scorecards, references and a background check under way, notes with @mentions", async () => {
    const recruiter = as("recruiter@demo.rekry");
    const mentioned = await t.db.read().select().from(notes).all();
    expect(mentioned.some((n) => n.mentions.length === 2 && n.body.startsWith("@jonas @elif"))).toBe(true);
    const decision = await decisionView(recruiter, mentioned.find((n) => n.mentions.length === 2)!.applicationId);
    expect(decision.flags.length).toBeGreaterThan(0);
    expect(await t.db.read().select().from(referees).all()).toHaveLength(4);
  });

  it("stores a small PDF CV for most applications through the file storage", async () => {
    const stored = await t.db.read().select().from(files).all();
    expect(stored.length).toBeGreaterThanOrEqual(40);
    for (const f of stored.slice(0, 5)) {
      const path = storedPath(t.uploadDir, f.storageKey);
      expect(existsSync(path)).toBe(true);
      expect(readFileSync(path).subarray(0, 5).toString()).toBe("%PDF-");
    }
  });

  it("writes every application's events in time order, none in the future", async () => {
    const rows = await t.db
      .read()
      .select()
      .from(applicationEvents)
      .orderBy(asc(applicationEvents.applicationId), asc(applicationEvents.id))
      .all();
    for (const [n, e] of rows.entries()) {
      const before = rows[n - 1];
      if (before?.applicationId === e.applicationId)
        expect(e.createdAt.getTime(), `event ${e.id} (${e.kind})`).toBeGreaterThanOrEqual(before.createdAt.getTime());
      expect(e.createdAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
    const extra = await t.db.read().select().from(jobs).where(eq(jobs.slug, "support-engineer")).get();
    expect(extra?.status).toBe("open");
  });
});
