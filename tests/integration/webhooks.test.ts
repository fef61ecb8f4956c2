import { and, eq, inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { applications, outbox, stages, webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import * as listRoute from "@/app/api/staff/webhooks/route";
import * as endpointRoute from "@/app/api/staff/webhooks/[id]/route";
import * as resendRoute from "@/app/api/staff/webhooks/deliveries/[id]/resend/route";
import { moveApplication } from "@/lib/applications/move-application";
import { planInterview } from "@/lib/feedback/interviews";
import { saveDraft, submitScorecard } from "@/lib/feedback/scorecards";
import { byCandidate } from "@/lib/events/record";
import { anonymiseApplications } from "@/lib/privacy/anonymise";
import { webhookEndpointCreate } from "@/lib/validations/webhooks";
import { claimDue } from "@/lib/webhooks/claim";
import {
  deliverWebhooks,
  GATHER_MS,
  nextRunAfter,
  MAX_ATTEMPTS,
  recordOutcomes,
  type DeliverOptions,
} from "@/lib/webhooks/deliver";
import { resendDelivery } from "@/lib/webhooks/deliveries";
import { enqueueWebhooks } from "@/lib/webhooks/enqueue";
import { createEndpoint, rotateEndpointSecret, updateEndpoint } from "@/lib/webhooks/endpoints";
import { PAUSE_AFTER_MS } from "@/lib/webhooks/health";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";
import { startReceiver, verifies, type Receiver } from "../helpers/webhook-receiver";

let t: TestData;
let admin: TestUser, recruiter: TestUser;
let receiver: Receiver;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET, WEBHOOKS_ALLOW_HTTP: "true", WEBHOOKS_ALLOW_PRIVATE: "true" });
  [admin, recruiter] = await Promise.all([addUser(t.db, "admin"), addUser(t.db, "recruiter")]);
}, 30_000);
afterAll(() => t.cleanup());
beforeEach(async () => {
  receiver = await startReceiver();
  // Each test starts with no endpoints, so deliveries from earlier tests go nowhere.
  await t.db.write((tx) => tx.update(webhookEndpoints).set({ active: false }).run());
});
afterEach(() => receiver.close());

const DAY = 24 * 3_600_000;
/** Jitter fixed at its middle, so a retry is due exactly on the schedule. */
const steady = { random: () => 0.5 } satisfies DeliverOptions;
const deliver = (at: Date | number = new Date(), options: DeliverOptions = {}) =>
  deliverWebhooks(t.db, { ...steady, ...options, now: new Date(at) });

async function endpoint(events: string[] = ["all"], extra: Record<string, unknown> = {}) {
  const input = webhookEndpointCreate.parse({ url: receiver.url, events, ...extra });
  const { endpoint: e, secret } = await createEndpoint(admin, input);
  return { id: e.id, secret: secret! };
}
let applicants = 0;
/** A new application; each needs its own address (a second one from an address is a repeat). */
async function newApplication(name = "Åsa Öberg", email = `asa.oberg.${++applicants}@example.com`): Promise<number> {
  const res = await apply({ ...validFields(), fullName: name, email });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}
const deliveriesOf = (endpointId: number) =>
  t.db
    .read()
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, endpointId))
    .orderBy(webhookDeliveries.id)
    .all();

