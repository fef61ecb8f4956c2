import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MatchSnippet } from "@/components/search/match-snippet";
import { SearchForm } from "@/components/search/search-form";
import { actorWith } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { viewerLocale } from "@/lib/i18n/viewer-locale";
import { SEARCH_PAGE_SIZE, searchApplications, type SearchResults } from "@/lib/search/search-applications";
import { parseOrThrow } from "@/lib/validations/parse";
import { searchQuery } from "@/lib/validations/search";
import "@/components/search/search.css";
import { schemaWordsIn } from "@/lib/i18n/schema-words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type T = Awaited<ReturnType<typeof getTranslations<"search">>>;

function resultsHeading(t: T, { hits, page, hasMore }: SearchResults): string {
  if (hits.length === 0) return page > 1 ? t("noMore") : t("nothing");
  if (page === 1 && !hasMore) return t("count", { count: hits.length });
  const from = (page - 1) * SEARCH_PAGE_SIZE + 1;
  return t("range", { from, to: from + hits.length - 1, more: hasMore ? "yes" : "no" });
}

/** Every job's applications at once, searched in names, emails, notes and CVs (lib/search/). */
export default async function SearchPage({ searchParams }: Props) {
  const actor = await actorWith("staff.access", "/staff/search");
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === "string") raw[key] = value;
  let results: SearchResults | null = null;
  let error: string | null = null;
  try {
    const query = parseOrThrow(searchQuery, raw, schemaWordsIn(await viewerLocale()));
    if (query.q) results = await searchApplications(actor, query);
  } catch (e) {
    if (!isAppError(e) || e.code !== "invalid") throw e;
    const locale = await viewerLocale();
    error = Object.values(e.fieldErrorsIn(locale) ?? {})[0] ?? e.messageIn(locale);
  }
  const q = raw.q ?? "";
  const t = await getTranslations("search");
  const statuses = await getTranslations("application.status");
  const pageLink = (page: number) => `/staff/search?${new URLSearchParams({ q, page: String(page) })}`;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro", { scope: can(actor, "applications.view_all") ? "all" : "interviewer" })}</p>
      <SearchForm value={q} error={error} />
      {results && (
        <section aria-labelledby="results-heading" className="search-results">
          <h2 id="results-heading" role="status">
            {resultsHeading(t, results)}
          </h2>
          {results.moreThan !== null && <p className="search-capped">{t("capped", { count: results.moreThan })}</p>}
          <ol className="search-hits">
            {results.hits.map((hit) => (
              <li key={hit.id} className="card search-hit">
                <h3>
                  <Link href={`/staff/applications/${hit.id}`} prefetch={false}>
                    {hit.name}
                  </Link>
                </h3>
                <p className="search-hit-place">
                  {hit.job.title} · {hit.status === "active" ? hit.stage : statuses(hit.status)} ·{" "}
                  {t.rich("applied", {
                    when: () => <time dateTime={hit.appliedAt}>{hit.appliedAt.slice(0, 10)}</time>,
                  })}
                </p>
                <MatchSnippet html={hit.snippet} />
              </li>
            ))}
          </ol>
          {(results.page > 1 || results.hasMore) && (
            <nav aria-label={t("pages")} className="search-pages">
              {results.page > 1 && <Link href={pageLink(results.page - 1)}>{t("previous")}</Link>}
              {results.hasMore && <Link href={pageLink(results.page + 1)}>{t("next")}</Link>}
            </nav>
          )}
        </section>
      )}
    </>
  );
}
