import { resetSecondFactor } from "@/lib/auth/second-factor/account";
import { idParam, staffApi } from "@/lib/http/staff-api";

export const DELETE = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json(await resetSecondFactor(actor, idParam(params.id))),
);
