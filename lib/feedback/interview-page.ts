import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { read } from "@/db";
import { interviewers, users } from "@/db/schema";
import { getApplicationDetail, type ApplicationDetail } from "@/lib/applications/detail";
import type { Actor } from "@/lib/auth/permissions";
import { interviewFacts, type InterviewFacts } from "./interview-queries";
import {
  attributesOf,
  getOwnScorecard,
  interviewForInterviewer,
  type AttributeDto,
  type OwnScorecard,
} from "./scorecards";
import { scorecardsFor, type ScorecardsForViewer } from "./visibility";
import { feedbackState, type FeedbackState } from "./when";

export type InterviewPage = {
  interview: InterviewFacts & { colleagues: string[]; feedback: FeedbackState };
  application: Pick<ApplicationDetail, "id" | "job" | "candidate" | "answers" | "cv" | "stageName" | "status">;
  attributes: AttributeDto[];
  own: OwnScorecard;
  others: ScorecardsForViewer;
};

/**
 * The interviewer's page: the candidate as applied, the posting, their own scorecard, and the
 * colleagues' scorecards as the blind rule allows.
 */
export async function interviewPage(actor: Actor | null, interviewId: number): Promise<InterviewPage> {
  const { actor: who, interview, jobId } = await interviewForInterviewer(actor, interviewId);
  const detail = await getApplicationDetail(who, interview.applicationId);
  const own = await getOwnScorecard(who, interviewId);
  const colleagues = (
    await read()
      .select({ name: users.name })
      .from(interviewers)
      .innerJoin(users, eq(users.id, interviewers.userId))
      .where(and(eq(interviewers.interviewId, interviewId), ne(interviewers.userId, who.id)))
      .orderBy(asc(users.name))
      .all()
  ).map((u) => u.name);
  const all = await scorecardsFor(who, interview.applicationId);
  return {
    interview: {
      ...interviewFacts(interview),
      colleagues,
      feedback: feedbackState(interview, own.status === "submitted", new Date()),
    },
    application: {
      id: detail.id,
      job: detail.job,
      candidate: detail.candidate,
      answers: detail.answers,
      cv: detail.cv,
      stageName: detail.stageName,
      status: detail.status,
    },
    attributes: await attributesOf(jobId),
    own,
    others: { blind: all.blind, scorecards: all.scorecards.filter((s) => s.interviewer.id !== who.id) },
  };
}
