import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AddEndpoint } from "@/components/staff/integrations/add-endpoint";
import { actorWith } from "@/lib/auth/current";
import { env } from "@/lib/env";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { listEndpoints } from "@/lib/webhooks/endpoints";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("integrations"))("title") };
}

export default async function IntegrationsPage() {
  const actor = await actorWith("webhooks.manage", "/staff/integrations");
  const endpoints = await listEndpoints(actor);
  const t = await getTranslations("integrations");
  return (
    <ClientMessages of="/staff/integrations">
      <>
        <h1>{t("title")}</h1>
        <p className="notice">{t("intro")}</p>
        {endpoints.length === 0 && <p>{t("none")}</p>}
        {endpoints.map((e) => (
          <article key={e.id} className="card" style={{ marginBottom: "1rem" }} aria-labelledby={`endpoint-${e.id}`}>
            <h2 id={`endpoint-${e.id}`} style={{ fontSize: "1.05rem", overflowWrap: "anywhere" }}>
              <Link href={`/staff/integrations/${e.id}`}>{e.url}</Link>
            </h2>
            <p>
              {t(`kinds.${e.kind}`)} · <strong>{e.active ? t("active") : t("paused")}</strong>
              {e.pausedReason && ` (${e.pausedReason})`} ·{" "}
              {e.events.includes("all") ? t("allEvents") : e.events.join(", ")}
              {e.description && ` · ${e.description}`}
            </p>
            <p>
              {t("counts", { pending: e.pending, failed: e.failed })}
              {e.personalData && ` · ${t("personalData", { reason: e.personalDataReason ?? "" })}`}
            </p>
          </article>
        ))}
        <div style={{ marginTop: "2rem" }}>
          <AddEndpoint eventTypes={WEBHOOK_EVENT_TYPES} httpAllowed={env().WEBHOOKS_ALLOW_HTTP} />
        </div>
      </>
    </ClientMessages>
  );
}
