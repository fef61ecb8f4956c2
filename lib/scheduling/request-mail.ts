import "server-only";
import { eq } from "drizzle-orm";
import { read, type Reader } from "@/db";
import { candidates, jobs, type Application, type SchedulingRequest } from "@/db/schema";
import { visibleApplication } from "@/lib/applications/access";
import type { Actor } from "@/lib/auth/permissions";
import { buildMail } from "@/lib/mail/messages";
import type { Mail } from "@/lib/mail/outbox";
import { templateFor } from "@/lib/mail/templates";
import type { SchedulingPreviewInput } from "@/lib/validations/scheduling";
import { candidateKindName } from "@/lib/feedback/interview-writes";
import { workingDaysEnd } from "./zone";

/** The interview kind as the candidate reads it. */
export const candidateKindLabel = (kind: SchedulingRequest["kind"], locale: Application["locale"]) =>
  candidateKindName(locale, kind);

/** The last day to book, in the candidate's language (the window ends at midnight after it). */
function lastDay(windowEnd: Date, locale: Application["locale"]): string {
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "Europe/Stockholm",
  }).format(new Date(windowEnd.getTime() - 1));
}

/**
 * The candidate's "choose a time" email, in their language and with the wording in force for the
 * job: one builder for the mail the outbox sends and the preview the recruiter reads before
 * sending. Null when there is no one to write to (the candidate's details were erased).
 */
export async function schedulingRequestMail(
  d: Reader,
  app: Application,
  request: Pick<SchedulingRequest, "kind" | "note" | "windowEnd">,
  link: string,
): Promise<Mail | null> {
  const person = (await d.select().from(candidates).where(eq(candidates.id, app.candidateId)).get())!;
  if (person.erasedAt || !person.email) return null;
  const job = (await d.select({ content: jobs.content }).from(jobs).where(eq(jobs.id, app.jobId)).get())!;
  return buildMail("scheduling_request", {
    locale: app.locale,
    to: person.email,
    name: person.fullName,
    job: job.content[app.locale].title,
    applicationId: app.id,
    interview: { kind: candidateKindLabel(request.kind, app.locale), when: null, videoUrl: null },
    scheduling: { link, bookBy: lastDay(request.windowEnd, app.locale), note: request.note },
    template: await templateFor(d, "scheduling_request", app.locale, app.jobId),
  });
}

export type SchedulingPreview =
  { to: string; locale: Application["locale"]; subject: string; text: string } | { to: null };

/**
 * What the candidate would receive if the request were sent now. The private link does not exist
 * until sending, so the preview shows where it will be with a stand-in for the token.
 */
export async function previewSchedulingRequest(
  actor: Actor | null,
  applicationId: number,
  input: SchedulingPreviewInput,
  origin: string,
  now = new Date(),
): Promise<SchedulingPreview> {
  const { application } = await visibleApplication(actor, "interviews.plan", applicationId);
  const request = { kind: input.kind, note: input.note || null, windowEnd: workingDaysEnd(now, input.windowDays) };
  const mail = await schedulingRequestMail(read(), application, request, `${origin}/schedule/…`);
  return mail ? { to: mail.to, locale: application.locale, subject: mail.subject, text: mail.text } : { to: null };
}
