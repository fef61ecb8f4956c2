import { interviewPlan } from "@/lib/validations/interviews";
import { parseOrThrow } from "@/lib/validations/parse";
import { interviewsOf } from "@/lib/feedback/interview-queries";
import { planInterview } from "@/lib/feedback/interviews";
import { originForRequest } from "@/lib/http/origin";
import { idParam, jsonBody, staffApi } from "@/lib/http/staff-api";

export const GET = staffApi<{ id: string }>(async ({ actor, params }) =>
  Response.json({ interviews: await interviewsOf(actor, idParam(params.id)) }),
);

export const POST = staffApi<{ id: string }>(async ({ request, actor, params }) => {
  const id = idParam(params.id);
  const origin = originForRequest(request.headers);
  return Response.json(await planInterview(actor, id, parseOrThrow(interviewPlan, await jsonBody(request)), origin), {
    status: 201,
  });
});
