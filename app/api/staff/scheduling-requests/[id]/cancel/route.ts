import { cancelSchedulingRequest } from "@/lib/scheduling/requests";
import { originForRequest } from "@/lib/http/origin";
import { idParam, staffApi } from "@/lib/http/staff-api";

export const POST = staffApi<{ id: string }>(async ({ request, actor, params }) =>
  Response.json(await cancelSchedulingRequest(actor, idParam(params.id), originForRequest(request.headers))),
);
