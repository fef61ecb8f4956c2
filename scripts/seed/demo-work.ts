import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { and, asc, eq } from "drizzle-orm";
import type { Database, Tx } from "@/db";
import {
  applications,
  files,
  interviewers,
  interviews,
  jobAttributes,
  notes,
  referees,
  scorecardRevisions,
  scorecards,
  stages,
  type ApplicationStatus,
  type Recommendation,
  type User,
} from "@/db/schema";
import { byUser, recordEvent } from "@/lib/events/record";
import { newStorageKey, newTempPath, removeQuietly } from "@/lib/files/storage";
import { fileStoreSetting, openFileStore, type FileStoreSetting } from "@/lib/files/store";
import { foldForSearch } from "@/lib/search/fold";
import { demoCvPdf } from "./demo-pdf";
import { DAY } from "./demo-jobs";

/** One stay of a demo application in a stage, while the seed writes its history in order. */
export type Stay = { id: number; i: number; jobId: number; position: number; entered: Date; left: Date | null };
export type StageWork = (tx: Tx, stay: Stay) => Promise<void>;

/**
 * The interviews (and scorecards) of each stay, written while the seed is at that stay, so an
 * application's events are in time order by id too.
 */
export function demoInterviews(users: Pick<User, "id" | "name" | "email">[], now: number): StageWork {
  const [, maja, jonas, elif] = users;
  const people = { jonas: jonas!, elif: elif! };
  return async (tx, stay) => {
    for (const plan of INTERVIEWS.filter((p) => p.i === stay.i)) {
      const stage = (await tx
        .select()
        .from(stages)
        .where(and(eq(stages.jobId, stay.jobId), eq(stages.key, plan.stage)))
        .get())!;
      if (stage.position === stay.position) await seedInterview(tx, stay, stage, plan, maja!, people, now);
    }
  };
}

export type DemoApplication = {
  id: number;
  /** Its place in the demo's list of names, which decides its part in the day's work. */
  i: number;
  fullName: string;
  jobId: number;
  stage: number;
  status: ApplicationStatus;
  /** When it entered each stage it went through (and, when closed, when it closed). */
  stageTimes: Date[];
  cv: boolean;
};

type Demo = { now: number; users: Pick<User, "id" | "name" | "email">[]; apps: DemoApplication[]; uploadDir: string };
type Card = { who: "jonas" | "elif"; recommendation: Recommendation; rating: number; notes: string };
type Plan = {
  i: number;
  stage: string;
  kind: "manager_meeting" | "technical" | "system_design" | "programming";
  at: number | "in_stage";
  with: ("jonas" | "elif")[];
  cards?: Card[];
};

const HOUR = 3_600_000;

/**
 * The interviews of the Cloud Engineer demo: for each hiring manager one past with a submitted
 * scorecard, one past whose feedback is overdue, one later today and one next week; and a decision
 * in progress (Wojciech's) whose two scorecards disagree.
 */
const INTERVIEWS: Plan[] = [
  {
    i: 14,
    stage: "manager_meeting",
    kind: "manager_meeting",
    at: -5 * DAY,
    with: ["jonas"],
    cards: [{ who: "jonas", recommendation: "yes", rating: 3, notes: "Calm, asks good questions about on-call." }],
  },
  { i: 15, stage: "manager_meeting", kind: "manager_meeting", at: -3 * DAY, with: ["jonas"] },
  { i: 16, stage: "manager_meeting", kind: "manager_meeting", at: 2 * HOUR, with: ["jonas"] },
  { i: 17, stage: "manager_meeting", kind: "manager_meeting", at: 7 * DAY, with: ["jonas"] },
  {
    i: 18,
    stage: "technical_interviews",
    kind: "technical",
    at: -4 * DAY,
    with: ["elif"],
    cards: [
      { who: "elif", recommendation: "strong_yes", rating: 4, notes: "Debugged the Ceph scenario step by step." },
    ],
  },
  { i: 19, stage: "technical_interviews", kind: "technical", at: -2 * DAY, with: ["elif"] },
  { i: 20, stage: "technical_interviews", kind: "system_design", at: 3 * HOUR, with: ["elif", "jonas"] },
  { i: 21, stage: "technical_interviews", kind: "programming", at: 8 * DAY, with: ["elif"] },
  {
    i: 22,
    stage: "manager_meeting",
    kind: "manager_meeting",
    at: "in_stage",
    with: ["jonas"],
    cards: [{ who: "jonas", recommendation: "strong_yes", rating: 4, notes: "Would love to have her on the team." }],
  },
  {
    i: 22,
    stage: "technical_interviews",
    kind: "technical",
    at: "in_stage",
    with: ["elif"],
    cards: [{ who: "elif", recommendation: "no", rating: 1, notes: "Struggled with Linux networking basics." }],
  },
];

