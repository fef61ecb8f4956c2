import { staffApi } from "@/lib/http/staff-api";

export const GET = staffApi(({ actor }) => Response.json(actor));
