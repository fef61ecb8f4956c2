import { encode } from "next-auth/jwt";
import { bySystem } from "@/lib/events/record";
import { database, type Database } from "@/db";
import { startSession } from "@/lib/auth/sessions";
import { insertUser } from "@/lib/users/store";
import type { Role } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/permissions";
import { siteHost } from "./test-data";

export const TEST_SECRET = "test-secret-that-is-long-enough-for-authjs-0123456789";

export type TestUser = Actor & { password: string };

export async function addUser(db: Database, role: Role, name = `${role} user`): Promise<TestUser> {
  const password = `pw-${role}-correct-horse`;
  const user = await insertUser(
    db,
    { name, email: `${role}.${Math.random().toString(36).slice(2)}@example.com`, role, password },
    bySystem("cli:test"),
  );
  return { id: user.id, name: user.name, email: user.email, role: user.role, password };
}

/** A real Auth.js session cookie (JWE) with its server-side session, as the login would set it. */
export async function sessionCookie(userId: number, sessionVersion = 1): Promise<string> {
  const { sid, expiresAt } = await startSession(database(), {
    userId,
    ip: "127.0.0.1",
    userAgent: "vitest",
    maxDays: 7,
  });
  const token = await encode({
    token: { sub: String(userId), sv: sessionVersion, sid, sx: expiresAt.getTime() },
    secret: TEST_SECRET,
    salt: "authjs.session-token",
  });
  return `authjs.session-token=${token}`;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a staff route handler as Next would, optionally with a session and a JSON body. */
export async function callStaff(
  handler: unknown,
  {
    method = "GET",
    path = "/api/staff",
    cookie,
    body,
    params = {},
    origin = "http://localhost",
  }: {
    method?: string;
    path?: string;
    cookie?: string;
    body?: unknown;
    params?: Record<string, string>;
    origin?: string | null;
  } = {},
): Promise<Response> {
  const headers: Record<string, string> = { host: siteHost() };
  if (cookie) headers.cookie = cookie;
  if (origin && method !== "GET") headers.origin = origin;
  if (body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://localhost${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (handler as Handler)(request, { params: Promise.resolve(params) });
}
