import { and, eq, ne, sql } from "drizzle-orm";
import type { Database, Tx } from "@/db";
import { accounts, users, type Role } from "@/db/schema";
import type { Env } from "@/lib/env";
import { bySystem, recordEvent } from "@/lib/events/record";
import { recordAuthEvent } from "../audit";
import { revokeUserSessions } from "../sessions";

export const OIDC_PROVIDER = "oidc";

export type Refusal = "no_account" | "not_verified" | "deactivated";
export type SsoResult = { ok: true; userId: number; sessionVersion: number } | { ok: false; reason: Refusal };

type Claims = Record<string, unknown>;
type SsoConfig = Pick<
  Env,
  "OIDC_AUTO_CREATE_DOMAINS" | "OIDC_DEFAULT_ROLE" | "OIDC_ROLE_CLAIM" | "OIDC_ADMIN_GROUPS" | "OIDC_RECRUITER_GROUPS"
>;

/** Never stored as a password hash by hashPassword, so no password opens an account made by SSO. */
const NO_PASSWORD = "sso-only";

/**
 * Whether someone signs in through the identity provider (linked to a subject, or made by it with
 * no password): their provider asks for its own second factor, so Rekry does not require one.
 */
export async function signsInWithSso(database: Database, userId: number): Promise<boolean> {
  const [user, linked] = await Promise.all([
    database.read().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get(),
    database
      .read()
      .select({ subject: accounts.subject })
      .from(accounts)
      .where(and(eq(accounts.provider, OIDC_PROVIDER), eq(accounts.userId, userId)))
      .get(),
  ]);
  return user?.passwordHash === NO_PASSWORD || linked !== undefined;
}

const asGroups = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];

/**
 * The role the groups claim gives, when OIDC_ROLE_CLAIM is set: admin before recruiter, and
 * OIDC_DEFAULT_ROLE for someone in neither, so leaving a group demotes at the next sign-in.
 * Keycloak's group mapper may send full paths ("/rekry-admins"); both spellings match.
 */
export function mappedRole(claims: Claims, config: SsoConfig): Role | null {
  if (!config.OIDC_ROLE_CLAIM) return null;
  const groups = new Set(asGroups(claims[config.OIDC_ROLE_CLAIM]).flatMap((g) => [g, g.replace(/^\//, "")]));
  if (config.OIDC_ADMIN_GROUPS.some((g) => groups.has(g))) return "admin";
  if (config.OIDC_RECRUITER_GROUPS.some((g) => groups.has(g))) return "recruiter";
  return config.OIDC_DEFAULT_ROLE;
}

async function refuse(tx: Tx, reason: Refusal, email: string, subject: string, userId?: number): Promise<SsoResult> {
  await recordAuthEvent(tx, { kind: "user.signed_in_refused", data: { reason, email, subject, userId } });
  return { ok: false, reason };
}

/**
 * Who a provider's verified ID token names in Rekry, by invitation: the user linked to this
 * subject; else, on first use, the active user with the same email when the provider says it is
 * verified and no other subject is linked to them yet (then linked); else a new user when the
 * email's domain is in OIDC_AUTO_CREATE_DOMAINS.
 * A role from the groups claim is applied every time, ending the user's other sessions as any
 * role change does, except that it never demotes the last active admin. Refusals are audited and say only which of the three reasons it was.
 */
export async function resolveSsoUser(
  database: Database,
  input: { subject: string; claims: Claims },
  config: SsoConfig,
): Promise<SsoResult> {
  const email = typeof input.claims.email === "string" ? input.claims.email.trim() : "";
  const emailKey = email.toLowerCase();
  const verified = input.claims.email_verified === true || input.claims.email_verified === "true";
  const subject = input.subject;
  return database.write(async (tx) => {
    const linked = await tx
      .select({ user: users })
      .from(accounts)
      .innerJoin(users, eq(users.id, accounts.userId))
      .where(and(eq(accounts.provider, OIDC_PROVIDER), eq(accounts.subject, subject)))
      .get();
    let user = linked?.user;
    if (!user) {
      if (!email) return refuse(tx, "no_account", email, subject);
      if (!verified) return refuse(tx, "not_verified", email, subject);
      user = await tx.select().from(users).where(eq(users.emailKey, emailKey)).get();
      if (!user) {
        const domain = emailKey.split("@")[1] ?? "";
        if (!config.OIDC_AUTO_CREATE_DOMAINS.includes(domain)) return refuse(tx, "no_account", email, subject);
        user = await createFromClaims(tx, email, input.claims, config.OIDC_DEFAULT_ROLE);
      } else if (await linkedToAnotherSubject(tx, user.id)) {
        // Their subject, not their email, names them now: another provider account that claims
        // the same verified email (a second tenant, a renamed colleague) does not get in.
        return refuse(tx, "no_account", email, subject, user.id);
      }
      if (!user.active) return refuse(tx, "deactivated", email, subject, user.id);
      await tx
        .insert(accounts)
        .values({ provider: OIDC_PROVIDER, subject, userId: user.id, createdAt: new Date() })
        .run();
      await recordAuthEvent(tx, {
        kind: "user.sso_linked",
        data: { userId: user.id, email: user.email, provider: OIDC_PROVIDER },
      });
    }
    if (!user.active) return refuse(tx, "deactivated", email || user.email, subject, user.id);
    const role = mappedRole(input.claims, config);
    if (role && role !== user.role && (await lastActiveAdmin(tx, user))) {
      // As on the users page (lib/users/users.ts): Rekry never loses its last admin, here to a
      // group removed at the provider. They keep the role until someone else is made admin.
      console.warn(
        `[auth] ${user.email} stays admin: the groups claim says ${role}, but they are the last active admin`,
      );
    } else if (role && role !== user.role) {
      const updated = await tx
        .update(users)
        .set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
        .where(eq(users.id, user.id))
        .returning()
        .get();
      await revokeUserSessions(tx, user.id);
      await recordEvent(tx, bySystem("sign-in"), {
        kind: "user.role_changed",
        data: { userId: user.id, email: user.email, from: user.role, to: role },
      });
      user = updated!;
    }
    return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
  });
}

async function lastActiveAdmin(tx: Tx, user: { id: number; role: Role; active: boolean }): Promise<boolean> {
  if (user.role !== "admin" || !user.active) return false;
  const other = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, user.id)))
    .get();
  return other === undefined;
}

async function linkedToAnotherSubject(tx: Tx, userId: number): Promise<boolean> {
  const row = await tx
    .select({ subject: accounts.subject })
    .from(accounts)
    .where(and(eq(accounts.provider, OIDC_PROVIDER), eq(accounts.userId, userId)))
    .get();
  return row !== undefined;
}

async function createFromClaims(tx: Tx, email: string, claims: Claims, role: Role) {
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
  const row = await tx
    .insert(users)
    .values({ name, email, emailKey: email.toLowerCase(), role, passwordHash: NO_PASSWORD, updatedAt: new Date() })
    .returning()
    .get();
  await recordEvent(tx, bySystem("sign-in"), {
    kind: "user.created",
    data: { userId: row.id, email: row.email, name: row.name, role: row.role },
  });
  return row;
}
