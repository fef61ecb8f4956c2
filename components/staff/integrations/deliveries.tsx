"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resendDeliveryAction } from "@/app/staff/integrations/actions";
import { TableScroll } from "@/components/ui/table-scroll";
import type { listDeliveries } from "@/lib/webhooks/deliveries";

type Delivery = Awaited<ReturnType<typeof listDeliveries>>["deliveries"][number];
const when = (iso: string) => iso.slice(0, 19).replace("T", " ");

/** An endpoint's deliveries, each try with its answer, and Resend for those that are done. */
export function Deliveries({ deliveries }: { deliveries: Delivery[] }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (deliveries.length === 0) return <p>No deliveries yet.</p>;
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
      <TableScroll label="Deliveries">
        <table className="data">
          <caption className="visually-hidden">Deliveries</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Tries</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id} data-delivery={d.messageId}>
                <td>
                  {d.type}
                  {d.applicationId && ` · application #${d.applicationId}`}
                  <br />
                  <small>
                    {when(d.createdAt)} · <code>{d.messageId}</code>
                  </small>
                </td>
                <td>
                  {d.status}
                  {d.nextAttemptAt && d.attempts > 0 && <small> (next try {when(d.nextAttemptAt)})</small>}
                </td>
                <td>
                  {d.tries.length === 0
                    ? "None yet"
                    : d.tries.map((a, i) => (
                        <details key={i}>
                          <summary>
                            {when(a.at)}: {a.statusCode ?? a.error} in {a.latencyMs} ms
                          </summary>
                          <pre style={{ whiteSpace: "pre-wrap", margin: 0 }}>{a.response || a.error || "(empty)"}</pre>
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
                      Resend<span className="visually-hidden"> {d.type}</span>
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
