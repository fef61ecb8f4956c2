import { getTableColumns, eq, sql } from "drizzle-orm";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applicationEvents,
  applications,
  candidates,
  files,
  interviews,
  notes,
  referees,
  scorecardRevisions,
  scorecards,
} from "@/db/schema";
import * as withdraw from "@/app/api/status/[token]/withdraw/route";
import * as exportRoute from "@/app/api/status/[token]/export/route";
import * as erase from "@/app/api/status/[token]/erase/route";
import { getStatusByToken } from "@/lib/applications/status";
import { storedPath } from "@/lib/files/disk-store";
import { createTestData, type TestData } from "../helpers/test-data";
import { tableRows } from "../helpers/table-dump";
import { addUser, TEST_SECRET } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";
import { PDF } from "../helpers/files";

let t: TestData;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
});
afterAll(() => t.cleanup());

let serial = 0;
/** Every personal value is unique to one application, so a check for leftovers sees only its own. */
async function newApplication(extra: Record<string, string> = {}) {
  const n = `${++serial}${Date.now() % 100000}`;
  const fields = {
    ...(validFields() as Record<string, string | Blob>),
    email: `ingrid-${n}@example.com`,
    fullName: `Ingrid Ödegaard ${n}`,
    phone: `+46 70 ${n}`,
    linkedinUrl: `https://www.linkedin.com/in/ingrid-${n}`,
    githubUrl: `https://github.com/ingrid-${n}`,
    portfolioUrl: `https://ingrid-${n}.example`,
    note: `I love Ceph ${n}.`,
    showSkills: `A take-home task ${n}`,
    source: "friend",
    futureRolesConsent: "true",
    ...extra,
  };
  const res = await apply(fields);
  const { id, statusUrl } = (await res.json()) as { id: number; statusUrl: string };
  return { id, token: statusUrl.split("/status/")[1]!, fields };
}

type Handler = (r: Request, c: { params: Promise<{ token: string }> }) => Promise<Response>;
const call = (handler: Handler, token: string, method = "POST", headers: Record<string, string> = {}) =>
  handler(
    new Request(`http://localhost/api/status/${token}/x`, {
      method,
      headers: { "x-rekry-client-ip": "10.8.0.1", ...headers },
    }),
    { params: Promise.resolve({ token }) },
  );

