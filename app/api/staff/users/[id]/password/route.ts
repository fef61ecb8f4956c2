import { idParam, staffApi } from "@/lib/http/staff-api";
import { resetPassword } from "@/lib/users/users";

export const POST = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json(await resetPassword(actor, idParam(params.id)), { headers: { "Cache-Control": "no-store" } }),
);
