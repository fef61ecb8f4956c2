import "server-only";
import { and, eq, gte, isNull, sql, type SQL } from "drizzle-orm";
import { read, type Reader } from "@/db";
import { inIds } from "@/db/id-list";
import { applicationTags, applications, candidates, consents, jobs, stages } from "@/db/schema";
import type { ApplicationStatus } from "@/db/enums";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { parseSearch } from "@/lib/search/query";
import { searchCondition } from "@/lib/search/search-applications";
import type { TalentFilters } from "@/lib/validations/people";
import { consentExpiry } from "./consent";

const DAY = 24 * 60 * 60 * 1000;
const LIMIT = 100;
/** How far a person got, in the order the kinds of stages come (other stages say nothing). */
export const REACHED = ["screening", "interview", "decision", "offer_checks"] as const;
export type Reached = (typeof REACHED)[number];

export type TalentPerson = {
  candidateId: number;
  name: string;
  email: string;
  country: string;
  locale: "en" | "sv";
  tags: string[];
  reached: Reached | null;
  consentUntil: string;
  applications: { id: number; jobTitle: string; status: ApplicationStatus }[];
};

/**
 * Text search over the pool: the applications the staff search finds for `q` (names, emails,
 * notes and CV text, with its syntax: phrases, -exclusions). A query with nothing to look for
 * matches everyone, as on the board.
 */
export function talentTextMatch(q: string): SQL {
  return searchCondition(parseSearch(q)) ?? sql`1 = 1`;
}

/**
 * Everyone who agreed to be kept for future roles and whose consent has neither lapsed nor been
 * withdrawn, one row per person (candidate record), latest consent first.
 */
export async function talentPool(actor: Actor | null, f: TalentFilters = {}, now = new Date(), d: Reader = read()) {
  requirePermission(actor, "talent.view");
  const since = new Date(now.getTime() - env().RETENTION_DAYS * DAY);
  const rows = await d
    .select({
      applicationId: applications.id,
      candidateId: candidates.id,
      name: candidates.fullName,
      email: candidates.email,
      country: candidates.country,
      locale: applications.locale,
      givenAt: consents.givenAt,
    })
    .from(consents)
    .innerJoin(applications, eq(applications.id, consents.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(
      and(
        eq(consents.kind, "future_roles"),
        isNull(consents.withdrawnAt),
        gte(consents.givenAt, since),
        isNull(candidates.erasedAt),
        f.country ? eq(candidates.country, f.country) : undefined,
      ),
    )
    .all();
  const people = new Map<number, (typeof rows)[number]>();
  for (const r of rows) {
    const seen = people.get(r.candidateId);
    if (!seen || seen.givenAt < r.givenAt) people.set(r.candidateId, r);
  }
  if (people.size === 0) return [];
  const apps = await d
    .select({
      id: applications.id,
      candidateId: applications.candidateId,
      status: applications.status,
      content: jobs.content,
      reachedKind: stages.kind,
      matches: f.q?.trim() ? sql<number>`case when ${talentTextMatch(f.q)} then 1 else 0 end` : sql<number>`1`,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(stages, and(eq(stages.jobId, applications.jobId), eq(stages.position, applications.furthestPosition)))
    .where(inIds(applications.candidateId, [...people.keys()]))
    .all();
  const tags = await d
    .select()
    .from(applicationTags)
    .where(
      inIds(
        applicationTags.applicationId,
        apps.map((a) => a.id),
      ),
    )
    .all();
  const out: TalentPerson[] = [];
  for (const p of [...people.values()].sort((a, b) => b.givenAt.getTime() - a.givenAt.getTime())) {
    const mine = apps.filter((a) => a.candidateId === p.candidateId);
    if (!mine.some((a) => Number(a.matches) === 1)) continue;
    const mineTags = [
      ...new Set(tags.filter((t) => mine.some((a) => a.id === t.applicationId)).map((t) => t.tag)),
    ].sort();
    if (f.tag && !mineTags.includes(f.tag)) continue;
    const reachedAt = Math.max(-1, ...mine.map((a) => REACHED.indexOf(a.reachedKind as Reached)));
    if (f.reached && reachedAt < REACHED.indexOf(f.reached)) continue;
    out.push({
      candidateId: p.candidateId,
      name: p.name,
      email: p.email,
      country: p.country,
      locale: p.locale,
      tags: mineTags,
      reached: reachedAt >= 0 ? REACHED[reachedAt]! : null,
      consentUntil: consentExpiry(p.givenAt).toISOString(),
      applications: mine.map((a) => ({ id: a.id, jobTitle: a.content.en.title, status: a.status })),
    });
    if (out.length >= LIMIT) break;
  }
  return out;
}
