import { asc, eq } from "drizzle-orm";
import { bySystem } from "@/lib/events/record";
import { randomBytes } from "node:crypto";
import type { Database } from "@/db";
import {
  applicationEvents,
  applications,
  candidates,
  consents,
  jobs,
  stages,
  type ApplicationStatus,
} from "@/db/schema";
import { insertUser } from "@/lib/users/store";
import { hashToken } from "@/lib/security/tokens";
import { foldForSearch } from "@/lib/search/fold";
import { NOTICE_VERSION } from "@/lib/privacy/notice";
import { CLOUD_ENGINEER_SLUG } from "./cloud-engineer";

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

export async function seedDemo(database: Database, now = Date.now()): Promise<void> {
  for (const u of DEMO_USERS) await insertUser(database, { ...u }, bySystem("cli:demo"));
  const job = await database.read().select().from(jobs).where(eq(jobs.slug, CLOUD_ENGINEER_SLUG)).get();
  if (!job) throw new Error("Seed the Cloud Engineer job first");
  const jobStages = await database
    .read()
    .select()
    .from(stages)
    .where(eq(stages.jobId, job.id))
    .orderBy(asc(stages.position))
    .all();
  const day = 24 * 60 * 60 * 1000;
  await database.write(async (tx) => {
    for (const [i, fullName] of NAMES.entries()) {
      const { stage, status } = plan(i);
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
      }.${i}@example.com`;
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
      const target = jobStages[stage]!;
      const app = await tx
        .insert(applications)
        .values({
          jobId: job.id,
          candidateId: candidate.id,
          stageId: target.id,
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
      await tx
        .insert(applicationEvents)
        .values({
          applicationId: app.id,
          actorType: "candidate",
          kind: "applied",
          toStageId: jobStages[0]!.id,
          toStatus: "active",
          createdAt: applied,
        })
        .run();
      for (let s = 1; s <= stage; s++) {
        await tx
          .insert(applicationEvents)
          .values({
            applicationId: app.id,
            actorType: "system",
            kind: "moved",
            fromStageId: jobStages[s - 1]!.id,
            toStageId: jobStages[s]!.id,
            createdAt: at(s),
          })
          .run();
      }
      if (status !== "active") {
        await tx
          .insert(applicationEvents)
          .values({
            applicationId: app.id,
            actorType: status === "withdrawn" ? "candidate" : "system",
            kind: status,
            fromStatus: "active",
            toStatus: status,
            createdAt: at(stage + 1),
          })
          .run();
      }
    }
  });
}
