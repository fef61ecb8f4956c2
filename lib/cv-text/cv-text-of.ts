import "server-only";
import { eq } from "drizzle-orm";
import { dialect, read } from "@/db";
import type { CvTextNote } from "@/db/enums";
import { cvTexts } from "@/db/schema";

/** The page shows at most this much of a CV's text; the file has the rest. */
export const SHOWN_CHARS = 200_000;

/** A CV's text as the application page shows it: still being read, read, or none (and why). */
export type CvText =
  | { state: "pending" }
  | { state: "none"; note: CvTextNote | null }
  | { state: "text"; body: string; shortened: boolean };

/**
 * The text of one files row, for a caller that has already checked the application is visible
 * (lib/applications/detail.ts).
 */
export async function cvTextOf(file: { id: number; textState: string; textNote: CvTextNote | null }): Promise<CvText> {
  if (file.textState === "pending") return { state: "pending" };
  if (file.textState === "none") return { state: "none", note: file.textNote };
  const row = await read()
    .select({
      body: dialect()
        .leading(cvTexts.body, SHOWN_CHARS + 1)
        .mapWith(String),
      truncated: cvTexts.truncated,
    })
    .from(cvTexts)
    .where(eq(cvTexts.fileId, file.id))
    .get();
  if (!row) return { state: "none", note: null };
  return {
    state: "text",
    body: row.body.slice(0, SHOWN_CHARS),
    shortened: row.truncated || row.body.length > SHOWN_CHARS,
  };
}
