import type { Metadata } from "next";
import Link from "next/link";
import { AddEndpoint } from "@/components/staff/integrations/add-endpoint";
import { actorWith } from "@/lib/auth/current";
import { env } from "@/lib/env";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { listEndpoints } from "@/lib/webhooks/endpoints";

export const metadata: Metadata = { title: "Integrations" };

const KIND_LABELS = { webhook: "Webhook", slack: "Slack", teams: "Microsoft Teams", mattermost: "Mattermost" };

export default async function IntegrationsPage() {
  const actor = await actorWith("webhooks.manage", "/staff/integrations");
  const endpoints = await listEndpoints(actor);
  return (
    <>
      <h1>Integrations</h1>
      <p className="notice">
        Rekry sends its events to these endpoints: signed webhooks (Standard Webhooks) for your own systems, or a short
        message to a chat channel. They carry ids, stages and statuses, never CVs, notes or scorecards; the
        candidate&apos;s name and email only where you allow personal data.
      </p>
      {endpoints.length === 0 && <p>No endpoints yet.</p>}
      {endpoints.map((e) => (
        <article key={e.id} className="card" style={{ marginBottom: "1rem" }} aria-labelledby={`endpoint-${e.id}`}>
          <h2 id={`endpoint-${e.id}`} style={{ fontSize: "1.05rem", overflowWrap: "anywhere" }}>
            <Link href={`/staff/integrations/${e.id}`}>{e.url}</Link>
          </h2>
          <p>
            {KIND_LABELS[e.kind]} · <strong>{e.active ? "Active" : "Paused"}</strong>
            {e.pausedReason && ` (${e.pausedReason})`} · {e.events.includes("all") ? "all events" : e.events.join(", ")}
            {e.description && ` · ${e.description}`}
          </p>
          <p>
            {e.pending} waiting · {e.failed} failed
            {e.personalData && ` · may receive personal data: ${e.personalDataReason ?? ""}`}
          </p>
        </article>
      ))}
      <div style={{ marginTop: "2rem" }}>
        <AddEndpoint eventTypes={WEBHOOK_EVENT_TYPES} httpAllowed={env().WEBHOOKS_ALLOW_HTTP} />
      </div>
    </>
  );
}
