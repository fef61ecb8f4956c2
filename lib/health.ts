import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";

/** True when the database answers a real query against our own tables. */
export function checkHealth(): boolean {
  try {
    db().get(sql`select count(*) from jobs`);
    return true;
  } catch (e) {
    console.error("health check failed:", e instanceof Error ? e.message : e);
    return false;
  }
}
