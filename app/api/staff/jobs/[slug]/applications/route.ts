import { listApplications } from "@/lib/applications/board";
import { staffApi } from "@/lib/http/staff-api";
import { boardQuery } from "@/lib/validations/board";
import { parseOrThrow } from "@/lib/validations/parse";

export const GET = staffApi<{ slug: string }>(async ({ request, actor, params }) => {
  const query = parseOrThrow(boardQuery, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listApplications(actor, params.slug, query));
});
