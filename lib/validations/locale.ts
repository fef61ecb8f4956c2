import { z } from "zod";

/** The account page's language choice: a language, or "" to follow the browser. */
export const localeChoice = z.object({
  locale: z.enum(["", "en", "sv"], { error: "Choose English, Svenska or your browser's language." }),
});
