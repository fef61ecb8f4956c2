import { scorecardDraft } from "@/lib/validations/interviews";
import { parseOrThrow } from "@/lib/validations/parse";
import { getOwnScorecard, saveDraft } from "@/lib/feedback/scorecards";
import { idParam, jsonBody, staffApi } from "@/lib/http/staff-api";

export const GET = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json(await getOwnScorecard(actor, idParam(params.id))),
);

export const PUT = staffApi<{ id: string }>(async ({ request, actor, params }) => {
  const id = idParam(params.id);
  return Response.json(await saveDraft(actor, id, parseOrThrow(scorecardDraft, await jsonBody(request))));
});
