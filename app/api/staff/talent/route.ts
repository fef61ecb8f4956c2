import { talentPool } from "@/lib/people/talent-pool";
import { staffApi } from "@/lib/http/staff-api";
import { talentFilters } from "@/lib/validations/people";
import { parseOrThrow } from "@/lib/validations/parse";

export const GET = staffApi(async ({ request, actor }) => {
  const filters = parseOrThrow(talentFilters, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json({ items: await talentPool(actor, filters) });
});
