import { inviteToApply } from "@/lib/people/invite";
import { jsonBody, staffApi } from "@/lib/http/staff-api";
import { originForRequest } from "@/lib/http/origin";
import { talentInvite } from "@/lib/validations/people";
import { parseOrThrow } from "@/lib/validations/parse";

export const POST = staffApi(async ({ request, actor }) => {
  const input = parseOrThrow(talentInvite, await jsonBody(request));
  return Response.json(await inviteToApply(actor, input, originForRequest(request.headers)), { status: 201 });
});
