import { getApplicationForStaff } from "@/lib/applications/staff-queries";
import { idParam, staffApi } from "@/lib/http/staff-api";

export const GET = staffApi<{ id: string }>(({ actor, params }) =>
  Response.json(getApplicationForStaff(actor, idParam(params.id))),
);
