import { moveApplication } from "@/lib/applications/move-application";
import { idParam, jsonBody, staffApi } from "@/lib/http/staff-api";
import { stageMove } from "@/lib/validations/move";
import { parseOrThrow } from "@/lib/validations/parse";

export const POST = staffApi<{ id: string }>(async ({ request, actor, params }) => {
  const id = idParam(params.id);
  return Response.json(await moveApplication(actor, id, parseOrThrow(stageMove, await jsonBody(request))));
});
