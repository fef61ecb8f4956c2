import "server-only";
import { and, asc, count, desc, eq, exists, lte, or, sql, type SQL } from "drizzle-orm";
import { read } from "@/db";
import { inIds } from "@/db/id-list";
import { jobStagesBySlug } from "@/lib/stages/job-stages";
import { jobTitles } from "@/lib/jobs/titles";
import {
  applicationTags,
  applications,
  candidates,
  files,
  jobs,
  type ApplicationStatus,
  type StageKind,
} from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { parseSearch } from "@/lib/search/query";
import { searchCondition, searchedPage } from "@/lib/search/search-applications";
import { snippetsFor } from "@/lib/search/snippets-for";
import { OUTCOME_NAMES, OUTCOMES, type Outcome } from "@/lib/stages/transitions";
import { cardFeedback, feedbackMissing, type CardFeedback } from "./board-feedback";
import { otherApplicationCounts } from "@/lib/people/same-person";
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

/** The job and its stages in process order, asked at once: neither waits for the other's answer. */
async function jobAndStages(slug: string) {
  const [job, list] = await Promise.all([
    // The title alone of the posting's content (about 10 KB), on every board page, list and search.
    read()
      .select({ id: jobs.id, slug: jobs.slug, status: jobs.status, title: jobTitles().en })
      .from(jobs)
      .where(eq(jobs.slug, slug))
      .get(),
    jobStagesBySlug(slug),
  ]);
  if (!job) throw new AppError("not_found", msg("common.notFound"));
  return {
    job,
    list,
    stageIds: new Map(list.map((s) => [s.key, s.id])),
    stageKeys: new Map(list.map((s) => [s.id, s.key])),
  };
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

const newestFirst = [desc(applications.createdAt), desc(applications.id)];

/** What a card shows of an application's own row and its candidate (the stage's key comes from the job's list). */
function cardRows(where: SQL) {
  return read()
    .select({
      id: applications.id,
      status: applications.status,
      version: applications.version,
      stageId: applications.stageId,
      stageEnteredAt: applications.stageEnteredAt,
      createdAt: applications.createdAt,
      name: candidates.fullName,
      linkedin: candidates.linkedinUrl,
      github: candidates.githubUrl,
      portfolio: candidates.portfolioUrl,
      candidateId: candidates.id,
      emailKey: candidates.emailKey,
      erasedAt: candidates.erasedAt,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(where)
    .orderBy(...newestFirst)
    .all();
}

type Row = Awaited<ReturnType<typeof cardRows>>[number];

/** The first `limit` rows and the cursor after them, from up to `limit + 1` rows in order. */
function toPage(rows: Row[], limit: number) {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

/**
 * The ids of one column's page (a stage key or an outcome, or every column when none), newest
 * first, up to `limit + 1` of them: a subquery. The page is cut from the applications alone and
 * then joined to their person (cardRows): with a search whose matches the database holds in a
 * hash (a common word: every application of the job), joining all of them before the sort read
 * the candidate and stage of 10,000 rows for 51.
 */
function pageIds(
  jobId: number,
  column: string | undefined,
  stageIds: Map<string, number>,
  f: BoardFilters,
  cursor: string | undefined,
  limit: number,
  now: number,
  /**
   * Whether a search may test the column's newest rows first (searchedPage). Not for every
   * stage's first page at once (the board page): there each stage's 306 tests cost a rare word
   * about 20 ms more on PostgreSQL (98 -> 121 ms, median of 3), for 190 -> 130 ms on example.com.
   */
  probeNewest = true,
) {
  const searched = probeNewest && !!f.q?.trim();
  const where = filterConditions(jobId, searched ? { ...f, q: undefined } : f, now);
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
  const page = (condition: SQL | undefined, n: number) =>
    read()
      .select({ id: applications.id })
      .from(applications)
      .where(and(...where, condition))
      .orderBy(...newestFirst)
      .limit(n)
      .getSQL();
  return searched ? searchedPage(parseSearch(f.q!), page, limit + 1) : page(undefined, limit + 1);
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
  const ids = pageIds(jobId, column, stageIds, f, cursor, limit, now);
  return toPage(await cardRows(sql`${applications.id} in (${ids})`), limit);
}

/**
 * The first page of every stage in one statement, where there was one per stage: each stage's
 * pageIds through the board index (a union of one `order by ... limit` per stage), then the
 * cards' columns for just those ids.
 */
async function firstPages(
  jobId: number,
  list: { id: number; key: string }[],
  stageIds: Map<string, number>,
  f: BoardFilters,
  now: number,
) {
  const pages = new Map<number, Row[]>(list.map((s) => [s.id, []]));
  if (list.length === 0) return pages;
  const arms = list.map((s, i) => {
    const newest = pageIds(jobId, s.key, stageIds, f, undefined, PAGE_SIZE, now, false);
    return sql`select ${sql.identifier("id")} from (${newest}) as ${sql.identifier(`page${i}`)}`;
  });
  for (const row of await cardRows(sql`${applications.id} in (${sql.join(arms, sql` union all `)})`))
    pages.get(row.stageId)?.push(row);
  return pages;
}

/**
 * Cards for rows of any columns, with their tags, CV and feedback read once for all of them. The
 * reads are independent, so they are all asked at once: on PostgreSQL each is a round trip that
 * need not wait for the one before (on SQLite they run one after another as before).
 */
async function toCards(
  actor: Actor,
  rows: Row[],
  stageKeys: ReadonlyMap<number, string>,
  now: number,
  q?: string,
): Promise<Card[]> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [snippets, tagRows, cvRows, feedback, scheduling, others] = await Promise.all([
    q?.trim() ? snippetsFor(ids, parseSearch(q)) : null,
    read().select().from(applicationTags).where(inIds(applicationTags.applicationId, ids)).all(),
    read().select({ id: files.applicationId }).from(files).where(inIds(files.applicationId, ids)).all(),
    cardFeedback(ids, now),
    schedulingStates(ids),
    otherApplicationCounts(
      actor,
      rows.map((r) => ({
        applicationId: r.id,
        candidateId: r.candidateId,
        emailKey: r.emailKey,
        erased: !!r.erasedAt,
      })),
    ),
  ]);
  const withCv = new Set(cvRows.map((r) => r.id));
  const tags = new Map<number, string[]>();
  for (const t of tagRows) tags.set(t.applicationId, [...(tags.get(t.applicationId) ?? []), t.tag]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    stage: stageKeys.get(r.stageId)!,
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
  const { job, list, stageIds, stageKeys } = await jobAndStages(slug);
  const now = Date.now();
  const [counts, firstRows, tagsInUse] = await Promise.all([
    read()
      .select({ stageId: applications.stageId, status: applications.status, n: count() })
      .from(applications)
      .where(and(...filterConditions(job.id, f, now)))
      .groupBy(applications.stageId, applications.status)
      .all(),
    firstPages(job.id, list, stageIds, f, now),
    read()
      .selectDistinct({ tag: applicationTags.tag })
      .from(applicationTags)
      .innerJoin(applications, eq(applications.id, applicationTags.applicationId))
      .where(eq(applications.jobId, job.id))
      .orderBy(asc(applicationTags.tag))
      .limit(200)
      .all(),
  ]);
  const pages = list.map((s) => ({
    stage: s,
    n: counts.filter((c) => c.stageId === s.id && c.status === "active").reduce((x, c) => x + c.n, 0),
    ...toPage(firstRows.get(s.id) ?? [], PAGE_SIZE),
  }));
  const byId = new Map(
    (
      await toCards(
        who,
        pages.flatMap((p) => p.page),
        stageKeys,
        now,
        f.q,
      )
    ).map((c) => [c.id, c]),
  );
  return {
    job: { slug: job.slug, title: job.title, status: job.status },
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
    tags: tagsInUse.map((t) => t.tag),
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
  const { job, stageIds, stageKeys } = await jobAndStages(slug);
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
  return { items: await toCards(who, page, stageKeys, now, options.q), nextCursor };
}
