"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useBoard } from "./board-context";

/** Acts on every selected card at once; the server moves all of them or none. */
export function BulkBar({ onClear }: { onClear: () => void }) {
  const board = useBoard();
  const t = useTranslations("board.bulk");
  const ids = [...board.selected];
  // Rejected has its own button, since it needs a reason and feedback.
  const targets = board.order.filter((key) => key !== "rejected");
  const [to, setTo] = useState(targets[0] ?? "");
  if (ids.length === 0) return null;
  return (
    <div className="bulk-bar" role="region" aria-label={t("label")}>
      <div className="inline-form">
        <label htmlFor="bulk-to">{t("moveTo", { count: ids.length })}</label>
        <select id="bulk-to" value={to} onChange={(e) => setTo(e.target.value)}>
          {targets.map((key) => (
            <option key={key} value={key}>
              {board.columnName(key)}
            </option>
          ))}
        </select>
        <button type="button" className="button small" onClick={() => board.move(ids, to)}>
          {t("move")}
        </button>
      </div>
      <button type="button" className="button small danger" onClick={() => board.move(ids, "rejected")}>
        {t("reject", { count: ids.length })}
      </button>
      <button type="button" className="button small secondary" onClick={onClear}>
        {t("clear")}
      </button>
    </div>
  );
}
