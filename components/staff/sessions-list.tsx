"use client";

import { useState, useTransition } from "react";
import { endOtherSessionsAction, endSessionAction } from "@/app/staff/account/actions";
import type { SessionDto } from "@/lib/auth/account-sessions";
import { TableScroll } from "@/components/ui/table-scroll";

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

export function SessionsList({ sessions }: { sessions: SessionDto[] }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>, done: string) =>
    start(async () => {
      const result = await fn();
      setMessage(result.ok ? done : (result.message ?? "That did not work."));
    });
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <TableScroll label="Your sessions">
        <table className="data">
          <caption className="visually-hidden">Your sessions</caption>
          <thead>
            <tr>
              <th scope="col">Signed in</th>
              <th scope="col">Last seen</th>
              <th scope="col">Address</th>
              <th scope="col">Browser</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} data-session={s.current ? "current" : "other"}>
                <td>{when(s.createdAt)}</td>
                <td>{when(s.lastSeenAt)}</td>
                <td>{s.ip}</td>
                <td>{s.userAgent || "unknown"}</td>
                <td>
                  {s.current ? (
                    <strong>This device</strong>
                  ) : (
                    <button
                      className="button small secondary"
                      type="button"
                      disabled={pending}
                      onClick={() => run(() => endSessionAction({ id: s.id }), "The session has ended.")}
                    >
                      End<span className="visually-hidden"> the session signed in {when(s.createdAt)}</span>
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
            onClick={() => run(() => endOtherSessionsAction({}), "Every other session has ended.")}
          >
            End all others
          </button>
        </div>
      )}
    </>
  );
}
