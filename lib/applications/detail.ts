import "server-only";
import { cvTextOf, type CvText } from "@/lib/cv-text/cv-text-of";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { read } from "@/db";
import {
  applicationAnswers,
  applicationEvents,
  applicationTags,
  candidates,
  consents,
  files,
  jobs,
  notes,
  scheduledRejections,
  stages,
  users,
  type ApplicationStatus,
  type StageKind,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { countryName } from "@/lib/geo/countries";
import { REJECTION_REASONS, type RejectionReason } from "@/lib/stages/transitions";
import { visibleApplication } from "./access";
import { movePermissions, type MovePermissions } from "./viewer-permissions";
import { mentionHandles } from "./mentions";
import { activeStaff } from "./notes";
import { readApplicationEvent } from "@/lib/events/application-events";
import { describeForStaff } from "@/lib/events/describe";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export type NoteDto = {
  id: number;
  author: string;
  body: string;
  mentions: string[];
  createdAt: string;
  updatedAt: string;
  editable: boolean;
};
export type TimelineEntry = {
  id: number;
  kind: string;
  description: string;
  actor: string;
  fromStage: string | null;
  toStage: string | null;
  at: string;
};

export type ApplicationDetail = {
  id: number;
  job: { slug: string; title: string };
  stage: string;
  stageName: string;
  status: ApplicationStatus;
  version: number;
  createdAt: string;
  candidate: {
    name: string;
    email: string;
    phone: string | null;
    country: string;
    countryName: string;
    links: { kind: "linkedin" | "github" | "portfolio"; label: string; url: string }[];
  };
  answers: { note: string | null; showSkills: string | null; source: string | null; locale: string };
  /** Answers to the job's custom questions, with the label as the candidate saw it. */
  custom: { key: string; label: string; answer: string }[];
  /** A knockout answer's rejection that has not happened yet: the team can still move the application. */
  pendingKnockout: { question: string; dueAt: string } | null;
  consents: { kind: string; noticeVersion: string; text: string; givenAt: string; withdrawnAt: string | null }[];
  cv: { name: string; size: number; type: string; text: CvText } | null;
  rejection: { reason: string; reasonLabel: string; feedback: string | null } | null;
  tags: string[];
  notes: NoteDto[];
  timeline: TimelineEntry[];
  colleagues: { id: number; name: string; handle: string }[];
  /** The job's stages in process order, for the board's Move to on this page. */
  process: { key: string; kind: StageKind; name: string }[];
  may: MovePermissions;
};

/** Everything staff see on one application, for an actor allowed to see it (404 otherwise). */
export async function getApplicationDetail(
  actor: Actor | null,
  id: number,
  /** The viewer's language, for the timeline's sentences. */
  locale: Locale = "en",
): Promise<ApplicationDetail> {
  const { actor: who, application: a } = await visibleApplication(actor, "staff.access", id);
  const t = translator(locale, "application");
  const actors = (kind: "candidate" | "system" | "former") => t(`actors.${kind}`);
  const c = (await read().select().from(candidates).where(eq(candidates.id, a.candidateId)).get())!;
  const job = (await read()
    .select({ slug: jobs.slug, content: jobs.content })
    .from(jobs)
    .where(eq(jobs.id, a.jobId))
    .get())!;
  const jobStages = await read().select().from(stages).where(eq(stages.jobId, a.jobId)).all();
  const stageName = new Map(jobStages.map((s) => [s.id, s.staffName]));
  const stage = jobStages.find((s) => s.id === a.stageId)!;
  const cv = await read().select().from(files).where(eq(files.applicationId, id)).orderBy(desc(files.createdAt)).get();
  const noteRows = await read()
    .select()
    .from(notes)
    .where(eq(notes.applicationId, id))
    .orderBy(asc(notes.createdAt), asc(notes.id))
    .all();
  const customAnswers = await read()
    .select()
    .from(applicationAnswers)
    .where(eq(applicationAnswers.applicationId, id))
    .orderBy(asc(applicationAnswers.id))
    .all();
  const knockout = await read()
    .select()
    .from(scheduledRejections)
    .where(eq(scheduledRejections.applicationId, id))
    .get();
  const events = await read()
    .select()
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, id))
    .orderBy(desc(applicationEvents.createdAt), desc(applicationEvents.id))
    .all();

  // Authors, mentioned and acting users may have been deactivated since; their names still show.
  const userIds = new Set<number>([
    ...noteRows.flatMap((n) => [n.authorUserId, ...n.mentions]),
    ...events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])),
  ]);
  const names = new Map(
    userIds.size
      ? (
          await read()
            .select({ id: users.id, name: users.name })
            .from(users)
            .where(inArray(users.id, [...userIds]))
            .all()
        ).map((u) => [u.id, u.name])
      : [],
  );
  const links = (
    [
      ["linkedin", "LinkedIn", c.linkedinUrl],
      ["github", "GitHub", c.githubUrl],
      ["portfolio", "Portfolio", c.portfolioUrl],
    ] as const
  ).flatMap(([kind, label, url]) => (url ? [{ kind, label, url }] : []));

  return {
    id: a.id,
    job: { slug: job.slug, title: job.content.en.title },
    stage: stage.key,
    stageName: stage.staffName,
    status: a.status,
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    candidate: {
      name: c.fullName,
      email: c.email,
      phone: c.phone,
      country: c.country,
      countryName: countryName(c.country, locale),
      links,
    },
    answers: { note: a.note, showSkills: a.showSkills, source: a.source, locale: a.locale },
    custom: customAnswers.map((x) => ({ key: x.questionKey, label: x.label, answer: x.display })),
    pendingKnockout:
      knockout && !knockout.doneAt && a.status === "active" && a.stageId === knockout.stageId
        ? {
            question: customAnswers.find((x) => x.questionKey === knockout.questionKey)?.label ?? knockout.questionKey,
            dueAt: knockout.dueAt.toISOString(),
          }
        : null,
    consents: (
      await read().select().from(consents).where(eq(consents.applicationId, id)).orderBy(asc(consents.id)).all()
    ).map((k) => ({
      kind: k.kind,
      noticeVersion: k.noticeVersion,
      text: k.text,
      givenAt: k.givenAt.toISOString(),
      withdrawnAt: k.withdrawnAt?.toISOString() ?? null,
    })),
    cv: cv ? { name: cv.originalName, size: cv.size, type: cv.detectedType, text: await cvTextOf(cv) } : null,
    rejection:
      a.status === "rejected" && a.rejectionReason
        ? {
            reason: a.rejectionReason,
            reasonLabel: REJECTION_REASONS[a.rejectionReason as RejectionReason] ?? a.rejectionReason,
            feedback: a.candidateFeedback,
          }
        : null,
    tags: (
      await read()
        .select({ tag: applicationTags.tag })
        .from(applicationTags)
        .where(eq(applicationTags.applicationId, id))
        .orderBy(asc(applicationTags.tag))
        .all()
    ).map((t) => t.tag),
    notes: noteRows.map((n) => ({
      id: n.id,
      author: names.get(n.authorUserId) ?? actors("former"),
      body: n.body,
      mentions: n.mentions.map((m) => names.get(m) ?? actors("former")),
      createdAt: n.createdAt.toISOString(),
      updatedAt: n.updatedAt.toISOString(),
      editable: n.authorUserId === who.id,
    })),
    timeline: events.map((e) => {
      const fromStage = e.fromStageId ? (stageName.get(e.fromStageId) ?? null) : null;
      const toStage = e.toStageId ? (stageName.get(e.toStageId) ?? null) : null;
      return {
        id: e.id,
        kind: e.kind,
        description: describeForStaff(readApplicationEvent(e), { fromStage, toStage }, locale),
        actor:
          e.actorType === "candidate"
            ? actors("candidate")
            : e.actorType === "system"
              ? actors("system")
              : (names.get(e.actorUserId ?? -1) ?? actors("former")),
        fromStage,
        toStage,
        at: e.createdAt.toISOString(),
      };
    }),
    colleagues: mentionHandles(await activeStaff()).map((u) => ({ id: u.id, name: u.name, handle: u.handle })),
    process: [...jobStages]
      .sort((x, y) => x.position - y.position)
      .map((s) => ({ key: s.key, kind: s.kind, name: s.staffName })),
    may: movePermissions(who),
  };
}
