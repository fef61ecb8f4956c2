import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Deliveries } from "@/components/staff/integrations/deliveries";
import { EndpointControls } from "@/components/staff/integrations/endpoint-controls";
import { actorWith } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { listDeliveries } from "@/lib/webhooks/deliveries";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("integrations"))("endpointTitle") };
}

export default async function EndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await actorWith("webhooks.manage", `/staff/integrations/${id}`);
  if (!/^\d{1,12}$/.test(id)) notFound();
  const view = await listDeliveries(actor, Number(id)).catch((e: unknown) => {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  });
  const { endpoint, deliveries } = view;
  const t = await getTranslations("integrations");
  return (
    <ClientMessages of="/staff/integrations/[id]">
      <>
        <h1 style={{ overflowWrap: "anywhere" }}>{endpoint.url}</h1>
        <p>
          <strong>{endpoint.active ? t("active") : t("paused")}</strong>
          {endpoint.pausedReason && ` (${endpoint.pausedReason})`} ·{" "}
          {endpoint.events.includes("all") ? t("allEvents") : endpoint.events.join(", ")}
          {endpoint.previousSecretUntil &&
            ` · ${t("previousSecret", { until: endpoint.previousSecretUntil.slice(0, 16).replace("T", " ") })}`}
        </p>
        <EndpointControls id={endpoint.id} active={endpoint.active} signed={endpoint.kind === "webhook"} />
        <h2>{t("deliveries")}</h2>
        <p className="hint">{t("deliveriesHint")}</p>
        <Deliveries deliveries={deliveries} />
      </>
    </ClientMessages>
  );
}
