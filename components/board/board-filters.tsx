import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { BoardFilters as Filters } from "@/lib/applications/board";
import { applyText } from "@/lib/i18n/apply";
import { SOURCES } from "@/lib/validations/application";

/** A plain GET form: the filters live in the URL, so a filtered view can be shared or bookmarked. */
export async function BoardFilters({ slug, filters, tags }: { slug: string; filters: Filters; tags: string[] }) {
  const labels = applyText(await getLocale()).sources;
  const t = await getTranslations("board.filters");
  return (
    <form
      id="board-filters"
      className="board-filters"
      method="get"
      action={`/staff/jobs/${slug}`}
      role="search"
      aria-label={t("label")}
    >
      <div className="filter wide">
        <label htmlFor="filter-q">{t("search")}</label>
        <input
          id="filter-q"
          name="q"
          type="search"
          placeholder={t("searchPlaceholder")}

          defaultValue={filters.q ?? ""}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-tag">{t("tag")}</label>
        <input
          id="filter-tag"
          name="tag"
          type="text"
          list="board-tags"
          autoComplete="off"
          defaultValue={filters.tag ?? ""}
        />
        <datalist id="board-tags">
          {tags.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </div>
      <div className="filter">
        <label htmlFor="filter-source">{t("source")}</label>
        <select id="filter-source" name="source" defaultValue={filters.source ?? ""}>
          <option value="">{t("anySource")}</option>
          {SOURCES.map((s) => (
            <option key={s} value={s}>
              {labels[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter narrow">
        <label htmlFor="filter-days">{t("minDays")}</label>
        <input
          id="filter-days"
          name="minDays"
          type="number"
          min={0}
          max={3650}
          inputMode="numeric"
          defaultValue={filters.minDays || ""}
        />
      </div>
      <div className="filter check-filter">
        <input
          id="filter-feedback"
          name="feedback"
          type="checkbox"
          value="missing"
          defaultChecked={filters.feedback === "missing"}
        />
        <label htmlFor="filter-feedback">{t("feedbackMissing")}</label>
      </div>
      <div className="filter-actions">
        <button className="button small" type="submit">
          {t("apply")}
        </button>
        <Link href={`/staff/jobs/${slug}`}>{t("clear")}</Link>
      </div>
    </form>
  );
}
