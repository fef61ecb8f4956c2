import type { Metadata } from "next";
import Link from "next/link";
import { MatchSnippet } from "@/components/search/match-snippet";
import { SearchForm } from "@/components/search/search-form";
import { actorWith } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { SEARCH_PAGE_SIZE, searchApplications, type SearchResults } from "@/lib/search/search-applications";
import { parseOrThrow } from "@/lib/validations/parse";
import { searchQuery } from "@/lib/validations/search";
import "@/components/search/search.css";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS: Record<string, string> = { hired: "Hired", rejected: "Rejected", withdrawn: "Withdrawn" };

function resultsHeading({ hits, page, hasMore }: SearchResults): string {
  if (hits.length === 0) return page > 1 ? "No more results" : "Nothing found";
  if (page === 1 && !hasMore) return hits.length === 1 ? "1 result" : `${hits.length} results`;
  const from = (page - 1) * SEARCH_PAGE_SIZE + 1;
  return `Results ${from}–${from + hits.length - 1}${hasMore ? ", more on the next page" : ""}`;
}

/** Every job's applications at once, searched in names, emails, notes and CVs (lib/search/). */
export default async function SearchPage({ searchParams }: Props) {
  const actor = await actorWith("staff.access", "/staff/search");
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === "string") raw[key] = value;
  let results: SearchResults | null = null;
  let error: string | null = null;
  try {
    const query = parseOrThrow(searchQuery, raw);
    if (query.q) results = await searchApplications(actor, query);
  } catch (e) {
    if (!isAppError(e) || e.code !== "invalid") throw e;
    error = Object.values(e.extra.errors ?? {})[0] ?? e.message;
  }
  const q = raw.q ?? "";
  const pageLink = (page: number) => `/staff/search?${new URLSearchParams({ q, page: String(page) })}`;
  return (
    <>
      <h1>Search</h1>
      <p>
        Names, emails, notes and the text of CVs, across every job
        {actor.role === "hiring_manager" ? " you interview for" : ""}. Best matches first.
      </p>
      <SearchForm value={q} error={error} />
      {results && (
        <section aria-labelledby="results-heading" className="search-results">
          <h2 id="results-heading" role="status">
            {resultsHeading(results)}
          </h2>
          <ol className="search-hits">
            {results.hits.map((hit) => (
              <li key={hit.id} className="card search-hit">
                <h3>
                  <Link href={`/staff/applications/${hit.id}`} prefetch={false}>
                    {hit.name}
                  </Link>
                </h3>
                <p className="search-hit-place">
                  {hit.job.title} · {STATUS[hit.status] ?? hit.stage} · applied{" "}
                  <time dateTime={hit.appliedAt}>{hit.appliedAt.slice(0, 10)}</time>
                </p>
                <MatchSnippet html={hit.snippet} />
              </li>
            ))}
          </ol>
          {(results.page > 1 || results.hasMore) && (
            <nav aria-label="Result pages" className="search-pages">
              {results.page > 1 && <Link href={pageLink(results.page - 1)}>Previous page</Link>}
              {results.hasMore && <Link href={pageLink(results.page + 1)}>Next page</Link>}
            </nav>
          )}
        </section>
      )}
    </>
  );
}
