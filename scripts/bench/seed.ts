import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SqliteDatabase } from "@/db";
import { jobs, stages } from "@/db/schema";
import { CLOUD_ENGINEER_SLUG, seedCloudEngineer } from "../seed/cloud-engineer";
import { benchCvText } from "./cv-text";
import { storedPath } from "@/lib/files/disk-store";
import { newStorageKey } from "@/lib/files/storage";
import { foldForSearch } from "@/lib/search/fold";
import { eq } from "drizzle-orm";

const FIRST = [
  "Åsa",
  "Ἀλέξανδρος",
  "芳",
  "Jürgen",
  "Zofia",
  "Liam",
  "Chiara",
  "Mārtiņš",
  "Lan",
  "Søren",
  "Inés",
  "Tomás",
  "Eeva",
  "Jana",
  "Pierre",
  "Ana",
  "Димитър",
  "Kristiina",
  "Luka",
  "Marie",
  "Ελένη",
  "Yusuf",
  "Saoirse",
  "Gábor",
  "Emma",
  "Rūta",
  "Nikolaj",
  "Matteo",
  "Ingrid",
  "Wojciech",
];
const LAST = [
  "Öberg",
  "Παπαδόπουλος",
  "王",
  "Müller",
  "Wiśniewska",
  "O'Connor",
  "Rossi",
  "Bērziņš",
  "Nguyễn",
  "Holm",
  "García",
  "Ó Briain",
  "Mäkinen",
  "Nováková",
  "Lefèvre",
  "Popescu",
  "Иванов",
  "Tamm",
  "Horvat",
  "Dubois",
  "Γεωργίου",
  "Demir",
  "Kelly",
  "Szabó",
  "Janssen",
  "Kazlauskienė",
  "Nielsen",
  "Bianchi",
  "Johansson",
  "Nowak",
];
const SOURCES = ["linkedin", "github", "job_board", "friend", "event", "website", "other", null];
const REASONS = ["must_haves", "not_eu", "must_haves", "position_filled", "other"];
const INTERVIEWERS = [
  "Bench Interviewer Aino",
  "Bench Interviewer Bram",
  "Bench Interviewer Cleo",
  "Bench Interviewer Dara",
];
const NOTES = [
  "Strong Ceph background, ran a 2 PB cluster.",
  "Great KubeVirt talk at a meetup.",
  "Prefers a take-home task.",
  "Knows BGP well.",
  "Asked about the Stockholm office.",
];

/** A pool of PDFs between 50 and 300 KB; applications hard-link to them so 100,000 CVs fit on disk. */
function cvPool(uploadDir: string, count: number): string[] {
  const dir = path.join(uploadDir, "bench-pool");
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const size = 50 * 1024 + Math.floor(((i * 7919) % 250) * 1024);
    const file = path.join(dir, `cv-${i}.pdf`);
    writeFileSync(file, Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(size - 20), Buffer.from("\n%%EOF\n")]));
    return file;
  });
}

export type BenchSeed = { measuredJobId: number; total: number };

/**
 * 50 jobs and 100,000 applications (10,000 in the Cloud Engineer job, each with about 5 KB of CV
 * text), names in many scripts, a fifth with a note, every one with a CV file, spread over stages,
 * outcomes and ages. The one place that writes the event log without recordEvent: 1.2 million rows
 * through prepared raw statements take seconds, through the writer many minutes. Its events have
 * the union's kinds and shapes, the system's rows name their job ('cli:bench'), and the report
 * facts they produce are checked against a rebuild by db:copy in the bench's PostgreSQL run
 * (tests/integration/event-writer.test.ts excuses this file and no other).
 */
