import { buffer } from "node:stream/consumers";
import { AppError } from "@/lib/errors";
import { verbatim } from "@/lib/i18n/command-text";
import { errorMessage } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locales";
import { newStorageKey, removeQuietly } from "./storage";
import { fileStore } from "./store";

/** How long an applicant is asked to wait when the store refused their CV. */
export const STORE_RETRY_SECONDS = 60;

/**
 * Puts a spooled upload into the store under a fresh key, before the application's transaction:
 * a refusal becomes a 503 with a retry hint, and nothing is written. The spooled file is gone
 * afterwards (moved into place, or removed once copied).
 */
export async function storeUpload(
  upload: { tempPath: string; size: number; sha256: string },
  locale: Locale,
): Promise<string> {
  const key = newStorageKey();
  let took: boolean;
  try {
    took = await fileStore().put(key, { file: upload.tempPath, size: upload.size, sha256: upload.sha256 });
  } catch (e) {
    console.error(`Storing a CV in ${fileStore().where} failed:`, e instanceof Error ? e.message : e);
    // A put cut off half way may have left part of an object; it has no row, so make sure.
    await removeStored(key);
    throw new AppError("unavailable", verbatim(errorMessage(locale, "cv.unavailable")), {
      retryAfterSeconds: STORE_RETRY_SECONDS,
    });
  }
  if (!took) await removeQuietly(upload.tempPath);
  return key;
}

/**
 * Deletes stored CVs whose rows are gone or never came; never throws. An object the store would
 * not delete has no row left to claim it, so the next sweep (lib/files/sweep.ts) takes it.
 */
export async function removeStored(...keys: (string | undefined)[]): Promise<void> {
  for (const key of keys) {
    if (!key) continue;
    await fileStore()
      .delete(key)
      .catch((e: unknown) =>
        console.error(
          `Deleting a CV from ${fileStore().where} failed; the sweep will remove it:`,
          e instanceof Error ? e.message : e,
        ),
      );
  }
}

/** A stored CV's bytes whole (the candidate's export carries them), or null when it is gone. */
export async function readStored(key: string): Promise<Buffer | null> {
  const found = await fileStore().get(key);
  return found ? buffer(found.body) : null;
}
