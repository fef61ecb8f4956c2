import "server-only";
import { aliasedTable, and, eq, isNull, lt, ne, or, type SQL } from "drizzle-orm";
import { read, type Reader } from "@/db";
import { inIds } from "@/db/id-list";
import { applications, candidates, jobs } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { nameKeyOf } from "./identity";

export type DuplicateReason = "email" | "phone" | "linkedin" | "github";
export type CandidateSummary = {
  id: number;
  name: string;
  email: string;
  phone: string | null;
  applications: { id: number; jobTitle: string; status: string }[];
};
export type PossibleDuplicate = { candidates: [CandidateSummary, CandidateSummary]; reasons: DuplicateReason[] };

const LIMIT = 200;

/**
 * Pairs of live candidate records that may be one person: the same email address on two records,
 * or a different email with the same name and the same phone (E.164) or LinkedIn/GitHub profile.
 * A shared phone or link alone is not enough (a family's phone, a typo), nor a name alone.
 */
export async function possibleDuplicates(
  actor: Actor | null,
  { candidateId }: { candidateId?: number } = {},
  d: Reader = read(),
): Promise<PossibleDuplicate[]> {
  requirePermission(actor, "candidates.merge");
  const a = aliasedTable(candidates, "a");
  const b = aliasedTable(candidates, "b");
  const live = (c: typeof a): SQL => and(isNull(c.erasedAt), isNull(c.mergedIntoId))!;
  const keysMatch = or(
    eq(a.emailKey, b.emailKey),
    eq(a.phoneKey, b.phoneKey),
    eq(a.linkedinKey, b.linkedinKey),
    eq(a.githubKey, b.githubKey),
  );
  // For one record (the application page), two lookups by its own keys instead of a self-join.
  const pairs = candidateId
    ? await oneRecordPairs(d, candidateId)
    : await d
        .select({ a, b })
        .from(a)
        .innerJoin(b, and(lt(a.id, b.id), keysMatch))
        .where(and(live(a), live(b)))
        .limit(LIMIT * 4)
        .all();
  const found: { a: (typeof pairs)[number]["a"]; b: (typeof pairs)[number]["b"]; reasons: DuplicateReason[] }[] = [];
  for (const { a: x, b: y } of pairs) {
    if (x.emailKey === y.emailKey) {
      found.push({ a: x, b: y, reasons: ["email"] });
      continue;
    }
    if (nameKeyOf(x.fullName) !== nameKeyOf(y.fullName)) continue;
    const reasons: DuplicateReason[] = [];
    if (x.phoneKey && x.phoneKey === y.phoneKey) reasons.push("phone");
    if (x.linkedinKey && x.linkedinKey === y.linkedinKey) reasons.push("linkedin");
    if (x.githubKey && x.githubKey === y.githubKey) reasons.push("github");
    if (reasons.length) found.push({ a: x, b: y, reasons });
    if (found.length >= LIMIT) break;
  }
  const apps = await applicationsOf([...new Set(found.flatMap((f) => [f.a.id, f.b.id]))], d);
  const summary = (c: (typeof found)[number]["a"]): CandidateSummary => ({
    id: c.id,
    name: c.fullName,
    email: c.email,
    phone: c.phone,
    applications: apps.get(c.id) ?? [],
  });
  return found.map((f) => ({ candidates: [summary(f.a), summary(f.b)], reasons: f.reasons }));
}

type Row = typeof candidates.$inferSelect;

async function oneRecordPairs(d: Reader, candidateId: number): Promise<{ a: Row; b: Row }[]> {
  const me = await d.select().from(candidates).where(eq(candidates.id, candidateId)).get();
  if (!me || me.erasedAt || me.mergedIntoId) return [];
  const same = [
    eq(candidates.emailKey, me.emailKey),
    me.phoneKey ? eq(candidates.phoneKey, me.phoneKey) : undefined,
    me.linkedinKey ? eq(candidates.linkedinKey, me.linkedinKey) : undefined,
    me.githubKey ? eq(candidates.githubKey, me.githubKey) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const others = await d
    .select()
    .from(candidates)
    .where(and(or(...same), ne(candidates.id, me.id), isNull(candidates.erasedAt), isNull(candidates.mergedIntoId)))
    .limit(LIMIT)
    .all();
  return others.map((o) => (o.id < me.id ? { a: o, b: me } : { a: me, b: o }));
}

async function applicationsOf(candidateIds: number[], d: Reader) {
  const byCandidate = new Map<number, CandidateSummary["applications"]>();
  if (candidateIds.length === 0) return byCandidate;
  const rows = await d
    .select({
      id: applications.id,
      candidateId: applications.candidateId,
      status: applications.status,
      content: jobs.content,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(inIds(applications.candidateId, candidateIds))
    .all();
  for (const r of rows)
    byCandidate.set(r.candidateId, [
      ...(byCandidate.get(r.candidateId) ?? []),
      { id: r.id, jobTitle: r.content.en.title, status: r.status },
    ]);
  return byCandidate;
}
