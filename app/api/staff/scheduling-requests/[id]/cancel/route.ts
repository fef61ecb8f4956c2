import { cancelSchedulingRequest } from "@/lib/scheduling/requests";
import { idParam, staffApi } from "@/lib/http/staff-api";

export const POST = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json(await cancelSchedulingRequest(actor, idParam(params.id))),
);
