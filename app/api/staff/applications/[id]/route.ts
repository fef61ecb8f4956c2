import { getApplicationForStaff } from "@/lib/applications/staff-queries";
import { idParam, staffApi } from "@/lib/http/staff-api";

export const GET = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json(await getApplicationForStaff(actor, idParam(params.id))),
);
