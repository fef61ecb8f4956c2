import { decisionInput } from "@/lib/validations/interviews";
import { parseOrThrow } from "@/lib/validations/parse";
import { decisionView, recordDecision } from "@/lib/feedback/decision";
import { idParam, jsonBody, staffApi } from "@/lib/http/staff-api";

export const GET = staffApi<{ id: string }>(({ actor, params }) =>
  Response.json(decisionView(actor, idParam(params.id))),
);

export const POST = staffApi<{ id: string }>(async ({ request, actor, params }) => {
  const id = idParam(params.id);
  return Response.json(recordDecision(actor, id, parseOrThrow(decisionInput, await jsonBody(request))));
});
