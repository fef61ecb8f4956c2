import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Deliveries } from "@/components/staff/integrations/deliveries";
import { EndpointControls } from "@/components/staff/integrations/endpoint-controls";
import { actorWith } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { listDeliveries } from "@/lib/webhooks/deliveries";

export const metadata: Metadata = { title: "Webhook endpoint" };

export default async function EndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await actorWith("webhooks.manage", `/staff/integrations/${id}`);
  if (!/^\d{1,12}$/.test(id)) notFound();
  const view = await listDeliveries(actor, Number(id)).catch((e: unknown) => {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  });
  const { endpoint, deliveries } = view;
  return (
    <>
      <h1 style={{ overflowWrap: "anywhere" }}>{endpoint.url}</h1>
      <p>
        <strong>{endpoint.active ? "Active" : "Paused"}</strong>
        {endpoint.pausedReason && ` (${endpoint.pausedReason})`} ·{" "}
        {endpoint.events.includes("all") ? "all events" : endpoint.events.join(", ")}
        {endpoint.previousSecretUntil &&
          ` · the previous secret signs too until ${endpoint.previousSecretUntil.slice(0, 16).replace("T", " ")} UTC`}
      </p>
      <EndpointControls id={endpoint.id} active={endpoint.active} signed={endpoint.kind === "webhook"} />
      <h2>Deliveries</h2>
      <p className="hint">The latest 50; each try is kept 30 days. A resend goes under the same webhook-id.</p>
      <Deliveries deliveries={deliveries} />
    </>
  );
}