export async function seedBench(
  database: SqliteDatabase,
  uploadDir: string,
  { total = 100_000, measured = 10_000, jobCount = 50 } = {},
): Promise<BenchSeed> {
  await seedCloudEngineer(database);
  const base = (await database.read().select().from(jobs).where(eq(jobs.slug, CLOUD_ENGINEER_SLUG)).get())!;
  const baseStages = await database.read().select().from(stages).where(eq(stages.jobId, base.id)).all();
  const sqlite = database.writer.$client;
  const now = Date.now();
  const day = 86_400_000;
  const pool = cvPool(uploadDir, 24);
  const userId = (sqlite.prepare("select id from users order by id limit 1").get() as { id: number } | undefined)?.id;

  const insertJob = sqlite.prepare(
    "insert into jobs (slug, status, content, location, employment_type, salary_min, salary_max, salary_currency, salary_period, date_posted, valid_through, updated_at) values (?, 'open', ?, ?, 'FULL_TIME', 50000, 80000, 'EUR', 'YEAR', ?, ?, ?) returning id",
  );
  const insertStage = sqlite.prepare(
    "insert into stages (job_id, key, position, staff_name, name, description, typical_days) values (?, ?, ?, ?, ?, ?, ?) returning id",
  );
  const insertCandidate = sqlite.prepare(
    "insert into candidates (full_name, email, email_key, country, search_text, created_at) values (?, ?, ?, 'SE', ?, ?) returning id",
  );
  const insertApp = sqlite.prepare(
    "insert into applications (job_id, candidate_id, stage_id, status, version, source, locale, status_token_hash, stage_entered_at, created_at, updated_at, rejection_reason) values (?, ?, ?, ?, 1, ?, 'en', ?, ?, ?, ?, ?) returning id",
  );
  const insertFile = sqlite.prepare(
    "insert into files (application_id, original_name, size, sha256, detected_type, mime_type, storage_key, created_at, text_state, text_note) values (?, 'cv.pdf', ?, 'bench', 'pdf', 'application/pdf', ?, ?, ?, ?) returning id",
  );
  const insertCvText = sqlite.prepare(
    "insert into cv_texts (file_id, application_id, body, truncated, extracted_at) values (?, ?, ?, 0, ?)",
  );
  const insertEvent = sqlite.prepare(
    "insert into application_events (application_id, actor_type, kind, to_stage_id, to_status, created_at) values (?, 'candidate', 'applied', ?, 'active', ?)",
  );
  const insertMove = sqlite.prepare(
    "insert into application_events (application_id, actor_type, actor_job, kind, from_stage_id, to_stage_id, from_status, to_status, created_at) values (?, 'system', 'cli:bench', 'moved', ?, ?, 'active', 'active', ?)",
  );
  const insertClose = sqlite.prepare(
    "insert into application_events (application_id, actor_type, actor_job, kind, from_stage_id, to_stage_id, from_status, to_status, data, created_at) values (?, 'system', 'cli:bench', ?, ?, ?, 'active', ?, ?, ?)",
  );
  const insertInterview = sqlite.prepare(
    "insert into interviews (application_id, stage_id, kind, starts_at, duration_minutes, created_by_user_id, created_at, updated_at) values (?, ?, 'technical', ?, 60, ?, ?, ?) returning id",
  );
  const insertInterviewer = sqlite.prepare("insert into interviewers (interview_id, user_id) values (?, ?)");
  const insertScorecard = sqlite.prepare(
    "insert into scorecards (interview_id, user_id, content, status, submitted_at, created_at, updated_at) values (?, ?, ?, 'submitted', ?, ?, ?)",
  );
  const interviewerIds = userId
    ? INTERVIEWERS.map(
        (name, k) =>
          (
            sqlite
              .prepare(
                "insert into users (name, email, email_key, role, password_hash, updated_at) values (?, ?, ?, 'hiring_manager', 'bench-no-login', ?) returning id",
              )
              .get(name, `interviewer${k}@bench.rekry`, `interviewer${k}@bench.rekry`, now) as { id: number }
          ).id,
      )
    : [];
  const card = JSON.stringify({
    ratings: {},
    attributeNotes: {},
    recommendation: "yes",
    notes: "",
    candidateFeedback: "",
  });
  const insertNote = sqlite.prepare(
    "insert into notes (application_id, author_user_id, body, search_text, updated_at, created_at) values (?, ?, ?, ?, ?, ?)",
  );

  const jobStageIds: number[][] = [baseStages.sort((a, b) => a.position - b.position).map((s) => s.id)];
  const jobIds = [base.id];
  sqlite.transaction(() => {
    for (let j = 1; j < jobCount; j++) {
      const id = (
        insertJob.get(
          `bench-role-${j}`,
          JSON.stringify(base.content),
          JSON.stringify(base.location),
          base.datePosted,
          base.validThrough,
          now,
        ) as { id: number }
      ).id;
      jobIds.push(id);
      jobStageIds.push(
        baseStages.map(
          (s) =>
            (
              insertStage.get(
                id,
                s.key,
                s.position,
                s.staffName,
                JSON.stringify(s.name),
                JSON.stringify(s.description),
                s.typicalDays,
              ) as { id: number }
            ).id,
        ),
      );
    }
  })();

  const sizes = pool.map((f) => statSync(f).size);
  for (let done = 0; done < total;) {
    const batch = Math.min(5000, total - done);
    sqlite.transaction(() => {
      for (let k = 0; k < batch; k++) {
        const i = done + k;
        const jobIndex = i < measured ? 0 : 1 + (i % (jobCount - 1));
        const stageIds = jobStageIds[jobIndex]!;
        const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`;
        const email = `candidate${i}@example.com`;
        const created = now - (i % 180) * day - (i % 1000) * 1000;
        const roll = i % 20;
        const status = roll === 0 ? "rejected" : roll === 1 ? "withdrawn" : roll === 2 ? "hired" : "active";
        const stageIndex = status === "hired" ? stageIds.length - 1 : i % stageIds.length;
        const stageId = stageIds[stageIndex]!;
        // One to four days per stage, squeezed for young applications so no event lies in the future.
        const gap = Math.min((1 + (i % 4)) * day, Math.floor((now - created) / (stageIndex + 2)));
        const candidateId = (
          insertCandidate.get(name, email, email, foldForSearch(`${name} ${email}`), created) as { id: number }
        ).id;
        const appId = (
          insertApp.get(
            jobIds[jobIndex],
            candidateId,
            stageId,
            status,
            SOURCES[i % SOURCES.length],
            randomBytes(16).toString("hex"),
            created + stageIndex * gap,
            created,
            created,
            status === "rejected" ? REASONS[i % REASONS.length] : null,
          ) as { id: number }
        ).id;
        const key = newStorageKey();
        const source = pool[i % pool.length]!;
        const target = storedPath(uploadDir, key);
        mkdirSync(path.dirname(target), { recursive: true });
        linkSync(source, target);
        // The measured job's CVs have their text (about 5 KB each); the pool's random bytes of the
        // others are no PDF a reader could read, so they are seeded as read already, without text.
        const withText = jobIndex === 0;
        const fileId = (
          insertFile.get(
            appId,
            sizes[i % pool.length]!,
            key,
            created,
            withText ? "text" : "none",
            withText ? null : "unreadable",
          ) as {
            id: number;
          }
        ).id;
        if (withText) insertCvText.run(fileId, appId, benchCvText(i), created);
        insertEvent.run(appId, stageIds[0], created);
        for (let k = 1; k <= stageIndex; k++) insertMove.run(appId, stageIds[k - 1], stageIds[k], created + k * gap);
        if (status !== "active") {
          const data = status === "rejected" ? JSON.stringify({ reason: REASONS[i % REASONS.length] }) : null;
          insertClose.run(appId, status, stageId, stageId, status, data, created + (stageIndex + 1) * gap);
        }
        // Interviews with scorecards in the measured job, for the feedback turnaround report.
        if (interviewerIds.length && jobIndex === 0 && stageIndex >= 3) {
          const ended = created + 3 * gap;
          const interviewId = (
            insertInterview.get(
              appId,
              stageIds[3],
              ended - 3_600_000,
              userId,
              created + 2 * gap,
              created + 2 * gap,
            ) as { id: number }
          ).id;
          for (const who of [
            interviewerIds[i % interviewerIds.length]!,
            interviewerIds[(i + 1) % interviewerIds.length]!,
          ]) {
            insertInterviewer.run(interviewId, who);
            if (i % 10 !== 0)
              insertScorecard.run(
                interviewId,
                who,
                card,
                Math.min(now, ended + (1 + (i % 7) * 9) * 3_600_000),
                ended,
                ended,
              );
          }
        }
        if (userId && i % 5 === 0) {
          const note = NOTES[i % NOTES.length]!;
          insertNote.run(appId, userId, note, foldForSearch(note), created, created);
        }
      }
    })();
    done += batch;
  }
  return { measuredJobId: base.id, total };
}
