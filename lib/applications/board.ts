import "server-only";
import { and, asc, count, desc, eq, exists, lte, or, sql, type SQL } from "drizzle-orm";
import { read } from "@/db";
import { inIds } from "@/db/id-list";
import { jobStages } from "@/lib/stages/job-stages";
import {
  applicationTags,
  applications,
  candidates,
  files,
  jobs,
  stages,
  type ApplicationStatus,
  type StageKind,
} from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { parseSearch } from "@/lib/search/query";
import { searchCondition } from "@/lib/search/search-applications";
import { snippetsFor } from "@/lib/search/snippets-for";
import { OUTCOME_NAMES, OUTCOMES, type Outcome } from "@/lib/stages/transitions";
import { cardFeedback, feedbackMissing, type CardFeedback } from "./board-feedback";
import { alsoAppliedCounts } from "@/lib/people/same-person";
import { boardPermissions, type BoardPermissions } from "./viewer-permissions";
import { schedulingStates } from "@/lib/scheduling/states";

export const PAGE_SIZE = 50;
const DAY = 24 * 60 * 60 * 1000;

export type BoardFilters = { q?: string; tag?: string; source?: string; minDays?: number; feedback?: "missing" };

export type Card = {
  id: number;
  name: string;
  stage: string;
  status: ApplicationStatus;
  version: number;
  daysInStage: number;
  hasCv: boolean;
  links: { linkedin: string | null; github: string | null; portfolio: string | null };
  tags: string[];
  /** Interviews and scorecards, or null when none is planned. */
  feedback: CardFeedback | null;
  /** The latest self-scheduling link's state (requested, booked, expired), or null for none open. */
  scheduling: "requested" | "booked" | "expired" | null;
  /** The same person's other applications the viewer may see (lib/people/same-person.ts). */
  alsoApplied: number;
  createdAt: string;
  /** With a search: where it matched in the CV or notes, as HTML whose only markup is <mark>. */
  snippet?: string | null;
};

export type Column = {
  key: string;
  name: string;
  count: number;
  cards: Card[];
  nextCursor: string | null;
  /** False for an outcome lane whose cards are fetched when it is opened (its count is always full). */
  loaded: boolean;
};
export type Board = {
  job: { slug: string; title: string; status: string };
  stages: (Column & { kind: StageKind })[];
  outcomes: Column[];
  /** Tags in use on this job, for the filter. */
  tags: string[];
  /** What this viewer may do, from the permission table. */
  may: BoardPermissions;
};

async function jobBySlug(slug: string) {
  const job = await read().select().from(jobs).where(eq(jobs.slug, slug)).get();
  if (!job) throw new AppError("not_found", msg("common.notFound"));
  return job;
}

/**
 * Filters shared by the counts, the cards and an application's neighbours, so a count always
 * matches what can be listed and Next on the application page follows the column.
 */
export function filterConditions(jobId: number, f: BoardFilters, now: number): SQL[] {
  const where: SQL[] = [eq(applications.jobId, jobId)];
  const search = f.q?.trim() ? searchCondition(parseSearch(f.q)) : undefined;
  if (search) where.push(search);
  if (f.tag) {
    where.push(
      exists(
        read()
          .select({ x: sql`1` })
          .from(applicationTags)
          .where(and(eq(applicationTags.applicationId, applications.id), eq(applicationTags.tag, f.tag))),
      ),
    );
  }
  if (f.source) where.push(eq(applications.source, f.source));
  if (f.minDays && f.minDays > 0) where.push(lte(applications.stageEnteredAt, new Date(now - f.minDays * DAY)));
  if (f.feedback === "missing") where.push(feedbackMissing(now));
  return where;
}

/** Who sits in one column (a stage key or an outcome), or null for a key this job does not have. */
export function columnCondition(column: string, stageIds: ReadonlyMap<string, number>): SQL | null {
  if ((OUTCOMES as readonly string[]).includes(column)) return eq(applications.status, column as Outcome);
  const stageId = stageIds.get(column);
  return stageId === undefined ? null : and(eq(applications.status, "active"), eq(applications.stageId, stageId))!;
}

function encodeCursor(createdAt: Date, id: number): string {
  return Buffer.from(`${createdAt.getTime()}:${id}`).toString("base64url");
}

function decodeCursor(cursor: string | undefined): { at: Date; id: number } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, "base64url").toString().split(":").map(Number);
  if (!Number.isFinite(at) || !Number.isInteger(id))
    throw new AppError("invalid", msg("board.badCursor"), { errors: { cursor: "invalid" } });
  return { at: new Date(at!), id: id! };
}

