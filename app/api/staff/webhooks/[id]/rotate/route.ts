import { idParam, staffApi } from "@/lib/http/staff-api";
import { rotateEndpointSecret } from "@/lib/webhooks/endpoints";

export const POST = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json(await rotateEndpointSecret(actor, idParam(params.id))),
);
