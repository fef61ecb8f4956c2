import "server-only";
import { eq } from "drizzle-orm";
import { write } from "@/db";
import { users } from "@/db/schema";
import { requireActor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locales";

/** A signed-in user sets the language of their own staff pages and emails (null: the browser's). */
export async function setOwnLocale(actor: Actor | null, locale: Locale | null): Promise<void> {
  const who = requireActor(actor);
  await write((tx) => tx.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, who.id)).run());
}
