import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { isConfiguredHost } from "@/lib/http/origin";
import { env } from "@/lib/env";
import { issuerOrigin, strictCsp } from "@/lib/security/csp";

const { auth } = NextAuth(authConfig);

/**
 * An early, optimistic check only: signed-out visitors are sent to the login page before any work
 * is done. The real checks live in lib/, with the database. It also gives each dynamic page a
 * fresh CSP nonce, and renews the session cookie (sliding expiry) on every page view.
 *
 * The staff API is not matched: every route there reads the session itself and answers 401 (see
 * lib/http/staff-api.ts), and running Auth.js twice per call (here and in the route) cost about a
 * quarter of a card move's time.
 */
/** Metadata routes Next serves itself that list absolute URLs; route handlers check in lib/http/origin.ts. */
const ABSOLUTE_URL_ROUTES = new Set(["/sitemap.xml", "/robots.txt"]);

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (ABSOLUTE_URL_ROUTES.has(pathname) && !isConfiguredHost(request.headers)) {
    return new NextResponse("Misdirected request: this site answers at its configured address only.\n", {
      status: 421,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  if (!request.auth && (pathname === "/staff" || pathname.startsWith("/staff/"))) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = strictCsp(nonce, issuerOrigin(env().OIDC_ISSUER));
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
});

export const config = {
  matcher: [
    "/sitemap.xml",
    "/robots.txt",
    "/staff",
    "/staff/:path*",
    "/login",
    "/login/:path*",
    "/status/:path*",
    "/schedule/:path*",
    "/consent/:path*",
    "/jobs/:slug/applied",
    "/sv/jobs/:slug/applied",
  ],
};
