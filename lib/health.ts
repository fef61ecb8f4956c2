import "server-only";
import { sql } from "drizzle-orm";
import { read } from "@/db";

/** True when the database answers a real query against our own tables. */
export async function checkHealth(): Promise<boolean> {
  try {
    await read().get(sql`select count(*) from jobs`);
    return true;
  } catch (e) {
    console.error("health check failed:", e instanceof Error ? e.message : e);
    return false;
  }
}
