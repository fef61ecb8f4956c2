import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { write, type Tx } from "@/db";
import { applications, candidateMerges, candidates } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { byUser, recordEvent } from "@/lib/events/record";
import type { MergeInput } from "@/lib/validations/people";

/** How long a merge can be undone. */
export const UNDO_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

export type MergeDto = {
  id: number;
  keptCandidateId: number;
  mergedCandidateId: number;
  applicationIds: number[];
  mergedAt: string;
  undoUntil: string;
  undoneAt: string | null;
};

function toDto(m: typeof candidateMerges.$inferSelect): MergeDto {
  return {
    id: m.id,
    keptCandidateId: m.keptCandidateId,
    mergedCandidateId: m.mergedCandidateId,
    applicationIds: m.applicationIds,
    mergedAt: m.createdAt.toISOString(),
    undoUntil: new Date(m.createdAt.getTime() + UNDO_DAYS * DAY).toISOString(),
    undoneAt: m.undoneAt?.toISOString() ?? null,
  };
}

async function liveCandidate(tx: Tx, id: number) {
  const c = await tx.select().from(candidates).where(eq(candidates.id, id)).get();
  if (!c) throw new AppError("not_found", msg("merge.noCandidate", { id: String(id) }));
  if (c.erasedAt) throw new AppError("conflict", msg("merge.erased", { id: String(id) }));
  if (c.mergedIntoId)
    throw new AppError("conflict", msg("merge.alreadyMerged", { id: String(id), into: String(c.mergedIntoId) }), {
      current: { mergedIntoId: c.mergedIntoId },
    });
  return c;
}

/** The search index copies the record's name and email: touching it refreshes the moved applications. */
async function refreshSearch(tx: Tx, candidateId: number) {
  await tx.update(candidates).set({ searchText: candidates.searchText }).where(eq(candidates.id, candidateId)).run();
}

/** Every application of both records hears of it, so each timeline says who merged what. */
async function tellBoth(
  tx: Tx,
  actor: Actor,
  kind: "candidate_merged" | "candidate_merge_undone",
  m: MergeDto,
  now: Date,
) {
  const ids = (
    await tx
      .select({ id: applications.id })
      .from(applications)
      .where(inArray(applications.candidateId, [m.keptCandidateId, m.mergedCandidateId]))
      .all()
  ).map((r) => r.id);
  const data = { mergeId: m.id, keptCandidateId: m.keptCandidateId, mergedCandidateId: m.mergedCandidateId };
  for (const applicationId of ids) await recordEvent(tx, byUser(actor), { kind, applicationId, data }, now);
  await recordEvent(
    tx,
    byUser(actor),
    {
      kind: kind === "candidate_merged" ? "candidate.merged" : "candidate.merge_undone",
      data: { ...data, applicationIds: m.applicationIds },
    },
    now,
  );
}

/**
 * Merges one candidate record into another: every application of the merged record (and with it
 * its notes, tags, consents, files and status links, which belong to the application) moves to
 * the kept record. The merged record stays, marked, so an undo can put exactly those back.
 */
export async function mergeCandidates(actor: Actor | null, input: MergeInput, now = new Date()): Promise<MergeDto> {
  const who = requirePermission(actor, "candidates.merge");
  if (input.keepCandidateId === input.mergeCandidateId)
    throw new AppError("invalid", msg("merge.sameCandidate"), { errors: { mergeCandidateId: "same" } });
  return write(async (tx) => {
    await liveCandidate(tx, input.keepCandidateId);
    await liveCandidate(tx, input.mergeCandidateId);
    const moved = (
      await tx
        .select({ id: applications.id })
        .from(applications)
        .where(eq(applications.candidateId, input.mergeCandidateId))
        .all()
    ).map((r) => r.id);
    await tx
      .update(applications)
      .set({ candidateId: input.keepCandidateId })
      .where(eq(applications.candidateId, input.mergeCandidateId))
      .run();
    await tx
      .update(candidates)
      .set({ mergedIntoId: input.keepCandidateId })
      .where(eq(candidates.id, input.mergeCandidateId))
      .run();
    const row = (await tx
      .insert(candidateMerges)
      .values({
        keptCandidateId: input.keepCandidateId,
        mergedCandidateId: input.mergeCandidateId,
        applicationIds: moved,
        byUserId: who.id,
        createdAt: now,
      })
      .returning()
      .get())!;
    await refreshSearch(tx, input.keepCandidateId);
    const dto = toDto(row);
    await tellBoth(tx, who, "candidate_merged", dto, now);
    return dto;
  });
}

/**
 * Takes a merge back within UNDO_DAYS: the applications it moved return to their own record, as
 * before. One that has since been erased stays apart (it was given an erased record of its own).
 * A record merged onward since must be separated first, newest merge first.
 */
export async function undoMerge(actor: Actor | null, mergeId: number, now = new Date()): Promise<MergeDto> {
  const who = requirePermission(actor, "candidates.merge");
  return write(async (tx) => {
    const m = await tx.select().from(candidateMerges).where(eq(candidateMerges.id, mergeId)).get();
    if (!m) throw new AppError("not_found", msg("common.notFound"));
    if (m.undoneAt) throw new AppError("conflict", msg("merge.alreadyUndone"));
    if (now.getTime() - m.createdAt.getTime() > UNDO_DAYS * DAY)
      throw new AppError("conflict", msg("merge.tooOld", { days: UNDO_DAYS }));
    const kept = await tx.select().from(candidates).where(eq(candidates.id, m.keptCandidateId)).get();
    if (kept?.mergedIntoId)
      throw new AppError(
        "conflict",
        msg("merge.mergedSince", { id: String(m.keptCandidateId), into: String(kept.mergedIntoId) }),
        { current: { mergedIntoId: kept.mergedIntoId } },
      );
    if (m.applicationIds.length)
      await tx
        .update(applications)
        .set({ candidateId: m.mergedCandidateId })
        .where(and(inArray(applications.id, m.applicationIds), eq(applications.candidateId, m.keptCandidateId)))
        .run();
    await tx.update(candidates).set({ mergedIntoId: null }).where(eq(candidates.id, m.mergedCandidateId)).run();
    const row = (await tx
      .update(candidateMerges)
      .set({ undoneAt: now, undoneByUserId: who.id })
      .where(eq(candidateMerges.id, mergeId))
      .returning()
      .get())!;
    await refreshSearch(tx, m.mergedCandidateId);
    const dto = toDto(row);
    await tellBoth(tx, who, "candidate_merge_undone", dto, now);
    return dto;
  });
}

/** The merges into this record that can still be undone, newest first (for the application page). */
export async function undoableMerges(
  tx: Pick<Tx, "select">,
  candidateId: number,
  now = new Date(),
): Promise<MergeDto[]> {
  const rows = await tx.select().from(candidateMerges).where(eq(candidateMerges.keptCandidateId, candidateId)).all();
  return rows
    .filter((m) => !m.undoneAt && now.getTime() - m.createdAt.getTime() <= UNDO_DAYS * DAY)
    .sort((a, b) => b.id - a.id)
    .map(toDto);
}
