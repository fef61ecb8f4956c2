import Link from "next/link";
import type { BoardFilters as Filters } from "@/lib/applications/board";
import { applyText } from "@/lib/i18n/apply";
import { SOURCES } from "@/lib/validations/application";

/** A plain GET form: the filters live in the URL, so a filtered view can be shared or bookmarked. */
export function BoardFilters({ slug, filters, tags }: { slug: string; filters: Filters; tags: string[] }) {
  const labels = applyText("en").sources;
  return (
    <form
      id="board-filters"
      className="board-filters"
      method="get"
      action={`/staff/jobs/${slug}`}
      role="search"
      aria-label="Filter the board"
    >
      <div className="filter wide">
        <label htmlFor="filter-q">Search</label>
        <input
          id="filter-q"
          name="q"
          type="search"
          placeholder="Search names, emails, notes and CVs"
          defaultValue={filters.q ?? ""}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-tag">Tag</label>
        <input
          id="filter-tag"
          name="tag"
          type="text"
          list="board-tags"
          autoComplete="off"
          defaultValue={filters.tag ?? ""}
        />
        <datalist id="board-tags">
          {tags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </div>
      <div className="filter">
        <label htmlFor="filter-source">Source</label>
        <select id="filter-source" name="source" defaultValue={filters.source ?? ""}>
          <option value="">Any source</option>
          {SOURCES.map((s) => (
            <option key={s} value={s}>
              {labels[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter narrow">
        <label htmlFor="filter-days">At least N days in stage</label>
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
        <label htmlFor="filter-feedback">Feedback missing</label>
      </div>
      <div className="filter-actions">
        <button className="button small" type="submit">
          Apply filters
        </button>
        <Link href={`/staff/jobs/${slug}`}>Clear filters</Link>
      </div>
    </form>
  );
}
