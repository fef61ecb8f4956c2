import { mergeCandidates } from "@/lib/people/merge";
import { jsonBody, staffApi } from "@/lib/http/staff-api";
import { mergeInput } from "@/lib/validations/people";
import { parseOrThrow } from "@/lib/validations/parse";

export const POST = staffApi(async ({ request, actor }) => {
  const merge = await mergeCandidates(actor, parseOrThrow(mergeInput, await jsonBody(request)));
  return Response.json(merge, { status: 201 });
});