describe("deliveries", () => {
  it("turns each event into one signed delivery per subscribed endpoint, verified by standardwebhooks, without personal data", async () => {
    const all = await endpoint();
    const movesOnly = await endpoint(["application.moved"]);
    const id = await newApplication();
    await moveApplication(recruiter, id, { to: "initial_call", version: 1 });
    expect((await deliveriesOf(all.id)).map((d) => d.type)).toEqual(["application.applied", "application.moved"]);
    expect((await deliveriesOf(movesOnly.id)).map((d) => d.type)).toEqual(["application.moved"]);

    expect(await deliver()).toMatchObject({ claimed: 3, delivered: 3, failed: 0 });
    const bodies = receiver.verified(all.secret);
    expect(bodies.map((b) => b.type)).toEqual(["application.applied", "application.moved"]);
    expect(receiver.verified(movesOnly.secret)).toHaveLength(1);
    expect(bodies[1]).toMatchObject({
      type: "application.moved",
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: {
        applicationId: id,
        jobSlug: "cloud-engineer",
        fromStage: "applied",
        toStage: "initial_call",
        status: "active",
        links: { application: `http://localhost/api/staff/applications/${id}` },
      },
    });
    for (const r of receiver.received) {
      expect(r.headers["webhook-id"]).toMatch(/^msg_/);
      expect(r.body).not.toMatch(/Åsa|asa\.oberg/i);
    }
  });

  it("enqueues an application event for five endpoints with one read and one insert, in the event's transaction", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await endpoint()).id);
    const id = await newApplication();
    const [applied, next] = await t.db
      .read()
      .select({ id: stages.id })
      .from(stages)
      .innerJoin(applications, eq(applications.jobId, stages.jobId))
      .where(eq(applications.id, id))
      .orderBy(stages.position)
      .limit(2)
      .all();
    const calls: string[] = [];
    await t.db.write(async (tx) => {
      // Every query the enqueue builds goes through this handle (statements are prepared per handle).
      const counted = new Proxy(tx, {
        get: (target, key: string) => {
          const value = Reflect.get(target, key) as unknown;
          if (typeof value !== "function") return value;
          return (...args: unknown[]) => {
            if (["select", "insert", "update", "delete", "all", "get", "run"].includes(key)) calls.push(key);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      });
      await enqueueWebhooks(
        counted,
        { kind: "moved", applicationId: id, fromStageId: applied!.id, toStageId: next!.id },
        new Date(),
      );
    });
    expect(calls).toEqual(["select", "insert"]);
    const queued = await t.db
      .read()
      .select()
      .from(webhookDeliveries)
      .where(and(inArray(webhookDeliveries.endpointId, ids), eq(webhookDeliveries.type, "application.moved")))
      .all();
    expect(queued).toHaveLength(5);
    expect(queued[0]!.payload.data).toMatchObject({
      applicationId: id,
      jobSlug: "cloud-engineer",
      stage: "applied",
      status: "active",
      fromStage: "applied",
      toStage: "initial_call",
    });
  });

  it("adds the name and email only for an endpoint allowed personal data, which needs a stated reason", async () => {
    const refused = webhookEndpointCreate.safeParse({ url: receiver.url, events: ["all"], personalData: true });
    expect(refused.success).toBe(false);
    const hris = await endpoint(["application.hired", "application.applied"], {
      personalData: true,
      personalDataReason: "The HRIS creates the employee record when someone is hired.",
    });
    await newApplication("Bo Ek", "bo.ek@example.com");
    await deliver();
    expect(receiver.verified(hris.secret)[0]!.data.candidate).toEqual({ name: "Bo Ek", email: "bo.ek@example.com" });
  });

  it("retries a failing receiver on the backoff schedule and stops once it answers 2xx", async () => {
    const e = await endpoint(["application.applied"]);
    await newApplication();
    receiver.behave({ kind: "fail", status: 503 });
    const t0 = Date.now();
    expect(await deliver(t0)).toMatchObject({ delivered: 0, failed: 1 });
    expect(await deliver(t0 + 4_000)).toMatchObject({ claimed: 0 });
    expect(await deliver(t0 + 6_000)).toMatchObject({ failed: 1 });
    const [waiting] = await deliveriesOf(e.id);
    expect(waiting!.attempts).toBe(2);
    expect(waiting!.nextAttemptAt.getTime() - (t0 + 6_000)).toBeGreaterThanOrEqual(30_000);
    receiver.behave({ kind: "ok" });
    expect(await deliver(t0 + 6_000 + 31_000)).toMatchObject({ delivered: 1 });
    expect(await deliver(t0 + 2 * DAY)).toMatchObject({ claimed: 0 });
    expect(receiver.received).toHaveLength(3);
    const { deliveries } = await (
      await callStaff(endpointRoute.GET, { cookie: await sessionCookie(admin.id), params: { id: String(e.id) } })
    ).json();
    expect(deliveries[0].status).toBe("delivered");
    expect(deliveries[0].tries.map((a: { statusCode: number }) => a.statusCode)).toEqual([503, 503, 200]);
    expect(deliveries[0].tries[0].response).toBe("failing with 503");
  });

  it("marks a delivery failed after the last of its tries", async () => {
    const e = await endpoint(["application.applied"]);
    await newApplication();
    receiver.behave({ kind: "fail", status: 500 });
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) await deliver(Date.now() + i, { schedule: [0] });
    const [d] = await deliveriesOf(e.id);
    expect(d).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS);
  });

  it("gives up on a receiver that hangs once the timeout passes", async () => {
    const e = await endpoint(["application.applied"]);
    await newApplication();
    receiver.behave({ kind: "hang" });
    const started = Date.now();
    expect(await deliver(started, { timeoutMs: 300 })).toMatchObject({ failed: 1 });
    expect(Date.now() - started).toBeLessThan(5_000);
    const [d] = await deliveriesOf(e.id);
    expect(d).toMatchObject({ status: "pending", attempts: 1, lastError: "No answer within 0.3 s." });
  });

  it("keeps each application's events in order, a failure holding back the ones after it", async () => {
    const e = await endpoint();
    const a = await newApplication("Ann A");
    const b = await newApplication("Ben B");
    await moveApplication(recruiter, a, { to: "initial_call", version: 1 });
    await moveApplication(recruiter, b, { to: "initial_call", version: 1 });
    await moveApplication(recruiter, a, { to: "manager_meeting", version: 2 });
    receiver.behave({ kind: "fail", status: 500 });
    const t0 = Date.now();
    await deliver(t0);
    // One try per application: the first event of each; the rest waited behind it.
    expect(receiver.received).toHaveLength(2);
    receiver.behave({ kind: "ok" });
    for (let i = 1; i < 6; i++) await deliver(t0 + i * 10_000);
    const delivered = receiver.verified(e.secret).slice(2);
    const seq = (id: number) =>
      delivered.filter((d) => d.data.applicationId === id).map((d) => `${d.type}:${String(d.data.stage)}`);
    expect(seq(a)).toEqual([
      "application.applied:applied",
      "application.moved:initial_call",
      "application.moved:manager_meeting",
    ]);
    expect(seq(b)).toEqual(["application.applied:applied", "application.moved:initial_call"]);
  });

  it("delivers each once when two runners claim at the same time", async () => {
    await endpoint(["application.applied"]);
    for (let i = 0; i < 12; i++) await newApplication(`P ${i}`);
    const now = new Date();
    const runs = await Promise.all([deliver(now, { limit: 8 }), deliver(now, { limit: 8 })]);
    await deliver(now);
    expect(runs[0].delivered + runs[1].delivered).toBeGreaterThanOrEqual(8);
    const ids = receiver.received.map((r) => r.headers["webhook-id"]);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });

  it("claims a run's deliveries and stores their outcomes in batches, as atomic writes outside the serializable writer", async () => {
    for (let i = 0; i < 5; i++) await endpoint(["application.applied"]);
    for (let i = 0; i < 6; i++) await newApplication(`Batch ${i}`);
    const write = vi.spyOn(t.db, "write");
    const atomic = vi.spyOn(t.db, "writeAtomic");
    try {
      expect(await deliver()).toMatchObject({ claimed: 30, delivered: 30, failed: 0 });
      // One claim and the 30 outcomes in two batches (25 and 5); the endpoints, none of them
      // failing, need no write for their health. On PostgreSQL none is SERIALIZABLE, so none
      // aborts (or is aborted by) a move enqueueing.
      expect(atomic).toHaveBeenCalledTimes(3);
      // (On SQLite an atomic write is a write on its one writer.)
      expect(write).toHaveBeenCalledTimes(onPostgres ? 0 : 3);
    } finally {
      write.mockRestore();
      atomic.mockRestore();
    }
    expect(receiver.received).toHaveLength(30);
  });

  it("stores a batch of outcomes together, leaving alone a delivery another run now holds", async () => {
    const e = await endpoint(["application.applied"]);
    for (let i = 0; i < 4; i++) await newApplication(`Outcome ${i}`);
    const now = new Date();
    const [ok, retry, last, taken] = await claimDue(t.db, "run-1", now, 10);
    await t.db.write(async (tx) => {
      await tx
        .update(webhookDeliveries)
        .set({ attempts: MAX_ATTEMPTS - 1 })
        .where(eq(webhookDeliveries.id, last!.id))
        .run();
      await tx.update(webhookDeliveries).set({ claimedBy: "run-2" }).where(eq(webhookDeliveries.id, taken!.id)).run();
    });
    const at = new Date(now.getTime() + 1000);
    const answer = (status: number) => ({
      ok: status < 300,
      status,
      latencyMs: 12,
      response: status < 300 ? "fine" : "no",
      error: status < 300 ? null : `HTTP ${status}`,
    });
    const stored = await recordOutcomes(
      t.db,
      "run-1",
      [
        { delivery: ok!, outcome: answer(200), at },
        { delivery: retry!, outcome: answer(500), at },
        { delivery: { ...last!, attempts: MAX_ATTEMPTS - 1 }, outcome: answer(503), at },
        { delivery: taken!, outcome: answer(200), at },
      ],
      steady,
    );
    expect(stored).toEqual([ok!.id, retry!.id, last!.id]);
    const rows = new Map((await deliveriesOf(e.id)).map((d) => [d.id, d]));
    expect(rows.get(ok!.id)).toMatchObject({ status: "delivered", attempts: 1, claimedBy: null, deliveredAt: at });
    expect(rows.get(retry!.id)).toMatchObject({
      status: "pending",
      attempts: 1,
      claimedBy: null,
      claimedUntil: null,
      lastError: "HTTP 500",
      deliveredAt: null,
      nextAttemptAt: new Date(at.getTime() + 5000),
    });
    expect(rows.get(last!.id)).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: "HTTP 503" });
    expect(rows.get(taken!.id)).toMatchObject({ status: "sending", attempts: 0, claimedBy: "run-2" });
    const attempts = await t.db
      .read()
      .select()
      .from(webhookAttempts)
      .where(inArray(webhookAttempts.deliveryId, [ok!.id, retry!.id, last!.id, taken!.id]))
      .orderBy(webhookAttempts.deliveryId)
      .all();
    expect(attempts.map((a) => [a.deliveryId, a.statusCode, a.latencyMs, a.response, a.at])).toEqual([
      [ok!.id, 200, 12, "fine", at],
      [retry!.id, 500, 12, "no", at],
      [last!.id, 503, 12, "no", at],
    ]);
  });

  it("ends an endpoint's failing streak with a success, and starts one with a failure", async () => {
    const e = await endpoint(["application.applied"]);
    receiver.behave({ kind: "fail", status: 500 });
    await newApplication();
    await deliver();
    const failing = await t.db.read().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, e.id)).get();
    expect(failing!.failingSince).not.toBeNull();
    receiver.behave({ kind: "ok" });
    await deliver(Date.now() + 60_000);
    const healthy = await t.db.read().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, e.id)).get();
    expect(healthy!.failingSince).toBeNull();
  });

  it("tells the runner to go on at once after a full batch, shortly after a part of one, and to rest when it sent nothing", () => {
    expect(nextRunAfter({ claimed: 100, delivered: 0, failed: 0 })).toBe(0);
    expect(nextRunAfter({ claimed: 40, delivered: 39, failed: 1 })).toBe(GATHER_MS);
    expect(GATHER_MS).toBeGreaterThan(0);
    expect(GATHER_MS).toBeLessThan(1000);
    expect(nextRunAfter({ claimed: 0, delivered: 0, failed: 0 })).toBeNull();
    // Lines left to another instance: nothing sent, so the runner waits for its next tick.
    expect(nextRunAfter({ claimed: 3, delivered: 0, failed: 0 })).toBeNull();
  });

  it("signs with both the old and the new secret for 24 hours after a rotation, then with the new one only", async () => {
    const e = await endpoint(["application.applied"]);
    const rotated = await rotateEndpointSecret(admin, e.id);
    await newApplication();
    await deliver();
    const [first] = receiver.received;
    expect(verifies(e.secret, first!) && verifies(rotated.secret, first!)).toBe(true);
    expect(first!.headers["webhook-signature"]).toMatch(/^v1,\S+ v1,\S+$/);
    await newApplication("Cy D");
    await deliver(Date.now() + DAY + 60_000);
    const second = receiver.received[1]!;
    expect([verifies(e.secret, second), verifies(rotated.secret, second)]).toEqual([false, true]);
  });

  it("sends nothing to a paused endpoint", async () => {
    const e = await endpoint();
    await updateEndpoint(admin, e.id, { active: false });
    await newApplication();
    await deliver();
    expect(receiver.received).toHaveLength(0);
    expect(await deliveriesOf(e.id)).toHaveLength(0);
  });

  it("resends a delivery under the same webhook-id, so the receiver can recognise the repeat", async () => {
    const e = await endpoint(["application.applied"]);
    await newApplication();
    await deliver();
    const [d] = await deliveriesOf(e.id);
    const cookie = await sessionCookie(admin.id);
    const denied = await callStaff(resendRoute.POST, {
      method: "POST",
      cookie: await sessionCookie(recruiter.id),
      params: { id: String(d!.id) },
    });
    expect(denied.status).toBe(403);
    const res = await callStaff(resendRoute.POST, { method: "POST", cookie, params: { id: String(d!.id) } });
    expect(res.status).toBe(202);
    await expect(resendDelivery(admin, d!.id)).rejects.toMatchObject({ code: "conflict" });
    await deliver();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]!.headers["webhook-id"]).toBe(receiver.received[0]!.headers["webhook-id"]);
    expect(receiver.verified(e.secret)).toHaveLength(2);
  });

  it("pauses an endpoint that has failed for 3 days and mails the admins", async () => {
    const e = await endpoint(["application.applied"]);
    receiver.behave({ kind: "fail", status: 500 });
    await newApplication();
    const t0 = Date.now();
    await deliver(t0, { schedule: [60] });
    await deliver(t0 + PAUSE_AFTER_MS / 2, { schedule: [60] });
    expect((await t.db.read().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, e.id)).get())!.active).toBe(
      true,
    );
    await deliver(t0 + PAUSE_AFTER_MS + 60_000, { schedule: [60] });
    const row = (await t.db.read().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, e.id)).get())!;
    expect(row).toMatchObject({ active: false, pausedReason: expect.stringMatching(/3 days/) });
    const mails = await t.db.read().select().from(outbox).where(eq(outbox.kind, "webhook_paused")).all();
    expect(mails.map((m) => m.toAddress)).toContain(admin.email);
  });

  it("drops an erased application's undelivered deliveries and sends application.erased with ids only", async () => {
    const e = await endpoint(["all"], {
      personalData: true,
      personalDataReason: "Our HRIS needs the name to match people.",
    });
    receiver.behave({ kind: "fail", status: 500 });
    const id = await newApplication("Eve Erased", "eve@example.com");
    await moveApplication(recruiter, id, { to: "initial_call", version: 1 });
    await anonymiseApplications([id], { actor: byCandidate, kind: "erased" });
    expect((await deliveriesOf(e.id)).map((d) => d.type)).toEqual(["application.erased"]);
    receiver.behave({ kind: "ok" });
    await deliver();
    const [erased] = receiver.verified(e.secret);
    expect(erased).toMatchObject({ type: "application.erased", data: { applicationId: id } });
    expect(Object.keys(erased!.data).sort()).toEqual(["applicationId", "jobId"]);
  });
});

