import type { SQL } from "drizzle-orm";
import { dialect } from "@/db";
import type { Dialect } from "@/db/dialect/types";
import { jobs } from "@/db/schema";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * The posting's title in each language, read out of its content by the database, for a statement
 * that needs only the title: the content is the whole posting (about 10 KB on the bench's seed),
 * which otherwise crossed the connection and was parsed as JSON for one line of a message. `on`:
 * the dialect of the database the statement runs on, when that is not the process's own.
 */
export function jobTitles(on: Dialect = dialect()): Record<Locale, SQL<string>> {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, on.jsonValue(jobs.content, [locale, "title"]).mapWith(String)]),
  ) as Record<Locale, SQL<string>>;
}
