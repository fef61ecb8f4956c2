import { undoMoves } from "@/lib/applications/undo";
import { idParam, jsonBody, staffApi } from "@/lib/http/staff-api";
import { undoVersion } from "@/lib/validations/move";
import { parseOrThrow } from "@/lib/validations/parse";

export const POST = staffApi<{ id: string }>(async ({ request, actor, params }) => {
  const id = idParam(params.id);
  const { version } = parseOrThrow(undoVersion, await jsonBody(request));
  const [result] = await undoMoves(actor, { items: [{ id, version }] });
  return Response.json(result);
});
