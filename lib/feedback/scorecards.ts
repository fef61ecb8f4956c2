import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db, type Tx } from "@/db";
import {
  interviewers,
  interviews,
  jobAttributes,
  scorecardRevisions,
  scorecards,
  type Interview,
  type Scorecard,
  type ScorecardContent,
} from "@/db/schema";
import { byUser, recordEvent } from "@/lib/events/record";
import { visibleApplication } from "@/lib/applications/access";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ScorecardAmend, ScorecardDraft } from "@/lib/validations/interviews";

export type AttributeDto = { key: string; label: string; description: string; optional: boolean };

export type OwnScorecard = ScorecardContent & {
  interviewId: number;
  status: "draft" | "submitted";
  submittedAt: string | null;
  amendedAt: string | null;
  updatedAt: string | null;
  history: { at: string; reason: string | null; recommendation: ScorecardContent["recommendation"] }[];
};

const EMPTY: ScorecardContent = {
  ratings: {},
  attributeNotes: {},
  recommendation: null,
  notes: "",
  candidateFeedback: "",
};

export function attributesOf(jobId: number): AttributeDto[] {
  return db()
    .select({
      key: jobAttributes.key,
      label: jobAttributes.label,
      description: jobAttributes.description,
      optional: jobAttributes.optional,
    })
    .from(jobAttributes)
    .where(eq(jobAttributes.jobId, jobId))
    .orderBy(asc(jobAttributes.position))
    .all();
}

/**
 * The interview, for one of its interviewers. Anyone who may not see the application gets 404;
 * a recruiter who may see it but does not interview gets 403, since there is no scorecard of theirs.
 */
export function interviewForInterviewer(
  actor: Actor | null,
  interviewId: number,
): { actor: Actor; interview: Interview; jobId: number } {
  const interview = db().select().from(interviews).where(eq(interviews.id, interviewId)).get();
  if (!interview) throw new AppError("not_found", "Not found.");
  const { actor: who, application } = visibleApplication(actor, "staff.access", interview.applicationId);
  const assigned = db()
    .select()
    .from(interviewers)
    .where(and(eq(interviewers.interviewId, interviewId), eq(interviewers.userId, who.id)))
    .get();
  if (!assigned) throw new AppError("forbidden", "Only the interviewers of this interview have a scorecard for it.");
  return { actor: who, interview, jobId: application.jobId };
}

function ownRow(interviewId: number, userId: number): Scorecard | undefined {
  return db()
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.userId, userId)))
    .get();
}

function toOwn(interviewId: number, row: Scorecard | undefined): OwnScorecard {
  const content = row?.content ?? EMPTY;
  const history = row
    ? db()
        .select()
        .from(scorecardRevisions)
        .where(eq(scorecardRevisions.scorecardId, row.id))
        .orderBy(asc(scorecardRevisions.createdAt), asc(scorecardRevisions.id))
        .all()
    : [];
  return {
    interviewId,
    status: row?.status ?? "draft",
    ...content,
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    amendedAt: row?.amendedAt?.toISOString() ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    history: history.map((h) => ({
      at: h.createdAt.toISOString(),
      reason: h.reason,
      recommendation: h.content.recommendation,
    })),
  };
}

export function getOwnScorecard(actor: Actor | null, interviewId: number): OwnScorecard {
  const { actor: who } = interviewForInterviewer(actor, interviewId);
  return toOwn(interviewId, ownRow(interviewId, who.id));
}

/** Ratings and notes may only name the job's own attributes; a rating of anything else is refused. */
function checkAttributes(jobId: number, content: ScorecardDraft): void {
  const keys = new Set(attributesOf(jobId).map((a) => a.key));
  const unknown = [...Object.keys(content.ratings), ...Object.keys(content.attributeNotes)].filter((k) => !keys.has(k));
  if (unknown.length)
    throw new AppError("invalid", "Some fields are not valid.", {
      errors: { ratings: `Unknown attribute: ${[...new Set(unknown)].join(", ")}.` },
    });
}

function clean(content: ScorecardDraft): ScorecardContent {
  return {
    ...content,
    attributeNotes: Object.fromEntries(Object.entries(content.attributeNotes).filter(([, v]) => v.length > 0)),
  };
}

