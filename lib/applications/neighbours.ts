import "server-only";
import { and, asc, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { read } from "@/db";
import { applications, candidates } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { jobStages } from "@/lib/stages/job-stages";
import { isOutcome, OUTCOME_NAMES } from "@/lib/stages/transitions";
import { visibleApplication } from "./access";
import { columnCondition, filterConditions, type BoardFilters } from "./board";

export type Neighbour = { id: number; name: string };

export type Neighbours = {
  column: string;
  columnName: string;
  /** The next one up the column (newer), and the next one down (older). */
  previous: Neighbour | null;
  next: Neighbour | null;
  /** 1-based place in the column, or null once the application has left it (after a move). */
  position: number | null;
  count: number;
};

/**
 * The applications before and after this one in a board column under the board's filters, in the
 * board's order (newest first by created_at, then id). The place is the application's own
 * (created_at, id), so after it moves out of the column Next still goes on down the column.
 * Null for a viewer who does not see the board (a hiring manager) and for a column this job lacks;
 * 404 as everywhere for an application the viewer may not see.
 */
export async function applicationNeighbours(
  actor: Actor | null,
  id: number,
  place: BoardFilters & { column: string },
): Promise<Neighbours | null> {
  const { actor: who, application: a } = await visibleApplication(actor, "staff.access", id);
  if (!can(who, "applications.view_all")) return null;
  const list = await jobStages(a.jobId);
  const inColumn = columnCondition(place.column, new Map(list.map((s) => [s.key, s.id])));
  if (!inColumn) return null;
  const where = [...filterConditions(a.jobId, place, Date.now()), inColumn];
  const at = a.createdAt.getTime();
  const newer = or(
    sql`${applications.createdAt} > ${at}`,
    and(eq(applications.createdAt, a.createdAt), sql`${applications.id} > ${a.id}`),
  )!;
  const older = or(
    sql`${applications.createdAt} < ${at}`,
    and(eq(applications.createdAt, a.createdAt), sql`${applications.id} < ${a.id}`),
  )!;
  const nearest = (side: SQL, order: SQL[]) =>
    read()
      .select({ id: applications.id, name: candidates.fullName })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(and(...where, side))
      .orderBy(...order)
      .limit(1)
      .get();
  const tally = async (...extra: SQL[]) =>
    (
      await read()
        .select({ n: count() })
        .from(applications)
        .where(and(...where, ...extra))
        .get()
    )?.n ?? 0;
  const [previous, next, total, above, here] = await Promise.all([
    nearest(newer, [asc(applications.createdAt), asc(applications.id)]),
    nearest(older, [desc(applications.createdAt), desc(applications.id)]),
    tally(),
    tally(newer),
    tally(eq(applications.id, a.id)),
  ]);
  const stage = list.find((s) => s.key === place.column);
  return {
    column: place.column,
    columnName: isOutcome(place.column) ? OUTCOME_NAMES[place.column] : (stage?.staffName ?? place.column),
    previous: previous ?? null,
    next: next ?? null,
    position: here > 0 ? above + 1 : null,
    count: total,
  };
}
