import "server-only";
import { and, asc, eq, exists, isNull, sql, type SQL } from "drizzle-orm";
import { dialect, read } from "@/db";
import { jobTitles } from "@/lib/jobs/titles";
import { applications, candidates, interviewers, interviews, jobs, stages, type ApplicationStatus } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import { can, type Actor } from "@/lib/auth/permissions";
import { fullTextQuery, hasTerms, parseSearch, type ParsedSearch } from "./query";
import { snippetsFor } from "./snippets-for";

export const SEARCH_PAGE_SIZE = 25;
/**
 * At most this many matches are ranked, the newest: a common word ("example.com", in every email)
 * matches nearly every application, and ranking each one took seconds on PostgreSQL. A search that
 * matches more says so (`moreThan`), so the recruiter can add a word.
 */
export const RANKED_MATCHES = 1000;

export type SearchHit = {
  id: number;
  name: string;
  job: { slug: string; title: string };
  stage: string;
  status: ApplicationStatus;
  appliedAt: string;
  /** Where it matched, as HTML whose only markup is <mark>; null when only the name or email did. */
  snippet: string | null;
};
export type SearchResults = {
  query: string;
  hits: SearchHit[];
  page: number;
  hasMore: boolean;
  /**
   * RANKED_MATCHES when more applications than that match and only the newest RANKED_MATCHES of
   * them were ranked (and can be paged through); null when every match was.
   */
  moreThan: number | null;
};

/**
 * The board's and the list API's condition for a search: `applications.id` among the full-text
 * matches; with only -exclusions, every application but those; none for a search without letters
 * or digits (nothing to look for, so nothing is filtered out).
 */
export function searchCondition(parsed: ParsedSearch): SQL | undefined {
  const among = (p: ParsedSearch) => amongIds(dialect().fullTextIds(fullTextQuery(p)));
  if (hasTerms(parsed)) return among(parsed);
  if (parsed.excluded.length === 0) return undefined;
  const anyExcluded = parsed.excluded.map((words) =>
    words.length > 1
      ? sql`(${among({ words: [], phrases: [words], excluded: [] })})`
      : among({ words: [{ word: words[0]!, forms: [words[0]!] }], phrases: [], excluded: [] }),
  );
  return sql`not (${sql.join(anyExcluded, sql` or `)})`;
}

/** `applications.id` among the ids a subquery of `application_id` selects. */
function amongIds(ids: SQL): SQL {
  return sql`${applications.id} in (select m.application_id from (${ids}) m)`;
}

/**
 * A page of application ids filtered by a search (the board's columns and the list API):
 * `page(condition, n)` is the page's statement, at most `n` ids newest first, with `condition`
 * added to its filters. A search with words gets the dialect's newest matches, which spare a word
 * in nearly every application the cost of finding every match; exclusions alone stay a filter.
 */
export function searchedPage(
  parsed: ParsedSearch,
  page: (condition: SQL | undefined, n: number) => SQL,
  n: number,
): SQL {
  if (!hasTerms(parsed)) return page(searchCondition(parsed), n);
  return dialect().newestMatching((ids, m) => page(ids && amongIds(ids), m), fullTextQuery(parsed), n);
}

/**
 * Who this actor may find: recruiters and admins everyone, a hiring manager only the applications
 * they interview for (a live interview, as lib/applications/access.ts lets them open), said in the
 * query itself so nothing outside it is ever read.
 */
function visibleTo(actor: Actor): SQL | undefined {
  if (can(actor, "applications.view_all")) return undefined;
  return exists(
    read()
      .select({ x: sql`1` })
      .from(interviews)
      .innerJoin(interviewers, eq(interviewers.interviewId, interviews.id))
      .where(
        and(
          eq(interviews.applicationId, applications.id),
          isNull(interviews.cancelledAt),
          eq(interviewers.userId, actor.id),
        ),
      ),
  );
}

/**
 * The search across all jobs (/staff/search and its API): the best matches first, a page at a
 * time, each with a snippet of where it matched. Staff of every role may search; what each finds
 * is what they may open.
 */
export async function searchApplications(
  actor: Actor | null,
  input: { q: string; page?: number },
  /** How many matches are ranked at most (tests lower it): RANKED_MATCHES. */
  ranking: { matches?: number } = {},
): Promise<SearchResults> {
  const cap = ranking.matches ?? RANKED_MATCHES;
  const who = requirePermission(actor, "staff.access");
  if (!can(who, "applications.view_all")) requirePermission(who, "applications.view_assigned");
  const parsed = parseSearch(input.q);
  const page = Math.max(1, input.page ?? 1);
  if (!hasTerms(parsed)) return { query: input.q, hits: [], page, hasMore: false, moreThan: null };
  const visible = visibleTo(who);
  const query = fullTextQuery(parsed);
  // Whoever sees every application gets the page straight from the ranked matches: a common word
  // matches most of them ("example.com": 100,000 in the bench), and joining every match to its
  // application, person, job and stage before the sort took most of the time. Every match is an
  // application (the index follows them), so the page is the same. Only the newest RANKED_MATCHES
  // are ranked; one more is read to know whether there were more (`matched`). A hiring manager's
  // matches are filtered by their interviews first, and all of theirs ranked.
  const ranked = visible
    ? sql`(select r.*, 0 as matched from (${dialect().fullTextMatch(query)}) r) f`
    : sql`(select * from (select c.application_id, c.rank, count(*) over () as matched, row_number() over (order by c.application_id desc) as newest from (${dialect().fullTextMatch(query, cap + 1)}) c) w where w.newest <= ${cap} order by w.rank, w.application_id limit ${page * SEARCH_PAGE_SIZE + 1}) f`;
  const match = read()
    .select({
      id: sql<number>`f.application_id`.as("match_id"),
      rank: sql<number>`f.rank`.as("match_rank"),
      matched: sql<number>`f.matched`.as("match_count"),
    })
    .from(ranked)
    .as("m");
  const rows = await read()
    .select({
      id: applications.id,
      name: candidates.fullName,
      slug: jobs.slug,
      // The title alone: the whole posting (about 10 KB) came along for each of the page's hits.
      title: jobTitles().en,
      stage: stages.staffName,
      status: applications.status,
      createdAt: applications.createdAt,
      matched: match.matched,
    })
    .from(match)
    .innerJoin(applications, eq(applications.id, match.id))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .where(visible)
    .orderBy(asc(match.rank), asc(applications.id))
    .limit(SEARCH_PAGE_SIZE + 1)
    .offset((page - 1) * SEARCH_PAGE_SIZE)
    .all();
  const shown = rows.slice(0, SEARCH_PAGE_SIZE);
  const snippets = await snippetsFor(
    shown.map((r) => r.id),
    parsed,
  );
  return {
    query: input.q,
    page,
    hasMore: rows.length > SEARCH_PAGE_SIZE,
    moreThan: rows.length > 0 && Number(rows[0]!.matched) > cap ? cap : null,
    hits: shown.map((r) => ({
      id: r.id,
      name: r.name,
      job: { slug: r.slug, title: r.title },
      stage: r.stage,
      status: r.status,
      appliedAt: r.createdAt.toISOString(),
      snippet: snippets.get(r.id) ?? null,
    })),
  };
}
