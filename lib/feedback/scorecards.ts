import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { read, write, type Reader, type Tx } from "@/db";
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
import { msg } from "@/lib/i18n/command-text";
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

export async function attributesOf(jobId: number, d: Reader = read()): Promise<AttributeDto[]> {
  return d
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
export async function interviewForInterviewer(
  actor: Actor | null,
  interviewId: number,
  d: Reader = read(),
): Promise<{ actor: Actor; interview: Interview; jobId: number }> {
  const interview = await d.select().from(interviews).where(eq(interviews.id, interviewId)).get();
  if (!interview) throw new AppError("not_found", msg("common.notFound"));
  const { actor: who, application } = await visibleApplication(actor, "staff.access", interview.applicationId, d);
  const assigned = await d
    .select()
    .from(interviewers)
    .where(and(eq(interviewers.interviewId, interviewId), eq(interviewers.userId, who.id)))
    .get();
  if (!assigned) throw new AppError("forbidden", msg("scorecard.interviewersOnly"));
  return { actor: who, interview, jobId: application.jobId };
}

async function ownRow(interviewId: number, userId: number): Promise<Scorecard | undefined> {
  return read()
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.userId, userId)))
    .get();
}

async function toOwn(interviewId: number, row: Scorecard | undefined): Promise<OwnScorecard> {
  const content = row?.content ?? EMPTY;
  const history = row
    ? await read()
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

export async function getOwnScorecard(actor: Actor | null, interviewId: number): Promise<OwnScorecard> {
  const { actor: who } = await interviewForInterviewer(actor, interviewId);
  return toOwn(interviewId, await ownRow(interviewId, who.id));
}

/** Ratings and notes may only name the job's own attributes; a rating of anything else is refused. */
async function checkAttributes(jobId: number, content: ScorecardDraft, d: Reader): Promise<void> {
  const keys = new Set((await attributesOf(jobId, d)).map((a) => a.key));
  const unknown = [...Object.keys(content.ratings), ...Object.keys(content.attributeNotes)].filter((k) => !keys.has(k));
  if (unknown.length)
    throw new AppError("invalid", msg("common.invalidFields"), {
      errors: { ratings: msg("scorecard.unknownAttribute", { keys: [...new Set(unknown)].join(", ") }) },
    });
}

function clean(content: ScorecardDraft): ScorecardContent {
  return {
    ...content,
    attributeNotes: Object.fromEntries(Object.entries(content.attributeNotes).filter(([, v]) => v.length > 0)),
  };
}

async function writeDraft(
  tx: Tx,
  interviewId: number,
  userId: number,
  content: ScorecardContent,
  now: Date,
): Promise<Scorecard> {
  const existing = await tx
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.userId, userId)))
    .get();
  if (existing?.status === "submitted") throw new AppError("conflict", msg("scorecard.final"));
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
export async function saveDraft(
  actor: Actor | null,
  interviewId: number,
  content: ScorecardDraft,
): Promise<OwnScorecard> {
  // The checks that decide the write run inside it: an interviewer removed meanwhile saves nothing.
  const who = await write(async (tx) => {
    const { actor: who, jobId } = await interviewForInterviewer(actor, interviewId, tx);
    await checkAttributes(jobId, content, tx);
    await writeDraft(tx, interviewId, who.id, clean(content), new Date());
    return who;
  });
  return toOwn(interviewId, await ownRow(interviewId, who.id));
}

/**
 * Submits the caller's scorecard, optionally with its final content in the same step. From here on
 * it is evidence: others may read it, and it changes only through an amend that keeps this version.
 */
export async function submitScorecard(
  actor: Actor | null,
  interviewId: number,
  given?: ScorecardDraft | null,
): Promise<OwnScorecard> {
  const now = new Date();
  // Every check runs inside the write: a cancel or a removal from the panel meanwhile refuses it.
  const who = await write(async (tx) => {
    const { actor: who, interview, jobId } = await interviewForInterviewer(actor, interviewId, tx);
    if (interview.cancelledAt) throw new AppError("unprocessable", msg("scorecard.interviewCancelled"));
    if (given) await checkAttributes(jobId, given, tx);
    const row = given
      ? await writeDraft(tx, interviewId, who.id, clean(given), now)
      : await tx
          .select()
          .from(scorecards)
          .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.userId, who.id)))
          .get();
    if (row?.status === "submitted") throw new AppError("conflict", msg("scorecard.alreadySubmitted"));
    if (!row?.content.recommendation) {
      throw new AppError("unprocessable", msg("scorecard.recommendBeforeSubmit"), {
        errors: { recommendation: msg("scorecard.chooseRecommendation") },
      });
    }
    await tx
      .update(scorecards)
      .set({ status: "submitted", submittedAt: now, updatedAt: now })
      .where(eq(scorecards.id, row.id))
      .run();
    await tx
      .insert(scorecardRevisions)
      .values({ scorecardId: row.id, content: row.content, reason: null, createdAt: now })
      .run();
    await recordEvent(
      tx,
      byUser(who),
      {
        kind: "scorecard_submitted",
        applicationId: interview.applicationId,
        data: { interviewId, recommendation: row.content.recommendation },
      },
      now,
    );
    return who;
  });
  return toOwn(interviewId, await ownRow(interviewId, who.id));
}

/** Changes a submitted scorecard; the earlier version stays in its history with the reason for the change. */
export async function amendScorecard(
  actor: Actor | null,
  interviewId: number,
  { reason, ...content }: ScorecardAmend,
): Promise<OwnScorecard> {
  if (!content.recommendation)
    throw new AppError("unprocessable", msg("scorecard.recommend"), {
      errors: { recommendation: msg("scorecard.chooseRecommendation") },
    });
  const now = new Date();
  const who = await write(async (tx) => {
    const { actor: who, interview, jobId } = await interviewForInterviewer(actor, interviewId, tx);
    await checkAttributes(jobId, content, tx);
    const row = await tx
      .select()
      .from(scorecards)
      .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.userId, who.id)))
      .get();
    if (row?.status !== "submitted") throw new AppError("conflict", msg("scorecard.amendSubmittedOnly"));
    const next = clean(content);
    await tx
      .update(scorecards)
      .set({ content: next, amendedAt: now, updatedAt: now })
      .where(eq(scorecards.id, row.id))
      .run();
    await tx.insert(scorecardRevisions).values({ scorecardId: row.id, content: next, reason, createdAt: now }).run();
    await recordEvent(
      tx,
      byUser(who),
      { kind: "scorecard_amended", applicationId: interview.applicationId, data: { interviewId, reason } },
      now,
    );
    return who;
  });
  return toOwn(interviewId, await ownRow(interviewId, who.id));
}
