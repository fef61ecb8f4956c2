import { and, eq, inArray, isNull, lt, notExists, sql } from "drizzle-orm";
import { database, type Database } from "@/db";
import { applications, candidates, consents } from "@/db/schema";
import { runAlone } from "@/lib/coordination/run-alone";
import { bySystem, recordEvent } from "@/lib/events/record";
import { anonymiseIn, removeAnonymisedFiles } from "./anonymise";

const DAY = 24 * 60 * 60 * 1000;
const cause = { actor: bySystem("retention"), kind: "anonymised" } as const;

export type RetentionResult = {
  dryRun: boolean;
  retentionDays: number;
  cutoff: string;
  anonymised: number[];
  /** Another instance was running it at that moment, so this one did nothing. */
  ranElsewhere: boolean;
};

/**
 * Rejected and withdrawn applications are anonymised RETENTION_DAYS after they closed, unless the
 * candidate agreed to be kept for future roles, a consent that itself lapses after the same period.
 * A dry run changes nothing but the audit trail, which records every run. One transaction, which
 * one instance runs at a time (lib/coordination/run-alone.ts); the CVs go after its commit.
 */
export async function runRetention({
  retentionDays,
  dryRun,
  now = new Date(),
  target = database(),
}: {
  retentionDays: number;
  dryRun: boolean;
  now?: Date;
  target?: Database;
}): Promise<RetentionResult> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY);
  const summary = { dryRun, retentionDays, cutoff: cutoff.toISOString() };
  const outcome = await runAlone(target, "retention", async (tx) => {
    const keptForFutureRoles = tx
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
      await tx
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
    const removed = dryRun || expired.length === 0 ? [] : await anonymiseIn(tx, expired, cause, new Date());
    const result = { ...summary, anonymised: expired };
    await recordEvent(
      tx,
      bySystem("retention"),
      { kind: dryRun ? "retention.dry_run" : "retention.run", data: { ...result, count: expired.length } },
      now,
    );
    return { expired, removed };
  });
  if (!outcome) return { ...summary, anonymised: [], ranElsewhere: true };
  if (outcome.expired.length && !dryRun) await removeAnonymisedFiles(outcome.removed, target);
  return { ...summary, anonymised: outcome.expired, ranElsewhere: false };
}
