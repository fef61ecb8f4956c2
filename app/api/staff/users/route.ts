import { jsonBody, staffApi } from "@/lib/http/staff-api";
import { createUser, listUsers } from "@/lib/users/users";
import { userCreate } from "@/lib/validations/auth";
import { parseOrThrow } from "@/lib/validations/parse";

export const GET = staffApi(async ({ actor }) => Response.json({ users: await listUsers(actor) }));

export const POST = staffApi(async ({ request, actor }) => {
  const result = await createUser(actor, parseOrThrow(userCreate, await jsonBody(request)));
  return Response.json(result, { status: 201, headers: { "Cache-Control": "no-store" } });
});