/**
 * Each role's work in the demo, written as the app would have written it, at the times it would
 * have happened (every event after the one before it, none in the future): notes with
 * @mentions, references and a background check, and CVs (interviews: demoInterviews).
 */
export async function seedDemoWork(database: Database, demo: Demo): Promise<void> {
  const [, maja, jonas, elif] = demo.users;
  const byI = (i: number, jobId = demo.apps[0]!.jobId) => demo.apps.find((a) => a.i === i && a.jobId === jobId)!;
  await storeCvs(database, demo);
  await database.write(async (tx) => {
    const note = async (i: number, body: string, mentions: number[], hoursAgo: number) => {
      const at = new Date(demo.now - hoursAgo * HOUR);
      const a = byI(i);
      const row = await tx
        .insert(notes)
        .values({
          applicationId: a.id,
          authorUserId: maja!.id,
          body,
          searchText: foldForSearch(body),
          mentions,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: notes.id })
        .get();
      await recordEvent(tx, byUser(maja!), { kind: "note_added", applicationId: a.id, data: { noteId: row.id } }, at);
    };
    await note(
      22,
      "@jonas @elif your scorecards disagree on Linux depth. Can we talk before we decide?",
      [jonas!.id, elif!.id],
      3,
    );
    await note(15, "@jonas the scorecard for this meeting is overdue; could you add it today?", [jonas!.id], 2);
    await references(tx, byI(25), maja!, "in_progress", demo.now);
    await references(tx, byI(26), maja!, "not_started", demo.now);
  });
}

async function seedInterview(
  tx: Tx,
  a: Stay,
  stage: typeof stages.$inferSelect,
  plan: Plan,
  recruiter: Pick<User, "id" | "name" | "email">,
  people: Record<"jonas" | "elif", Pick<User, "id" | "name" | "email">>,
  now: number,
) {
  const entered = a.entered.getTime();
  const left = a.left?.getTime() ?? now;
  // In an earlier stage: a third of the way through it; in its own: as planned, but after it entered.
  const startsAt = new Date(
    plan.at === "in_stage" ? entered + (left - entered) / 3 : Math.max(now + plan.at, entered + 6 * HOUR),
  );
  const planned = new Date(entered + Math.min(2 * HOUR, (startsAt.getTime() - entered) / 2));
  const row = await tx
    .insert(interviews)
    .values({
      applicationId: a.id,
      stageId: stage.id,
      kind: plan.kind,
      startsAt,
      durationMinutes: 60,
      videoUrl: `https://meet.example.com/demo-${a.id}-${plan.kind}`,
      createdByUserId: recruiter.id,
      createdAt: planned,
      updatedAt: planned,
    })
    .returning({ id: interviews.id })
    .get();
  for (const who of plan.with)
    await tx.insert(interviewers).values({ interviewId: row.id, userId: people[who].id }).run();
  await recordEvent(
    tx,
    byUser(recruiter),
    {
      kind: "interview_planned",
      applicationId: a.id,
      data: {
        interviewId: row.id,
        interviewKind: plan.kind,
        interviewers: plan.with.map((w) => people[w].name),
        startsAt: startsAt.toISOString(),
      },
    },
    planned,
  );
  const attributes = await tx
    .select()
    .from(jobAttributes)
    .where(eq(jobAttributes.jobId, a.jobId))
    .orderBy(asc(jobAttributes.position))
    .all();
  for (const [n, card] of (plan.cards ?? []).entries()) {
    const at = new Date(startsAt.getTime() + (2 + n) * HOUR);
    const content = {
      ratings: Object.fromEntries(attributes.map((x) => [x.key, card.rating])),
      attributeNotes: {},
      recommendation: card.recommendation,
      notes: card.notes,
      candidateFeedback:
        card.rating >= 3
          ? "Clear thinking and a calm way of working."
          : "Deeper hands-on Linux networking would make the difference.",
    };
    const who = people[card.who];
    const sc = await tx
      .insert(scorecards)
      .values({
        interviewId: row.id,
        userId: who.id,
        content,
        status: "submitted",
        submittedAt: at,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: scorecards.id })
      .get();
    await tx.insert(scorecardRevisions).values({ scorecardId: sc.id, content, createdAt: at }).run();
    await recordEvent(
      tx,
      byUser(who),
      {
        kind: "scorecard_submitted",
        applicationId: a.id,
        data: { interviewId: row.id, recommendation: card.recommendation },
      },
      at,
    );
  }
}

