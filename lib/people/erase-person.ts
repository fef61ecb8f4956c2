import { and, eq, inArray, isNotNull, isNull, notInArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { applications, candidateMerges, candidates, type Application } from "@/db/schema";

/** What is left of an erased person's record. */
export const erasedPerson = (candidateId: number, now: Date) => ({
  fullName: "Erased candidate",
  email: "",
  emailKey: `erased-${candidateId}`,
  phone: null,
  phoneKey: null,
  country: "",
  linkedinUrl: null,
  linkedinKey: null,
  githubUrl: null,
  githubKey: null,
  portfolioUrl: null,
  searchText: "",
  erasedAt: now,
});

/**
 * Before erasing some of a person's applications: one that shares its candidate record with an
 * application that stays (after a merge) gets an erased record of its own, so erasing it leaves
 * the rest of the person untouched. Answers the applications with their record ids as they now are.
 */
export async function separateForErase(tx: Tx, apps: Application[], ids: number[], now: Date): Promise<Application[]> {
  const out: Application[] = [];
  for (const app of apps) {
    const staying = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.candidateId, app.candidateId), notInArray(applications.id, ids)))
      .limit(1)
      .get();
    if (!staying) {
      out.push(app);
      continue;
    }
    const own = (await tx
      .insert(candidates)
      .values({ ...erasedPerson(0, now), emailKey: `erased-of-${app.id}`, createdAt: now })
      .returning({ id: candidates.id })
      .get())!;
    await tx.update(applications).set({ candidateId: own.id }).where(eq(applications.id, app.id)).run();
    out.push({ ...app, candidateId: own.id });
  }
  return out;
}

/**
 * After an erase: a record merged away into another keeps what the person wrote when applying; once
 * every application it brought is erased, it is erased too.
 */
export async function eraseMergedAway(tx: Tx, ids: number[], now: Date): Promise<void> {
  const merges = await tx
    .select({ mergedCandidateId: candidateMerges.mergedCandidateId, applicationIds: candidateMerges.applicationIds })
    .from(candidateMerges)
    .innerJoin(candidates, eq(candidates.id, candidateMerges.mergedCandidateId))
    .where(and(isNull(candidates.erasedAt), isNotNull(candidates.mergedIntoId)))
    .all();
  for (const m of merges) {
    if (!m.applicationIds.some((id) => ids.includes(id))) continue;
    const live = await tx
      .select({ id: applications.id })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(and(inArray(applications.id, m.applicationIds), isNull(candidates.erasedAt)))
      .limit(1)
      .get();
    if (live) continue;
    await tx
      .update(candidates)
      .set(erasedPerson(m.mergedCandidateId, now))
      .where(eq(candidates.id, m.mergedCandidateId))
      .run();
  }
}
