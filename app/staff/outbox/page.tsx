import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { actorWith } from "@/lib/auth/current";
import { env } from "@/lib/env";
import { listOutbox } from "@/lib/mail/outbox-queries";
import { UNDELIVERED_DAYS } from "@/lib/mail/outbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

const STATUSES = ["pending", "sending", "sent", "failed"] as const;
const isStatus = (s: string): s is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(s);

export default async function OutboxPage() {
  const actor = await actorWith("outbox.view", "/staff/outbox");
  const messages = await listOutbox(actor);
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="notice">
        {env().SMTP_URL ? t("smtp") : t("noSmtp")} {t("redacted", { days: UNDELIVERED_DAYS })}
      </p>
      {messages.length === 0 && <p>{t("empty")}</p>}
      {messages.map((m) => (
        <article key={m.id} className="card" style={{ marginBottom: "1rem" }} aria-labelledby={`mail-${m.id}`}>
          <h2 id={`mail-${m.id}`} style={{ fontSize: "1.05rem" }}>
            {m.subject}
          </h2>
          <p>
            {t("to", { to: m.to || t("erased") })} · {m.kind} ·{" "}
            <strong>{isStatus(m.status) ? t(`statuses.${m.status}`) : m.status}</strong>
            {m.attempts > 0 && ` · ${t("attempts", { count: m.attempts })}`}
            {m.lastError && ` · ${t("lastError", { error: m.lastError })}`} ·{" "}
            {t("queued", {
              at: format.dateTime(new Date(m.createdAt), { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
          {m.text === null ? (
            <p>{t("delivered")}</p>
          ) : (
            <details>
              <summary>{t("read")}</summary>
              <pre style={{ whiteSpace: "pre-wrap", font: "inherit" }}>{m.text}</pre>
            </details>
          )}
        </article>
      ))}
    </>
  );
}
