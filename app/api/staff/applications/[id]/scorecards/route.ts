import { scorecardsFor } from "@/lib/feedback/visibility";
import { idParam, staffApi } from "@/lib/http/staff-api";

export const GET = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json(await scorecardsFor(actor, idParam(params.id))),
);
