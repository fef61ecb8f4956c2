import { asc, eq } from "drizzle-orm";
import { byCandidate, bySystem, recordEvent } from "@/lib/events/record";
import { randomBytes } from "node:crypto";
import type { Database, Tx } from "@/db";
import { applications, candidates, consents, jobs, stages, type ApplicationStatus, type User } from "@/db/schema";
import { insertUser } from "@/lib/users/store";
import { hashToken } from "@/lib/security/tokens";
import { foldForSearch } from "@/lib/search/fold";
import { NOTICE_VERSION } from "@/lib/privacy/notice";
import { CLOUD_ENGINEER_SLUG } from "./cloud-engineer";
import { DAY, insertDemoJobs } from "./demo-jobs";
import { demoInterviews, seedDemoWork, type DemoApplication, type StageWork } from "./demo-work";

/** Demo accounts; their passwords are in the README, so only ever use them on demo data. */
export const DEMO_USERS = [
  { name: "Ada Admin", email: "admin@demo.rekry", role: "admin", password: "demo-admin-pass" },
  { name: "Maja Lind", email: "recruiter@demo.rekry", role: "recruiter", password: "demo-recruiter-pass" },
  { name: "Jonas Berg", email: "jonas@demo.rekry", role: "hiring_manager", password: "demo-manager-pass" },
  { name: "Elif Kaya", email: "elif@demo.rekry", role: "hiring_manager", password: "demo-manager-pass" },
] as const;

const NAMES = [
  "Åsa Öberg",
  "Ἀλέξανδρος Παπαδόπουλος",
  "王芳",
  "Jürgen Müller",
  "Zofia Wiśniewska",
  "Liam O'Connor",
  "Chiara Rossi",
  "Mārtiņš Bērziņš",
  "Nguyễn Thị Lan",
  "Søren Kierkegaard-Holm",
  "Ines García",
  "Tomás Ó Briain",
  "Eeva Mäkinen",
  "Jana Nováková",
  "Pierre Lefèvre",
  "Ana Popescu",
  "Dimitar Ivanov",
  "Kristiina Tamm",
  "Luka Horvat",
  "Marie Dubois",
  "Henrik Lund",
  "Sofía Fernández",
  "Wojciech Nowak",
  "Eleni Georgiou",
  "Lukas Schneider",
  "Aino Virtanen",
  "Bogdan Ionescu",
  "Katarzyna Zielińska",
  "Matteo Bianchi",
  "Ingrid Johansson",
  "Jakub Dvořák",
  "Laura Martins",
  "Dominik Kovač",
  "Saoirse Kelly",
  "Rūta Kazlauskienė",
  "Nikolaj Nielsen",
  "Gábor Szabó",
  "Emma Janssen",
  "Yusuf Demir",
  "Lena Vogel",
];
const COUNTRIES = [
  "SE",
  "GR",
  "DE",
  "DE",
  "PL",
  "IE",
  "IT",
  "LV",
  "FR",
  "DK",
  "ES",
  "IE",
  "FI",
  "CZ",
  "FR",
  "RO",
  "BG",
  "EE",
  "HR",
  "BE",
];
const SOURCES = ["linkedin", "github", "job_board", "friend", "event", "website", "other"];

/** The plan for each demo application: the stage it sits in and its outcome. */
function plan(i: number): { stage: number; status: ApplicationStatus } {
  if (i < 30)
    return {
      stage: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 0, 1, 2][i]!,
      status: "active",
    };
  if (i < 32) return { stage: 5, status: "hired" };
  if (i < 37) return { stage: [0, 1, 2, 3, 4][i - 32]!, status: "rejected" };
  return { stage: [1, 2, 0][i - 37]!, status: "withdrawn" };
}

/** Most demo applications come with a CV (a small generated PDF); every fifth without. */
const hasCv = (i: number) => i % 5 !== 4;

type JobRow = typeof jobs.$inferSelect;
type StageRow = typeof stages.$inferSelect;

/**
 * One demo application with its history: applied, a move into each stage up to its own, then its
 * outcome, each event after the one before and all at least a day old.
 */
