import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js setup the proxy needs too: JWT sessions of 8 hours, renewed on every
 * request (sliding), and the claims we keep (user id and session version, nothing else).
 */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub ?? "" }, sv: token.sv };
    },
  },
} satisfies NextAuthConfig;
