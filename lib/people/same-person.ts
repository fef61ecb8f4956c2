import "server-only";
import { and, desc, eq, exists, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { read, type Reader } from "@/db";
import { inIds } from "@/db/id-list";
import { applications, candidates, interviewers, interviews, jobs, stages, type ApplicationStatus } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import { can, type Actor } from "@/lib/auth/permissions";

/**
 * Which applications are one person's: those on the same candidate record (one record after a
 * recruiter's merge) and those sent with the same email address. A phone or profile link shared
 * under another email is only a possible duplicate (lib/people/duplicates.ts) until merged.
 */
export type OtherApplication = {
  id: number;
  jobSlug: string;
  jobTitle: string;
  status: ApplicationStatus;
  stageName: string;
  appliedAt: string;
};

/**
 * What the actor may see of applications, as a condition on `applications`: all of them for
 * recruiters and admins, for a hiring manager only those they interview (as visibleApplication).
 */
export function visibleTo(actor: Actor): SQL | undefined {
  if (can(actor, "applications.view_all")) return undefined;
  if (!can(actor, "applications.view_assigned")) return sql`1 = 0`;
  return exists(
    read()
      .select({ x: sql`1` })
      .from(interviewers)
      .innerJoin(interviews, eq(interviews.id, interviewers.interviewId))
      .where(
        and(
          eq(interviews.applicationId, applications.id),
          isNull(interviews.cancelledAt),
          eq(interviewers.userId, actor.id),
        ),
      ),
  );
}

export type Person = { applicationId: number; candidateId: number; emailKey: string };

async function peopleOf(ids: readonly number[], d: Reader): Promise<Person[]> {
  if (ids.length === 0) return [];
  return d
    .select({ applicationId: applications.id, candidateId: candidates.id, emailKey: candidates.emailKey })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(inIds(applications.id, ids), isNull(candidates.erasedAt)))
    .all();
}

/** The same person's other applications that the actor may see, newest first. */
export async function alsoApplied(actor: Actor | null, applicationId: number, d: Reader = read()) {
  const who = requirePermission(actor, "staff.access");
  const [me] = await peopleOf([applicationId], d);
  if (!me) return [];
  const rows = await d
    .select({
      id: applications.id,
      jobSlug: jobs.slug,
      jobContent: jobs.content,
      status: applications.status,
      stageName: stages.staffName,
      createdAt: applications.createdAt,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .where(
      and(
        ne(applications.id, applicationId),
        // Both terms on candidates, so each uses its index (an OR across the two tables scanned them all).
        or(eq(candidates.id, me.candidateId), eq(candidates.emailKey, me.emailKey)),
        visibleTo(who),
      ),
    )
    .orderBy(desc(applications.createdAt))
    .limit(50)
    .all();
  return rows.map((r): OtherApplication => ({
    id: r.id,
    jobSlug: r.jobSlug,
    jobTitle: r.jobContent.en.title,
    status: r.status,
    stageName: r.stageName,
    appliedAt: r.createdAt.toISOString(),
  }));
}

/** For the board's cards: how many other applications of the same person the actor may see. */
export async function alsoAppliedCounts(actor: Actor, ids: readonly number[], d: Reader = read()) {
  return otherApplicationCounts(actor, await peopleOf(ids, d), d);
}

/**
 * The same for applications whose candidate the caller has read already (the board reads them
 * with its cards), so the people need no query of their own. Erased candidates are left out.
 */
export async function otherApplicationCounts(
  actor: Actor,
  people: readonly (Person & { erased?: boolean })[],
  d: Reader = read(),
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  const asked = people.filter((p) => !p.erased);
  if (asked.length === 0) return counts;
  const emailKeys = [...new Set(asked.map((p) => p.emailKey))];
  const others = await d
    .select({ id: applications.id, candidateId: applications.candidateId, emailKey: candidates.emailKey })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(
      // The same record or the same address, as one indexed term: each record asked for has its own
      // address among emailKeys, so "or candidates.id in (...)" would add no row. PostgreSQL cannot
      // combine an id list and an address list in one index plan and read all 100,000 candidates
      // and applications for it (190 ms of the board's 340); an OR with applications.candidate_id
      // had cost SQLite as much.
      and(inArray(candidates.emailKey, emailKeys), visibleTo(actor)),
    )
    .all();
  const byKey = new Map<string, typeof others>();
  for (const o of others) byKey.set(o.emailKey, [...(byKey.get(o.emailKey) ?? []), o]);
  for (const p of asked) {
    // Every application of the same record has the record's address, so the address finds them all.
    const n = (byKey.get(p.emailKey) ?? []).filter((o) => o.id !== p.applicationId).length;
    if (n > 0) counts.set(p.applicationId, n);
  }
  return counts;
}
