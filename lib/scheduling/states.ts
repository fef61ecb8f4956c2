import "server-only";
import { and, inArray } from "drizzle-orm";
import { read } from "@/db";
import { inIds } from "@/db/id-list";
import { schedulingRequests, type SchedulingState } from "@/db/schema";

// A read of its own, apart from requests.ts (which plans and cancels interviews through
// lib/feedback): the board in lib/applications reads it, and lib/applications never reaches
// lib/feedback, not even through another folder (tests/unit/layers.test.ts).

/** The latest scheduling state per application, for the board's cards (cancelled ones left out). */
export async function schedulingStates(applicationIds: number[]): Promise<Map<number, SchedulingState>> {
  if (applicationIds.length === 0) return new Map();
  const rows = await read()
    .select({ applicationId: schedulingRequests.applicationId, state: schedulingRequests.state })
    .from(schedulingRequests)
    .where(
      and(
        // One bound list, as the board's other card reads: the same statement for any page size.
        inIds(schedulingRequests.applicationId, applicationIds),
        inArray(schedulingRequests.state, ["requested", "booked", "expired"]),
      ),
    )
    .orderBy(schedulingRequests.id)
    .all();
  return new Map(rows.map((r) => [r.applicationId, r.state]));
}
