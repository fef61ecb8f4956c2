import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "@/db/schema";
import net from "node:net";
import { deliverDue, LEASE_MS } from "@/lib/mail/outbox";
import { smtpSender, SMTP_TIMEOUTS } from "@/lib/mail/transport";
import { moveApplication } from "@/lib/applications/move-application";
import { sendLostLinks } from "@/lib/candidates/lost-link";
import { withdrawByToken } from "@/lib/candidates/self-service";
import { getStatusByToken } from "@/lib/applications/status";
import { UNDO_SECONDS } from "@/lib/stages/transitions";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";
import { startSmtp } from "../helpers/smtp";

let t: TestData;
let recruiter: TestUser;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  recruiter = await addUser(t.db, "recruiter");
}, 30_000);
afterAll(() => t.cleanup());

const pending = () => t.db.read().select().from(outbox).where(eq(outbox.status, "pending")).all();
// In id order: PostgreSQL returns rows in no fixed order without one, an updated row often last.
const latest = async () => (await t.db.read().select().from(outbox).orderBy(outbox.id).all()).at(-1)!;

describe("messages to candidates go through the outbox", () => {
  it("queues a confirmation with the status link, in the candidate's language", async () => {
    const res = await apply({ ...validFields(), fullName: "Åsa Öberg", locale: "sv" });
    const { statusUrl } = (await res.json()) as { statusUrl: string };
    const mail = await latest();
    expect(mail).toMatchObject({
      kind: "received",
      subject: "Vi har tagit emot din ansökan till Cloud Engineer",
      toName: "Åsa Öberg",
    });
    expect(mail.text).toContain(statusUrl);
    expect(mail.html).toContain("Hej Åsa");
  });

  it("queues an invitation for a step forward and the feedback with a rejection, but nothing for a step back", async () => {
    const res = await apply(validFields());
    const { id } = (await res.json()) as { id: number };
    await moveApplication(recruiter, id, { to: "manager_meeting", version: 1 });
    expect(await latest()).toMatchObject({
      kind: "next_step",
      subject: "Next step for Cloud Engineer: Meet your future manager",
    });
    const count = (await t.db.read().select().from(outbox).all()).length;
    await moveApplication(recruiter, id, { to: "initial_call", version: 2 });
    expect(await t.db.read().select().from(outbox).all()).toHaveLength(count);
    await moveApplication(recruiter, id, {
      to: "rejected",
      version: 3,
      reason: "must_haves",
      feedback: "You were close; more hands-on Ceph would make the difference.",
    });
    expect(await latest()).toMatchObject({ kind: "rejected" });
    expect((await latest()).text).toContain("more hands-on Ceph would make the difference");
  });

  it("confirms a withdrawal, and answers a lost-link request with fresh links, or with a note when no application exists", async () => {
    const fields = validFields();
    const res = await apply(fields);
    const { statusUrl } = (await res.json()) as { statusUrl: string };
    await withdrawByToken(statusUrl.split("/status/")[1]!);
    expect(await latest()).toMatchObject({ kind: "withdrawn" });
    const before = (await t.db.read().select().from(outbox).all()).length;
    // The same work for an address that never applied: one message, saying so, with no link.
    await sendLostLinks("nobody-here@example.com", "http://localhost");
    expect(await t.db.read().select().from(outbox).all()).toHaveLength(before + 1);
    expect(await latest()).toMatchObject({
      kind: "lost_link",
      toAddress: "nobody-here@example.com",
      applicationId: null,
    });
    expect((await latest()).text).not.toContain("/status/");
    await sendLostLinks(String(fields.email).toUpperCase(), "http://localhost");
    expect(await latest()).toMatchObject({ kind: "lost_link", toAddress: fields.email });
    expect((await latest()).text).toMatch(/http:\/\/localhost\/status\/[A-Za-z0-9_-]{43}/);
    expect((await latest()).text).not.toContain(statusUrl.split("/status/")[1]);
  });
});

describe("delivery", () => {
  it("retries with backoff while the SMTP server is down, then delivers each message exactly once", async () => {
    const down = await startSmtp();
    const port = down.port;
    await new Promise<void>((r) => down.server.close(() => r()));
    const send = smtpSender(`smtp://127.0.0.1:${port}`)!;
    const due = (await pending()).length;
    expect(due).toBeGreaterThan(0);

    // Past the seconds a staff member's move may be undone, when its message is held back.
    const failed = await deliverDue(t.db, send, new Date(Date.now() + UNDO_SECONDS * 1000));
    expect(failed).toEqual({ sent: 0, failed: due });
    const waiting = await pending();
    expect(waiting.every((m) => m.attempts === 1 && m.lastError && m.nextAttemptAt.getTime() > Date.now())).toBe(true);
    expect(await deliverDue(t.db, send, new Date())).toEqual({ sent: 0, failed: 0 });

    const up = await startSmtp(port);
    try {
      const later = new Date(Date.now() + 2 * 60_000);
      expect(await deliverDue(t.db, send, later)).toEqual({ sent: due, failed: 0 });
      expect(await deliverDue(t.db, send, new Date(later.getTime() + 24 * 3_600_000))).toEqual({ sent: 0, failed: 0 });
      expect(up.inbox).toHaveLength(due);
      const received = up.inbox[0];
      expect(received?.raw).toMatch(/From: Safespring careers <careers@localhost>/);
      expect(received?.raw).toMatch(/Message-ID: <outbox-\d+@/i);
      expect(await t.db.read().select().from(outbox).where(eq(outbox.status, "sent")).all()).toHaveLength(due);
    } finally {
      await new Promise<void>((r) => up.server.close(() => r()));
    }
  }, 30_000);
});

