import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, jobs, outbox } from "@/db/schema";
import { moveApplication } from "@/lib/applications/move-application";
import { messageEditor, resetMessageTemplate, saveMessageTemplate, sendTestMessage } from "@/lib/mail/message-editor";
import { deliverDue } from "@/lib/mail/outbox";
import { smtpSender } from "@/lib/mail/transport";
import { templateInput } from "@/lib/validations/messages";
import { fieldErrorsOf } from "@/lib/validations/parse";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";
import { startSmtp } from "../helpers/smtp";

let t: TestData;
let recruiter: TestUser, manager: TestUser;
let jobId: number;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [recruiter, manager] = await Promise.all([addUser(t.db, "recruiter"), addUser(t.db, "hiring_manager")]);
  jobId = (await t.db.read().select({ id: jobs.id }).from(jobs).get())!.id;
}, 30_000);
afterAll(() => t.cleanup());

const rejection = { reason: "must_haves" as const, feedback: "More hands-on Ceph would have decided it." };
const org = { kind: "rejected" as const, locale: "sv" as const, jobId: null };

async function rejectionMail(): Promise<{ subject: string; text: string }> {
  const res = await apply({ ...validFields(), fullName: "Åsa Öberg", locale: "sv" });
  const { id } = (await res.json()) as { id: number };
  await moveApplication(recruiter, id, { to: "rejected", version: 1, ...rejection });
  return (await t.db
    .read()
    .select()
    .from(outbox)
    .where(and(eq(outbox.applicationId, id), eq(outbox.kind, "rejected")))
    .get())!;
}
/** The HTML part as sent (quoted-printable), decoded enough to read. */
const quotedPrintable = (raw: string) =>
  raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const lastAudit = async () => (await t.db.read().select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get())!;

describe("messages candidates receive", () => {
  it("are edited by recruiters and admins only", async () => {
    await expect(messageEditor(manager, null)).rejects.toThrow(expect.objectContaining({ code: "forbidden" }));
    const input = templateInput.parse({ ...org, subject: "x", body: "y" });
    await expect(saveMessageTemplate(manager, input)).rejects.toThrow(expect.objectContaining({ code: "forbidden" }));
  });

  it("refuse an unknown variable by name, in the schema the form and the server share", () => {
    const parsed = templateInput.safeParse({ ...org, subject: "Hej {{firstname}}", body: "{{feedback}}" });
    expect(parsed.error?.issues).toHaveLength(1);
    expect(fieldErrorsOf(parsed.error!)).toEqual({ subject: "Unknown variable {{firstname}}." });
  });

  it("are sent with the job's wording, else the organisation's, else the built-in text; reset goes back a step, audited", async () => {
    expect((await rejectionMail()).subject).toBe("Din ansökan till Cloud Engineer");

    await saveMessageTemplate(
      recruiter,
      templateInput.parse({ ...org, subject: "Om {{jobTitle}}", body: "Hej {{firstName}}!\n\n{{feedback}}" }),
    );
    expect(await lastAudit()).toMatchObject({
      action: "message_template.saved",
      data: { ...org, actor: { id: recruiter.id } },
    });
    const orgMail = await rejectionMail();
    expect(orgMail).toMatchObject({ subject: "Om Cloud Engineer", text: `Hej Åsa!\n\n${rejection.feedback}` });

    await saveMessageTemplate(
      recruiter,
      templateInput.parse({ ...org, jobId, subject: "Jobbets egen: {{jobTitle}}", body: "{{feedback}}" }),
    );
    expect((await rejectionMail()).subject).toBe("Jobbets egen: Cloud Engineer");
    const forJob = await messageEditor(recruiter, jobId);
    expect(forJob.messages.find((m) => m.kind === "rejected" && m.locale === "sv")).toMatchObject({ source: "job" });
    expect(forJob.messages.find((m) => m.kind === "rejected" && m.locale === "en")).toMatchObject({
      source: "default",
    });

    await resetMessageTemplate(recruiter, { ...org, jobId });
    expect((await rejectionMail()).subject).toBe("Om Cloud Engineer");
    await resetMessageTemplate(recruiter, org);
    expect(await lastAudit()).toMatchObject({ action: "message_template.reset", data: org });
    expect((await rejectionMail()).subject).toBe("Din ansökan till Cloud Engineer");
    expect((await messageEditor(recruiter, null)).messages.every((m) => m.source === "default")).toBe(true);
  });

  it("send a test to the signed-in user only, through the outbox, with the sample candidate, escaped", async () => {
    const smtp = await startSmtp();
    try {
      const input = templateInput.parse({
        kind: "received",
        locale: "en",
        jobId,
        subject: "Thanks {{firstName}}",
        body: "<b>Hi</b> {{firstName}}, about {{jobTitle}}:\n\n{{statusLink}}",
      });
      expect(await sendTestMessage(recruiter, input, "https://jobs.example.com")).toEqual({ to: recruiter.email });
      expect(await lastAudit()).toMatchObject({ action: "message_template.test_sent", data: { to: recruiter.email } });
      await deliverDue(t.db, smtpSender(smtp.url)!, new Date(Date.now() + 60_000));
      const mail = smtp.inbox.find((m) => m.to === recruiter.email)!;
      expect(mail.raw).toMatch(/^Subject: \[Test\] Thanks Alex/m);
      expect(quotedPrintable(mail.raw)).toContain("&#60;b&#62;Hi&#60;/b&#62; Alex, about Cloud Engineer:");
      expect(quotedPrintable(mail.raw)).not.toContain("<b>Hi</b> Alex</p>");
    } finally {
      await new Promise<void>((r) => smtp.server.close(() => r()));
    }
  });
});
