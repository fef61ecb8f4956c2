import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages, type ClientMessagesOf } from "@/lib/i18n/client-namespaces";

/**
 * The language settings for the client components of a page or layout, with only the message
 * namespaces they use (lib/i18n/client-namespaces.ts). A page's provider takes the place of its
 * layout's for everything inside it, so it wraps the whole page.
 */
export async function ClientMessages({ of, children }: { of: ClientMessagesOf; children: ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>;
  return <NextIntlClientProvider messages={clientMessages(messages, of)}>{children}</NextIntlClientProvider>;
}
