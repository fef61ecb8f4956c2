import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations("auth"))("title")} | Rekry`, robots: { index: false } };
}

/** Nobody is signed in here: the language is the browser's (Accept-Language, i18n/request.ts). */
export default async function LoginLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={await getLocale()}>
      <body>
        <ClientMessages of="app/login/layout">{children}</ClientMessages>
      </body>
    </html>
  );
}
