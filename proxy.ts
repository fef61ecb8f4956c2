import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { strictCsp } from "@/lib/security/csp";

const { auth } = NextAuth(authConfig);

/**
 * An early, optimistic check only: signed-out visitors are sent to the login page (or get 401 from
 * the staff API) before any work is done. The real checks live in lib/, with the database.
 * It also gives each dynamic page a fresh CSP nonce, and renews the session cookie (sliding expiry).
 */
export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (!request.auth) {
    if (pathname.startsWith("/api/staff")) {
      return NextResponse.json({ error: "unauthorized", message: "Please sign in." }, { status: 401 });
    }
    if (pathname === "/staff" || pathname.startsWith("/staff/")) {
      const login = new URL("/login", request.nextUrl);
      login.searchParams.set("next", `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
  }
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = strictCsp(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
});

export const config = {
  matcher: ["/staff", "/staff/:path*", "/api/staff/:path*", "/login", "/status/:path*", "/jobs/:slug/applied", "/sv/jobs/:slug/applied"],
};
