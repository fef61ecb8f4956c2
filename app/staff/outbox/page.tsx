import type { Metadata } from "next";
import { actorWith } from "@/lib/auth/current";
import { env } from "@/lib/env";
import { listOutbox } from "@/lib/mail/outbox-queries";
import { UNDELIVERED_DAYS } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage() {
  const actor = await actorWith("outbox.view", "/staff/outbox");
  const messages = await listOutbox(actor);
  return (
    <>
      <h1>Outbox</h1>
      <p className="notice">
        {env().SMTP_URL
          ? "Messages are delivered through the configured SMTP server and retried with backoff when it is down."
          : "No SMTP_URL is set, so messages stay here and are not sent. Set SMTP_URL to deliver them."}{" "}
        Status links are shown redacted; a delivered message keeps only who it went to and when, and one still
        undelivered after {UNDELIVERED_DAYS} days is dropped.
      </p>
      {messages.length === 0 && <p>No messages yet.</p>}
      {messages.map((m) => (
        <article key={m.id} className="card" style={{ marginBottom: "1rem" }} aria-labelledby={`mail-${m.id}`}>
          <h2 id={`mail-${m.id}`} style={{ fontSize: "1.05rem" }}>
            {m.subject}
          </h2>
          <p>
            To {m.to || "(erased)"} · {m.kind} · <strong>{m.status}</strong>
            {m.attempts > 0 && ` · ${m.attempts} attempt(s)`}
            {m.lastError && ` · last error: ${m.lastError}`} · queued {m.createdAt.slice(0, 16).replace("T", " ")}
          </p>
          {m.text === null ? (
            <p>Delivered; its text is not kept.</p>
          ) : (
            <details>
              <summary>Read the message (status links redacted)</summary>
              <pre style={{ whiteSpace: "pre-wrap", font: "inherit" }}>{m.text}</pre>
            </details>
          )}
        </article>
      ))}
    </>
  );
}
