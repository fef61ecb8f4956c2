import "server-only";
import { and, eq } from "drizzle-orm";
import { write } from "@/db";
import { applicationTags } from "@/db/schema";
import { byUser, recordEvent } from "@/lib/events/record";
import type { Actor } from "@/lib/auth/permissions";
import { visibleApplication } from "./access";

export type TagResult = { applicationId: number; tag: string; changed: boolean };

/**
 * Tags an application. Adding a tag it already has changes nothing and writes no event, so a
 * double click or two colleagues tagging at once leave one tag and one line in the timeline.
 * `tag` comes as tagInput normalised it.
 */
export async function addTag(actor: Actor | null, applicationId: number, tag: string): Promise<TagResult> {
  return write(async (tx) => {
    const { actor: who } = await visibleApplication(actor, "applications.annotate", applicationId, tx);
    const inserted = await tx.insert(applicationTags).values({ applicationId, tag }).onConflictDoNothing().run();
    const changed = inserted.changes > 0;
    if (changed) {
      await recordEvent(tx, byUser(who), { kind: "tag_added", applicationId, data: { tag } });
    }
    return { applicationId, tag, changed };
  });
}

/** Removes a tag; removing one that is not there is not an error, and leaves no event. */
export async function removeTag(actor: Actor | null, applicationId: number, tag: string): Promise<TagResult> {
  return write(async (tx) => {
    const { actor: who } = await visibleApplication(actor, "applications.annotate", applicationId, tx);
    const deleted = await tx
      .delete(applicationTags)
      .where(and(eq(applicationTags.applicationId, applicationId), eq(applicationTags.tag, tag)))
      .run();
    const changed = deleted.changes > 0;
    if (changed) {
      await recordEvent(tx, byUser(who), { kind: "tag_removed", applicationId, data: { tag } });
    }
    return { applicationId, tag, changed };
  });
}
