import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, applications, outbox } from "@/db/schema";
import { moveApplication } from "@/lib/applications/move-application";
import { undoMoves } from "@/lib/applications/undo";
import { setBackgroundCheck } from "@/lib/feedback/references";
import { deliverDue } from "@/lib/mail/outbox";
import { smtpSender } from "@/lib/mail/transport";
import { UNDO_SECONDS } from "@/lib/stages/transitions";
import * as undoRoute from "@/app/api/staff/applications/[id]/undo/route";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";
import { startSmtp, type Smtp } from "../helpers/smtp";

let t: TestData;
let recruiter: TestUser, other: TestUser;
let smtp: Smtp;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [recruiter, other] = await Promise.all([addUser(t.db, "recruiter"), addUser(t.db, "recruiter", "Other Recruiter")]);
  smtp = await startSmtp();
}, 30_000);
afterAll(async () => {
  await new Promise<void>((r) => smtp.server.close(() => r()));
  await t.cleanup();
});

const later = (ms: number) => new Date(Date.now() + ms);
const rejection = { reason: "must_haves" as const, feedback: "You were close; more hands-on Ceph would decide it." };

async function newApplication(): Promise<number> {
  const res = await apply(validFields());
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: number };
  // The confirmation is not what these tests are about: out of the way, as if sent.
  await t.db.write((tx) => tx.update(outbox).set({ status: "sent" }).where(eq(outbox.applicationId, id)).run());
  return id;
}
const mailOf = (id: number, kind: string) =>
  t.db
    .read()
    .select()
    .from(outbox)
    .where(and(eq(outbox.applicationId, id), eq(outbox.kind, kind)))
    .all();
const state = async (id: number) =>
  (await t.db.read().select().from(applications).where(eq(applications.id, id)).get())!;
const lastEvent = async (id: number) =>
  (
    await t.db
      .read()
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, id))
      .orderBy(applicationEvents.id)
      .all()
  ).at(-1)!;
const send = () => smtpSender(smtp.url)!;

describe("a rejection's email waits before it may be sent", () => {
  it(`is held in the outbox for ${UNDO_SECONDS} seconds, then delivered to a real SMTP server`, async () => {
    const id = await newApplication();
    await moveApplication(recruiter, id, { to: "rejected", version: 1, ...rejection });
    const [mail] = await mailOf(id, "rejected");
    expect(mail!.status).toBe("pending");
    expect(mail!.nextAttemptAt.getTime() - mail!.createdAt.getTime()).toBe(UNDO_SECONDS * 1000);

    const before = smtp.inbox.length;
    await deliverDue(t.db, send(), later((UNDO_SECONDS - 2) * 1000));
    expect((await mailOf(id, "rejected"))[0]!.status).toBe("pending");
    expect(smtp.inbox).toHaveLength(before);

    await deliverDue(t.db, send(), later((UNDO_SECONDS + 1) * 1000));
    expect((await mailOf(id, "rejected"))[0]!.status).toBe("sent");
    expect(smtp.inbox.slice(before).some((m) => m.raw.includes("more hands-on Ceph"))).toBe(true);
  });
});

