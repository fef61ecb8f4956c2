import { possibleDuplicates } from "@/lib/people/duplicates";
import { staffApi } from "@/lib/http/staff-api";
import { duplicatesQuery } from "@/lib/validations/people";
import { parseOrThrow } from "@/lib/validations/parse";

export const GET = staffApi(async ({ request, actor }) => {
  const { candidate } = parseOrThrow(duplicatesQuery, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json({ items: await possibleDuplicates(actor, { candidateId: candidate }) });
});
