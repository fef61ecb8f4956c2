import { statusAction } from "@/lib/candidates/status-http";
import { exportByToken } from "@/lib/candidates/self-service";

export const GET = statusAction(async (token) => {
  const data = await exportByToken(token);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="my-application-data.json"',
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}, "exported");
