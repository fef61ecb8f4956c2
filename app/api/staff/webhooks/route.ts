import { jsonBody, staffApi } from "@/lib/http/staff-api";
import { parseOrThrow } from "@/lib/validations/parse";
import { webhookEndpointCreate } from "@/lib/validations/webhooks";
import { createEndpoint, listEndpoints } from "@/lib/webhooks/endpoints";

export const GET = staffApi(async ({ actor }) => Response.json({ endpoints: await listEndpoints(actor) }));

export const POST = staffApi(async ({ request, actor }) =>
  Response.json(await createEndpoint(actor, parseOrThrow(webhookEndpointCreate, await jsonBody(request))), {
    status: 201,
  }),
);
