import { eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { applicationEvents, applications, candidates, files, notes } from "@/db/schema";
import { env } from "@/lib/env";
import { removeQuietly, storedPath } from "@/lib/files/storage";

/**
 * Removes the CV and every personal field of these applications, redacts the team's notes and
 * keeps only anonymous facts (stage history, dates, source, rejection reason), so reports still
 * count them. An active application is withdrawn. One transaction; files go after the commit
 * (a crash in between leaves unclaimed files, which start-up removes).
 */
export async function anonymiseApplications(
  ids: number[],
  cause: { actorType: "candidate" | "system"; kind: "erased" | "anonymised" },
): Promise<void> {
  if (ids.length === 0) return;
  const now = new Date();
  const removed = db().transaction(
    (tx) => {
      const apps = tx.select().from(applications).where(inArray(applications.id, ids)).all();
      const keys = tx.select({ key: files.storageKey }).from(files).where(inArray(files.applicationId, ids)).all();
      for (const app of apps) {
        tx.update(candidates)
          .set({
            fullName: "Erased candidate", email: "", emailKey: `erased-${app.candidateId}`, phone: null, country: "",
            linkedinUrl: null, githubUrl: null, portfolioUrl: null, searchText: "", erasedAt: now,
          })
          .where(eq(candidates.id, app.candidateId))
          .run();
        const withdraw = app.status === "active";
        tx.update(applications)
          .set({ note: null, showSkills: null, candidateFeedback: null, updatedAt: now, ...(withdraw ? { status: "withdrawn", version: sql`${applications.version} + 1` } : {}) })
          .where(eq(applications.id, app.id))
          .run();
        tx.insert(applicationEvents)
          .values({ applicationId: app.id, actorType: cause.actorType, kind: cause.kind, fromStatus: app.status, toStatus: withdraw ? "withdrawn" : app.status, createdAt: now })
          .run();
      }
      // Staff notes are about these people, so none of them can stay.
      tx.update(notes).set({ body: "[redacted: personal data erased]", searchText: "", mentions: [], updatedAt: now }).where(inArray(notes.applicationId, ids)).run();
      tx.delete(files).where(inArray(files.applicationId, ids)).run();
      return keys.map((k) => k.key);
    },
    { behavior: "immediate" },
  );
  for (const key of removed) await removeQuietly(storedPath(env().UPLOAD_DIR, key));
}
