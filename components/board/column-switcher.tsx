"use client";

import { useTranslations } from "next-intl";
import type { Column } from "@/lib/applications/board";

/**
 * On a narrow board (board.css) one stage column shows at a time; this picks which, with each
 * stage's count. The choice is the URL's `column`, so a reload or a shared link keeps it. The
 * select belongs to the filters' GET form, which carries it along with the filters; without
 * JavaScript the Show button submits that form, with it a change applies at once.
 */
export function ColumnSwitcher({
  columns,
  shown,
  onChange,
}: {
  columns: Column[];
  shown: string;
  onChange: (key: string) => void;
}) {
  const t = useTranslations("board");
  return (
    <div className="column-switcher">
      <label htmlFor="board-column">{t("column")}</label>
      <select
        id="board-column"
        name="column"
        form="board-filters"
        value={shown}
        onChange={(e) => {
          onChange(e.target.value);
          const url = new URL(window.location.href);
          url.searchParams.set("column", e.target.value);
          window.history.replaceState(null, "", url);
        }}
      >
        {columns.map((c) => (
          <option key={c.key} value={c.key}>
            {c.name} ({c.count})
          </option>
        ))}
      </select>
      <button type="submit" form="board-filters" className="button small switcher-submit">
        {t("show")}
      </button>
    </div>
  );
}
