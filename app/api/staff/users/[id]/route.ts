import { idParam, jsonBody, staffApi } from "@/lib/http/staff-api";
import { updateUser } from "@/lib/users/users";
import { userUpdate } from "@/lib/validations/auth";
import { parseOrThrow } from "@/lib/validations/parse";

export const PATCH = staffApi<{ id: string }>(async ({ request, actor, params }) =>
  Response.json(await updateUser(actor, idParam(params.id), parseOrThrow(userUpdate, await jsonBody(request)))),
);
