import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { read, write, type Tx } from "@/db";
import { jobs, messageTemplates } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { COMPANY } from "@/lib/company";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { byUser, recordEvent } from "@/lib/events/record";
import { LOCALES } from "@/lib/i18n/locales";
import type { TemplateInput, TemplateScope } from "@/lib/validations/messages";
import { mailOf } from "./messages";
import { enqueueMail } from "./outbox";
import { DEFAULT_TEMPLATES, renderTemplate, sampleValues, TEMPLATE_KINDS, type Template } from "./template";

export type MessageSource = "default" | "organisation" | "job";
export type EditableMessage = TemplateScope & Template & { source: MessageSource; builtIn: Template };
export type MessageEditorData = {
  jobs: { id: number; title: string }[];
  job: { id: number; title: Record<"en" | "sv", string> } | null;
  messages: EditableMessage[];
};

const scopeIs = (s: TemplateScope) =>
  and(
    eq(messageTemplates.kind, s.kind),
    eq(messageTemplates.locale, s.locale),
    s.jobId === null ? isNull(messageTemplates.jobId) : eq(messageTemplates.jobId, s.jobId),
  );

async function jobOf(tx: Pick<Tx, "select">, jobId: number | null) {
  if (jobId === null) return null;
  const job = await tx.select({ id: jobs.id, content: jobs.content }).from(jobs).where(eq(jobs.id, jobId)).get();
  if (!job) throw new AppError("not_found", msg("jobs.noSuchJob"));
  return { id: job.id, title: { en: job.content.en.title, sv: job.content.sv.title } };
}

/**
 * Every candidate message in both languages as it is sent now for the organisation, or for one
 * job (its override, else the organisation's wording, else the built-in text), with its source.
 */
export async function messageEditor(actor: Actor | null, jobId: number | null): Promise<MessageEditorData> {
  requirePermission(actor, "messages.edit");
  const db = read();
  const job = await jobOf(db, jobId);
  const rows = await db.select().from(messageTemplates).all();
  const jobList = await db.select({ id: jobs.id, content: jobs.content }).from(jobs).orderBy(asc(jobs.id)).all();
  const messages = TEMPLATE_KINDS.flatMap((kind) =>
    LOCALES.map((locale): EditableMessage => {
      const mine = (j: number | null) => rows.find((r) => r.kind === kind && r.locale === locale && r.jobId === j);
      const own = jobId === null ? undefined : mine(jobId);
      const org = mine(null);
      const row = own ?? org;
      const builtIn = DEFAULT_TEMPLATES[locale][kind];
      return {
        kind,
        locale,
        jobId,
        subject: row?.subject ?? builtIn.subject,
        body: row?.body ?? builtIn.body,
        source: own ? "job" : org ? "organisation" : "default",
        builtIn,
      };
    }),
  );
  return { jobs: jobList.map((j) => ({ id: j.id, title: j.content.en.title })), job, messages };
}

/** Saves the organisation's or a job's wording of one message, checked and audited. */
export async function saveMessageTemplate(actor: Actor | null, input: TemplateInput, now = new Date()) {
  const who = requirePermission(actor, "messages.edit");
  const { kind, locale, jobId, subject, body } = input;
  return write(async (tx) => {
    await jobOf(tx, jobId);
    const existing = await tx.select({ id: messageTemplates.id }).from(messageTemplates).where(scopeIs(input)).get();
    const values = { subject, body, updatedByUserId: who.id, updatedAt: now };
    if (existing) await tx.update(messageTemplates).set(values).where(eq(messageTemplates.id, existing.id)).run();
    else
      await tx
        .insert(messageTemplates)
        .values({ kind, locale, jobId, ...values })
        .run();
    await recordEvent(tx, byUser(who), { kind: "message_template.saved", data: { kind, locale, jobId } }, now);
    return { kind, locale, jobId };
  });
}

/** Back to the built-in text (or, for a job, to the organisation's wording): the row goes. */
export async function resetMessageTemplate(actor: Actor | null, scope: TemplateScope, now = new Date()) {
  const who = requirePermission(actor, "messages.edit");
  return write(async (tx) => {
    await jobOf(tx, scope.jobId);
    await tx.delete(messageTemplates).where(scopeIs(scope)).run();
    const { kind, locale, jobId } = scope;
    await recordEvent(tx, byUser(who), { kind: "message_template.reset", data: { kind, locale, jobId } }, now);
    return { kind, locale, jobId };
  });
}

/**
 * "Send me a test": the wording as typed, filled in with the sample candidate, to the signed-in
 * user's own address through the outbox (never to anyone else).
 */
export async function sendTestMessage(actor: Actor | null, input: TemplateInput, origin: string, now = new Date()) {
  const who = requirePermission(actor, "messages.edit");
  return write(async (tx) => {
    const job = await jobOf(tx, input.jobId);
    const title = job?.title[input.locale] ?? (input.locale === "sv" ? "Exempeltjänst" : "Sample job");
    const values = sampleValues(input.locale, COMPANY.name, title, origin);
    const { subject, paragraphs } = renderTemplate(input, values);
    const mail = mailOf(
      "message_test",
      { locale: input.locale, to: who.email, name: who.name },
      `[Test] ${subject}`,
      paragraphs,
      [values.statusLink, values.videoLink],
    );
    await enqueueMail(tx, mail, now);
    const { kind, locale, jobId } = input;
    await recordEvent(
      tx,
      byUser(who),
      { kind: "message_template.test_sent", data: { kind, locale, jobId, to: who.email } },
      now,
    );
    return { to: who.email };
  });
}
