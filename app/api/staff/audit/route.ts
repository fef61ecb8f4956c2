import { requirePermission } from "@/lib/auth/guard";
import { listAudit } from "@/lib/events/audit-queries";
import { staffApi } from "@/lib/http/staff-api";
import { auditQuery } from "@/lib/validations/audit";
import { parseOrThrow } from "@/lib/validations/parse";

export const GET = staffApi(async ({ request, actor }) => {
  // Who may ask before what they ask: a recruiter's malformed query is a 403, like any other.
  requirePermission(actor, "audit.view");
  const query = parseOrThrow(auditQuery, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listAudit(actor, query), { headers: { "Cache-Control": "no-store" } });
});
