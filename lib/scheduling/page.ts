import "server-only";
import { eq } from "drizzle-orm";
import { read } from "@/db";
import { applications, candidates, jobs, schedulingRequests, type Locale } from "@/db/schema";
import { hashToken, looksLikeToken } from "@/lib/security/tokens";
import { bookedStart, changeable, requestForToken, slotsFor } from "./booking";
import { candidateKindLabel } from "./requests";

export type SchedulingPage = {
  locale: Locale;
  firstName: string;
  jobTitle: string;
  kind: string;
  durationMinutes: number;
  note: string | null;
  state: "requested" | "booked";
  bookedAt: string | null;
  changeable: boolean;
  slots: string[];
};

/** What the candidate's scheduling page shows, or null for a link that does not open (404). */
export async function schedulingPage(token: string, now = new Date()): Promise<SchedulingPage | null> {
  const request = await requestForToken(token, now);
  if (!request || (request.state !== "requested" && request.state !== "booked")) return null;
  const app = (await read().select().from(applications).where(eq(applications.id, request.applicationId)).get())!;
  const person = (await read()
    .select({ name: candidates.fullName })
    .from(candidates)
    .where(eq(candidates.id, app.candidateId))
    .get())!;
  const job = (await read().select({ content: jobs.content }).from(jobs).where(eq(jobs.id, app.jobId)).get())!;
  const startsAt = await bookedStart(request);
  const canChange = request.state === "requested" || changeable(request, startsAt, now);
  return {
    locale: app.locale,
    firstName: person.name.split(/\s+/)[0] ?? "",
    jobTitle: job.content[app.locale].title,
    kind: candidateKindLabel(request.kind, app.locale),
    durationMinutes: request.durationMinutes,
    note: request.note,
    state: request.state,
    bookedAt: startsAt?.toISOString() ?? null,
    changeable: canChange,
    slots: canChange ? (await slotsFor(request, now)).map((s) => s.startsAt.toISOString()) : [],
  };
}

/** The language of the application a link belongs to, whatever its state (English when unknown). */
export async function localeForToken(token: string): Promise<Locale> {
  if (!looksLikeToken(token)) return "en";
  const row = await read()
    .select({ locale: applications.locale, state: schedulingRequests.state })
    .from(schedulingRequests)
    .innerJoin(applications, eq(applications.id, schedulingRequests.applicationId))
    .where(eq(schedulingRequests.tokenHash, hashToken(token)))
    .get();
  return row?.locale ?? "en";
}

/** Whether the link was cancelled (by the candidate or the team): the page after a cancel says so. */
export async function wasCancelled(token: string): Promise<boolean> {
  if (!looksLikeToken(token)) return false;
  const row = await read()
    .select({ state: schedulingRequests.state })
    .from(schedulingRequests)
    .where(eq(schedulingRequests.tokenHash, hashToken(token)))
    .get();
  return row?.state === "cancelled";
}
