import { and, eq, inArray, isNull, lt, notExists, sql } from "drizzle-orm";
import { read, write } from "@/db";
import { applications, candidates, consents } from "@/db/schema";
import { bySystem, recordEvent } from "@/lib/events/record";
import { anonymiseApplications } from "./anonymise";

const DAY = 24 * 60 * 60 * 1000;

export type RetentionResult = { dryRun: boolean; retentionDays: number; cutoff: string; anonymised: number[] };

/**
 * Rejected and withdrawn applications are anonymised RETENTION_DAYS after they closed, unless the
 * candidate agreed to be kept for future roles, a consent that itself lapses after the same period.
 * A dry run changes nothing but the audit trail, which records every run.
 */
export async function runRetention({
  retentionDays,
  dryRun,
  now = new Date(),
}: {
  retentionDays: number;
  dryRun: boolean;
  now?: Date;
}): Promise<RetentionResult> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY);
  const keptForFutureRoles = read()
    .select({ x: sql`1` })
    .from(consents)
    .where(
      and(
        eq(consents.applicationId, applications.id),
        eq(consents.kind, "future_roles"),
        isNull(consents.withdrawnAt),
        sql`${consents.givenAt} >= ${cutoff.getTime()}`,
      ),
    );
  const expired = (
    await read()
      .select({ id: applications.id })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(
        and(
          inArray(applications.status, ["rejected", "withdrawn"]),
          lt(applications.updatedAt, cutoff),
          isNull(candidates.erasedAt),
          notExists(keptForFutureRoles),
        ),
      )
      .all()
  ).map((r) => r.id);
  if (!dryRun) await anonymiseApplications(expired, { actor: bySystem("retention"), kind: "anonymised" });
  const result = { dryRun, retentionDays, cutoff: cutoff.toISOString(), anonymised: expired };
  await write(async (tx) =>
    recordEvent(
      tx,
      bySystem("retention"),
      { kind: dryRun ? "retention.dry_run" : "retention.run", data: { ...result, count: expired.length } },
      now,
    ),
  );
  return result;
}
