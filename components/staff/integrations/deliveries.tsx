"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resendDeliveryAction } from "@/app/staff/integrations/actions";
import { TableScroll } from "@/components/ui/table-scroll";
import type { listDeliveries } from "@/lib/webhooks/deliveries";

type Delivery = Awaited<ReturnType<typeof listDeliveries>>["deliveries"][number];
const when = (iso: string) => iso.slice(0, 19).replace("T", " ");

/** An endpoint's deliveries, each try with its answer, and Resend for those that are done. */
export function Deliveries({ deliveries }: { deliveries: Delivery[] }) {
  const t = useTranslations("integrations");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (deliveries.length === 0) return <p>{t("table.none")}</p>;
  const resend = (id: number) =>
    start(async () => {
      setError(null);
      const result = await resendDeliveryAction({ id });
      if (!result.ok) setError(result.message);
      router.refresh();
    });
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <TableScroll label={t("deliveries")}>
        <table className="data">
          <caption className="visually-hidden">{t("deliveries")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("table.event")}</th>
              <th scope="col">{t("table.status")}</th>
              <th scope="col">{t("table.tries")}</th>
              <th scope="col">{t("table.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id} data-delivery={d.messageId}>
                <td>
                  {d.type}
                  {d.applicationId && ` · ${t("table.application", { id: String(d.applicationId) })}`}
                  <br />
                  <small>
                    {when(d.createdAt)} · <code>{d.messageId}</code>
                  </small>
                </td>
                <td>
                  {t("table.statuses", { status: d.status })}
                  {d.nextAttemptAt && d.attempts > 0 && (
                    <small> {t("table.nextTry", { when: when(d.nextAttemptAt) })}</small>
                  )}
                </td>
                <td>
                  {d.tries.length === 0
                    ? t("table.noTries")
                    : d.tries.map((a, i) => (
                        <details key={i}>
                          <summary>
                            {t("table.try", {
                              when: when(a.at),
                              result: String(a.statusCode ?? a.error),
                              ms: String(a.latencyMs),
                            })}
                          </summary>
                          <pre style={{ whiteSpace: "pre-wrap", margin: 0 }}>
                            {a.response || a.error || t("table.empty")}
                          </pre>
                        </details>
                      ))}
                </td>
                <td>
                  {(d.status === "delivered" || d.status === "failed") && (
                    <button
                      className="button small secondary"
                      type="button"
                      disabled={pending}
                      onClick={() => resend(d.id)}
                    >
                      {t("table.resend")}
                      <span className="visually-hidden"> {d.type}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
