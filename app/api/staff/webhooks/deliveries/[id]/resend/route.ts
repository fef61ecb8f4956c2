import { idParam, staffApi } from "@/lib/http/staff-api";
import { resendDelivery } from "@/lib/webhooks/deliveries";

export const POST = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json({ delivery: await resendDelivery(actor, idParam(params.id)) }, { status: 202 }),
);