async function insertDemoApplication(
  tx: Tx,
  job: JobRow,
  jobStages: StageRow[],
  i: number,
  fullName: string,
  { stage, status }: { stage: number; status: ApplicationStatus },
  now: number,
  /** What happens while it sits in each stage (interviews), written before it moves on. */
  during: StageWork = async () => {},
): Promise<DemoApplication> {
  const day = 24 * 60 * 60 * 1000;
  const applied = new Date(now - (40 - i) * day * 0.9 - i * 3_600_000);
  // Four days a stage, squeezed for recent applications so that every event lies at least a
  // day in the past and they follow each other in time (the report facts pair them in order).
  const steps = stage + (status === "active" ? 0 : 1);
  const step = steps ? Math.min(4 * day, Math.max(0, now - day - applied.getTime()) / steps) : 0;
  const at = (n: number) => new Date(applied.getTime() + Math.round(n * step));
  const entered = at(stage);
  const email = `${
    fullName
      .normalize("NFD")
      .replace(/[^\w]+/g, ".")
      .toLowerCase()
      .replace(/^\.|\.$/g, "") || `candidate${i}`
  }.${job.id}.${i}@example.com`;
  const candidate = await tx
    .insert(candidates)
    .values({
      fullName,
      email,
      emailKey: email,
      country: COUNTRIES[i % COUNTRIES.length]!,
      githubUrl: `https://github.com/demo-${i}`,
      searchText: foldForSearch(`${fullName} ${email}`),
      createdAt: applied,
    })
    .returning({ id: candidates.id })
    .get();
  const app = await tx
    .insert(applications)
    .values({
      jobId: job.id,
      candidateId: candidate.id,
      stageId: jobStages[stage]!.id,
      status,
      source: SOURCES[i % SOURCES.length]!,
      locale: i % 3 === 0 ? "sv" : "en",
      note: i % 4 === 0 ? "Happy to do a take-home task." : null,
      statusTokenHash: hashToken(randomBytes(32).toString("base64url")),
      stageEnteredAt: entered,
      version: stage + 1 + (status === "active" ? 0 : 1),
      createdAt: applied,
      updatedAt: at(steps),
    })
    .returning({ id: applications.id })
    .get();
  await tx
    .insert(consents)
    .values({
      applicationId: app.id,
      kind: "privacy_notice",
      noticeVersion: NOTICE_VERSION,
      text: "Demo consent",
      givenAt: applied,
    })
    .run();
  // Through the one event writer, as the app writes them (its checks, webhooks, the report facts).
  await recordEvent(
    tx,
    byCandidate,
    {
      kind: "applied",
      applicationId: app.id,
      toStageId: jobStages[0]!.id,
      toStatus: "active",
      data: { source: SOURCES[i % SOURCES.length]!, cv: hasCv(i) },
    },
    applied,
  );
  const stay = (s: number) => ({
    id: app.id,
    i,
    jobId: job.id,
    position: s,
    entered: at(s),
    left: s < steps ? at(s + 1) : null,
  });
  await during(tx, stay(0));
  for (let s = 1; s <= stage; s++) {
    await recordEvent(
      tx,
      bySystem("cli:demo"),
      {
        kind: "moved",
        applicationId: app.id,
        fromStageId: jobStages[s - 1]!.id,
        toStageId: jobStages[s]!.id,
        fromStatus: "active",
        toStatus: "active",
      },
      at(s),
    );
    await during(tx, stay(s));
  }
  if (status !== "active") {
    const close = {
      applicationId: app.id,
      fromStageId: jobStages[stage]!.id,
      toStageId: jobStages[stage]!.id,
      fromStatus: "active",
      toStatus: status,
    } as const;
    await recordEvent(
      tx,
      status === "withdrawn" ? byCandidate : bySystem("cli:demo"),
      status === "hired"
        ? { kind: "hired", ...close }
        : status === "rejected"
          ? { kind: "rejected", ...close }
          : { kind: "withdrawn", ...close },
      at(stage + 1),
    );
  }
  const stageTimes = Array.from({ length: steps + 1 }, (_, n) => at(n));
  return { id: app.id, i, fullName, jobId: job.id, stage, status, stageTimes, cv: hasCv(i) };
}

async function stagesOf(database: Database, jobId: number): Promise<StageRow[]> {
  return database.read().select().from(stages).where(eq(stages.jobId, jobId)).orderBy(asc(stages.position)).all();
}

/**
 * The demo: its accounts, ~40 applications to the Cloud Engineer job, two more jobs with a process
 * of their own, and each role's work (scripts/seed/demo-work.ts).
 */
export async function seedDemo(database: Database, uploadDir: string, now = Date.now()): Promise<void> {
  const users: Pick<User, "id" | "name" | "email">[] = [];
  for (const u of DEMO_USERS) users.push(await insertUser(database, { ...u }, bySystem("cli:demo")));
  const job = await database.read().select().from(jobs).where(eq(jobs.slug, CLOUD_ENGINEER_SLUG)).get();
  if (!job) throw new Error("Seed the Cloud Engineer job first");
  const jobStages = await stagesOf(database, job.id);
  const interviews = demoInterviews(users, now);
  const apps = await database.write(async (tx) => {
    const extra = await insertDemoJobs(tx, users, new Date(now - 45 * DAY));
    const made: DemoApplication[] = [];
    for (const [i, fullName] of NAMES.entries())
      made.push(await insertDemoApplication(tx, job, jobStages, i, fullName, plan(i), now, interviews));
    for (const [n, { job: other, stages: list }] of extra.entries())
      for (let k = 0; k < 5; k++) {
        const i = 10 + n * 5 + k;
        const stage = Math.min(k, list.length - 2);
        made.push(await insertDemoApplication(tx, other, list, i, NAMES[i]!, { stage, status: "active" }, now));
      }
    return made;
  });
  await seedDemoWork(database, { now, users, apps, uploadDir });
}