function writeDraft(tx: Tx, interviewId: number, userId: number, content: ScorecardContent, now: Date): Scorecard {
  const existing = tx
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.userId, userId)))
    .get();
  if (existing?.status === "submitted")
    throw new AppError(
      "conflict",
      "This scorecard is submitted and final. Use Amend to change it; the earlier version is kept.",
    );
  if (existing)
    return tx
      .update(scorecards)
      .set({ content, updatedAt: now })
      .where(eq(scorecards.id, existing.id))
      .returning()
      .get();
  return tx
    .insert(scorecards)
    .values({ interviewId, userId, content, createdAt: now, updatedAt: now })
    .returning()
    .get();
}

/** Saves the caller's draft (as they type); a submitted scorecard is final and refused here. */
export function saveDraft(actor: Actor | null, interviewId: number, content: ScorecardDraft): OwnScorecard {
  const { actor: who, jobId } = interviewForInterviewer(actor, interviewId);
  checkAttributes(jobId, content);
  db().transaction((tx) => writeDraft(tx, interviewId, who.id, clean(content), new Date()), { behavior: "immediate" });
  return toOwn(interviewId, ownRow(interviewId, who.id));
}

/**
 * Submits the caller's scorecard, optionally with its final content in the same step. From here on
 * it is evidence: others may read it, and it changes only through an amend that keeps this version.
 */
export function submitScorecard(actor: Actor | null, interviewId: number, given?: ScorecardDraft | null): OwnScorecard {
  const { actor: who, interview, jobId } = interviewForInterviewer(actor, interviewId);
  if (interview.cancelledAt)
    throw new AppError("unprocessable", "This interview was cancelled; there is nothing to submit.");
  if (given) checkAttributes(jobId, given);
  const now = new Date();
  db().transaction(
    (tx) => {
      const row = given
        ? writeDraft(tx, interviewId, who.id, clean(given), now)
        : tx
            .select()
            .from(scorecards)
            .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.userId, who.id)))
            .get();
      if (row?.status === "submitted")
        throw new AppError("conflict", "This scorecard is already submitted. Use Amend to change it.");
      if (!row?.content.recommendation) {
        throw new AppError("unprocessable", "Choose an overall recommendation before you submit.", {
          errors: { recommendation: "Choose strong no, no, yes or strong yes." },
        });
      }
      tx.update(scorecards)
        .set({ status: "submitted", submittedAt: now, updatedAt: now })
        .where(eq(scorecards.id, row.id))
        .run();
      tx.insert(scorecardRevisions)
        .values({ scorecardId: row.id, content: row.content, reason: null, createdAt: now })
        .run();
      recordEvent(
        tx,
        byUser(who),
        {
          kind: "scorecard_submitted",
          applicationId: interview.applicationId,
          data: { interviewId, recommendation: row.content.recommendation },
        },
        now,
      );
    },
    { behavior: "immediate" },
  );
  return toOwn(interviewId, ownRow(interviewId, who.id));
}

/** Changes a submitted scorecard; the earlier version stays in its history with the reason for the change. */
export function amendScorecard(
  actor: Actor | null,
  interviewId: number,
  { reason, ...content }: ScorecardAmend,
): OwnScorecard {
  const { actor: who, interview, jobId } = interviewForInterviewer(actor, interviewId);
  checkAttributes(jobId, content);
  if (!content.recommendation)
    throw new AppError("unprocessable", "Choose an overall recommendation.", {
      errors: { recommendation: "Choose strong no, no, yes or strong yes." },
    });
  const now = new Date();
  db().transaction(
    (tx) => {
      const row = tx
        .select()
        .from(scorecards)
        .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.userId, who.id)))
        .get();
      if (row?.status !== "submitted")
        throw new AppError("conflict", "Only a submitted scorecard can be amended; save or submit the draft instead.");
      const next = clean(content);
      tx.update(scorecards)
        .set({ content: next, amendedAt: now, updatedAt: now })
        .where(eq(scorecards.id, row.id))
        .run();
      tx.insert(scorecardRevisions).values({ scorecardId: row.id, content: next, reason, createdAt: now }).run();
      recordEvent(
        tx,
        byUser(who),
        { kind: "scorecard_amended", applicationId: interview.applicationId, data: { interviewId, reason } },
        now,
      );
    },
    { behavior: "immediate" },
  );
  return toOwn(interviewId, ownRow(interviewId, who.id));
}
