import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After a job changes, the prerendered public pages regenerate on their next request: every
 * posting and apply page (a slug may have changed), and the careers page, in both languages.
 */
export function revalidateJobPages(): void {
  revalidatePath("/[lang]", "page");
  revalidatePath("/[lang]/jobs/[slug]", "page");
  revalidatePath("/[lang]/jobs/[slug]/apply", "page");
  revalidatePath("/sitemap.xml");
  revalidatePath("/staff", "layout");
}
