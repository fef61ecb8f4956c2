import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { read } from "@/db";
import {
  applications,
  candidates,
  interviewers,
  interviews,
  jobs,
  scorecards,
  users,
  type Interview,
} from "@/db/schema";
import { visibleApplication } from "@/lib/applications/access";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { INTERVIEW_KIND_LABELS } from "@/lib/validations/interviews";
import { feedbackState, type FeedbackState } from "./when";

/** What every view of an interview shows of it, as sent to the browser. */
export type InterviewFacts = {
  id: number;
  kind: Interview["kind"];
  /** The kind's English name, for the API; pages word `kind` in the viewer's language. */
  kindLabel: string;
  startsAt: string | null;
  durationMinutes: number;
  videoUrl: string | null;
  cancelled: boolean;
};

export function interviewFacts(i: Interview): InterviewFacts {
  return {
    id: i.id,
    kind: i.kind,
    kindLabel: INTERVIEW_KIND_LABELS[i.kind],
    startsAt: i.startsAt?.toISOString() ?? null,
    durationMinutes: i.durationMinutes,
    videoUrl: i.videoUrl,
    cancelled: Boolean(i.cancelledAt),
  };
}

export type InterviewSummary = InterviewFacts & {
  interviewers: { id: number; name: string; feedback: FeedbackState }[];
};

/** The interviews of one application with each interviewer's feedback state (never the content). */
export async function interviewsOf(
  actor: Actor | null,
  applicationId: number,
  now = new Date(),
): Promise<InterviewSummary[]> {
  await visibleApplication(actor, "staff.access", applicationId);
  const list = await read()
    .select()
    .from(interviews)
    .where(eq(interviews.applicationId, applicationId))
    .orderBy(asc(interviews.createdAt), asc(interviews.id))
    .all();
  if (!list.length) return [];
  const ids = list.map((i) => i.id);
  const people = await read()
    .select({ interviewId: interviewers.interviewId, id: users.id, name: users.name })
    .from(interviewers)
    .innerJoin(users, eq(users.id, interviewers.userId))
    .where(inArray(interviewers.interviewId, ids))
    .orderBy(asc(users.name))
    .all();
  const submitted = new Set(
    (
      await read()
        .select({ interviewId: scorecards.interviewId, userId: scorecards.userId })
        .from(scorecards)
        .where(and(inArray(scorecards.interviewId, ids), eq(scorecards.status, "submitted")))
        .all()
    ).map((s) => `${s.interviewId}:${s.userId}`),
  );
  return list.map((i) => ({
    ...interviewFacts(i),
    interviewers: people
      .filter((p) => p.interviewId === i.id)
      .map((p) => ({ id: p.id, name: p.name, feedback: feedbackState(i, submitted.has(`${i.id}:${p.id}`), now) })),
  }));
}

export type MyInterview = InterviewFacts & {
  applicationId: number;
  candidate: string;
  job: string;
  feedback: FeedbackState;
  draft: boolean;
};

/** The caller's own interviews, split into what is coming and what is done, with feedback due and overdue first. */
export async function myInterviews(
  actor: Actor | null,
  now = new Date(),
): Promise<{ upcoming: MyInterview[]; past: MyInterview[] }> {
  const who = requirePermission(actor, "staff.access");
  const rows = (
    await read()
      .select({ i: interviews, candidate: candidates.fullName, job: jobs.content, card: scorecards.status })
      .from(interviewers)
      .innerJoin(interviews, eq(interviews.id, interviewers.interviewId))
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .leftJoin(scorecards, and(eq(scorecards.interviewId, interviews.id), eq(scorecards.userId, who.id)))
      .where(eq(interviewers.userId, who.id))
      .orderBy(desc(interviews.startsAt), desc(interviews.id))
      .all()
  ).filter((r) => !r.i.cancelledAt);
  const items = rows.map((r) => ({
    ...interviewFacts(r.i),
    applicationId: r.i.applicationId,
    candidate: r.candidate,
    job: r.job.en.title,
    feedback: feedbackState(r.i, r.card === "submitted", now),
    draft: r.card === "draft",
  }));
  const order: Record<FeedbackState, number> = { overdue: 0, due: 1, upcoming: 2, unscheduled: 3, submitted: 4 };
  const upcoming = items
    .filter((i) => i.feedback === "upcoming" || i.feedback === "unscheduled")
    .sort((a, b) => (a.startsAt ?? "9").localeCompare(b.startsAt ?? "9"));
  const past = items
    .filter((i) => i.feedback !== "upcoming" && i.feedback !== "unscheduled")
    .sort((a, b) => order[a.feedback] - order[b.feedback] || (b.startsAt ?? "").localeCompare(a.startsAt ?? ""));
  return { upcoming, past };
}
