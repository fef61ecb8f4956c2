import type { NextAuthConfig } from "next-auth";

/** What authorize() hands the jwt callback besides the user id. */
export type SignedInUser = { id: string; sessionVersion: number; sid: string; sessionExpires: number };

/**
 * The part of the Auth.js setup the proxy needs too: JWT sessions of 8 hours, renewed on every
 * page view (sliding), and the claims we keep: user id, session version, the server-side session's
 * id and its absolute end. Past that end the proxy stops renewing and clears the cookie; the
 * server-side session (lib/auth/sessions.ts) refuses it on every request anyway.
 */
export const authConfig = {
  trustHost: true,
  // Auth.js's own errors (a refused or broken single sign-on) land on a page that says so plainly.
  pages: { signIn: "/login", error: "/login/refused" },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as Partial<SignedInUser>;
        token.sub = user.id;
        token.sv = signedIn.sessionVersion;
        token.sid = signedIn.sid;
        token.sx = signedIn.sessionExpires;
      }
      if (typeof token.sx !== "number" || Date.now() >= token.sx) return null;
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub ?? "" }, sv: token.sv };
    },
  },
} satisfies NextAuthConfig;