/** One page of rows, newest first, for one column (a stage key or an outcome), or for all when none. */
async function pageRows(
  jobId: number,
  column: string | undefined,
  stageIds: Map<string, number>,
  f: BoardFilters,
  cursor: string | undefined,
  limit: number,
  now: number,
) {
  const where = filterConditions(jobId, f, now);
  if (column !== undefined) {
    const inColumn = columnCondition(column, stageIds);
    if (!inColumn)
      throw new AppError("invalid", msg("board.unknownStage", { stage: column }), { errors: { stage: "unknown" } });
    where.push(inColumn);
  }
  const after = decodeCursor(cursor);
  if (after)
    where.push(
      or(
        sql`${applications.createdAt} < ${after.at.getTime()}`,
        and(eq(applications.createdAt, after.at), sql`${applications.id} < ${after.id}`),
      )!,
    );
  // The page is cut from the applications alone, then joined to their person and stage: with a
  // search whose matches the database holds in a hash (a common word: every application of the
  // job), joining all of them before the sort read the candidate and stage of 10,000 rows for 51.
  const chosen = read()
    .select({ id: sql<number>`${applications.id}`.as("page_id") })
    .from(applications)
    .where(and(...where))
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(limit + 1)
    .as("page");
  const rows = await read()
    .select({
      id: applications.id,
      status: applications.status,
      version: applications.version,
      stageEnteredAt: applications.stageEnteredAt,
      createdAt: applications.createdAt,
      name: candidates.fullName,
      linkedin: candidates.linkedinUrl,
      github: candidates.githubUrl,
      portfolio: candidates.portfolioUrl,
      stageKey: stages.key,
    })
    .from(chosen)
    .innerJoin(applications, eq(applications.id, chosen.id))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .all();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

type Row = Awaited<ReturnType<typeof pageRows>>["page"][number];

/** Cards for rows of any columns, with their tags, CV and feedback read once for all of them. */
async function toCards(actor: Actor, rows: Row[], now: number, q?: string): Promise<Card[]> {
  const ids = rows.map((r) => r.id);
  const snippets = q?.trim() ? await snippetsFor(ids, parseSearch(q)) : null;
  const tagRows = ids.length
    ? await read().select().from(applicationTags).where(inIds(applicationTags.applicationId, ids)).all()
    : [];
  const cvRows = ids.length
    ? await read().select({ id: files.applicationId }).from(files).where(inIds(files.applicationId, ids)).all()
    : [];
  const withCv = new Set(cvRows.map((r) => r.id));
  const tags = new Map<number, string[]>();
  for (const t of tagRows) tags.set(t.applicationId, [...(tags.get(t.applicationId) ?? []), t.tag]);
  const feedback = await cardFeedback(ids, now);
  const scheduling = await schedulingStates(ids);
  const others = await alsoAppliedCounts(actor, ids);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    stage: r.stageKey,
    status: r.status,
    version: r.version,
    daysInStage: Math.floor((now - r.stageEnteredAt.getTime()) / DAY),
    hasCv: withCv.has(r.id),
    links: { linkedin: r.linkedin, github: r.github, portfolio: r.portfolio },
    tags: (tags.get(r.id) ?? []).sort(),
    feedback: feedback.get(r.id) ?? null,
    scheduling: (scheduling.get(r.id) as Card["scheduling"] | undefined) ?? null,
    alsoApplied: others.get(r.id) ?? 0,
    createdAt: r.createdAt.toISOString(),
    ...(snippets ? { snippet: snippets.get(r.id) ?? null } : {}),
  }));
}

/** The whole board: every stage with its full count and its newest cards; the outcomes with their counts. */
export async function getBoard(actor: Actor | null, slug: string, f: BoardFilters = {}): Promise<Board> {
  const who = requirePermission(actor, "applications.view_all");
  const job = await jobBySlug(slug);
  const now = Date.now();
  const list = await jobStages(job.id);
  const stageIds = new Map(list.map((s) => [s.key, s.id]));
  const counts = await read()
    .select({ stageId: applications.stageId, status: applications.status, n: count() })
    .from(applications)
    .where(and(...filterConditions(job.id, f, now)))
    .groupBy(applications.stageId, applications.status)
    .all();
  const pages = await Promise.all(
    list.map(async (s) => {
      const n = counts.filter((c) => c.stageId === s.id && c.status === "active").reduce((x, c) => x + c.n, 0);
      return {
        stage: s,
        n,
        ...(n > 0
          ? await pageRows(job.id, s.key, stageIds, f, undefined, PAGE_SIZE, now)
          : { page: [], nextCursor: null }),
      };
    }),
  );
  const byId = new Map(
    (
      await toCards(
        who,
        pages.flatMap((p) => p.page),
        now,
        f.q,
      )
    ).map((c) => [c.id, c]),
  );
  return {
    job: { slug: job.slug, title: job.content.en.title, status: job.status },
    stages: pages.map(({ stage, n, page, nextCursor }) => ({
      key: stage.key,
      kind: stage.kind,
      name: stage.staffName,
      count: n,
      cards: page.map((r) => byId.get(r.id)!),
      nextCursor,
      loaded: true,
    })),
    // The outcome lanes start closed, so their cards wait until one is opened (listApplications):
    // a third of the board's cards, never looked at on most visits, neither read nor rendered.
    outcomes: OUTCOMES.map((o) => {
      const n = counts.filter((c) => c.status === o).reduce((x, c) => x + c.n, 0);
      return { key: o, name: OUTCOME_NAMES[o], count: n, cards: [], nextCursor: null, loaded: n === 0 };
    }),
    tags: (
      await read()
        .selectDistinct({ tag: applicationTags.tag })
        .from(applicationTags)
        .innerJoin(applications, eq(applications.id, applicationTags.applicationId))
        .where(eq(applications.jobId, job.id))
        .orderBy(asc(applicationTags.tag))
        .limit(200)
        .all()
    ).map((t) => t.tag),
    may: boardPermissions(who),
  };
}

/** A page of one column, for "Show more" and the staff API list. */
export async function listApplications(
  actor: Actor | null,
  slug: string,
  options: BoardFilters & { stage?: string; cursor?: string; limit?: number },
): Promise<{ items: Card[]; nextCursor: string | null }> {
  const who = requirePermission(actor, "applications.view_all");
  const job = await jobBySlug(slug);
  const list = await jobStages(job.id);
  const stageIds = new Map(list.map((s) => [s.key, s.id]));
  const limit = Math.min(Math.max(options.limit ?? PAGE_SIZE, 1), 200);
  const now = Date.now();
  const { page, nextCursor } = await pageRows(
    job.id,
    options.stage || undefined,
    stageIds,
    options,
    options.cursor,
    limit,
    now,
  );
  return { items: await toCards(who, page, now, options.q), nextCursor };
}
