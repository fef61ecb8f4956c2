import "server-only";
import { stat } from "node:fs/promises";
import { desc, eq } from "drizzle-orm";
import { read } from "@/db";
import { files, type StoredFile } from "@/db/schema";
import { visibleApplication } from "@/lib/applications/access";
import type { Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { storedPath } from "./storage";

export type CvFile = { path: string; mime: string; name: string; size: number; type: StoredFile["detectedType"] };

/**
 * The stored CV of an application the actor may see. The type is the one detected from the bytes
 * at upload, never the name or the browser's claim. 404 when there is none, or it is gone from disk.
 */
export async function openCv(actor: Actor | null, applicationId: number): Promise<CvFile> {
  await visibleApplication(actor, "staff.access", applicationId);
  const file = await read()
    .select()
    .from(files)
    .where(eq(files.applicationId, applicationId))
    .orderBy(desc(files.createdAt))
    .get();
  if (!file) throw new AppError("not_found", "This application has no CV.");
  const full = storedPath(env().UPLOAD_DIR, file.storageKey);
  const size = await stat(full).then(
    (s) => s.size,
    () => null,
  );
  if (size === null) throw new AppError("not_found", "This application has no CV.");
  return { path: full, mime: file.mimeType, name: file.originalName, size, type: file.detectedType };
}