describe("withdraw", () => {
  it("withdraws once, records the candidate's event, and redirects a form post back to the status page", async () => {
    const { id, token } = await newApplication();
    const res = await call(withdraw.POST as Handler, token, "POST", { accept: "text/html" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/status/${token}?done=withdrawn`);
    expect(await t.db.read().select().from(applications).where(eq(applications.id, id)).get()).toMatchObject({
      status: "withdrawn",
      version: 2,
    });
    const events = await t.db
      .read()
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, id))
      .all();
    expect(events.at(-1)).toMatchObject({ kind: "withdrawn", actorType: "candidate", toStatus: "withdrawn" });
    expect((await call(withdraw.POST as Handler, token)).status).toBe(409);
  });

  it("refuses a post from another site", async () => {
    const { token } = await newApplication();
    expect((await call(withdraw.POST as Handler, token, "POST", { origin: "https://evil.example" })).status).toBe(403);
    expect((await getStatusByToken(token))?.status).toBe("active");
  });
});

describe("export", () => {
  it("holds every personal column of the schema, the consents, the history and the CV itself", async () => {
    const { token, fields } = await newApplication();
    const res = await call(exportRoute.GET as Handler, token, "GET");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment/);
    const data = (await res.json()) as {
      you: Record<string, unknown>;
      application: Record<string, unknown>;
      consents: unknown[];
      history: unknown[];
      cv: { contentBase64: string };
    };
    // A new personal column in candidates must be added to the export (or to this list of technical ones).
    // The person keys are normal forms of exported fields; mergedIntoId is a record id.
    const technical = new Set([
      "id",
      "emailKey",
      "searchText",
      "createdAt",
      "phoneKey",
      "linkedinKey",
      "githubKey",
      "mergedIntoId",
    ]);
    for (const column of Object.keys(getTableColumns(candidates)).filter((c) => !technical.has(c))) {
      expect(data.you, `candidates.${column} is exported`).toHaveProperty(column);
    }
    expect(data.you).toMatchObject({
      fullName: fields.fullName,
      email: fields.email,
      phone: fields.phone,
      country: "SE",
    });
    expect(data.application).toMatchObject({ note: fields.note, showSkills: fields.showSkills, source: "friend" });
    expect(data.consents).toHaveLength(2);
    expect(data.history).toEqual([expect.objectContaining({ what: "You applied" })]);
    expect(data).toMatchObject({ interviews: [], referees: [] });
    expect(Buffer.from(data.cv.contentBase64, "base64").equals(PDF)).toBe(true);
  });
});

describe("export in the candidate's language", () => {
  it("words the history in Swedish for a Swedish application", async () => {
    const { token } = await newApplication({ locale: "sv" });
    const res = await call(exportRoute.GET as Handler, token, "GET");
    expect(res.status).toBe(200);
    const data = (await res.json()) as { history: { what: string }[]; application: { language: string } };
    expect(data.application.language).toBe("sv");
    expect(data.history).toEqual([expect.objectContaining({ what: "Du skickade in din ansökan" })]);
  });
});

describe("erase", () => {
  it("leaves no personal data in any table or on disk, keeps the anonymous facts, and the status page says so", async () => {
    const { id, token, fields } = await newApplication();
    const staff = await addUser(t.db, "recruiter");
    await t.db.write((tx) =>
      tx
        .insert(notes)
        .values({
          applicationId: id,
          authorUserId: staff.id,
          body: `Call ${fields.fullName} back`,
          searchText: "x",
          updatedAt: new Date(),
        })
        .run(),
    );
    // Interviews, scorecards and referees hold words about the person too.
    const app = (await t.db.read().select().from(applications).where(eq(applications.id, id)).get())!;
    const interview = await t.db.write((tx) =>
      tx
        .insert(interviews)
        .values({
          applicationId: id,
          stageId: app.stageId,
          kind: "system_design",
          videoUrl: `https://meet.example.com/${fields.phone}`,
          createdByUserId: staff.id,
          updatedAt: new Date(),
        })
        .returning()
        .get(),
    );
    const card = {
      ratings: { kubernetes: 3 },
      attributeNotes: { kubernetes: `${fields.fullName} knows it` },
      recommendation: "yes" as const,
      notes: `${fields.fullName} was great`,
      candidateFeedback: `Thanks ${fields.fullName}`,
    };
    const sc = await t.db.write((tx) =>
      tx
        .insert(scorecards)
        .values({
          interviewId: interview.id,
          userId: staff.id,
          content: card,
          status: "submitted",
          updatedAt: new Date(),
        })
        .returning()
        .get(),
    );
    await t.db.write((tx) =>
      tx
        .insert(scorecardRevisions)
        .values({ scorecardId: sc.id, content: card, reason: `Talked to ${fields.fullName}` })
        .run(),
    );
    await t.db.write((tx) =>
      tx
        .insert(referees)
        .values({
          applicationId: id,
          name: "Ref Person",
          relation: "Manager",
          contact: `manager-of-${fields.email}`,
          updatedAt: new Date(),
        })
        .run(),
    );
    const cv = (await t.db.read().select().from(files).where(eq(files.applicationId, id)).get())!;
    const before = (await t.db.read().select().from(applications).where(eq(applications.id, id)).get())!;

    const res = await call(erase.POST as Handler, token, "POST", { accept: "text/html" });
    expect(res.status).toBe(303);

    expect(existsSync(storedPath(t.uploadDir, cv.storageKey))).toBe(false);
    // The one row allowed to hold the address: the "your data is erased" message, until it is sent.
    const confirmation = await t.db.read().all<{
      id: number;
      to_address: string;
      text: string;
    }>(sql`select * from outbox where application_id = ${id} and kind = 'erased' and status = 'pending'`);
    expect(confirmation).toHaveLength(1);
    expect(confirmation[0]!.to_address).toBe(fields.email);
    expect(confirmation[0]!.text).not.toContain(String(fields.fullName).split(" ")[0]);
    const tables = await tableRows(t.db);
    expect(tables.map((x) => x.table)).toContain("candidates");
    const dump = JSON.stringify(
      tables.map(({ rows }) =>
        rows.filter((row) => !("id" in row && row.id === confirmation[0]!.id && "to_address" in row)),
      ),
    );
    for (const value of [
      fields.fullName,
      fields.email,
      fields.phone,
      fields.portfolioUrl,
      fields.linkedinUrl,
      fields.githubUrl,
      fields.note,
      fields.showSkills,
    ]) {
      expect(dump, `"${value}" is gone`).not.toContain(value);
    }
    const after = (await t.db.read().select().from(applications).where(eq(applications.id, id)).get())!;
    expect(after).toMatchObject({
      jobId: before.jobId,
      stageId: before.stageId,
      source: "friend",
      createdAt: before.createdAt,
      status: "withdrawn",
    });
    expect(
      (await t.db.read().select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).all()).map(
        (e) => e.kind,
      ),
    ).toEqual(["applied", "erased"]);
    // The ratings stay for reports; every word goes.
    expect((await t.db.read().select().from(scorecards).where(eq(scorecards.id, sc.id)).get())!.content).toMatchObject({
      ratings: { kubernetes: 3 },
      recommendation: "yes",
    });
    expect((await getStatusByToken(token))?.erased).toBe(true);
  });
});

describe("guessing tokens", () => {
  it("answers 404 to a wrong token and 429 after 20 misses from one address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await call(exportRoute.GET as Handler, `${"A".repeat(42)}${i % 10}`, "GET", {
        "x-rekry-client-ip": "10.9.9.9",
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
