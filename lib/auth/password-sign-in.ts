import "server-only";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { database, write } from "@/db";
import { users } from "@/db/schema";
import { env, ensureAuthSecret } from "@/lib/env";
import { clientIp } from "@/lib/security/client-ip";
import { loginInput } from "@/lib/validations/auth";
import { recordAuthEvent } from "./audit";
import type { SignedInUser } from "./config";
import { checkCredentials } from "./credentials";
import { verifyPending } from "./pending-sign-in";
import { secondFactorStep } from "./second-factor/factor";
import { startSession } from "./sessions";

export class LockedOut extends CredentialsSignin {
  code = "locked";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** The password was right and a code (or enrolment) comes next: no session yet. */
export class SecondFactorNeeded extends CredentialsSignin {
  code = "second_factor";
  constructor(
    readonly userId: number,
    readonly sessionVersion: number,
    readonly step: "code" | "enrol",
  ) {
    super();
  }
}

type Method = "password" | "second_factor" | "recovery_code";

/**
 * With PASSWORD_LOGIN=false only an active admin may still use a password (the break-glass path,
 * `npm run user:passwd`). Whom that refuses: null when the password may be tried, else the known
 * user (or none) whose attempt is refused.
 */
async function passwordRefusal(email: string): Promise<null | { user?: { id: number; email: string } }> {
  if (env().PASSWORD_LOGIN) return null;
  const user = await database()
    .read()
    .select({ id: users.id, email: users.email, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.emailKey, email.trim().toLowerCase()))
    .get();
  return user?.role === "admin" && user.active ? null : { user };
}

async function signedIn(
  user: { id: number; email: string; sessionVersion: number },
  method: Method,
  request: Request,
): Promise<SignedInUser> {
  const config = env();
  const ip = clientIp(request.headers, config.TRUST_PROXY);
  if (!config.PASSWORD_LOGIN) {
    const data = { userId: user.id, email: user.email, ip };
    await write((tx) => recordAuthEvent(tx, { kind: "user.signed_in_break_glass", data }));
    console.warn(`BREAK-GLASS: ${user.email} signed in with a password from ${ip} while PASSWORD_LOGIN=false`);
  }
  const session = await startSession(database(), {
    userId: user.id,
    ip,
    userAgent: request.headers.get("user-agent") ?? "",
    maxDays: config.SESSION_MAX_DAYS,
    method,
  });
  return {
    id: String(user.id),
    sessionVersion: user.sessionVersion,
    sid: session.sid,
    sessionExpires: session.expiresAt.getTime(),
  };
}

/**
 * Password sign-in, whatever the way in (our login page or Auth.js's own callback route). A
 * password alone signs in only those who need no second factor; the others get a pending ticket
 * from the login page (app/login/actions.ts), which comes back here as `pending` once a code passed.
 */
export const passwordProvider = Credentials({
  credentials: { email: { type: "email" }, password: { type: "password" }, pending: {}, method: {} },
  async authorize(credentials, request): Promise<SignedInUser | null> {
    if (credentials.pending !== undefined) {
      const pending = verifyPending(ensureAuthSecret(env()), credentials.pending, "passed");
      if (!pending) return null;
      const user = await database().read().select().from(users).where(eq(users.id, pending.userId)).get();
      if (!user?.active || user.sessionVersion !== pending.sessionVersion) return null;
      const method = credentials.method === "recovery_code" ? "recovery_code" : "second_factor";
      return signedIn(user, method, request);
    }
    const parsed = loginInput.safeParse(credentials);
    if (!parsed.success) return null;
    const ip = clientIp(request.headers, env().TRUST_PROXY);
    const cookie = request.headers.get("cookie");
    // Everyone's password is checked (and counted towards a lockout) before a refusal, so the
    // time an answer takes does not tell an admin's email from anyone else's.
    const refusal = await passwordRefusal(parsed.data.email);
    const result = await checkCredentials(parsed.data.email, parsed.data.password, { ip, cookie });
    if (!result.ok && result.reason === "locked") throw new LockedOut(result.retryAfterSeconds);
    if (refusal) {
      if (refusal.user) {
        const data = { reason: "password_login_off" as const, email: refusal.user.email, userId: refusal.user.id };
        await write((tx) => recordAuthEvent(tx, { kind: "user.signed_in_refused", data }));
      }
      return null;
    }
    if (!result.ok) return null;
    const step = await secondFactorStep(database(), { id: result.userId, role: result.role });
    if (step) throw new SecondFactorNeeded(result.userId, result.sessionVersion, step);
    return signedIn(
      { id: result.userId, email: result.email, sessionVersion: result.sessionVersion },
      "password",
      request,
    );
  },
});
