import { undoMerge } from "@/lib/people/merge";
import { idParam, staffApi } from "@/lib/http/staff-api";

export const POST = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json(await undoMerge(actor, idParam(params.id))),
);
