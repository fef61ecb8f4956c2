import { noteTokenMiss } from "@/lib/candidates/status-http";
import { isAppError } from "@/lib/errors";
import { handleApi } from "@/lib/http/responses";
import { refuseCrossSite } from "@/lib/http/same-origin";
import { freshLinkFromStatus } from "@/lib/scheduling/candidate-changes";

/** From the status page to the scheduling page, through a fresh link (only hashes are kept). */
export async function POST(request: Request, { params }: { params: Promise<{ token: string; id: string }> }) {
  const { token, id } = await params;
  return handleApi(async () => {
    if (request.headers.get("origin") !== "null") refuseCrossSite(request);
    try {
      const fresh = await freshLinkFromStatus(token, /^\d{1,12}$/.test(id) ? Number(id) : 0);
      return new Response(null, {
        status: 303,
        headers: { Location: `/schedule/${fresh}`, "Cache-Control": "no-store" },
      });
    } catch (e) {
      if (isAppError(e) && e.code === "not_found") await noteTokenMiss(request.headers);
      throw e;
    }
  });
}
