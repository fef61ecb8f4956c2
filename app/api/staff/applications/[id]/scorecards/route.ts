import { scorecardsFor } from "@/lib/feedback/visibility";
import { idParam, staffApi } from "@/lib/http/staff-api";

export const GET = staffApi<{ id: string }>(({ actor, params }) =>
  Response.json(scorecardsFor(actor, idParam(params.id))),
);
