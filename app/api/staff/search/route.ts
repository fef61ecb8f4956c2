import { staffApi } from "@/lib/http/staff-api";
import { searchApplications } from "@/lib/search/search-applications";
import { searchQuery } from "@/lib/validations/search";
import { parseOrThrow } from "@/lib/validations/parse";

export const GET = staffApi(async ({ request, actor }) => {
  const query = parseOrThrow(searchQuery, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await searchApplications(actor, query), { headers: { "Cache-Control": "no-store" } });
});
