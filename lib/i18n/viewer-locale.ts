import "server-only";
import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/current";
import { localeFromAcceptLanguage } from "./accept-language";
import type { Locale } from "./locales";

/** The staff UI's language for this request: the user's own choice, else the browser's. */
export async function viewerLocale(): Promise<Locale> {
  const actor = await currentActor();
  return actor?.locale ?? localeFromAcceptLanguage((await headers()).get("accept-language"));
}
