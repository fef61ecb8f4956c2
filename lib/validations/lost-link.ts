import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

/**
 * The lost-link form (and its JSON twin). It never refuses: whatever is sent, the answer is the
 * same, so the form cannot tell who applied; what is not an email address simply sends nothing.
 */
export const lostLinkRequest = z.object({
  email: z.string().trim().max(254).pipe(z.email()).catch(""),
  locale: z.enum(LOCALES).catch("en"),
});
export type LostLinkRequest = z.output<typeof lostLinkRequest>;