/** Referees asked and one answered, and the background check where the demo wants it. */
async function references(
  tx: Tx,
  a: DemoApplication,
  recruiter: Pick<User, "id" | "name" | "email">,
  check: "in_progress" | "not_started",
  now: number,
) {
  const entered = a.stageTimes.at(-1)!.getTime();
  const at = (k: number) => new Date(entered + ((now - entered) * k) / 6);
  const who = byUser(recruiter);
  const people = [
    { name: "Karin Holm", relation: "Former manager", contact: "karin.holm@example.com", status: "received" as const },
    { name: "Petri Laine", relation: "Colleague", contact: "+358 40 123 4567", status: "requested" as const },
  ];
  for (const [k, p] of people.entries()) {
    await tx
      .insert(referees)
      .values({
        applicationId: a.id,
        name: p.name,
        relation: p.relation,
        contact: p.contact,
        status: p.status,
        createdAt: at(k + 1),
        updatedAt: at(k + 1),
      })
      .run();
    await recordEvent(tx, who, { kind: "referee_added", applicationId: a.id, data: { referee: p.name } }, at(k + 1));
  }
  await recordEvent(
    tx,
    who,
    { kind: "referee_status", applicationId: a.id, data: { referee: people[0]!.name, status: "received" } },
    at(3),
  );
  if (check === "in_progress") {
    await tx.update(applications).set({ backgroundCheck: check }).where(eq(applications.id, a.id)).run();
    await recordEvent(tx, who, { kind: "background_check", applicationId: a.id, data: { status: check } }, at(4));
  }
}

/** A small generated PDF for most applications, stored as an upload is (lib/files/storage.ts). */
async function storeCvs(database: Database, demo: Demo) {
  const { uploadDir } = demo;
  // The store the app is configured with (a bucket when S3_* are set), with the demo's folder.
  const store = openFileStore(
    fileStoreSetting({ ...(process.env as Partial<FileStoreSetting>), UPLOAD_DIR: uploadDir }),
  );
  const rows: (typeof files.$inferInsert)[] = [];
  for (const a of demo.apps.filter((x) => x.cv)) {
    const pdf = demoCvPdf(a.fullName, [
      "Cloud and platform engineer",
      "Experience: Linux, Kubernetes, Ceph, OpenStack, on-call rotations",
      "Languages: English, Swedish",
      "This CV is demo data generated by Rekry.",
    ]);
    const temp = await newTempPath(uploadDir);
    await writeFile(temp, pdf);
    const key = newStorageKey();
    const sha256 = createHash("sha256").update(pdf).digest("hex");
    if (!(await store.put(key, { file: temp, size: pdf.length, sha256 }))) await removeQuietly(temp);
    const name = `${
      a.fullName
        .normalize("NFD")
        .replace(/[^\w]+/g, "-")
        .replace(/^-|-$/g, "") || "cv"
    }-cv.pdf`;
    rows.push({
      applicationId: a.id,
      originalName: name,
      size: pdf.length,
      sha256,
      detectedType: "pdf" as const,
      mimeType: "application/pdf",
      storageKey: key,
      createdAt: a.stageTimes[0]!,
    });
  }
  await database.write(async (tx) => {
    for (const row of rows) await tx.insert(files).values(row).run();
  });
}
