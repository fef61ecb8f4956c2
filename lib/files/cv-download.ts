import "server-only";
import type { Readable } from "node:stream";
import { desc, eq } from "drizzle-orm";
import { read } from "@/db";
import { files, type StoredFile } from "@/db/schema";
import { visibleApplication } from "@/lib/applications/access";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { fileStore } from "./store";

export type CvFile = { body: Readable; mime: string; name: string; size: number; type: StoredFile["detectedType"] };

/**
 * The stored CV of an application the actor may see. The type is the one detected from the bytes
 * at upload, never the name or the browser's claim. 404 when there is none, or it is gone from the
 * store. The body streams from the store: a read failing part way errors it, and the response
 * with it, so a cut-off CV never arrives as a whole one (its Content-Length says how much to expect).
 */
export async function openCv(actor: Actor | null, applicationId: number): Promise<CvFile> {
  await visibleApplication(actor, "staff.access", applicationId);
  const file = await read()
    .select()
    .from(files)
    .where(eq(files.applicationId, applicationId))
    .orderBy(desc(files.createdAt))
    .get();
  if (!file) throw new AppError("not_found", msg("cv.none"));
  const stored = await fileStore().get(file.storageKey);
  if (!stored) throw new AppError("not_found", msg("cv.none"));
  return {
    body: stored.body,
    mime: file.mimeType,
    name: file.originalName,
    size: stored.size,
    type: file.detectedType,
  };
}
