import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { publicOrigin } from "@/lib/http/origin";

/**
 * Auth.js builds its absolute URLs (the OIDC redirect_uri, where it sends the browser after) from
 * the request's URL, which behind Next's server names its listening host, not the site. They come
 * from PUBLIC_URL here, as every absolute URL of ours does.
 */
const atPublicOrigin = (request: NextRequest) =>
  new NextRequest(new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, publicOrigin()), request);

export const GET = (request: NextRequest) => handlers.GET(atPublicOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(atPublicOrigin(request));
