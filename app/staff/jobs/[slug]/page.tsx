import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import { Board } from "@/components/board/board";
import { BoardFilters } from "@/components/board/board-filters";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getBoard } from "@/lib/applications/board";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { actorOrLogin } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { boardQuery } from "@/lib/validations/board";
// The board's narrow-screen rules for the menu come after the shared ones, so they win.
import "@/components/board/move-controls.css";
import "@/components/board/board.css";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Shared by the title and the page so the board is read once per request. */
const loadBoard = cache(async (slug: string, search: string) => {
  const actor = await actorOrLogin(`/staff/jobs/${slug}`);
  const { q, tag, source, minDays, feedback } = boardQuery.parse(Object.fromEntries(new URLSearchParams(search)));
  const filters = { q, tag, source, minDays, feedback };
  try {
    return { actor, filters, board: await getBoard(actor, slug, filters) };
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    if (isAppError(e) && e.code === "forbidden") forbidden();
    throw e;
  }
});

async function load({ params, searchParams }: Props) {
  const { slug } = await params;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === "string") search.set(key, value);
  search.sort();
  return loadBoard(slug, search.toString());
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { board } = await load(props);
  return { title: (await getTranslations("board"))("title", { job: board.job.title }) };
}

export default async function BoardPage(props: Props) {
  const { actor, filters, board } = await load(props);
  const { column } = await props.searchParams;
  const filtered = Object.values(filters).some(Boolean);
  const t = await getTranslations("board");
  return (
    <ClientMessages of="/staff/jobs/[slug]">
      <div className="board-page">
        <div className="board-title">
          <h1>{t("title", { job: board.job.title })}</h1>
          {can(actor, "jobs.manage") && (
            <Link className="button secondary small" href={`/staff/jobs/${board.job.slug}/edit`}>
              {t("editJob")}
            </Link>
          )}
        </div>
        <BoardFilters slug={board.job.slug} filters={filters} tags={board.tags} />
        {filtered && <p className="filter-note">{t("filteredNote")}</p>}
        <Board
          key={JSON.stringify(filters)}
          board={board}
          filters={filters}
          column={typeof column === "string" ? column : undefined}
        />
      </div>
    </ClientMessages>
  );
}
