import { endUserSessions } from "@/lib/auth/account-sessions";
import { idParam, staffApi } from "@/lib/http/staff-api";

export const DELETE = staffApi<{ id: string }>(({ actor, params }) =>
  Response.json(endUserSessions(actor, idParam(params.id)), { headers: { "Cache-Control": "no-store" } }),
);
