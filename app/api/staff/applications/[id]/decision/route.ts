import { decisionInput } from "@/lib/validations/interviews";
import { parseOrThrow } from "@/lib/validations/parse";
import { decisionView, recordDecision } from "@/lib/feedback/decision";
import { idParam, jsonBody, staffApi } from "@/lib/http/staff-api";

export const GET = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json(await decisionView(actor, idParam(params.id))),
);

export const POST = staffApi<{ id: string }>(async ({ request, actor, params }) => {
  const id = idParam(params.id);
  return Response.json(await recordDecision(actor, id, parseOrThrow(decisionInput, await jsonBody(request))));
});
