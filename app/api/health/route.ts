import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await checkHealth();
  return Response.json(ok ? { status: "ok", db: "ok" } : { status: "error", db: "error" }, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
