import { z } from "zod";
import { msg } from "./message";

/** The account page's language choice: a language, or "" to follow the browser. */
export const localeChoice = z.object({
  locale: z.enum(["", "en", "sv"], { error: msg("auth.locale") }),
});