describe("chat endpoints", () => {
  it("posts a short line with a link to Slack, naming the candidate only when allowed personal data", async () => {
    const input = (extra = {}) =>
      webhookEndpointCreate.parse({ kind: "slack", url: receiver.url, events: ["application.applied"], ...extra });
    const plain = await createEndpoint(admin, input());
    expect(plain.secret).toBeNull();
    await newApplication("Dag Chat", "dag@example.com");
    await deliver();
    const text = (JSON.parse(receiver.received[0]!.body) as { text: string }).text;
    expect(text).toMatch(
      /^New application for application #\d+ \(Cloud Engineer\), .+ <http:\/\/localhost\/staff\/applications\/\d+\|Open in Rekry>$/,
    );
    expect(text).not.toContain("Dag");
    await updateEndpoint(admin, plain.endpoint.id, {
      personalData: true,
      personalDataReason: "The team channel is private to recruiters.",
    });
    await newApplication("Eva Chat", "eva@example.com");
    await deliver();
    expect(receiver.received[1]!.body).toContain("Eva Chat");
  });
  it("gives Teams an adaptive card with a link button and Mattermost Markdown with a link, names escaped", async () => {
    const chat = (kind: string) =>
      createEndpoint(
        admin,
        webhookEndpointCreate.parse({
          kind,
          url: receiver.url,
          events: ["application.applied"],
          personalData: true,
          personalDataReason: "A private channel of the hiring team.",
        }),
      );
    await chat("teams");
    await chat("mattermost");
    const id = await newApplication("Mia *Bold* [link](x)", "mia.chat@example.com");
    await deliver();
    const bodies = receiver.received.map((r) => JSON.parse(r.body) as Record<string, unknown>);
    const teams = bodies.find((b) => b.type === "message") as {
      attachments: { contentType: string; content: { body: { text: string }[]; actions: { url: string }[] } }[];
    };
    expect(teams.attachments[0]!.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(teams.attachments[0]!.content.body[0]!.text).toBe(
      `New application for application #${id} (Mia *Bold* [link](x)) (Cloud Engineer), Applied`,
    );
    expect(teams.attachments[0]!.content.actions[0]!.url).toBe(`http://localhost/staff/applications/${id}`);
    const mattermost = bodies.find((b) => typeof b.text === "string") as { text: string };
    expect(mattermost.text).toContain("\\(Mia \\*Bold\\* \\[link\\]\\(x\\)\\)");
    expect(mattermost.text).toMatch(/\[Open in Rekry\]\(http:\/\/localhost\/staff\/applications\/\d+\)$/);
  });

  it("says how many of the stage's interviewers have sent their scorecard: 2 of 3 in", async () => {
    await createEndpoint(
      admin,
      webhookEndpointCreate.parse({ kind: "slack", url: receiver.url, events: ["application.scorecard_submitted"] }),
    );
    const id = await newApplication();
    await moveApplication(recruiter, id, { to: "technical_interviews", version: 1 });
    const panel = await Promise.all([
      addUser(t.db, "hiring_manager"),
      addUser(t.db, "hiring_manager"),
      addUser(t.db, "hiring_manager"),
    ]);
    const { id: interviewId } = await planInterview(
      recruiter,
      id,
      { kind: "technical", interviewers: panel.map((u) => u.email) },
      "http://localhost",
    );
    for (const interviewer of panel.slice(0, 2)) {
      await saveDraft(interviewer, interviewId, {
        ratings: {},
        attributeNotes: {},
        recommendation: "yes",
        notes: "Solid.",
        candidateFeedback: "",
      });
      await submitScorecard(interviewer, interviewId);
    }
    await deliver();
    const lines = receiver.received.map((r) => (JSON.parse(r.body) as { text: string }).text);
    expect(lines).toEqual([
      expect.stringMatching(/^Scorecard submitted for application #\d+ \(Cloud Engineer\), .+: 1 of 3 in </),
      expect.stringMatching(/^Scorecard submitted for application #\d+ \(Cloud Engineer\), .+: 2 of 3 in </),
    ]);
  });
});

describe("server-side request forgery", () => {
  const refusedWith = async (url: string, options: DeliverOptions = {}) => {
    await t.db.write((tx) => tx.update(webhookEndpoints).set({ active: false }).run());
    const { endpoint: e } = await createEndpoint(
      admin,
      webhookEndpointCreate.parse({ url, events: ["application.applied"] }),
    );
    await newApplication();
    expect(await deliver(new Date(), { allowPrivate: false, ...options })).toMatchObject({ failed: 1 });
    return (await deliveriesOf(e.id))[0]!.lastError;
  };

  it("refuses loopback, IPv6 loopback, metadata and IPv4-mapped addresses, sending nothing", async () => {
    expect(await refusedWith(receiver.url)).toMatch(/^Refused: 127\.0\.0\.1 leads to 127\.0\.0\.1/);
    expect(await refusedWith(`http://[::1]:${receiver.port}/hook`)).toMatch(/^Refused: ::1/);
    expect(await refusedWith("http://169.254.169.254/latest/meta-data")).toMatch(/^Refused/);
    expect(await refusedWith(`http://[::ffff:127.0.0.1]:${receiver.port}/hook`)).toMatch(/^Refused/);
    expect(receiver.received).toHaveLength(0);
  });

  it("refuses a name that resolves to a private address, and connects to the address it checked", async () => {
    const toPrivate = async () => [{ address: "10.0.0.1", family: 4 }];
    expect(await refusedWith(`http://hooks.example.test:${receiver.port}/hook`, { resolve: toPrivate })).toMatch(
      /^Refused: hooks\.example\.test leads to 10\.0\.0\.1/,
    );
    expect(receiver.received).toHaveLength(0);
    // Allowed private addresses, the name goes to exactly what the resolver answered.
    const toReceiver = async () => [{ address: "127.0.0.1", family: 4 }];
    await newApplication();
    expect(await deliver(Date.now() + 60_000, { resolve: toReceiver, allowPrivate: true })).toMatchObject({
      delivered: 2,
    });
    expect(receiver.received[0]!.headers.host).toBe(`hooks.example.test:${receiver.port}`);
  });

  it("does not follow a redirect to loopback", async () => {
    const target = await startReceiver();
    try {
      receiver.behave({ kind: "redirect", location: target.url });
      const { endpoint: e } = await createEndpoint(
        admin,
        webhookEndpointCreate.parse({ url: receiver.url, events: ["application.applied"] }),
      );
      await newApplication();
      await deliver();
      expect(receiver.received).toHaveLength(1);
      expect(target.received).toHaveLength(0);
      expect((await deliveriesOf(e.id))[0]).toMatchObject({ status: "pending", lastError: "HTTP 307" });
    } finally {
      await target.close();
    }
  });
});

describe("the staff API", () => {
  it("lets admins add endpoints (secret shown once, stored sealed) and refuses everyone else", async () => {
    const body = { url: "https://hooks.example.com/rekry", events: ["application.hired"], description: "HRIS" };
    const denied = await callStaff(listRoute.POST, { method: "POST", cookie: await sessionCookie(recruiter.id), body });
    expect(denied.status).toBe(403);
    const cookie = await sessionCookie(admin.id);
    const bad = await callStaff(listRoute.POST, { method: "POST", cookie, body: { ...body, events: ["nope"] } });
    expect(bad.status).toBe(400);
    const res = await callStaff(listRoute.POST, { method: "POST", cookie, body });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { endpoint: { id: number; url: string }; secret: string };
    expect(created.secret).toMatch(/^whsec_/);
    const row = (await t.db
      .read()
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, created.endpoint.id))
      .get())!;
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(6, 30));
    expect(JSON.stringify(row)).not.toContain("hooks.example.com");
    const list = (await (await callStaff(listRoute.GET, { cookie })).json()) as { endpoints: { url: string }[] };
    expect(list.endpoints.map((e) => e.url)).toContain(body.url);
    expect(JSON.stringify(list)).not.toContain("whsec_");
  });
});
