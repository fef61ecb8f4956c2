import type { Db, Tx } from "@/db";
import { auditLog } from "@/db/schema";

type Who = { id: number; name: string; email: string };

/**
 * What sign-in and sessions leave in the audit trail. A session is named by the first characters
 * of its stored (hashed) id: enough to tell sessions apart, nothing a cookie could be made from.
 */
export type AuthEvent =
  | { action: "user.signed_in"; userId: number; session: string; ip: string }
  | { action: "user.signed_out"; userId: number; session: string }
  | { action: "session.ended"; userId: number; session: string; by: Who }
  | { action: "user.sessions_ended"; userId: number; count: number; by: Who }
  | { action: "user.signed_in_failed_lockout"; userId: number; ip: string; failures: number; scope: "account" | "device" };

export const sessionLabel = (sessionId: string) => sessionId.slice(0, 12);

export function recordAuthEvent(database: Db | Tx, { action, ...data }: AuthEvent, now = new Date()): void {
  database.insert(auditLog).values({ action, data, createdAt: now }).run();
}
