import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Reader, Tx } from "@/db";
import { perConnection } from "@/db/prepared";
import { applications, candidates, consents, files, jobQuestions, jobs } from "@/db/schema";
import { jobTitles } from "@/lib/jobs/titles";

const p = (name: string) => sql.placeholder(name);

// The intake's own statements, built once per connection (db/prepared.ts): across its eleven
// statements drizzle's assembly was about 1.5 ms of the server's one thread per application (a
// CPU profile under the bench's load). The reads are built for the reader too, for the checks made
// before the upload is read.

/** What the intake reads of the job, before its checks (`job`) and inside its write (`toApply`). */
const jobColumns = () => ({
  id: jobs.id,
  slug: jobs.slug,
  status: jobs.status,
  validThrough: jobs.validThrough,
  location: jobs.location,
  // For the confirmation mail: parsing the whole posting's JSON for one title took the server's
  // thread about 0.05 ms each time, twice per application.
  titles: jobTitles(),
});

function reads(d: Reader) {
  return {
    // The job, a row per question of its own (one with `question` null when it has none), as the
    // apply form shows them (lib/jobs/queries.ts: publicQuestions): one statement, where two cost
    // the intake a round trip more per application on PostgreSQL.
    jobWithQuestions: d
      .select({
        ...jobColumns(),
        question: {
          key: jobQuestions.key,
          kind: jobQuestions.kind,
          label: jobQuestions.label,
          required: jobQuestions.required,
          options: jobQuestions.options,
        },
      })
      .from(jobs)
      .leftJoin(jobQuestions, eq(jobQuestions.jobId, jobs.id))
      .where(eq(jobs.slug, p("slug")))
      .orderBy(asc(jobQuestions.position))
      .prepare(),
    // From the address to its few candidates, then their applications: a cross join keeps
    // SQLite to that order, where it would otherwise walk all of the job's active applications
    // (3.7 ms for 10,000 of them, on every application received).
    duplicate: d
      .select({
        id: applications.id,
        locale: applications.locale,
        name: candidates.fullName,
        address: candidates.email,
      })
      .from(candidates)
      .crossJoin(applications)
      .where(
        and(
          eq(candidates.emailKey, p("emailKey")),
          eq(applications.candidateId, candidates.id),
          eq(applications.jobId, p("jobId")),
          eq(applications.status, "active"),
        ),
      )
      .prepare(),
  };
}

function writes(d: Tx) {
  return {
    // The job, its first stage and whether the address already has an active application for it,
    // in one statement: three on their own cost the intake two more round trips to PostgreSQL per
    // application. The duplicate's lookup walks from the address to its few candidates, as
    // `duplicate` does; its details are read only when there is one.
    toApply: d
      .select({
        ...jobColumns(),
        // Qualified by hand: drizzle leaves a one-table select's columns unqualified.
        firstStageId: sql<number | null>`(select s.id from stages s where s.job_id = jobs.id
          order by s.position limit 1)`,
        duplicateId: sql<number | null>`(select a.id from candidates c cross join applications a
          where c.email_key = ${p("emailKey")} and a.candidate_id = c.id and a.job_id = jobs.id
          and a.status = 'active' limit 1)`,
      })
      .from(jobs)
      .where(eq(jobs.slug, p("slug")))
      .prepare(),
    candidate: d
      .insert(candidates)
      .values({
        fullName: p("fullName"),
        email: p("email"),
        emailKey: p("emailKey"),
        phone: p("phone"),
        country: p("country"),
        linkedinUrl: p("linkedinUrl"),
        githubUrl: p("githubUrl"),
        portfolioUrl: p("portfolioUrl"),
        phoneKey: p("phoneKey"),
        linkedinKey: p("linkedinKey"),
        githubKey: p("githubKey"),
        searchText: p("searchText"),
        createdAt: p("now"),
      })
      .returning({ id: candidates.id })
      .prepare(),
    application: d
      .insert(applications)
      .values({
        jobId: p("jobId"),
        candidateId: p("candidateId"),
        stageId: p("stageId"),
        source: p("source"),
        locale: p("locale"),
        note: p("note"),
        showSkills: p("showSkills"),
        statusTokenHash: p("statusTokenHash"),
        stageEnteredAt: p("now"),
        createdAt: p("now"),
        updatedAt: p("now"),
      })
      .returning({ id: applications.id })
      .prepare(),
    file: d
      .insert(files)
      .values({
        applicationId: p("applicationId"),
        originalName: p("originalName"),
        size: p("size"),
        sha256: p("sha256"),
        detectedType: p("detectedType"),
        mimeType: p("mimeType"),
        storageKey: p("storageKey"),
        createdAt: p("now"),
      })
      .prepare(),
    consent: d
      .insert(consents)
      .values({
        applicationId: p("applicationId"),
        kind: p("kind"),
        noticeVersion: p("noticeVersion"),
        text: p("text"),
        givenAt: p("now"),
      })
      .prepare(),
  };
}

/** The reads, on the reader: the checks made before the upload is read. */
export const intakeReads = perConnection(reads);

/** Everything, on a write's transaction. */
export const intakeStatements = perConnection((tx: Tx) => ({ ...reads(tx), ...writes(tx) }));
