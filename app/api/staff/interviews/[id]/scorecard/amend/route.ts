import { scorecardAmend } from "@/lib/validations/interviews";
import { parseOrThrow } from "@/lib/validations/parse";
import { amendScorecard } from "@/lib/feedback/scorecards";
import { idParam, jsonBody, staffApi } from "@/lib/http/staff-api";

export const POST = staffApi<{ id: string }>(async ({ request, actor, params }) => {
  const id = idParam(params.id);
  return Response.json(await amendScorecard(actor, id, parseOrThrow(scorecardAmend, await jsonBody(request))));
});
