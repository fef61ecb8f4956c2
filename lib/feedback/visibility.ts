import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { read } from "@/db";
import {
  interviewers,
  interviews,
  scorecardRevisions,
  scorecards,
  users,
  type Interview,
  type ScorecardContent,
} from "@/db/schema";
import { visibleApplication } from "@/lib/applications/access";
import { can, type Actor } from "@/lib/auth/permissions";

export type ScorecardView = ScorecardContent & {
  id: number;
  interviewId: number;
  interviewKind: Interview["kind"];
  interviewer: { id: number; name: string };
  status: "draft" | "submitted";
  submittedAt: string | null;
  amendedAt: string | null;
  revisions: number;
};

export type ScorecardsForViewer = {
  scorecards: ScorecardView[];
  /** True while the viewer is an interviewer who has not submitted all of their own scorecards here. */
  blind: boolean;
};

/**
 * The blind rule, in one place for the pages and the API: an interviewer sees only their own
 * scorecards until every one of theirs on this application is submitted; then they also see the
 * others' submitted ones. Recruiters and admins see every submitted scorecard. Drafts are only
 * ever seen by their author.
 */
export async function scorecardsFor(actor: Actor | null, applicationId: number): Promise<ScorecardsForViewer> {
  const { actor: who } = await visibleApplication(actor, "staff.access", applicationId);
  const live = await read()
    .select()
    .from(interviews)
    .where(and(eq(interviews.applicationId, applicationId), isNull(interviews.cancelledAt)))
    .all();
  if (live.length === 0) return { scorecards: [], blind: false };
  const ids = live.map((i) => i.id);
  const rows = await read()
    .select({ s: scorecards, name: users.name })
    .from(scorecards)
    .innerJoin(users, eq(users.id, scorecards.userId))
    .where(inArray(scorecards.interviewId, ids))
    .orderBy(asc(scorecards.submittedAt), asc(scorecards.id))
    .all();
  const mine = await read()
    .select({ interviewId: interviewers.interviewId })
    .from(interviewers)
    .where(and(inArray(interviewers.interviewId, ids), eq(interviewers.userId, who.id)))
    .all();
  const ownSubmitted = (interviewId: number) =>
    rows.some((r) => r.s.interviewId === interviewId && r.s.userId === who.id && r.s.status === "submitted");
  const blind = !can(who, "scorecards.view_all") && mine.some((m) => !ownSubmitted(m.interviewId));
  const visible = rows.filter(({ s }) => (s.userId === who.id ? true : s.status === "submitted" && !blind));
  const revisionCounts = new Map<number, number>();
  if (visible.length) {
    for (const r of await read()
      .select({ id: scorecardRevisions.scorecardId })
      .from(scorecardRevisions)
      .where(
        inArray(
          scorecardRevisions.scorecardId,
          visible.map((v) => v.s.id),
        ),
      )
      .all()) {
      revisionCounts.set(r.id, (revisionCounts.get(r.id) ?? 0) + 1);
    }
  }
  const kindOf = new Map(live.map((i) => [i.id, i.kind]));
  return {
    blind,
    scorecards: visible.map(({ s, name }) => ({
      id: s.id,
      interviewId: s.interviewId,
      interviewKind: kindOf.get(s.interviewId)!,
      interviewer: { id: s.userId, name },
      status: s.status,
      ...s.content,
      submittedAt: s.submittedAt?.toISOString() ?? null,
      amendedAt: s.amendedAt?.toISOString() ?? null,
      revisions: revisionCounts.get(s.id) ?? 0,
    })),
  };
}
