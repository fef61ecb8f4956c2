import { idParam, jsonBody, staffApi } from "@/lib/http/staff-api";
import { parseOrThrow } from "@/lib/validations/parse";
import { webhookEndpointUpdate } from "@/lib/validations/webhooks";
import { listDeliveries } from "@/lib/webhooks/deliveries";
import { deleteEndpoint, updateEndpoint } from "@/lib/webhooks/endpoints";

export const GET = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json(await listDeliveries(actor, idParam(params.id))),
);

export const PATCH = staffApi<{ id: string }>(async ({ request, actor, params }) =>
  Response.json({
    endpoint: await updateEndpoint(
      actor,
      idParam(params.id),
      parseOrThrow(webhookEndpointUpdate, await jsonBody(request)),
    ),
  }),
);

export const DELETE = staffApi<{ id: string }>(async ({ actor, params }) => {
  await deleteEndpoint(actor, idParam(params.id));
  return new Response(null, { status: 204 });
});