describe("an interview invitation", () => {
  it("reaches the candidate in their language with the calendar invite attached", async () => {
    const { planInterview } = await import("@/lib/feedback/interviews");
    const manager = await addUser(t.db, "hiring_manager", "Maja Manager");
    const res = await apply({ ...validFields(), fullName: "Åsa Öberg", locale: "sv" });
    const { id } = (await res.json()) as { id: number };
    await moveApplication(recruiter, id, { to: "technical_interviews", version: 1 });
    for (const m of await pending())
      await t.db.write((tx) => tx.update(outbox).set({ status: "sent" }).where(eq(outbox.id, m.id)).run());
    await planInterview(
      recruiter,
      id,
      { kind: "programming", interviewers: [manager.email], startsAt: "2026-12-03T13:00:00Z" },
      "https://jobs.example.com",
    );

    const smtp = await startSmtp();
    const result = await deliverDue(t.db, smtpSender(`smtp://127.0.0.1:${smtp.port}`)!, new Date());
    smtp.server.close();
    expect(result).toEqual({ sent: 2, failed: 0 });
    const toCandidate = smtp.inbox.find((m) => !m.to.includes(manager.email))!;
    expect(toCandidate.raw).toMatch(/^Subject: .*Intervju/m);
    expect(toCandidate.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/i);
    expect(toCandidate.raw).toContain("filename=interview.ics");
    const toManager = smtp.inbox.find((m) => m.to.includes(manager.email))!;
    expect(toManager.raw).toContain("https://jobs.example.com/staff/interviews/");
  });
});

describe("lost links", () => {
  const tokenOf = (url: string) => url.split("/status/")[1]!;
  const linksIn = (text: string) => [...text.matchAll(/\/status\/([A-Za-z0-9_-]{43})/g)].map((m) => m[1]!);

  it("runs the same writes whether or not the address applied", async () => {
    const fields = validFields();
    await apply(fields);
    const writes = async (email: string) => {
      const before = (await t.db.read().select().from(outbox).all()).length;
      const stamp = async () => (await t.db.read().get<{ stamp: string }>(t.db.dialect.changeStamp()))!.stamp;
      const changes = await stamp();
      await sendLostLinks(email, "http://localhost");
      const after = await stamp();
      return {
        mails: (await t.db.read().select().from(outbox).all()).length - before,
        kind: (await latest()).kind,
        rowsWritten: after !== changes,
      };
    };
    expect(await writes(String(fields.email))).toEqual({ mails: 1, kind: "lost_link", rowsWritten: true });
    expect(await writes(`never-applied-${Date.now()}@example.com`)).toEqual({
      mails: 1,
      kind: "lost_link",
      rowsWritten: true,
    });
  });

  it("sends at most 3 an hour to one address, whoever asks", async () => {
    const address = `limited-${Date.now()}@example.com`;
    const before = (await t.db.read().select().from(outbox).all()).length;
    for (let i = 0; i < 5; i++) await sendLostLinks(i % 2 ? address.toUpperCase() : address, "http://localhost");
    expect((await t.db.read().select().from(outbox).all()).length - before).toBe(3);
  });

  it("keeps the old link working until a new one is opened, then only the newest opened one works", async () => {
    const fields = validFields();
    const old = tokenOf(((await (await apply(fields)).json()) as { statusUrl: string }).statusUrl);
    await sendLostLinks(String(fields.email), "http://localhost");
    const [first] = linksIn((await latest()).text);
    await sendLostLinks(String(fields.email), "http://localhost");
    const [second] = linksIn((await latest()).text);
    expect(await getStatusByToken(old)).not.toBeNull();
    expect(await getStatusByToken(second!)).not.toBeNull();
    expect(await getStatusByToken(old)).toBeNull();
    expect(await getStatusByToken(first!)).toBeNull();
    expect(await getStatusByToken(second!)).not.toBeNull();
  });
});

describe("a send that hangs", () => {
  it("is bounded well inside the outbox lease, so no other instance claims a message still being sent", () => {
    const { connectionTimeout, greetingTimeout, socketTimeout } = SMTP_TIMEOUTS;
    // The slowest send the timeouts allow: a connection, a greeting, and each SMTP step of a message
    // (EHLO, MAIL FROM, RCPT TO, DATA, the body, QUIT) answered just within the socket timeout.
    expect(connectionTimeout + greetingTimeout + 6 * socketTimeout).toBeLessThan(LEASE_MS);
  });

  it("fails after the greeting timeout when the server accepts the connection and says nothing", async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const send = smtpSender(`smtp://127.0.0.1:${port}`, { ...SMTP_TIMEOUTS, greetingTimeout: 300 })!;
      const started = Date.now();
      await expect(
        send({ id: 1, to: "a@example.com", toName: null, subject: "s", text: "t", html: null } as never),
      ).rejects.toThrow(/Greeting never received/);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      silent.close();
    }
  });
});
