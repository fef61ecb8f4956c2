import { endUserSessions } from "@/lib/auth/account-sessions";
import { idParam, staffApi } from "@/lib/http/staff-api";

export const DELETE = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json(await endUserSessions(actor, idParam(params.id)), { headers: { "Cache-Control": "no-store" } }),
);
