import "server-only";
import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/current";
import type { Actor } from "@/lib/auth/permissions";
import { localeFromAcceptLanguage } from "./accept-language";
import { DEFAULT_LOCALE, type Locale } from "./locales";

/** The staff UI's language for this request: the user's own choice, else the browser's. */
export async function viewerLocale(): Promise<Locale> {
  const actor = await currentActor();
  return actor?.locale ?? localeFromAcceptLanguage((await headers()).get("accept-language"));
}

/**
 * The same for a server action that already holds its actor (null before sign-in). A server action
 * always runs in a request; called directly (an integration test, a script) there are no headers,
 * and a refusal is worded in English, as the JSON APIs word it.
 */
export async function actionLocale(actor: Pick<Actor, "locale"> | null): Promise<Locale> {
  if (actor?.locale) return actor.locale;
  let header: string | null;
  try {
    header = (await headers()).get("accept-language");
  } catch {
    return DEFAULT_LOCALE;
  }
  return localeFromAcceptLanguage(header);
}
