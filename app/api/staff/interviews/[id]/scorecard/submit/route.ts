import { scorecardDraft } from "@/lib/validations/interviews";
import { parseOrThrow } from "@/lib/validations/parse";
import { submitScorecard } from "@/lib/feedback/scorecards";
import { idParam, jsonBody, staffApi } from "@/lib/http/staff-api";

/** Submits the saved draft; a JSON body, when sent, is the final content saved in the same step. */
export const POST = staffApi<{ id: string }>(async ({ request, actor, params }) => {
  const id = idParam(params.id);
  const hasBody = (request.headers.get("content-length") ?? "0") !== "0" || request.headers.has("transfer-encoding");
  return Response.json(
    await submitScorecard(actor, id, hasBody ? parseOrThrow(scorecardDraft, await jsonBody(request)) : undefined),
  );
});
