import { schedulingRequestInput } from "@/lib/validations/scheduling";
import { parseOrThrow } from "@/lib/validations/parse";
import { createSchedulingRequest, schedulingRequestsOf } from "@/lib/scheduling/requests";
import { originForRequest } from "@/lib/http/origin";
import { idParam, jsonBody, staffApi } from "@/lib/http/staff-api";

export const GET = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json({ schedulingRequests: await schedulingRequestsOf(actor, idParam(params.id)) }),
);

export const POST = staffApi<{ id: string }>(async ({ request, actor, params }) => {
  const id = idParam(params.id);
  const origin = originForRequest(request.headers);
  const input = parseOrThrow(schedulingRequestInput, await jsonBody(request));
  return Response.json(await createSchedulingRequest(actor, id, input, origin), { status: 201 });
});
