"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { endOtherSessionsAction, endSessionAction } from "@/app/staff/account/actions";
import type { SessionDto } from "@/lib/auth/account-sessions";
import { TableScroll } from "@/components/ui/table-scroll";

export function SessionsList({ sessions }: { sessions: SessionDto[] }) {
  const t = useTranslations("users.sessions");
  const failed = useTranslations("common")("failed");
  const format = useFormatter();
  // On the company's clock (i18n/request.ts), in the reader's language.
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>, done: string) =>
    start(async () => {
      const result = await fn();
      setMessage(result.ok ? done : (result.message ?? failed));
    });
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <TableScroll label={t("table")}>
        <table className="data">
          <caption className="visually-hidden">{t("table")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("signedIn")}</th>
              <th scope="col">{t("lastSeen")}</th>
              <th scope="col">{t("address")}</th>
              <th scope="col">{t("browser")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} data-session={s.current ? "current" : "other"}>
                <td>
                  <time dateTime={s.createdAt}>{when(s.createdAt)}</time>
                </td>
                <td>
                  <time dateTime={s.lastSeenAt}>{when(s.lastSeenAt)}</time>
                </td>
                <td>{s.ip}</td>
                <td>{s.userAgent || t("unknownBrowser")}</td>
                <td>
                  {s.current ? (
                    <strong>{t("thisDevice")}</strong>
                  ) : (
                    <button
                      className="button small secondary"
                      type="button"
                      disabled={pending}
                      onClick={() => run(() => endSessionAction({ id: s.id }), t("ended"))}
                    >
                      {t("end")}
                      <span className="visually-hidden">{t("endWhich", { at: when(s.createdAt) })}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {others > 0 && (
        <div className="actions" style={{ marginTop: "1rem" }}>
          <button
            className="button secondary"
            type="button"
            disabled={pending}
            onClick={() => run(() => endOtherSessionsAction({}), t("othersEnded"))}
          >
            {t("endOthers")}
          </button>
        </div>
      )}
    </>
  );
}