describe("undo", () => {
  it("takes back a rejection: reopened where it was, the held email dropped and never sent, an event saying so", async () => {
    const id = await newApplication();
    const rejected = await moveApplication(recruiter, id, { to: "rejected", version: 1, ...rejection });
    const [result] = await undoMoves(recruiter, { items: [{ id, version: rejected.version }] });
    expect(result).toMatchObject({ id, stage: "applied", status: "active", version: rejected.version + 1 });
    expect(await state(id)).toMatchObject({ status: "active", rejectionReason: null, candidateFeedback: null });
    expect(await mailOf(id, "rejected")).toEqual([]);
    const undone = await lastEvent(id);
    expect(undone).toMatchObject({ kind: "reopened", actorUserId: recruiter.id, fromStatus: "rejected" });
    expect(undone.data).toMatchObject({ droppedMail: ["rejected"] });

    const before = smtp.inbox.length;
    await deliverDue(t.db, send(), later((UNDO_SECONDS + 1) * 1000));
    expect(smtp.inbox.slice(before).some((m) => m.raw.includes("more hands-on Ceph"))).toBe(false);
  });

  it("takes back a move forward, with its held next-step email, as a move back", async () => {
    const id = await newApplication();
    const moved = await moveApplication(recruiter, id, { to: "manager_meeting", version: 1 });
    expect(await mailOf(id, "next_step")).toHaveLength(1);
    const [result] = await undoMoves(recruiter, { items: [{ id, version: moved.version }] });
    expect(result).toMatchObject({ stage: "applied", status: "active" });
    expect(await mailOf(id, "next_step")).toEqual([]);
    expect(await lastEvent(id)).toMatchObject({ kind: "moved", data: { droppedMail: ["next_step"] } });
  });

  it("refuses a stale version with 409 and the current state, changing nothing", async () => {
    const id = await newApplication();
    const moved = await moveApplication(recruiter, id, { to: "manager_meeting", version: 1 });
    await moveApplication(other, id, { to: "decision", version: moved.version });
    await expect(undoMoves(recruiter, { items: [{ id, version: moved.version }] })).rejects.toThrow(
      expect.objectContaining({
        code: "conflict",
        extra: { current: { id, stage: "decision", status: "active", version: moved.version + 1 } },
      }),
    );
    expect(await state(id)).toMatchObject({ version: moved.version + 1 });
  });

  it("refuses someone else's change, a change past its seconds, an undo of an undo, and an email already sent", async () => {
    const id = await newApplication();
    const moved = await moveApplication(recruiter, id, { to: "manager_meeting", version: 1 });
    await expect(undoMoves(other, { items: [{ id, version: moved.version }] })).rejects.toThrow(
      expect.objectContaining({ code: "unprocessable" }),
    );
    await expect(undoMoves(recruiter, { items: [{ id, version: moved.version }] }, later(60_000))).rejects.toThrow(
      expect.objectContaining({ code: "unprocessable" }),
    );
    const [undone] = await undoMoves(recruiter, { items: [{ id, version: moved.version }] });
    await expect(undoMoves(recruiter, { items: [{ id, version: undone!.version }] })).rejects.toThrow(
      expect.objectContaining({ code: "unprocessable" }),
    );

    const rejected = await moveApplication(recruiter, id, { to: "rejected", version: undone!.version, ...rejection });
    await t.db.write((tx) => tx.update(outbox).set({ status: "sent" }).where(eq(outbox.applicationId, id)).run());
    await expect(undoMoves(recruiter, { items: [{ id, version: rejected.version }] })).rejects.toThrow(
      expect.objectContaining({ code: "conflict" }),
    );
    expect(await state(id)).toMatchObject({ status: "rejected", version: rejected.version });
  });

  it("leaves a hire alone (its report facts stay): an admin reopens it instead", async () => {
    const id = await newApplication();
    await moveApplication(recruiter, id, { to: "references", version: 1 });
    await setBackgroundCheck(recruiter, id, { status: "completed" });
    const hired = await moveApplication(recruiter, id, { to: "hired", version: (await state(id)).version });
    await expect(undoMoves(recruiter, { items: [{ id, version: hired.version }] })).rejects.toThrow(
      expect.objectContaining({ code: "unprocessable", message: expect.stringContaining("A hire is not undone") }),
    );
    expect(await state(id)).toMatchObject({ status: "hired" });
  });

  it("is POST /api/staff/applications/:id/undo with the version the move returned", async () => {
    const id = await newApplication();
    const moved = await moveApplication(recruiter, id, { to: "manager_meeting", version: 1 });
    const cookie = await sessionCookie(recruiter.id);
    const call = (body: unknown) =>
      callStaff(undoRoute.POST, { method: "POST", cookie, body, params: { id: String(id) } });
    expect((await call({ version: "x" })).status).toBe(400);
    const res = await call({ version: moved.version });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id, stage: "applied", status: "active", version: moved.version + 1 });
    expect((await call({ version: moved.version })).status).toBe(409);
  });
});
