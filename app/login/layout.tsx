import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations("auth"))("title")} | Rekry`, robots: { index: false } };
}

/** Nobody is signed in here: the language is the browser's (Accept-Language, i18n/request.ts). */
export default async function LoginLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={await getLocale()}>
      <body>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
