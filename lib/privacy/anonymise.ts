import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { write, database, type Database, type Tx } from "@/db";
import {
  applicationAnswers,
  applications,
  candidates,
  files,
  interviews,
  notes,
  outbox,
  referees,
  scheduledRejections,
  scorecardRevisions,
  scorecards,
  statusLinks,
  type ScorecardContent,
} from "@/db/schema";
import { transitionApplication, type Mover } from "@/lib/applications/transition";
import { removeStored } from "@/lib/files/cv-objects";
import { eraseMergedAway, erasedPerson, separateForErase } from "@/lib/people/erase-person";
import { dropUndeliveredWebhooks } from "@/lib/webhooks/retention";

const REDACTED = "[redacted: personal data erased]";

function redactScorecard(content: ScorecardContent): ScorecardContent {
  const redact = (v: string) => (v ? REDACTED : "");
  return {
    ratings: content.ratings,
    recommendation: content.recommendation,
    attributeNotes: Object.fromEntries(Object.entries(content.attributeNotes).map(([k, v]) => [k, redact(v)])),
    notes: redact(content.notes),
    candidateFeedback: redact(content.candidateFeedback),
  };
}

/** What is left of a sent message to an erased person: that it was sent, and when. */
const ERASED_MAIL = {
  toAddress: "",
  toName: null,
  subject: "[erased]",
  text: "[erased]",
  html: "[erased]",
  attachments: null,
};

/**
 * Removes the CV and every personal field of these applications, redacts the team's notes and
 * keeps only anonymous facts (stage history, dates, source, rejection reason), so reports still
 * count them. An active application is withdrawn. One transaction; files go after the commit
 * (a crash in between leaves unclaimed files, which start-up removes).
 */
export async function anonymiseApplications(ids: number[], cause: Cause): Promise<void> {
  if (ids.length === 0) return;
  const now = new Date();
  const removed = await write((tx) => anonymiseIn(tx, ids, cause, now));
  await removeAnonymisedFiles(removed);
}

type Cause = { actor: Mover; kind: "erased" | "anonymised"; confirm?: boolean };

/**
 * The database part of anonymiseApplications, inside the caller's transaction; answers the storage
 * keys of the CVs to remove (removeAnonymisedFiles) once it has committed.
 */
export async function anonymiseIn(tx: Tx, ids: number[], cause: Cause, now: Date): Promise<string[]> {
  const apps = await separateForErase(
    tx,
    await tx.select().from(applications).where(inArray(applications.id, ids)).all(),
    ids,
    now,
  );
  const keys = await tx.select({ key: files.storageKey }).from(files).where(inArray(files.applicationId, ids)).all();
  // Messages about these people: unsent ones are dropped, sent ones keep only that they were sent.
  await tx
    .delete(outbox)
    .where(and(inArray(outbox.applicationId, ids), inArray(outbox.status, ["pending", "sending"])))
    .run();
  await tx.update(outbox).set(ERASED_MAIL).where(inArray(outbox.applicationId, ids)).run();
  for (const app of apps) {
    const person = await tx.select().from(candidates).where(eq(candidates.id, app.candidateId)).get();
    if (person?.email) {
      // Lost-link and "you already applied" mails name no application, only the address.
      const toThem = and(isNull(outbox.applicationId), sql`lower(${outbox.toAddress}) = ${person.email.toLowerCase()}`);
      await tx
        .delete(outbox)
        .where(and(toThem, inArray(outbox.status, ["pending", "sending", "failed"])))
        .run();
      await tx.update(outbox).set(ERASED_MAIL).where(toThem).run();
    }
    // Withdraws an active application and records why; the erase confirmation is the one
    // message that still needs the address, and the outbox scrubs it once sent.
    await transitionApplication(
      tx,
      cause.actor,
      app,
      "withdrawn",
      { privacy: { kind: cause.kind, confirm: cause.confirm } },
      now,
    );
    await tx.update(candidates).set(erasedPerson(app.candidateId, now)).where(eq(candidates.id, app.candidateId)).run();
    await tx
      .update(applications)
      .set({ note: null, showSkills: null, candidateFeedback: null, updatedAt: now })
      .where(eq(applications.id, app.id))
      .run();
  }
  await eraseMergedAway(tx, ids, now);
  // Staff notes are about these people, so none of them can stay.
  await tx
    .update(notes)
    .set({ body: REDACTED, searchText: "", mentions: [], updatedAt: now })
    .where(inArray(notes.applicationId, ids))
    .run();
  await tx.delete(files).where(inArray(files.applicationId, ids)).run();
  await tx.delete(statusLinks).where(inArray(statusLinks.applicationId, ids)).run();
  // Referees are other people's data about this person; scorecards keep only their ratings.
  await tx.delete(referees).where(inArray(referees.applicationId, ids)).run();
  const interviewIds = (
    await tx.select({ id: interviews.id }).from(interviews).where(inArray(interviews.applicationId, ids)).all()
  ).map((i) => i.id);
  if (interviewIds.length) {
    await tx
      .update(interviews)
      .set({ videoUrl: null, updatedAt: now })
      .where(inArray(interviews.id, interviewIds))
      .run();
    const cards = await tx
      .select({ id: scorecards.id, content: scorecards.content })
      .from(scorecards)
      .where(inArray(scorecards.interviewId, interviewIds))
      .all();
    for (const card of cards) {
      await tx
        .update(scorecards)
        .set({ content: redactScorecard(card.content), updatedAt: now })
        .where(eq(scorecards.id, card.id))
        .run();
    }
    const cardIds = cards.map((c) => c.id);
    if (cardIds.length) {
      for (const rev of await tx
        .select()
        .from(scorecardRevisions)
        .where(inArray(scorecardRevisions.scorecardId, cardIds))
        .all()) {
        await tx
          .update(scorecardRevisions)
          .set({ content: redactScorecard(rev.content), reason: rev.reason ? REDACTED : null })
          .where(eq(scorecardRevisions.id, rev.id))
          .run();
      }
    }
  }
  // Events about them still waiting for a receiver go; the erase's own (ids only) is the one that stays.
  await dropUndeliveredWebhooks(tx, ids, cause.kind);
  // What they answered is theirs; a knockout still waiting would mail an address that is gone.
  await tx.delete(applicationAnswers).where(inArray(applicationAnswers.applicationId, ids)).run();
  await tx
    .update(scheduledRejections)
    .set({ doneAt: now, outcome: "skipped" })
    .where(and(inArray(scheduledRejections.applicationId, ids), isNull(scheduledRejections.doneAt)))
    .run();
  return keys.map((k) => k.key);
}

/** After the commit: the CVs, and what the database still keeps of the old rows beside the live ones. */
export async function removeAnonymisedFiles(keys: string[], target: Database = database()): Promise<void> {
  await removeStored(...keys);
  // On SQLite, the earlier page images in the write-ahead log.
  await target.purgeDeleted();
}
