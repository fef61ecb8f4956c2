import { interviewInviteFile } from "@/lib/feedback/interviews";
import { originForRequest } from "@/lib/http/origin";
import { idParam, staffApi } from "@/lib/http/staff-api";

export const GET = staffApi<{ id: string }>(async ({ request, actor, params }) => {
  const body = await interviewInviteFile(actor, idParam(params.id), originForRequest(request.headers));
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="interview-${params.id}.ics"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
